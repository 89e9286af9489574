"""'show me the other jonas adams', after usr_00142's events (one Jonas Adams): the other one, so "just his
counts" is his (before: the overview of both, then "which one?"); "is there another ada rossi?" still shows
both (the shipped corpus checks that)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the other namesake, after one's id": [
        _turn("can you check someone's events for me", "ask"),
        _turn("usr_00142", "intercom_list_events", user_id="usr_00142"),
        _turn("hm that's jonas adams right? show me the other jonas adams", "intercom_contact_overview",
              contact="jonas.adams.226@example.com"),
        _turn("just his counts", "intercom_list_events", user_id="usr_00227", summary=True),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_the_other_namesake(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
