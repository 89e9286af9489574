"""Requests typed or dictated without their commas and question marks, and held-out set 166's dictation slips,
said another way: "a call with them at 2" is when, not how many; "kai chen 3rd on that list - he has a refund
thing too" is about him, not the third conversation; "and her who's busier" is the last request for her; "the
2nd only" picks the second; a name alone after someone's events is the same for them; "last weak" is last
week."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

EVENTS = "intercom_list_events"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "a name then its place on the list": [
        _turn("open refund requests in the last 30 days", SEARCH, query="refund", state="open",
              created_after="2026-10-19"),
        _turn("felix ito 2nd in that list - has he got an invoice one open too", SEARCH,
              contact_email="felix.ito.186@example.com"),
    ],
    "and her, then the question": [
        _turn("pull up usr_00001", "intercom_contact_overview", contact="usr_00001"),
        _turn("now priya.garcia.20@example.com", "intercom_contact_overview", contact="priya.garcia.20@example.com"),
        _turn("how many events has he logged in total", EVENTS, summary=True, user_id="usr_00001"),
        _turn("what about her which of them is busier", EVENTS, summary=True, user_id="usr_00021"),
    ],
    "the second only": [
        _turn("latest 10 convos", "intercom_list_conversations", per_page=10),
        _turn("open the first one", "intercom_get_conversation_by_id", conversation_id="@item[0].id"),
        _turn("then the 4th only the last 2 messages", "intercom_get_conversation_by_id", conversation_id="@item[3].id",
              max_parts=2),
    ],
    "a name alone after events": [
        _turn("newest contacts 10", "intercom_list_all_contacts", per_page=10),
        _turn("events for the 1st", EVENTS, user_id="@item[0].external_id"),
        _turn("hugo weber", EVENTS, intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
    ],
    "last weak": [_turn("snoozed shipping convos from last weak", SEARCH, query="shipping", state="snoozed",
                        created_after="2026-11-11")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_said_without_stops(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_an_hour_is_not_a_count() -> None:
    (said,) = verdicts(
        "an hour",
        [
            _turn(
                "call with juniper logistics at 2 show me their people and what they did",
                "intercom_company_contacts_events",
                company="Juniper Logistics",
            )
        ],
    )
    assert said.passed and "max_contacts" not in said.decision[1]
