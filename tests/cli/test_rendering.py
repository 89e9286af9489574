"""Tables never fold an id or an email, at any width: lesser columns are shortened or dropped first."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rich.console import Console

from graphs.company_events import build_company_events_graph, result_of
from graphs.composite import COMPANY_CONTACTS_EVENTS, CompanyContactsEvents
from graphs.context import FlowContext
from intercom_agent.cli.tables import draw, table_for
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.registry import Session, execute_sync
from intercom_agent.sandbox import Sandbox
from intercom_agent.tools import TOOLS


def _render(table: Any, width: int) -> str:
    console = Console(width=width, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(table)
    text = console.export_text()
    console.file.close()
    return text


@pytest.fixture(scope="module")
def acme() -> dict[str, Any]:
    context = FlowContext(provider=StaticClients(IntercomClient.sandbox(Sandbox())))
    graph = build_company_events_graph()
    return result_of(asyncio.run(graph.ainvoke({"company": "Acme Corp", "events_per_contact": 3}, context=context)))


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_company_table_keeps_emails_and_external_ids_whole(acme: dict[str, Any], width: int) -> None:
    assert COMPANY_CONTACTS_EVENTS.table is not None
    text = _render(draw(COMPANY_CONTACTS_EVENTS.table, CompanyContactsEvents.model_validate(acme), width), width)
    assert max(len(line) for line in text.splitlines()) <= width
    for contact in acme["contacts"]:
        assert contact["email"] in text
    assert ("not shown at this width" in text) == (width < 100)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_contact_list_keeps_ids_whole(width: int) -> None:
    spec = TOOLS.get("intercom_list_all_contacts")
    session = Session(StaticClients(IntercomClient.sandbox(Sandbox())))
    artifact = execute_sync(spec, spec.parse({"per_page": 20}), session).artifact
    text = _render(table_for(spec, artifact, width), width)
    for contact in artifact["page"]["items"]:
        assert contact["id"] in text
        if contact.get("email"):
            assert contact["email"] in text
