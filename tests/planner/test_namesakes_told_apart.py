"""A full name several contacts share, said with the company the person is at, is the one at that company
(her overview at once, by her email; the overview by the name asks "which one?"); people who expected that
question and answer it anyway ("the one w the email, he's at zephyr partners", "the birch labs one, her 20
most recent events") are talking about the one shown. Played against the sandbox; each turn checked as the
evaluation checks it. The names are shared in the sandbox's US demo (two Priya Bakers, three Quinn Meyers,
two Ben Silvas, two Tara Meyers).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW = "intercom_contact_overview"

DIALOGUES = {
    "a shared name from a company": [
        _turn("call with Priya Baker from Lumen Group in ten, what should I know about her?", OVERVIEW,
              contact="priya.baker.80@example.com"),
    ],
    "a shared name over at a company": [
        _turn("everything on quinn meyer over at indigo analytics", OVERVIEW, contact="quinn.meyer.178@example.com"),
    ],
    "a shared name alone is still the overview by the name": [
        _turn("customer 360 on priya baker", OVERVIEW, contact="priya baker"),
    ],
    "the question answered though it was not asked": [
        _turn("ben silva from zephyr partners says we charged him twice, what do we have on him", OVERVIEW,
              contact="ben.silva.273@example.com"),
        _turn("the one w the email, he's at zephyr partners", OVERVIEW, contact="ben.silva.273@example.com"),
    ],
    "the company's one, and what is asked of her": [
        _turn("sorry - tara meyer, at birch labs", OVERVIEW, contact="tara.meyer.172@example.com"),
        _turn("the birch labs one, her 20 most recent events", "intercom_list_events", user_id="usr_00173",
              per_page=20),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_namesakes_told_apart(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
