"""An agent loop (StateGraph + ToolNode + tools_condition) driven by a scripted model calls every tool
against the sandbox and gets the right answers; tenants running concurrently never see each other's data."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.graph import START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, tools_condition

from intercom_agent.client import SANDBOX_URL
from intercom_agent.connections import Connection, IntercomContext
from intercom_agent.sandbox import Sandbox
from intercom_agent.toolkit import IntercomToolkit
from intercom_agent.tools import TOOL_NAMES
from tests.helpers.fake_model import ScriptedToolModel, tool_call
from tests.helpers.sandboxes import FAST_RETRY


def build_loop(model: Any, tools: list[Any]) -> Any:
    graph = StateGraph(MessagesState, context_schema=IntercomContext)

    def agent(state: MessagesState) -> dict[str, list[BaseMessage]]:
        return {"messages": [model.bind_tools(tools).invoke(state["messages"])]}

    graph.add_node("agent", agent)
    graph.add_node("tools", ToolNode(tools))
    graph.add_edge(START, "agent")
    graph.add_conditional_edges("agent", tools_condition)
    graph.add_edge("tools", "agent")
    return graph.compile()


def _last_artifact(messages: list[BaseMessage]) -> Any:
    return next(m for m in reversed(messages) if isinstance(m, ToolMessage)).artifact


def _tenants(box: Sandbox) -> IntercomToolkit:
    connections = {
        "cred-us": Connection("sandbox-token-us", base_url=SANDBOX_URL),
        "cred-eu": Connection("sandbox-token-eu", base_url=SANDBOX_URL),
    }
    return IntercomToolkit.from_resolver(connections.get, transport=box.transport(), retry=FAST_RETRY)


def test_scripted_agent_calls_every_tool_and_gets_the_right_answers() -> None:
    box = Sandbox()
    ws = box.workspaces["sandbox-token-us"]
    tools = _tenants(box).get_tools()
    acme = ws.companies[0]
    script = [
        tool_call("intercom_list_companies", {"per_page": 60}),
        lambda m: tool_call(
            "intercom_list_attach_contacts_to_company",
            {"company_id": next(c["id"] for c in _last_artifact(m)["page"]["items"] if c["name"] == "Acme Corp")},
        ),
        lambda m: tool_call("intercom_get_company_by_id", {"company_id": acme["id"]}),
        tool_call("intercom_list_all_contacts", {"per_page": 50}),
        lambda m: tool_call("intercom_get_contact_by_id", {"contact_id": _last_artifact(m)["page"]["items"][0]["id"]}),
        lambda m: tool_call("intercom_list_events", {"user_id": _last_artifact(m)["contact"]["external_id"]}),
        tool_call("intercom_list_segments", {"include_count": True}),
        tool_call("intercom_list_all_teams", {}),
        tool_call("intercom_list_conversations", {"per_page": 5}),
        lambda m: tool_call(
            "intercom_get_conversation_by_id",
            {"conversation_id": _last_artifact(m)["page"]["items"][0]["id"]},
        ),
        tool_call("intercom_search_conversations", {"query": "refund"}),
        AIMessage("Done."),
    ]
    graph = build_loop(ScriptedToolModel(script), tools)
    out = graph.invoke({"messages": [HumanMessage("tour")]}, context=IntercomContext("cred-us"))
    results = {m.name: m for m in out["messages"] if isinstance(m, ToolMessage)}
    assert set(results) == set(TOOL_NAMES)
    assert all(m.status == "success" for m in results.values()), [m.content for m in results.values()]

    attached = results["intercom_list_attach_contacts_to_company"]
    assert {c["id"] for c in attached.artifact["page"]["items"]} == set(ws.memberships[acme["id"]])
    assert '"Acme Corp"' in results["intercom_get_company_by_id"].content
    contact = results["intercom_get_contact_by_id"].artifact["contact"]
    events = results["intercom_list_events"].artifact["page"]["items"]
    stored = [e["id"] for e in ws.events.get(contact["id"], [])][: len(events)]
    assert [e["id"] for e in events] == stored
    assert (
        "Segments:" in results["intercom_list_segments"].content
        and "contacts=" in results["intercom_list_segments"].content
    )
    assert all(t["name"] in results["intercom_list_all_teams"].content for t in ws.teams)
    found = results["intercom_search_conversations"].artifact["page"]["items"]
    assert found and all("refund" in c["source"]["body"].lower() for c in found)
    assert out["messages"][-1].content == "Done."


def test_a_tool_error_does_not_abort_the_agent() -> None:
    box = Sandbox()
    script = [
        tool_call("intercom_get_contact_by_id", {"contact_id": "does-not-exist"}),
        tool_call("intercom_list_events", {"user_id": "x", "email": "a@b.co"}),
        tool_call("intercom_list_companies", {"per_page": 1000}),
        AIMessage("Sorry."),
    ]
    graph = build_loop(ScriptedToolModel(script), _tenants(box).get_tools())
    out = graph.invoke({"messages": [HumanMessage("x")]}, context=IntercomContext("cred-us"))
    errors = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert [m.status for m in errors] == ["error", "error", "error"]
    assert "intercom_list_all_contacts" in errors[0].content
    assert "exactly one of user_id" in errors[1].content
    assert "per_page" in errors[2].content and "60" in errors[2].content
    assert out["messages"][-1].content == "Sorry."


def test_unknown_credential_gets_the_connect_message_and_sends_nothing() -> None:
    box = Sandbox()
    graph = build_loop(
        ScriptedToolModel([tool_call("intercom_list_all_teams", {}), AIMessage("ok")]),
        _tenants(box).get_tools(),
    )
    out = graph.invoke({"messages": [HumanMessage("x")]}, context=IntercomContext("cred-nobody"))
    [message] = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert message.status == "error"
    assert "Intercom is not connected for this account: connect Intercom (Settings → Integrations)" in message.content
    assert box.requests == []


async def test_two_tenants_concurrently_never_see_each_other() -> None:
    box = Sandbox()
    tools = _tenants(box).get_tools()  # one set of tool objects serves both tenants
    expected = {
        cid: {c["id"] for c in box.workspaces[tok].contacts}
        for cid, tok in (("cred-us", "sandbox-token-us"), ("cred-eu", "sandbox-token-eu"))
    }
    script = [
        tool_call("intercom_list_all_contacts", {"per_page": 150}),
        tool_call("intercom_list_all_teams", {}),
        AIMessage("done"),
    ]

    async def run(cid: str) -> tuple[str, set[str]]:
        graph = build_loop(ScriptedToolModel(script), tools)
        out = await graph.ainvoke({"messages": [HumanMessage("x")]}, context=IntercomContext(cid))
        first = next(m for m in out["messages"] if isinstance(m, ToolMessage))
        return cid, {c["id"] for c in first.artifact["page"]["items"]}

    runs = await asyncio.gather(*(run("cred-us" if i % 2 else "cred-eu") for i in range(40)))
    for cid, seen in runs:
        assert seen <= expected[cid] and len(seen) == 150
        other = expected["cred-eu" if cid == "cred-us" else "cred-us"]
        assert not seen & other
    assert {r.workspace for r in box.requests} == {"demo-us", "demo-eu"}


def test_direct_invocation_uses_the_default_connection() -> None:
    toolkit = IntercomToolkit.from_env()
    assert "embedded Intercom sandbox" in toolkit.describe()
    [teams] = toolkit.get_tools(["intercom_list_all_teams"])
    assert "Support" in teams.invoke({})
    schema = json.dumps(teams.tool_call_schema.model_json_schema())
    assert "runtime" not in schema and "token" not in schema
