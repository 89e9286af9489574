"""The people of her company, when the conversation knows her only by an email or an id: the workspace is
asked who that is (a contact search by email, external id or Intercom id, once), and the company flow runs
for the company the workspace says she is at. "Which company is she with" still reads her record. Her
conversations, when only her external or Intercom id was said: searched by the email the workspace gave."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableConfig

from graphs.agent import build_agent_graph
from graphs.planner import Gazetteer, OfflinePlanner
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.sandbox import Sandbox
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn
from tests.helpers.sandboxes import FIXED_NOW

FLOW = "intercom_company_contacts_events"
SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"
OVERVIEW = "intercom_contact_overview"

DIALOGUES = {
    "searches by his email, then who else is at his company": [
        _turn("anything from felix.ito.186@example.com about refunds lately", SEARCH,
              contact_email="felix.ito.186@example.com"),
        _turn("and invoices", SEARCH, contact_email="felix.ito.186@example.com", query="invoice"),
        _turn("who else is at his company", FLOW, company="Indigo Systems"),
    ],
    "her events by email, then her colleagues": [
        _turn("event summary for zoe.novak.146@example.com", EVENTS, email="zoe.novak.146@example.com", summary=True),
        _turn("her colleagues - who are they", FLOW, company="Fjord Logistics"),
    ],
    "events by external id, then the people at his company": [
        _turn("usr_00042 events", EVENTS, user_id="usr_00042"),
        _turn("show me the people at her company", FLOW),
    ],
    "events by email, then pull up her company": [
        _turn("last 5 evnets for priya.hughes.140@example.com", EVENTS, email="priya.hughes.140@example.com",
              per_page=5),
        _turn("pull up her company", "intercom_get_company_by_id", company_id="5f24ec448c134e786e3293fc"),
    ],
    "a thread's customer, then which company he is with and what they have been doing": [
        _turn("whats going on in 101260", "intercom_get_conversation_by_id", conversation_id="101260"),
        _turn("anything else from that customer?", SEARCH, contact_email="ben.silva.273@example.com"),
        _turn("which company is he with and what have they been doing lately", FLOW, company="Zephyr Partners"),
    ],
    "events by external id, then his convos by his email": [
        _turn("show me the events for this user", "ask"),
        _turn("usr_00101", EVENTS, user_id="usr_00101"),
        _turn("and his convos", SEARCH, contact_email="felix.fischer.100@example.com"),
    ],
    "events by intercom id, then their conversations": [
        _turn("events for 82a3963df8bedc6552b163c3", EVENTS, intercom_user_id="82a3963df8bedc6552b163c3"),
        _turn("their conversations?", SEARCH, contact_email="ada.tanaka.43@example.com"),
    ],
    "which company she is at: her record, as before": [
        _turn("did usr_00042 upgrade lately", EVENTS, user_id="usr_00042"),
        _turn("whats her company", OVERVIEW, contact="usr_00042"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_her_company_is_looked_up_when_only_her_email_or_id_was_said(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []


def test_an_email_an_external_id_and_an_intercom_id_are_each_searched_by_their_field() -> None:
    box = Sandbox()
    provider, gazetteer = StaticClients(IntercomClient.sandbox(box)), Gazetteer()
    for key, email in (
        ("felix.ito.186@example.com", "felix.ito.186@example.com"),
        ("usr_00042", "priya.patel.41@example.com"),
        ("e60826d1b3d8e5367123bd46", "dev.rossi.0@example.com"),
    ):
        found = gazetteer.person(provider, None, key).person(key)
        assert found is not None and [p["email"] for p in found] == [email] and found[0]["company_ids"]
    assert len([r for r in box.requests if r.path == "/contacts/search"]) == 3  # one search each (a name's: none)


def test_the_agent_looks_her_up_once_and_runs_the_flow_for_her_company() -> None:
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=StaticClients(IntercomClient.sandbox(box)))
    config: RunnableConfig = {"configurable": {"thread_id": "t"}}
    agent.invoke({"messages": [HumanMessage("event summary for zoe.novak.146@example.com")]}, config)
    out = agent.invoke({"messages": [HumanMessage("who else works at her company?")]}, config)
    call = [m for m in out["messages"] if getattr(m, "tool_calls", None)][-1].tool_calls[0]
    assert call["name"] == FLOW and call["args"]["company"] == "Fjord Logistics"
    assert len([r for r in box.requests if r.path == "/contacts/search"]) == 1


def test_with_redaction_on_she_is_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphs.planner import gazetteer

    asked: list[str] = []
    real = gazetteer.look_up

    def counted(client: Any, key: str) -> list[Any]:
        asked.append(key)
        return real(client, key)

    monkeypatch.setattr(gazetteer, "look_up", counted)
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    provider = StaticClients(IntercomClient.sandbox(box))
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=provider, redact="pii")
    config: RunnableConfig = {"configurable": {"thread_id": "t"}}
    agent.invoke({"messages": [HumanMessage("event summary for zoe.novak.146@example.com")]}, config)
    out = agent.invoke({"messages": [HumanMessage("who else works at her company?")]}, config)
    call = [m for m in out["messages"] if getattr(m, "tool_calls", None)][-1].tool_calls[0]
    assert call["name"] == OVERVIEW and asked == []  # her guarded overview: her company shows masked there
