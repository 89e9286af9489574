"""Held-out set 158's misses and shipped dialogues retyped without commas, said another way. A number that
belongs to a date or a limit is not part of a search's subject: "billing last 30 days" searches for billing,
"since oct 1" is a date; "open billing since oct 1, 5 transcripts" keeps its topic after the state word;
"events for that user_id limit 5" is the person on screen, five events; "12 ppl just show 5" is a remark and
a cap; "not login password" swaps the topic; "set plan to enterprise for everyone at X" is a write."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"

DIALOGUES = {
    "a topic and the last 30 days": [
        _turn("closed shipping past 30 days", SEARCH, query="shipping", state="closed", created_after="2026-10-19"),
    ],
    "a topic and a month's day": [
        _turn("billing since oct 1", SEARCH, query="billing", created_after="2026-10-01"),
    ],
    "a state, a topic and transcripts": [
        _turn("open billing since oct 1, 5 transcripts", FIND, text="billing", state="open",
              created_after="2026-10-01", top=5),
    ],
    "a related topic": [
        _turn("anything api-related from the past 30 days thats still open?", SEARCH, query="api", state="open",
              created_after="2026-10-19"),
    ],
    "that user_id, limit": [
        _turn("GET /contacts per_page=5", "intercom_list_all_contacts", per_page=5),
        _turn("GET item[2]", "intercom_get_contact_by_id", contact_id="385fd62af07720c06045f441"),
        _turn("events for that user_id limit 5", "intercom_list_events", user_id="usr_00290", per_page=5),
    ],
    "12 people, show 5": [
        _turn("pull up convo 100938", "intercom_get_conversation_by_id", conversation_id="100938"),
        _turn("who is this", "intercom_get_contact_by_id", contact_id="a271e5677935409ec1a860a1"),
        _turn("her company - who else is there", FLOW, company="Zephyr Group", events_per_contact=0),
        _turn("12 ppl just show 5", FLOW, company="Zephyr Group", events_per_contact=0, max_contacts=5),
    ],
    "not login password": [
        _turn("login problems in the last 30 days", SEARCH, query="login", created_after="2026-10-19"),
        _turn("not login password", SEARCH, query="password", created_after="2026-10-19"),
    ],
    "set a plan": [
        _turn("set plan to enterprise for everyone at kestrel partners", None),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_numbers_beside_topics(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
