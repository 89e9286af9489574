"""Conversations read one by one by id, then one of them picked by its place ("the second convo", "the first
one"): who wrote it is the writer of that conversation as read, not the conversation opened again (the
conversations read are kept whole, not as bare ids, so their customer is known); "back to that api convo",
after a detour: the conversation read earlier that says the word."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the writer of the first of two read": [
        _turn("open 100049", "intercom_get_conversation_by_id", conversation_id="100049"),
        _turn("now 100063", "intercom_get_conversation_by_id", conversation_id="100063"),
        _turn("who sent the first one?", "intercom_get_contact_by_id", contact_id="e872f64c5ec9e18b443f28a0"),
    ],
    "the customer of the second of two read": [
        _turn("conversation #100098", "intercom_get_conversation_by_id", conversation_id="100098"),
        _turn("and #100119 please", "intercom_get_conversation_by_id", conversation_id="100119"),
        _turn("who's the customer on the 2nd", "intercom_get_contact_by_id", contact_id="c5c820c1c1d956d3893d2116"),
    ],
    "the first read again after the second": [
        _turn("show convo 100140", "intercom_get_conversation_by_id", conversation_id="100140"),
        _turn("and 100168", "intercom_get_conversation_by_id", conversation_id="100168"),
        _turn("the first one again, just the last 2 msgs", "intercom_get_conversation_by_id",
              conversation_id="100140", max_parts=2),
    ],
    "back to a conversation read earlier by what it is about": [
        _turn("show convo 101365", "intercom_get_conversation_by_id", conversation_id="101365"),
        _turn("who is this person", "intercom_get_contact_by_id", contact_id="9023140d6cd8a971e63b1049"),
        _turn("who else works there", "intercom_company_contacts_events", company="Xenon Works",
              events_per_contact=0),
        _turn("back to that api convo - just the last 2 messages", "intercom_get_conversation_by_id",
              conversation_id="101365", max_parts=2),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_conversation_read_earlier_picked_by_place(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
