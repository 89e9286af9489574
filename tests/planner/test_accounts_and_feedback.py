"""A sales rep's account checks and a product manager's feedback questions: a name several contacts share,
said with the company ("felix rossi at acme"), is the one at that company; "read the whole thread" when one
conversation was found opens it; "the rest of the people at his company" are his company's people; "nora", to
"which contact?" after a company's people, answers what was asked; "the second one" after one person's
search is the second conversation found (not the second person listed before); "overall" drops a search's
topic; "compare that with last month" with nothing before asks; a count said after a question ("quiet the
longest? 5, oldest first") is kept; "export feedback" is about export; "who's the customer - their events?"
after a conversation is the customer's events. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 115, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
ITEM = "intercom_get_conversation_by_id"
EVENTS = "intercom_list_events"
FLOW = "intercom_company_contacts_events"
COMPANIES = "intercom_list_companies"
LIST = "intercom_list_conversations"

DIALOGUES = {
    "a shared name at the company named": [
        _turn("acme corp contacts, first 10, no events", FLOW, company="Acme Corp", max_contacts=10),
        _turn("felix rossi at acme - any open tickets?", SEARCH, contact_email="felix.rossi.26@example.com",
              state="open"),
    ],
    "the whole thread of the only one found": [
        _turn("ben.adams.324@example.com snoozed convos", SEARCH, state="snoozed"),
        _turn("read the whole thread", ITEM, conversation_id="100000"),
    ],
    "the rest of the people at his company": [
        _turn("dev.adams.259@example.com - who is this", "intercom_contact_overview"),
        _turn("the rest of the people at his company", FLOW, company="Harbor Partners"),
    ],
    "a first name answers which contact": [
        _turn("umber partners people and their events", FLOW, company="Umber Partners"),
        _turn("her conversations", "ask"),
        _turn("nora", SEARCH, contact_email="nora.tanaka.36@example.com"),
    ],
    "the second conversation of one person's search": [
        _turn("zephyr partners - who's there", FLOW, company="Zephyr Partners"),
        _turn("open convos for ben silva", SEARCH, contact_email="ben.silva.273@example.com", state="open"),
        _turn("the second one", ITEM, conversation_id="100357"),
    ],
    "overall drops the topic": [
        _turn("conversations mentioning dark mode?", SEARCH, query="dark mode"),
        _turn("what about theme", SEARCH, query="theme"),
        _turn("fine, the 15 most recent convos overall", LIST, per_page=15),
    ],
    "compare with nothing before": [
        _turn("compare that with last month", "ask"),
    ],
    "a count said after a question": [
        _turn("which companies have been quiet the longest? 5, oldest first", COMPANIES, per_page=5, order="asc"),
    ],
    "feedback about a topic": [
        _turn("export feedback this month, open only", SEARCH, query="export", state="open",
              created_after="2026-11-01"),
    ],
    "the customer's events after a conversation": [
        _turn("pull up conversation 100014", ITEM, conversation_id="100014"),
        _turn("who's the customer on it - their events?", EVENTS, user_id="usr_00014"),
    ],
    "the customer's events after one picked from a page": [
        _turn("closed integration convos since august, 10 per page", SEARCH, query="integration", state="closed"),
        _turn("next page", SEARCH, query="integration", state="closed"),
        _turn("the last one on this page", ITEM),
        _turn("who's the customer there - their events?", EVENTS),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_accounts_and_feedback(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
