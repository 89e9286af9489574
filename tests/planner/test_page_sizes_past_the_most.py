"""A page size past the most a page holds is that most, however it is said: "list contacts per_page=1000" in the
tools' syntax as "the first 500 contacts" in words (150; 60 for companies), and a count of four digits is read
("last 1000 events for <id>"), a year is not ("contacts since 2025")."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "tool syntax, contacts": [_turn("list_all_contacts per_page=500", "intercom_list_all_contacts", per_page=150)],
    "tool syntax, companies": [_turn("list_companies per_page=100", "intercom_list_companies", per_page=60)],
    "four digits": [_turn("the last 2500 events of usr_00042", "intercom_list_events", user_id="usr_00042",
                          per_page=150)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_page_sizes_past_the_most(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_year_is_not_a_count() -> None:
    from graphs.planner.words import value

    assert value("2025") is None and value("1000") == 1000
