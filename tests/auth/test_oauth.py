"""Connecting Intercom: OAuth end to end over HTTP, the credential store, and its security."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from graphs.composite import composite_tools
from intercom_agent import operations as ops
from intercom_agent.auth import OAuthConfig, OAuthFlow, StateStore, store_provider
from intercom_agent.errors import AuthenticationError, NotConnectedError, OAuthError
from intercom_agent.sandbox import Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.stores import Credential, MemoryCredentialStore, SqliteCredentialStore
from intercom_agent.stores.sql import SCHEMA_VERSION
from intercom_agent.toolkit import IntercomToolkit
from tests.helpers.sandboxes import FAST_RETRY

REDIRECT = "http://127.0.0.1:9/callback"


def _flow(url: str, store: object, states: StateStore | None = None) -> OAuthFlow:
    config = OAuthConfig(
        SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, redirect_uri=REDIRECT, authorize_url=f"{url}/oauth", api_url=url
    )
    return OAuthFlow(config, store, states=states)  # type: ignore[arg-type]


def _approve(authorize_url: str) -> tuple[str, str]:
    """What the person's browser does: open the authorize URL; Intercom (the sandbox) redirects back."""
    reply = httpx.get(authorize_url, follow_redirects=False)
    assert reply.status_code == 302
    location = reply.headers["location"]
    assert location.startswith(REDIRECT)
    query = parse_qs(urlsplit(location).query)
    return query["code"][0], query["state"][0]


def _call(tool: object, args: dict, cid: str) -> object:
    """Call a tool as an agent's ToolNode would: with a runtime whose context names the credential."""
    from langchain_core.messages import ToolMessage
    from langgraph.prebuilt import ToolRuntime

    from intercom_agent.connections import IntercomContext

    runtime = ToolRuntime(
        state={}, context=IntercomContext(cid), config={}, stream_writer=lambda _: None, tool_call_id="1", store=None
    )
    message = tool.invoke(
        {
            "name": tool.name,
            "args": {**args, "runtime": runtime},
            "id": "1",  # type: ignore[attr-defined]
            "type": "tool_call",
        }
    )
    assert isinstance(message, ToolMessage)
    return message


@pytest.mark.e2e
def test_connect_use_disconnect_reconnect_over_http(tmp_path: Path) -> None:
    box = Sandbox()
    store = SqliteCredentialStore(
        tmp_path / "creds.sqlite3", __import__("cryptography.fernet").fernet.Fernet.generate_key()
    )
    with box.serve() as served:
        flow = _flow(served.url, store)
        url, state = flow.start("tenant-a")
        code, returned_state = _approve(url)
        assert code.endswith("=") and returned_state == state  # the trailing '=' is kept
        credential = flow.complete(code, returned_state, "tenant-a")
        assert credential.workspace_id == "demo-us" and credential.base_url == served.url
        assert credential.status == "active" and "token" not in repr(credential)

        provider = store_provider(None, store)
        tools = {t.name: t for t in IntercomToolkit(provider=provider).get_tools()}
        flows = {t.name: t for t in composite_tools(provider)}
        teams = _call(tools["intercom_list_all_teams"], {}, credential.credential_id)
        assert teams.status == "success" and "Support" in teams.content  # type: ignore[attr-defined]
        acme = _call(flows["intercom_company_contacts_events"], {"company": "Acme Corp"}, credential.credential_id)
        assert acme.status == "success" and len(acme.artifact["contacts"]) == 30  # type: ignore[attr-defined]

        assert flow.disconnect(credential.credential_id) is True
        seen = len(box.requests)
        for tool, args in (
            (tools["intercom_list_all_teams"], {}),
            (flows["intercom_company_contacts_events"], {"company": "Acme Corp"}),
        ):
            refused = _call(tool, args, credential.credential_id)
            assert refused.status == "error"  # type: ignore[attr-defined]
            assert "Intercom is not connected for this account: connect Intercom" in refused.content  # type: ignore[attr-defined]
        assert len(box.requests) == seen, "no request may reach Intercom after disconnect"
        assert store.get(credential.credential_id).token == ""  # type: ignore[union-attr]

        url, _ = flow.start("tenant-a")
        again = flow.complete(*_approve(url), "tenant-a")
        assert _call(tools["intercom_list_all_teams"], {}, again.credential_id).status == "success"  # type: ignore[attr-defined]
        provider.close()


def test_state_mismatch_replay_expiry_and_other_tenant_are_rejected() -> None:
    now = [1000.0]
    states = StateStore(ttl=60, clock=lambda: now[0])
    box = Sandbox()
    transport = box.transport()
    flow = OAuthFlow(
        OAuthConfig(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, redirect_uri=REDIRECT, api_url="http://sandbox.invalid"),
        MemoryCredentialStore(),
        states=states,
        transport=transport,
    )
    with pytest.raises(OAuthError, match="unknown or already used"):
        flow.complete("code=", "forged-state", "t1")
    _, state = flow.start("t1")
    with pytest.raises(OAuthError, match="another account"):
        flow.complete("code=", state, "t2")
    _, state = flow.start("t1")
    now[0] += 61
    with pytest.raises(OAuthError, match="expired"):
        flow.complete("code=", state, "t1")
    _, state = flow.start("t1")
    with pytest.raises(OAuthError, match="refused the authorization code"):
        flow.complete("not-a-code", state, "t1")  # the state is consumed even when the code is bad...
    with pytest.raises(OAuthError, match="already used"):
        flow.complete("not-a-code", state, "t1")  # ...so it can never be replayed
    assert box.requests[-1].path == "/auth/eagle/token" and len(box.requests) == 1


