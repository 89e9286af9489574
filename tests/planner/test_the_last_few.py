"""Paging through a page-numbered list, "and the last couple" / "and the last 2" is its final page (was a
new list of that many: the first ones, or the order flipped); more than a page ("the last 30") is not a page.
The teams list keeps every team with the page asked for, so its pages are counted from it. Played against the
sandbox (45 companies, 6 teams); each turn checked as the evaluation checks it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

COMPANIES, TEAMS = "intercom_list_companies", "intercom_list_all_teams"

DIALOGUES = {
    "companies to the end": [
        _turn("page 3 of companies, 10 a page, oldest activity first", COMPANIES, page=3, per_page=10, order="asc"),
        _turn("and the last couple", COMPANIES, page=5, per_page=10, order="asc"),
    ],
    "teams to the end": [
        _turn("show me the teams 2 at a time", TEAMS, per_page=2),
        _turn("next", TEAMS, page=2, per_page=2),
        _turn("and the last 2", TEAMS, page=3, per_page=2),
    ],
    "more than a page is not a page": [
        _turn("list companies 10 per page", COMPANIES, per_page=10),
        _turn("next", COMPANIES, page=2, per_page=10),
        _turn("the last 30", COMPANIES, per_page=30),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_the_last_few(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
