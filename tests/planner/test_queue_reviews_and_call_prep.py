"""Queue reviews and call preparation: another kind of list asked for while a ticket is on screen ("list teams,
to see who owns these"), "who is this, profile" after someone's events, "anything earlier from the same person"
after reading a ticket, "same dates" after a detour, "pw reset" as password reset, "transcripts for 3", "her
onboarding convo" when her conversations have not been listed (that one, to read), and "shoot X an email" as a
write, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of outside dev set 107, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the segments asked for while a ticket is on screen": [
        _turn("open billing convos", "intercom_search_conversations", query="billing", state="open"),
        _turn("the 2nd one", "intercom_get_conversation_by_id"),
        _turn("show me the segments, need to know who these belong to", "intercom_list_segments"),
    ],
    "who someone is, with their profile, after their events": [
        _turn("usr_00042 events", "intercom_list_events", user_id="usr_00042"),
        _turn("who's this - profile pls", "intercom_contact_overview", contact="usr_00042"),
    ],
    "earlier conversations of the person whose ticket was read": [
        _turn("pull up convo 100189", "intercom_get_conversation_by_id", conversation_id="100189"),
        _turn("anything earlier from that person?", "intercom_search_conversations",
              contact_email="tara.garcia.197@example.com"),
    ],
    "a new topic with the same dates, after a detour": [
        _turn("refund convos last 30 days", "intercom_search_conversations", query="refund",
              created_after="2026-10-19"),
        _turn("the first one", "intercom_get_conversation_by_id"),
        _turn("who wrote it", "intercom_get_contact_by_id"),
        _turn("ok shipping convos, same dates", "intercom_search_conversations", query="shipping",
              created_after="2026-10-19"),
    ],
    "pw for password, then transcripts for a number": [
        _turn("pw reset issues this month", "intercom_search_conversations", query="password reset",
              created_after="2026-11-01"),
        _turn("transcripts for 2", "intercom_find_conversations", text="password reset", top=2),
    ],
    "her conversation on a topic, her conversations not listed yet": [
        _turn("who works at zephyr group", "intercom_company_contacts_events", company="Zephyr Group"),
        _turn("2nd one's profile only", "intercom_get_contact_by_id"),
        _turn("her onboarding ticket", "intercom_find_conversations", contact_email="grace.jensen.126@example.com",
              text="onboarding"),
    ],
    "an email to a customer is a write": [
        _turn("shoot priya baker a quick email about the invoice", "refuse"),
        _turn("fire off a note to the acme folks", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_queue_reviews_and_call_prep(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
