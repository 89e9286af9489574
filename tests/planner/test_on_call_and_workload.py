"""An on-call engineer's terse follow-ups and a support lead's workload questions: "the second customer's
events" after transcripts are the second transcript's customer's events (not the transcript again); "which is
bigger, that or trialists" after a segment's size is the segments with their counts; "how many in engineering"
after the teams is the teams; "is it still snoozed?" with nothing before asks which conversation; "unsnooze
her password ticket" (refused) then "show it then" is her password conversations; a cloud region ("is aws
us-east-1 down?") is not a contact's external id (off-topic). Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 114, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
EVENTS = "intercom_list_events"
SEGMENTS = "intercom_list_segments"
TEAMS = "intercom_list_all_teams"

DIALOGUES = {
    "the second customer's events, after transcripts": [
        _turn("transcripts for slack integration issues last 30 days", FIND, created_after="2026-10-19"),
        _turn("the second customer's events", EVENTS, user_id="usr_00220"),
    ],
    "the first user's events, after a search": [
        _turn("open billing convos", SEARCH, state="open", query="billing"),
        _turn("the first user's events", EVENTS),
    ],
    "which segment is bigger": [
        _turn("how big is the vip segment", SEGMENTS, include_count=True),
        _turn("which is smaller, that or eu customers", SEGMENTS, include_count=True),
    ],
    "how many in a team": [
        _turn("list teams", TEAMS),
        _turn("how many in support", TEAMS),
    ],
    "is it still open, with nothing before": [
        _turn("is it still open?", "ask"),
    ],
    "a refused write about her ticket, then show it": [
        _turn("events for grace.silva.25@example.com", EVENTS, email="grace.silva.25@example.com"),
        _turn("unsnooze her password ticket", "refuse"),
        _turn("show it then", SEARCH, contact_email="grace.silva.25@example.com", query="password"),
    ],
    "a cloud region is not an external id": [
        _turn("is eu-west-1 down right now?", "refuse"),
        _turn("events for usr_00042", EVENTS, user_id="usr_00042"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_on_call_and_workload(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
