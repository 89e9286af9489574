"""Held-out sets 150 and 152's misses, said another way: "back to newest first, only 4", after the companies
oldest first and a next page, is 4 newest first (before: "back to" was read "back two", 2 of them); "lol
which one's the best soccer team tho", after the teams, is an opinion about the world, not one of the teams."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

COMPANIES = "intercom_list_companies"

DIALOGUES = {
    "back to newest first": [
        _turn("companies, oldest activity first", COMPANIES, order="asc"),
        _turn("next page", COMPANIES, order="asc", page=2),
        _turn("back to newest first, only 4", COMPANIES, order="desc", per_page=4),
    ],
    "the best soccer team": [
        _turn("list the teams", "intercom_list_all_teams"),
        _turn("lol which one's the best soccer team tho"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_back_to_newest_and_opinions(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
