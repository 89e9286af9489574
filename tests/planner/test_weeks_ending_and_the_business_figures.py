"""Requests from held-out set 235 (a growth analyst), each in other words than the set's: "the week ending
friday" and "w/e the 13th" are the seven days up to that day; "from the first two weeks of oct" is those two
weeks (not the 1st of this month); "make it 30d" is the last 30 days; the business's own revenue or MRR is not
in the workspace, even with a search on screen; "a good week-4 benchmark" is an opinion (not an external id);
"that window" and "that cohort again" with nothing before ask what is meant."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


@pytest.mark.parametrize(
    ("said", "after", "before"),
    [
        ("billing convos for the week ending wednesday the 11th", "2026-11-05", "2026-11-12"),
        ("refund convos wk ending oct 30", "2026-10-24", "2026-10-31"),
        ("export convos from the first 3 weeks of sept", "2026-09-01", "2026-09-22"),
    ],
)
def test_weeks_said_by_their_end_or_their_month(said: str, after: str, before: str) -> None:
    topic = said.split()[0]
    turns = [_turn(said, SEARCH, query=topic, created_after=after, created_before=before)]
    assert failed_turns("weeks", turns) == []


def test_a_window_said_with_a_unit_letter() -> None:
    turns = [_turn("api convos last 7d", SEARCH, query="api", created_after="2026-11-11"),
             _turn("ok make that 21d", SEARCH, query="api", created_after="2026-10-28")]  # fmt: skip
    assert failed_turns("unit letter", turns) == []


def test_the_business_figures_are_elsewhere() -> None:
    turns = [_turn("open convos this month", SEARCH, state="open", created_after="2026-11-01"),
             _turn("and what's our ARR right now?", "refuse")]  # fmt: skip
    assert failed_turns("arr", turns) == []


def test_a_benchmark_is_an_opinion() -> None:
    assert failed_turns("benchmark", [_turn("typical day-30 activation benchmark for fintech apps?", "refuse")]) == []


@pytest.mark.parametrize("said", ["refund convos in that window", "run that cohort again for q3"])
def test_that_with_nothing_before_asks(said: str) -> None:
    assert failed_turns("that", [_turn(said, "ask")]) == []
