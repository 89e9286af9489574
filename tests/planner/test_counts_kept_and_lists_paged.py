"""Someone's last N events read by their id, then another person by name ("sorry I meant Milo Garcia", "what
about ada evans?"): that person's overview with the same N events (before: the overview, the count lost).
"ok next page of the contacts list", after one company's people read from it: the workspace's contacts list
paged on (before: the company's people, "That was the last page")."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "his last 20, then the one meant": [
        _turn("tell me about Milo Baker", "intercom_contact_overview", contact="Milo Baker"),
        _turn("his last 20 events", "intercom_list_events", user_id="usr_00282", per_page=20),
        _turn("sorry I meant Milo Garcia", "intercom_contact_overview", contact="Milo Garcia", events=20),
    ],
    "by external id, then another by name": [
        _turn("usr_00282's last 7 events", "intercom_list_events", user_id="usr_00282", per_page=7),
        _turn("what about ada evans?", "intercom_contact_overview", contact="ada evans", events=7),
    ],
    "the contacts list paged on, after a company's people": [
        _turn("contacts, 10 per page", "intercom_list_all_contacts", per_page=10),
        _turn("felix novak - events", "intercom_list_events", user_id="usr_00040"),
        _turn("his company's people", "intercom_company_contacts_events", company="Indigo Analytics"),
        _turn("ok next page of the contacts list", "intercom_list_all_contacts", per_page=10,
              starting_after="IjA5N2RmMjFiNzEzMDI5NjY0Y2RhODAyMSI"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_counts_kept_and_lists_paged(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
