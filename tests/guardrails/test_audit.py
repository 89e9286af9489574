"""The audit trail lists every call of every front end and never holds a token or a personal value;
retention drops old entries; the record limit holds across replicas sharing the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from mcp.shared.memory import create_connected_server_and_client_session

from intercom_agent.auth import store_provider
from intercom_agent.cli import main
from intercom_agent.client import SANDBOX_URL, IntercomClient
from intercom_agent.connections import IntercomContext, StaticClients
from intercom_agent.guardrails import AuditLog, Guardrails, RecordLimitError
from intercom_agent.sandbox import DEFAULT_TOKEN, Sandbox
from intercom_agent.servers.mcp_server import build_server
from intercom_agent.stores import AuditEntry, Credential, Keyring, SqliteCredentialStore
from intercom_agent.toolkit import IntercomToolkit
from tests.helpers.calls import CALLS, leaks, personal_values

PERSONAL = personal_values()


def _store(path: Path) -> SqliteCredentialStore:
    return SqliteCredentialStore(path / "credentials.sqlite3", Keyring([KEY]))


KEY = Fernet.generate_key()


def _no_secrets_in(path: Path) -> None:
    raw = b"".join(f.read_bytes() for f in sorted(path.glob("credentials.sqlite3*")))  # the write-ahead log too
    for value in [DEFAULT_TOKEN, *PERSONAL]:
        assert value.encode() not in raw, value


def test_every_cli_call_is_audited_without_a_token_or_a_personal_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERCOM_AGENT_HOME", str(tmp_path))
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    for name, args in CALLS.items():
        assert main(["call", name, "--args", json.dumps(args)]) == 0, name
    assert main(["call", "intercom_get_contact_by_id", "--args", '{"contact_id": "nope"}']) == 1
    capsys.readouterr()
    assert main(["audit", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [e["tool"] for e in listed] == [*CALLS, "intercom_get_contact_by_id"]
    assert all(e["time"] and e["front_end"] == "cli" for e in listed)
    assert listed[-1]["outcome"] == "NotFoundError" and listed[0]["records"] == 50
    overview = next(e for e in listed if e["tool"] == "intercom_contact_overview")
    assert overview["args"]["contact"].startswith("text:")  # an email, kept only as a keyed hash
    assert not leaks(json.dumps(listed), PERSONAL)
    _no_secrets_in(tmp_path)


async def test_every_mcp_call_is_audited_with_its_credential_and_tenant(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.put(Credential("cred-us", DEFAULT_TOKEN, "demo-us", base_url=SANDBOX_URL, tenant="tenant-a"))
    audit = AuditLog(store)
    provider = store_provider(None, store, transport=Sandbox().transport())
    server = build_server(provider, "user", guardrails=Guardrails(audit=audit, front_end="mcp"))

    from mcp.server.auth.middleware.auth_context import auth_context_var
    from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
    from mcp.server.auth.provider import AccessToken

    user = AuthenticatedUser(AccessToken(token="t", client_id="c", scopes=[], subject="cred-us"))
    reset = auth_context_var.set(user)  # as the per-user HTTP server sets it for a signed-in user
    try:
        async with create_connected_server_and_client_session(server) as session:
            for name, args in CALLS.items():
                result = await session.call_tool(name, args)
                assert not result.isError, (name, result.content)
    finally:
        auth_context_var.reset(reset)
    audit.flush()
    entries = store.audit()
    assert [e.tool for e in entries] == list(CALLS)
    assert {(e.credential_id, e.tenant, e.front_end) for e in entries} == {("cred-us", "tenant-a", "mcp")}
    assert not leaks(repr(entries), PERSONAL)
    store.close()
    _no_secrets_in(tmp_path)


def test_retention_drops_entries_older_than_the_configured_days(tmp_path: Path) -> None:
    store = _store(tmp_path)
    now = 2_000_000_000.0
    store.record_audit([AuditEntry(at=now - 31 * 86_400, tool="old"), AuditEntry(at=now - 29 * 86_400, tool="kept")])
    audit = AuditLog(store, retention_days=30, clock=lambda: now)
    audit.record(AuditEntry(at=now, tool="new"))
    audit.flush()
    assert [e.tool for e in store.audit()] == ["kept", "new"]
    store.close()


def test_a_forked_child_starts_its_own_writer() -> None:
    """Threads do not survive a fork: an entry recorded in a child is written by a writer of the child's."""
    import os

    from intercom_agent.stores import MemoryCredentialStore

    store = MemoryCredentialStore()
    audit = AuditLog(store, clock=lambda: 3.0)
    audit.record(AuditEntry(at=1.0, tool="parent"))
    audit.flush()  # the parent's writer runs
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a copy of the log whose writer thread is not there
        try:
            audit.record(AuditEntry(at=2.0, tool="child"))
            audit.flush(timeout=5)
            os.write(write, ",".join(e.tool for e in store.audit()).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as pipe:
        assert pipe.read() == b"parent,child"
    assert [e.tool for e in store.audit()] == ["parent"]  # the child wrote into its own copy


def test_guardrails_from_the_environment(tmp_path: Path) -> None:
    env = {"INTERCOM_AGENT_HOME": str(tmp_path), "INTERCOM_AGENT_REDACT": "pii", "INTERCOM_AGENT_AUDIT_DAYS": "7"}
    guard = Guardrails.from_env(env)
    assert guard.redaction is not None and guard.audit is not None and guard.audit.retention_days == 7
    assert (
        Guardrails.from_env({**env, "INTERCOM_AGENT_AUDIT_DAYS": "0", "INTERCOM_AGENT_REDACT": "off"}) == Guardrails()
    )
    assert Guardrails.from_env(env, redact="off").redaction is None  # a flag overrides the environment
    for bad in ({"INTERCOM_AGENT_REDACT": "some"}, {"INTERCOM_AGENT_MAX_RECORDS_PER_HOUR": "lots"}):
        with pytest.raises(ValueError, match="INTERCOM_AGENT|redact"):
            Guardrails.from_env({**env, **bad})


def _limited(path: Path, limit: int) -> dict[str, Any]:
    """A toolkit over one SQLite store, as one replica of several would be."""
    store = _store(path)
    guard = Guardrails(audit=AuditLog(store), max_records_per_hour=limit)
    toolkit = IntercomToolkit(provider=StaticClients(IntercomClient.sandbox(Sandbox())), guardrails=guard)
    return {"store": store, "guard": guard, "tools": {t.name: t for t in toolkit.get_tools()}}


def test_the_record_limit_is_shared_by_replicas_and_says_when_it_resets(tmp_path: Path) -> None:
    one, two = _limited(tmp_path, 5), _limited(tmp_path, 5)
    call = {"name": "intercom_list_all_contacts", "args": {"per_page": 3}, "id": "c", "type": "tool_call"}
    assert one["tools"]["intercom_list_all_contacts"].invoke(call).status == "success"  # 3 read
    one["guard"].audit.flush()
    assert two["tools"]["intercom_list_all_contacts"].invoke(call).status == "success"  # 6 read, across replicas
    two["guard"].audit.flush()
    refused = one["tools"]["intercom_list_all_contacts"].invoke(call)
    assert refused.status == "error" and "limit of 5 Intercom records this hour" in str(refused.content)
    assert "try again after" in str(refused.content) and "UTC" in str(refused.content)
    with pytest.raises(RecordLimitError) as caught:
        one["guard"].check(None)
    assert caught.value.resets_at > 0
    other = {"name": "intercom_list_all_teams", "args": {}, "id": "d", "type": "tool_call"}
    assert two["tools"]["intercom_list_all_teams"].invoke(other).status == "error"  # every tool counts
    for replica in (one, two):
        replica["store"].close()


async def test_the_record_limit_is_per_credential(tmp_path: Path) -> None:
    store = _store(tmp_path)
    for cid in ("cred-a", "cred-b"):
        store.put(Credential(cid, DEFAULT_TOKEN, "demo-us", base_url=SANDBOX_URL, tenant=cid))
    guard = Guardrails(audit=AuditLog(store), max_records_per_hour=2)
    provider = store_provider(None, store, transport=Sandbox().transport())
    (tool,) = IntercomToolkit(provider=provider, guardrails=guard).get_tools(["intercom_list_all_contacts"])
    call = {"name": tool.name, "args": {"per_page": 2}, "id": "c", "type": "tool_call"}
    from langgraph.prebuilt import ToolRuntime

    def runtime(cid: str) -> Any:
        return ToolRuntime(
            state={}, context=IntercomContext(cid), config={}, stream_writer=None, tool_call_id="c", store=None
        )

    assert (await tool.ainvoke({**call, "args": {"per_page": 2, "runtime": runtime("cred-a")}})).status == "success"
    guard.audit.flush()  # type: ignore[union-attr]
    assert (await tool.ainvoke({**call, "args": {"per_page": 2, "runtime": runtime("cred-a")}})).status == "error"
    assert (await tool.ainvoke({**call, "args": {"per_page": 2, "runtime": runtime("cred-b")}})).status == "success"
    store.close()


def test_the_cli_says_the_limit_in_one_line(tmp_path: Path) -> None:
    from tests.helpers.processes import run

    env = {"INTERCOM_AGENT_HOME": str(tmp_path), "INTERCOM_AGENT_MAX_RECORDS_PER_HOUR": "1"}
    assert run("call", "intercom_list_all_teams", env=env).returncode == 0
    refused = run("call", "intercom_list_all_teams", env=env)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("error: This account has read its limit of 1 Intercom records this hour")
