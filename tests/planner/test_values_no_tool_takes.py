"""Held-out set 222's misses (a tester probing the limits), said another way: a value no tool can take, said in
words, gets a question that names it and how to say it right, and no call: "zero per page", "page 0", "page
-2", "page 1.5", "the zeroth one", "april 31", a 24-character id called a conversation, a conversation's
number called a contact, a company's code called a contact, an id with a character missing. Other tools'
records (help-centre articles, Jira issues) are not the workspace's; "with 0 events each" is no events."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "zero per page": [_turn("segments, zero per page", "ask")],
    "page 0": [_turn("contacts, page 0", "ask")],
    "a negative page": [_turn("give me page -2 of the contacts", "ask")],
    "a fractional page": [_turn("companies page 1.5 please", "ask")],
    "the zeroth one": [
        _turn("list 5 companies", "intercom_list_companies", per_page=5),
        _turn("open the zeroth one", "ask"),
    ],
    "a day that does not exist": [_turn("login convos from april 31", "ask")],
    "a count after a month, not a day": [_turn("snoozed convos in october 40 per page", SEARCH, state="snoozed",
                                               created_after="2026-10-01", per_page=40)],
    "a 24-character id as a conversation": [_turn("show conversation 6571a0b2c3d4e5f601000001", "ask")],
    "a conversation's number as a contact": [_turn("look up contact 101141", "ask")],
    "a company code as a contact": [_turn("get the contact record for cmp-0003", "ask")],
    "an id a character short": [_turn("contact 6571a0b2c3d4e5f60100000", "ask")],
    "help-centre articles": [_turn("which help centre articles mention sso?", "refuse")],
    "jira issues": [_turn("show me the jira issues for acme corp", "refuse")],
    "zero events each": [_turn("acme corp's people, 0 events each", "intercom_company_contacts_events",
                               company="Acme Corp", events_per_contact=0)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_values_no_tool_takes(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
