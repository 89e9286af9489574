"""A product manager's usage questions: "how does usage at <company> compare with <company>?" runs the company
flow (usage is activity; not the company list); "same but Q3" after a topic's search is that topic in the
quarter (never a search for "q3"); "which companies are those two at?" after two people's counts asks about
them (not the workspace's companies); "and how many contacts in total?" after a segment's size is the
workspace's contacts; a colleague's company known only by its id from her record goes to the flow by its name;
"what do they pay us?" after one of a company's people is the company's record (people do not pay).
Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 117, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"
FLOW = "intercom_company_contacts_events"
OVERVIEW = "intercom_contact_overview"

DIALOGUES = {
    "usage compared": [
        _turn("how does usage at kestrel partners compare with onyx works?", FLOW, company="Kestrel Partners"),
    ],
    "a quarter, same topic": [
        _turn("login conversations in august", SEARCH, query="login", created_after="2026-08-01",
              created_before="2026-09-01"),
        _turn("same but for Q2", SEARCH, query="login", created_after="2026-04-01", created_before="2026-07-01"),
    ],
    "those two": [
        _turn("event totals for usr_00010", EVENTS, user_id="usr_00010", summary=True),
        _turn("and usr_00011", EVENTS, user_id="usr_00011", summary=True),
        _turn("where do those two work?", OVERVIEW, contact="usr_00011"),
    ],
    "contacts after a segment": [
        _turn("how many people are in trialists?", "intercom_list_segments", include_count=True),
        _turn("and how many contacts in total?", "intercom_list_all_contacts"),
    ],
    "coworkers by company name": [
        _turn("usr_00005 overview", OVERVIEW, contact="usr_00005"),
        _turn("his event totals", EVENTS, summary=True),
        _turn("who else works at his company?", FLOW, company="Acme Corp", events_per_contact=0),
    ],
    "what the account pays": [
        _turn("who's at kestrel partners", FLOW, company="Kestrel Partners"),
        _turn("events for the 2nd person", EVENTS, user_id="usr_00123"),
        _turn("what do they pay us?", "intercom_get_company_by_id", company_id="b717f73c74b5af00e7cf621a"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_triage_and_usage(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
