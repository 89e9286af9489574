""" "newest contact?" is one contact, the newest (the list is newest first), and after a list of segments or
teams it is still a contact, not the list's first segment; played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of an open/ dialogue of an outside dev set, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the newest contact, after segments": [
        _turn("segments with counts", "intercom_list_segments", include_count=True),
        _turn("newest contact?", "intercom_list_all_contacts", per_page=1),
    ],
    "the latest user, after teams": [
        _turn("teams", "intercom_list_all_teams"),
        _turn("and the latest user", "intercom_list_all_contacts", per_page=1),
    ],
    "the most recent signup, on its own": [
        _turn("who's our most recent signup", "intercom_list_all_contacts", per_page=1),
    ],
    "the last contact on page 2 is not one contact": [
        _turn("last contact on page 2", "intercom_list_all_contacts", page=2, per_page=None),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_newest_contact(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
