"""Requests written as sentences by someone building a report: a final full stop ("And the 4th." as "and the
4th"), "November to date" (to date is until now, not a topic), "profile with 15 events" (the overview with
that many), played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of outside dev set 108, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the next pick said as a sentence": [
        _turn("First 20 contacts.", "intercom_list_all_contacts", per_page=20),
        _turn("Events for the 2nd one.", "intercom_list_events"),
        _turn("And the 5th.", "intercom_list_events", user_id="usr_00292"),
    ],
    "a month to date": [
        _turn("Refund conversations created in October, 10 per page.", "intercom_search_conversations",
              query="refund", created_after="2026-10-01", created_before="2026-11-01", per_page=10),
        _turn("Same but November to date.", "intercom_search_conversations", query="refund",
              created_after="2026-11-01", per_page=10),
    ],
    "a profile with a number of events": [
        _turn("Contacts, 10 per page.", "intercom_list_all_contacts", per_page=10),
        _turn("The third contact, profile with 12 events.", "intercom_contact_overview", events=12),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_report_sentences(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
