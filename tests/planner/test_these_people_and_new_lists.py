"""'any of these people active this week?', after a company's people listed by name only: their events (before:
the workspace's contacts); "list the newest 20 contacts, i want to see how many of the new ones are leads",
after the leads count: the contacts (before: the segments again). Kept: "which of them uses the product the
most? the all-time summary for the first person" is the first person's summary."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "these people, active": [
        _turn("who's at lumen group, names only", "intercom_company_contacts_events", company="Lumen Group",
              events_per_contact=0),
        _turn("any of these folks active this week?", "intercom_company_contacts_events", company="Lumen Group",
              events_per_contact=None),
    ],
    "one of them still": [
        _turn("who's at lumen group, names only", "intercom_company_contacts_events", company="Lumen Group",
              events_per_contact=0),
        _turn("which of them is most active? show me the event counts for the second person",
              "intercom_list_events", summary=True),
    ],
    "a new list after a count": [
        _turn("how many trialists do we have", "intercom_list_segments", include_count=True),
        _turn("show me the 15 newest contacts, want to check how many of them are trialists",
              "intercom_list_all_contacts", per_page=15),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_these_people_and_new_lists(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