@pytest.mark.e2e
def test_codes_are_single_use(tmp_path: Path) -> None:
    box = Sandbox()
    with box.serve() as served:
        flow = _flow(served.url, MemoryCredentialStore())
        url, _ = flow.start("t")
        code, state = _approve(url)
        flow.complete(code, state, "t")
        url2, state2 = flow.start("t")
        with pytest.raises(OAuthError, match="single-use"):
            flow.complete(code, state2, "t")


def test_a_401_marks_the_credential_invalid_and_later_calls_send_nothing() -> None:
    box = Sandbox()
    store = MemoryCredentialStore()
    store.put(Credential("cred-1", token="sandbox-token-eu", base_url="http://sandbox.invalid"))
    provider = store_provider(None, store, transport=box.transport())
    client = provider.sync_client("cred-1")
    assert client.call(ops.LIST_TEAMS).items
    box.revoke("sandbox-token-eu")  # the app was uninstalled in Intercom
    with pytest.raises(AuthenticationError, match="Reconnect Intercom"):
        client.call(ops.LIST_TEAMS)
    assert store.get("cred-1").status == "invalid"  # type: ignore[union-attr]
    sent = len(box.requests)
    with pytest.raises(NotConnectedError, match="connect Intercom"):
        provider.sync_client("cred-1")
    assert len(box.requests) == sent


def test_token_bytes_never_leave_the_vault(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token = "sandbox-oauth-SENTINEL-0123456789abcdef"
    box = Sandbox()
    box.add_workspace(token, box.workspaces["sandbox-token-us"])
    environ = {"INTERCOM_AGENT_HOME": str(tmp_path / "home")}
    store = SqliteCredentialStore.from_env(environ)
    store.put(Credential("cred-x", token=token, base_url="http://sandbox.invalid", workspace_id="demo-us"))
    provider = store_provider(None, store, transport=box.transport())
    texts = [repr(store), repr(store.get("cred-x")), repr(store.list()), repr(provider.sync_client("cred-x"))]
    provider.sync_client("cred-x").call(ops.LIST_TEAMS)
    try:
        provider.sync_client("cred-x").call(ops.GET_CONTACT, contact_id="nope")
    except Exception as exc:
        texts += [str(exc), repr(exc)]
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        assert token not in text
    raw = b"".join(p.read_bytes() for p in (tmp_path / "home").iterdir())
    assert token.encode() not in raw and b"SENTINEL" not in raw
    for path in (tmp_path / "home").iterdir():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


async def test_two_tenants_over_500_interleaved_calls_never_mix() -> None:
    box = Sandbox()
    store = MemoryCredentialStore()
    store.put(Credential("cred-us", token="sandbox-token-us", base_url="http://sandbox.invalid"))
    store.put(Credential("cred-eu", token="sandbox-token-eu", base_url="http://sandbox.invalid"))
    provider = store_provider(None, store, transport=box.transport())
    expected = {
        cid: {c["id"] for c in box.workspaces[token].contacts}
        for cid, token in (("cred-us", "sandbox-token-us"), ("cred-eu", "sandbox-token-eu"))
    }

    async def one(i: int) -> tuple[str, set[str]]:
        cid = ("cred-us", "cred-eu")[i % 2]
        client = await provider.async_client(cid)
        page = await client.call(ops.LIST_CONTACTS, per_page=5 + i % 20)
        return cid, {c.id for c in page.items}

    results = await asyncio.gather(*(one(i) for i in range(600)))
    for cid, ids in results:
        assert ids and ids <= expected[cid]
    assert sum(1 for r in box.requests if r.workspace == "demo-us") == 300
    assert sum(1 for r in box.requests if r.workspace == "demo-eu") == 300
    _ = FAST_RETRY


def test_a_store_file_from_an_earlier_version_is_migrated_in_place(tmp_path: Path) -> None:
    import sqlite3

    from cryptography.fernet import Fernet

    key = Fernet.generate_key()
    path = tmp_path / "credentials.sqlite3"
    with sqlite3.connect(path) as db:  # the 0.1 layout: one table, no schema version
        db.execute(
            "CREATE TABLE credentials (credential_id TEXT PRIMARY KEY, token BLOB, workspace_id TEXT,"
            " workspace_name TEXT, region TEXT, base_url TEXT, created_at REAL, last_used_at REAL, status TEXT,"
            " tenant TEXT)"
        )
        db.execute(
            "INSERT INTO credentials VALUES ('c1', ?, 'demo-us', 'Demo', 'us', NULL, 1.0, NULL, 'active', 't1')",
            (Fernet(key).encrypt(b"tok"),),
        )
        db.execute(
            "INSERT INTO credentials VALUES ('c2', x'', 'demo-us', 'Demo', 'us', NULL, 2.0, NULL, 'disconnected', 't1')"
        )
    store = SqliteCredentialStore(path, key)
    assert store.schema_version() == SCHEMA_VERSION and store.get("c1").token == "tok" and store.get("c2").token == ""  # type: ignore[union-attr]
    store.close()
