"""The error boundary, pinned: expected failures reach the model (or MCP client) as messages it can act on;
a bug in a tool propagates (LangChain, the chat agent) or is logged and answered with a reference only (MCP)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from mcp.shared.memory import create_connected_server_and_client_session

from graphs.agent import build_agent_graph
from graphs.catalog import CATALOG
from intercom_agent import operations as ops
from intercom_agent.client import IntercomClient
from intercom_agent.connections import IntercomContext, ResolvedClients, StaticClients
from intercom_agent.errors import TransportError
from intercom_agent.registry import Output, OutputError, ToolSpec
from intercom_agent.sandbox import Faults, Sandbox
from intercom_agent.servers.mcp_server import build_server
from intercom_agent.toolkit import IntercomTool
from intercom_agent.tools.logic import Call, Logic, LogicRunner
from tests.helpers.fake_model import ScriptedToolModel, tool_call
from tests.helpers.sandboxes import FAST_RETRY


class Nothing(Output):
    pass


def _buggy(args: Any) -> Logic:
    yield Call(ops.LIST_TEAMS, {})
    return Nothing(ratio=1 / 0)


def _bad_output(args: Any) -> Logic:
    yield Call(ops.LIST_TEAMS, {})
    return {"not": "a team list"}  # type: ignore[return-value]


BUGGY = ToolSpec(
    name="test_buggy",
    title="Buggy",
    description="A tool with a bug.",
    args=ops.NoArgs,
    output=Nothing,
    runner=LogicRunner(_buggy),
    text=lambda out: "never",
)
BAD_OUTPUT = ToolSpec(
    name="test_bad_output",
    title="Bad output",
    description="A tool whose output breaks its own model.",
    args=ops.NoArgs,
    output=CATALOG.get("intercom_list_all_teams").output,
    runner=LogicRunner(_bad_output),
    text=lambda out: "never",
)
REGISTRY = CATALOG + [BUGGY, BAD_OUTPUT]


def _sandbox_clients(box: Sandbox | None = None) -> StaticClients:
    return StaticClients(IntercomClient.sandbox(box or Sandbox(), retry=FAST_RETRY))


def _agent(*calls: Any, provider: Any = None) -> Any:
    provider = provider or _sandbox_clients()
    tools = [IntercomTool(spec, provider) for spec in REGISTRY]
    model = ScriptedToolModel([*calls, AIMessage("done")])
    return build_agent_graph(model, tools=tools, checkpointer=None)


def test_adapter_bug_still_raises() -> None:
    agent = _agent(tool_call("test_buggy", {}))
    with pytest.raises(ZeroDivisionError):
        agent.invoke({"messages": [HumanMessage("go")]})


def test_output_that_breaks_its_model_is_a_bug_not_an_input_error() -> None:
    agent = _agent(tool_call("test_bad_output", {}))
    with pytest.raises(OutputError, match="test_bad_output produced an invalid TeamList"):
        agent.invoke({"messages": [HumanMessage("go")]})


def _first_tool_message(agent: Any, context: Any = None) -> ToolMessage:
    state = agent.invoke({"messages": [HumanMessage("go")]}, context=context)
    return next(m for m in state["messages"] if isinstance(m, ToolMessage))


def test_invalid_arguments_are_a_message_the_model_can_act_on() -> None:
    message = _first_tool_message(_agent(tool_call("intercom_list_all_contacts", {"per_page": 900})))
    assert message.status == "error" and message.content.startswith("Invalid argument 'per_page'")


def test_an_unknown_tool_is_a_message_the_model_can_act_on() -> None:
    message = _first_tool_message(_agent(tool_call("intercom_delete_everything", {})))
    assert message.status == "error" and "not a valid tool" in str(message.content)


def test_intercom_errors_are_messages_the_model_can_act_on() -> None:
    missing = _first_tool_message(_agent(tool_call("intercom_get_contact_by_id", {"contact_id": "nope"})))
    assert missing.status == "error" and "intercom_list_all_contacts" in str(missing.content)


def test_transport_failure_is_a_message_not_a_crash() -> None:
    dead = _sandbox_clients(Sandbox(faults=Faults(drop_rate=1.0)))
    message = _first_tool_message(_agent(tool_call("intercom_list_all_teams", {}), provider=dead))
    assert message.status == "error" and "could not connect or was cut off" in str(message.content)
    with pytest.raises(TransportError):  # below the tool boundary it is still the typed error
        dead.sync_client(None).call(ops.LIST_TEAMS)


def test_not_connected_is_a_message_the_model_can_act_on() -> None:
    provider = ResolvedClients(lambda cid: None)
    message = _first_tool_message(
        _agent(tool_call("intercom_list_all_teams", {}), provider=provider), IntercomContext("cred_gone")
    )
    assert message.status == "error" and "Intercom is not connected" in str(message.content)


async def test_mcp_logs_a_bug_and_answers_with_a_reference_only(caplog: pytest.LogCaptureFixture) -> None:
    server = build_server(_sandbox_clients(), "single", registry=REGISTRY)
    caplog.set_level(logging.ERROR, logger="intercom_agent.mcp")
    async with create_connected_server_and_client_session(server) as session:
        result = await session.call_tool("test_buggy", {})
        expected = await session.call_tool("intercom_get_contact_by_id", {"contact_id": "nope"})
    text = result.content[0].text  # type: ignore[union-attr]
    assert result.isError and text.startswith("Internal error in intercom-agent (reference ")
    assert "ZeroDivisionError" not in text and "division" not in text
    reference = text.split("reference ")[1].split(")")[0]
    logged = [r for r in caplog.records if reference in r.getMessage()]
    assert logged and logged[0].exc_info is not None and logged[0].exc_info[0] is ZeroDivisionError
    assert expected.isError and "intercom_list_all_contacts" in expected.content[0].text  # type: ignore[union-attr]
