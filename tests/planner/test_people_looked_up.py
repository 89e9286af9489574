"""A person's full name, said before the conversation showed them: the workspace is asked whom it means (a
contact search by name, once per name and credential), so a request the overview cannot narrow is made for
that contact by email or id ("grace silva's event counts", "milo garcia's open ones", "any billing tickets
from felix fischer"); two contacts with the name: which one is asked, and the reply ("the second", "the .12
one") answers what was asked. A request for the person as a whole still goes to the overview by the name
("what has grace silva been up to"), which finds the person itself. Played against the sandbox as the
evaluation plays it, and through the agent as a chat runs it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage

from graphs.agent import build_agent_graph
from graphs.planner import Gazetteer, OfflinePlanner
from graphs.planner.gazetteer import MAX_PEOPLE, Names
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.errors import TransportError
from intercom_agent.sandbox import Sandbox
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn
from tests.helpers.sandboxes import FIXED_NOW

EVENTS = "intercom_list_events"
SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
OVERVIEW = "intercom_contact_overview"
GRACE = "grace.silva.25@example.com"

DIALOGUES = {
    "a name's event counts": [
        _turn("grace silva's event counts", EVENTS, user_id="usr_00026", summary=True),
        _turn("and her open convos", SEARCH, contact_email=GRACE, state="open"),
    ],
    "a second person's counts, then back": [
        _turn("overview of priya garcia", OVERVIEW, contact="priya garcia"),
        _turn("event counts for her all time", EVENTS, user_id="usr_00021", summary=True),
        _turn("now grace silva's counts", EVENTS, user_id="usr_00026", summary=True),
    ],
    "another customer's open ones": [
        _turn("convos from kai.garcia.253@example.com", SEARCH, contact_email="kai.garcia.253@example.com"),
        _turn("just the open ones", SEARCH, contact_email="kai.garcia.253@example.com", state="open"),
        _turn("ok now milo garcia's open ones", SEARCH, contact_email="milo.garcia.267@example.com", state="open"),
    ],
    "a topic from a named person": [
        _turn("felix fischer - any billing stuff?", SEARCH, contact_email="felix.fischer.100@example.com"),
        _turn("lena evans' refund tickets", SEARCH, contact_email="lena.evans.209@example.com", query="refund"),
    ],
    "a window for a named person": [
        _turn(
            "What has Grace Silva asked us about this quarter?", SEARCH, contact_email=GRACE, created_after="2026-10-01"
        ),
    ],
    "two with the name: asked, then the second": [
        _turn("tara diaz's open tickets", "ask"),
        _turn("the second", SEARCH, contact_email="tara.diaz.21@example.com", state="open"),
        _turn("and her events", EVENTS, user_id="usr_00022"),
    ],
    "two with the name: picked by the end of the email": [
        _turn("any billing convos from priya khan?", "ask"),
        _turn("the .12 one", SEARCH, contact_email="priya.khan.12@example.com", query="billing"),
    ],
    "the whole person still goes to the overview": [
        _turn("what has grace silva been up to", OVERVIEW, contact="grace silva"),
        _turn("omar khan is complaining about billing, what do we know about him", OVERVIEW, contact="omar khan"),
    ],
    "two with the name, asked as a whole: the overview asks": [
        _turn("everything on tara diaz", OVERVIEW, contact="tara diaz"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_a_full_name_is_looked_up_in_the_workspace(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []


def _searches(box: Sandbox) -> int:
    return len([r for r in box.requests if r.path == "/contacts/search"])


def test_each_name_is_looked_up_once_per_credential_and_kept_with_the_names() -> None:
    box = Sandbox()
    provider, gazetteer = StaticClients(IntercomClient.sandbox(box)), Gazetteer()
    names = gazetteer.person(provider, None, "Grace Silva")
    assert [p["email"] for p in names.person("grace  SILVA") or ()] == [GRACE]
    assert set(names.person("grace silva")[0]) <= {  # type: ignore[index]
        "type", "id", "external_id", "email", "name", "role", "created_at", "updated_at", "last_seen_at",
        "company_ids",  # ids of the companies she is at ("felix rossi at acme"), nothing more of hers
    }  # fmt: skip
    assert len(gazetteer.person(provider, None, "tara diaz").person("Tara Diaz") or ()) == 3
    assert gazetteer.person(provider, None, "nobody atall").person("nobody atall") == ()  # no one: kept too
    gazetteer.person(provider, None, "grace silva")
    gazetteer.person(provider, None, "nobody atall")
    assert _searches(box) == 5  # one each, and for the name no one has, those of its first name and surname
    assert gazetteer.names(provider, None).person("tara diaz") is not None  # kept with the cached names


def test_a_misspelt_name_finds_the_one_person_a_slip_away_and_is_planned_with_her_spelling() -> None:
    box = Sandbox()
    provider, gazetteer = StaticClients(IntercomClient.sandbox(box)), Gazetteer()
    names = gazetteer.person(provider, None, "grace silvaa")
    assert [p["email"] for p in names.person("grace silvaa") or ()] == [GRACE]
    assert names.person("Grace Silva") == names.person("grace silvaa")  # known by her own spelling too
    assert [p["name"] for p in gazetteer.person(provider, None, "priya bakr").person("priya bakr") or ()] == [
        "Priya Baker",
        "Priya Baker",
    ]  # two of that name: both, so which one is asked
    two = gazetteer.person(provider, None, "len adams")  # lena adams or ben adams: no guess, both, to ask which
    assert sorted({p["name"] for p in two.person("len adams") or ()}) == ["Ben Adams", "Lena Adams"]
    planner = OfflinePlanner(now=FIXED_NOW, names=names)
    message = planner.invoke([HumanMessage("customer 360 for grace silvaa")])
    assert message.tool_calls[0]["args"] == {"contact": "Grace Silva"}  # not the typo, which finds no one
    asked = OfflinePlanner(now=FIXED_NOW, names=two).invoke([HumanMessage("pull up len adams")])
    assert not asked.tool_calls and "Lena Adams" in str(asked.content) and "Ben Adams" in str(asked.content)


def test_a_lookup_that_fails_is_not_kept_and_the_names_stay_usable() -> None:
    class Limited:
        def __init__(self) -> None:
            self.inner = StaticClients(IntercomClient.sandbox(Sandbox()))
            self.fail = False

        def sync_client(self, credential_id: str | None) -> Any:
            client = self.inner.sync_client(credential_id)
            if self.fail:
                raise TransportError("timed out")
            return client

    provider, gazetteer = Limited(), Gazetteer()
    gazetteer.names(provider, None)
    provider.fail = True
    names = gazetteer.person(provider, None, "grace silva")
    assert names.person("grace silva") is None and names.kind("acme corp") == "company"
    provider.fail = False
    assert gazetteer.person(provider, None, "grace silva").person("grace silva")


def test_names_keep_at_most_max_people_the_oldest_dropped() -> None:
    names = Names()
    for n in range(MAX_PEOPLE + 5):
        names = names.with_people(f"person {n}", [])
    assert len(names.people) == MAX_PEOPLE
    assert names.person("person 0") is None and names.person(f"person {MAX_PEOPLE + 4}") == ()


def test_the_agent_looks_a_name_up_once_and_calls_the_tool_for_that_contact(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphs.planner import gazetteer

    asked: list[tuple[str, str]] = []
    sync_look_up, async_look_up = gazetteer.look_up, gazetteer.alook_up

    def counted(client: Any, name: str) -> list[Any]:
        asked.append(("sync", name))
        return sync_look_up(client, name)

    async def acounted(client: Any, name: str) -> list[Any]:
        asked.append(("async", name))
        return await async_look_up(client, name)

    monkeypatch.setattr(gazetteer, "look_up", counted)
    monkeypatch.setattr(gazetteer, "alook_up", acounted)
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=StaticClients(IntercomClient.sandbox(box)))
    config = {"configurable": {"thread_id": "t"}}
    out = agent.invoke({"messages": [HumanMessage("grace silva's event counts")]}, config)
    call = next(m for m in out["messages"] if getattr(m, "tool_calls", None)).tool_calls[0]
    assert (call["name"], call["args"]) == (EVENTS, {"user_id": "usr_00026", "summary": True})
    out = asyncio.run(agent.ainvoke({"messages": [HumanMessage("any billing convos from grace silva?")]}, config))
    call = [m for m in out["messages"] if getattr(m, "tool_calls", None)][-1].tool_calls[0]
    assert call["name"] == SEARCH and call["args"]["contact_email"] == GRACE
    out = asyncio.run(agent.ainvoke({"messages": [HumanMessage("and milo garcia's open ones")]}, config))
    call = [m for m in out["messages"] if getattr(m, "tool_calls", None)][-1].tool_calls[0]
    assert call["args"] == {"contact_email": "milo.garcia.267@example.com", "state": "open"}
    assert asked == [("sync", "grace silva"), ("async", "milo garcia")]  # grace: from the cache the second time


def test_with_redaction_on_no_name_is_looked_up_so_no_unmasked_email_reaches_the_chat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from graphs.planner import gazetteer

    asked: list[str] = []
    real = gazetteer.look_up
    monkeypatch.setattr(gazetteer, "look_up", lambda client, name: asked.append(name) or real(client, name))
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    provider = StaticClients(IntercomClient.sandbox(box))
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=provider, redact="pii")
    out = agent.invoke(
        {"messages": [HumanMessage("any billing convos from grace silva?")]}, {"configurable": {"thread_id": "t"}}
    )
    call = next(m for m in out["messages"] if getattr(m, "tool_calls", None)).tool_calls[0]
    assert (call["name"], call["args"]) == (OVERVIEW, {"contact": "grace silva"})  # found by the guarded flow
    assert asked == []
    assert all(GRACE not in str(m.content) + str(getattr(m, "tool_calls", "")) for m in out["messages"])


def test_with_a_record_limit_no_name_is_looked_up_so_no_email_leaves_uncounted(tmp_path: Path) -> None:
    from cryptography.fernet import Fernet

    from intercom_agent.guardrails import AuditLog, Guardrails
    from intercom_agent.stores import Keyring, SqliteCredentialStore

    store = SqliteCredentialStore(tmp_path / "c.sqlite3", Keyring([Fernet.generate_key()]))
    limited = Guardrails(audit=AuditLog(store), max_records_per_hour=1000)
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    agent = build_agent_graph(
        OfflinePlanner(now=FIXED_NOW), provider=StaticClients(IntercomClient.sandbox(box)), guardrails=limited
    )
    out = agent.invoke({"messages": [HumanMessage("tara diaz's open tickets")]}, {"configurable": {"thread_id": "t"}})
    calls = [m for m in out["messages"] if getattr(m, "tool_calls", None)]
    assert calls and calls[0].tool_calls[0]["args"] == {"contact": "tara diaz"}  # the overview asks, counted
    assert limited.audit is not None
    limited.audit.flush()
    assert [e.tool for e in store.audit(limit=10)] == ["intercom_contact_overview"]
    store.close()
