""" "Today or yesterday" is both days (since yesterday), and "anyway" / "btw" at the end of a request is an
aside ("who is that anyway", after events by an id: that person)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"

DIALOGUES = {
    "today or yesterday": [
        _turn("any integration convos today or yesterday?", SEARCH, query="integration", created_after="2026-11-17"),
    ],
    "yesterday and today, without a before": [
        _turn("refunds yesterday and today", SEARCH, query="refund", created_after="2026-11-17"),
        _turn("billing tickets from yesterday or today", SEARCH, query="billing", created_after="2026-11-17"),
    ],
    "yesterday alone is still one day": [
        _turn("what came in yesterday", SEARCH, created_after="2026-11-17", created_before="2026-11-18"),
    ],
    "events by external id, then who is that anyway": [
        _turn("events for e60826d1b3d8e5367123bd46", EVENTS, intercom_user_id="e60826d1b3d8e5367123bd46"),
        _turn("same for usr_00021", EVENTS, user_id="usr_00021"),
        _turn("who is that anyway", "intercom_contact_overview", contact="usr_00021"),
    ],
    "an aside at the end, btw": [
        _turn("events for usr_00021", EVENTS, user_id="usr_00021"),
        _turn("who's that btw", "intercom_contact_overview", contact="usr_00021"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_both_days_and_asides_at_the_end(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
