"""The registry owns a tool whole: one definition gives every front end its tool, and arguments extend the
operation's without redefining them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from mcp.shared.memory import create_connected_server_and_client_session
from pydantic import Field

from graphs.catalog import CATALOG
from intercom_agent import operations as ops
from intercom_agent.cli import main
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.models import Team
from intercom_agent.registry import Column, Output, Registry, Table, ToolSpec
from intercom_agent.sandbox import Sandbox
from intercom_agent.servers.mcp_server import build_server
from intercom_agent.toolkit import IntercomToolkit
from intercom_agent.tools import TOOLS
from intercom_agent.tools.logic import Call, Logic, LogicRunner


def test_every_tool_extends_its_operations_arguments_without_redefining_them() -> None:
    for spec in TOOLS:
        assert spec.operation is not None, spec.name
        tool_fields, op_fields = spec.args.model_fields, spec.operation.args.model_fields
        assert set(op_fields) <= set(tool_fields), spec.name
        tool_schema, op_schema = spec.args.model_json_schema(), spec.operation.args.model_json_schema()
        for name in op_fields:
            # The same field object, inherited: type, default, limits and description cannot drift.
            assert repr(tool_fields[name]) == repr(op_fields[name]), (spec.name, name)
            assert tool_schema["properties"][name] == op_schema["properties"][name], (spec.name, name)


def test_names_are_unique_and_the_catalog_is_the_11_tools_and_the_flows() -> None:
    assert len(TOOLS) == 11 and len(CATALOG) == 14
    assert CATALOG.names[:11] == TOOLS.names
    with pytest.raises(ValueError, match="two tools"):
        Registry([*TOOLS, TOOLS.get("intercom_list_all_teams")])


# ---- a tool defined here, and nowhere else ---------------------------------------------------------------


class TeamNames(Output):
    names: list[str]


def _team_names(args: Any) -> Logic:
    page = yield Call(ops.LIST_TEAMS, {})
    teams: list[Team] = page.items
    return TeamNames(names=sorted(t.name or "" for t in teams)[: args.limit])


class TeamNamesArgs(ops.NoArgs):
    limit: int = Field(3, ge=1, le=10, description="How many names.")


TEAM_NAMES = ToolSpec(
    name="test_team_names",
    title="Team names",
    description="The workspace's team names, sorted.",
    args=TeamNamesArgs,
    output=TeamNames,
    runner=LogicRunner(_team_names),
    text=lambda out: "Teams: " + ", ".join(out.names),
    table=Table(
        title=lambda out: "Team names", rows=lambda out: out.names, columns=(Column(header="Name", value=str),)
    ),
    operation=ops.LIST_TEAMS,
)
WITH_NEW = CATALOG + [TEAM_NAMES]


def test_a_new_tool_is_a_langchain_tool() -> None:
    toolkit = IntercomToolkit(provider=StaticClients(IntercomClient.sandbox(Sandbox())), registry=WITH_NEW)
    (tool,) = toolkit.get_tools(["test_team_names"])
    message = tool.invoke({"name": tool.name, "args": {"limit": 2}, "id": "c1", "type": "tool_call"})
    assert message.content == "Teams: Billing, Engineering"
    assert message.artifact == {"names": ["Billing", "Engineering"]}
    assert tool.metadata["title"] == "Team names" and tool.metadata["read_only"] is True


async def test_a_new_tool_is_an_mcp_tool_with_its_schemas_and_annotations() -> None:
    server = build_server(StaticClients(IntercomClient.sandbox(Sandbox())), "single", registry=WITH_NEW)
    async with create_connected_server_and_client_session(server) as session:
        listed = {t.name: t for t in (await session.list_tools()).tools}
        tool = listed["test_team_names"]
        assert tool.title == "Team names" and tool.annotations is not None and tool.annotations.readOnlyHint
        assert tool.outputSchema is not None and "names" in tool.outputSchema["properties"]
        assert tool.inputSchema["properties"]["limit"]["maximum"] == 10
        result = await session.call_tool("test_team_names", {"limit": 1})  # validated against outputSchema
        assert not result.isError and result.structuredContent == {"names": ["Billing"]}


def test_a_new_tool_runs_from_the_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    assert main(["call", "test_team_names", "--args", '{"limit": 3}', "--json"], registry=WITH_NEW) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["content"] == "Teams: Billing, Engineering, Sales"
    assert main(["call", "test_team_names", "--args", '{"limit": 99}'], registry=WITH_NEW) == 2  # checked first
    assert "Invalid argument 'limit'" in capsys.readouterr().err
