"""'And the raw event list for the last 90 days, 50 per page.', after a contact's event summary: her events,
a page of 50 (before: "which contact?"); "the weather for our launch event" is still no call."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the raw list after the summary": [
        _turn("All-time event summary for usr_00059", "intercom_list_events", user_id="usr_00059", summary=True),
        _turn("And the raw event list for the last 90 days, 50 per page.", "intercom_list_events",
              user_id="usr_00059", per_page=50),
    ],
    "the event log, after her profile": [
        _turn("tell me about usr_00059", "intercom_contact_overview", contact="usr_00059"),
        _turn("and her event log, 20 per page", "intercom_list_events", user_id="usr_00059", per_page=20),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_her_event_list(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_launch_event_is_not_hers() -> None:
    turns = [
        _turn("All-time event summary for usr_00059", "intercom_list_events", user_id="usr_00059", summary=True),
        _turn("whats the weather looking like for our launch event tmrw", "refuse"),
    ]
    assert "tool" not in verdicts("launch", turns)[1].as_json()["got"]
