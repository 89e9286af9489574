"""Dev set 160's misses: "make it 30 days", after a search from last week, is the last 30 days (before:
called off-topic); "has he emailed us about billing" is his conversations about billing; "what has that
customer been doing in the app lately", with a conversation open, is its customer's events."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a window said as a number of days": [
        _turn("any invocie convos from last week", "intercom_search_conversations", query="invoice",
              created_after="2026-11-11"),
        _turn("and billing ones?", "intercom_search_conversations", query="billing"),
        _turn("make it 30 days", "intercom_search_conversations", query="billing", created_after="2026-10-19"),
        _turn("top 3 transcripts", "intercom_find_conversations", text="billing", created_after="2026-10-19", top=3),
    ],
    "emailed us about a subject": [
        _turn("who is 9c6ccaf873ff6ae7ffc873c6", "intercom_get_contact_by_id", contact_id="9c6ccaf873ff6ae7ffc873c6"),
        _turn("last 10 events", "intercom_list_events", user_id="usr_00008", per_page=10),
        _turn("has he emailed us about billing", "intercom_search_conversations",
              contact_email="hugo.patel.7@example.com", query="billing"),
    ],
    "what the customer has been doing in the app": [
        _turn("shipping issues this month", "intercom_search_conversations", query="shipping",
              created_after="2026-11-01"),
        _turn("open the first one", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("what has that customer been doing in the app lately", "intercom_list_events",
              intercom_user_id="342e7ac472dfca2b0ccbbbdf"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_windows_emails_and_the_app(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
