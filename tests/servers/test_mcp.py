"""The MCP server, through the official SDK's client: stdio and streamable HTTP."""

from __future__ import annotations

import sys
from typing import Any

import httpx
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

from graphs.agent import agent_tools
from graphs.composite import COMPOSITE_TOOLS
from intercom_agent.auth import store_provider
from intercom_agent.client import SANDBOX_URL, IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.sandbox import Sandbox
from intercom_agent.servers.http_server import http_app
from intercom_agent.servers.mcp_server import package_version
from intercom_agent.stores import Credential, MemoryCredentialStore
from intercom_agent.tools import TOOL_NAMES
from tests.helpers.processes import serve
from tests.helpers.sandboxes import clean_env

ARGS: dict[str, dict[str, Any]] = {
    "intercom_list_all_contacts": {"per_page": 5},
    "intercom_get_contact_by_id": {"contact_id": "{contact}"},
    "intercom_list_companies": {"per_page": 5},
    "intercom_get_company_by_id": {"company_id": "{company}"},
    "intercom_list_attach_contacts_to_company": {"company_id": "{company}"},
    "intercom_list_segments": {"include_count": True},
    "intercom_list_all_teams": {},
    "intercom_list_events": {"user_id": "usr_00001", "per_page": 5},
    "intercom_list_conversations": {"per_page": 5},
    "intercom_get_conversation_by_id": {"conversation_id": 100007},  # a number, as models often send
    "intercom_search_conversations": {"query": "billing"},
    "intercom_company_contacts_events": {"company": "Acme Corp", "max_contacts": 5},
    "intercom_contact_overview": {"contact": "usr_00001"},
    "intercom_find_conversations": {"text": "refund", "top": 2},
}


def _args(name: str) -> dict[str, Any]:
    ws = Sandbox().workspaces["sandbox-token-us"]
    ids = {"{contact}": ws.contacts[0]["id"], "{company}": ws.companies[0]["id"]}
    return {k: ids.get(v, v) if isinstance(v, str) else v for k, v in ARGS[name].items()}


def _ids(value: Any) -> set[str]:
    """Every 'id' in a result: seeded ids are equal across processes (timestamps are relative to now)."""
    if isinstance(value, dict):
        found = {str(value["id"])} if "id" in value else set()
        return found | {i for v in value.values() for i in _ids(v)}
    if isinstance(value, list):
        return {i for v in value for i in _ids(v)}
    return set()


def _langchain_ids() -> dict[str, set[str]]:
    tools = {t.name: t for t in agent_tools(StaticClients(IntercomClient.sandbox()))}
    out = {}
    for name in ARGS:
        message = tools[name].invoke({"name": name, "args": _args(name), "id": "1", "type": "tool_call"})
        assert message.status == "success", (name, message.content)
        out[name] = _ids(message.artifact)
    return out


async def _exercise(session: ClientSession) -> dict[str, set[str]]:
    hello = await session.initialize()
    assert hello.serverInfo.name == "intercom-agent" and hello.serverInfo.version == package_version()
    listed = await session.list_tools()
    assert [t.name for t in listed.tools] == [*TOOL_NAMES, *COMPOSITE_TOOLS.names]
    assert all(t.annotations and t.annotations.readOnlyHint for t in listed.tools)
    assert all(t.title and "_" not in t.title and t.title[0].isupper() for t in listed.tools)
    assert all(t.outputSchema and t.outputSchema["type"] == "object" for t in listed.tools)
    # The official client validates every structuredContent below against these outputSchemas.
    got = {}
    for name in ARGS:
        result = await session.call_tool(name, _args(name))
        assert not result.isError, (name, result.content)
        assert result.structuredContent is not None and result.content[0].text  # type: ignore[union-attr]
        got[name] = _ids(result.structuredContent)
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        progress.append((done, total, message))

    flow = await session.call_tool(
        "intercom_company_contacts_events", {"company": "Acme Corp"}, progress_callback=on_progress
    )
    assert not flow.isError and len(flow.structuredContent["contacts"]) == 30  # type: ignore[index]
    events = [p for p in progress if p[2] and "stage=events" in p[2]]
    assert len(events) == 30 and any("stage=company" in (p[2] or "") for p in progress)
    steps = [p[0] for p in progress]
    assert steps == sorted(set(steps)), "progress must strictly increase"
    assert all(total is None or total >= done for done, total, _ in progress)
    assert progress[-1][1] == progress[-1][0], "the last notification completes the known total"
    for name, args in (
        ("intercom_contact_overview", {"contact": "usr_00001"}),
        ("intercom_find_conversations", {"text": "refund", "top": 3}),
    ):
        progress.clear()
        other = await session.call_tool(name, args, progress_callback=on_progress)
        assert not other.isError and progress, name
        steps = [p[0] for p in progress]
        assert steps == sorted(set(steps)), f"{name}: progress must strictly increase"
        assert all(total is None or total >= done for done, total, _ in progress), name
    bad = await session.call_tool("intercom_list_companies", {"per_page": 500})
    assert bad.isError and "per_page" in bad.content[0].text  # type: ignore[union-attr]
    return got


@pytest.mark.e2e
async def test_stdio_lists_and_calls_every_tool_with_the_langchain_tools_data() -> None:
    env = clean_env()
    server = StdioServerParameters(command=sys.executable, args=["-m", "intercom_agent.cli", "mcp"], env=env)
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        got = await _exercise(session)
    assert got == _langchain_ids()


@pytest.mark.e2e
async def test_http_needs_the_bearer_and_resolves_credential_ids() -> None:
    box = Sandbox()
    store = MemoryCredentialStore()
    store.put(Credential("cred-us", token="sandbox-token-us", base_url=SANDBOX_URL))
    provider = store_provider(None, store, transport=box.transport())
    with serve(http_app(provider, "server-secret")) as url:
        headers = {"Authorization": "Bearer server-secret", "X-Intercom-Credential-Id": "cred-us"}
        async with (
            httpx.AsyncClient(headers=headers, timeout=60) as http,
            streamable_http_client(url, http_client=http) as (read, write, _),
            ClientSession(read, write) as session,
        ):
            got = await _exercise(session)
        assert got == _langchain_ids()

        headers["X-Intercom-Credential-Id"] = "cred-nobody"
        seen = len(box.requests)
        async with (
            httpx.AsyncClient(headers=headers, timeout=60) as http,
            streamable_http_client(url, http_client=http) as (read, write, _),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            refused = await session.call_tool("intercom_list_all_teams", {})
        assert refused.isError and "Intercom is not connected for this account" in refused.content[0].text  # type: ignore[union-attr]
        assert len(box.requests) == seen

        for auth in (None, "Bearer wrong"):
            reply = httpx.post(
                url,
                json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                headers={"Authorization": auth} if auth else {},
            )
            assert reply.status_code == 401 and "bearer token" in reply.text
    provider.close()
