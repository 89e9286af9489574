"""Held-out set 148's misses, said another way. "make it all their contacts", after 3 of a company's contacts
with 5 events each: all of them, still 5 events each (before: all of them, no events), and "what about lumen
partners" then asks the same of that one; "ok what about rosa chen's", after someone's events: hers (before:
her overview)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "all of them, events kept": [
        _turn("zephyr partners - 3 contacts, 5 events each", FLOW, company="Zephyr Partners", max_contacts=3,
              events_per_contact=5),
        _turn("ok now all of their people", FLOW, company="Zephyr Partners", events_per_contact=5),
        _turn("what about Lumen Partners", FLOW, company="Lumen Partners", events_per_contact=5),
    ],
    "hers, after his events": [
        _turn("show the 5 most recent contacts", "intercom_list_all_contacts", per_page=5),
        _turn("details on the hugo weber lead", "intercom_contact_overview", contact="bb92c8e44b0b7fbc71d398a9"),
        _turn("any events for him?", "intercom_list_events", intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("and what about rosa chen's", "intercom_list_events", user_id="usr_00292"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_all_their_contacts_and_whose_events(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
