"""Leftovers of held-out sets 276 (rows pointed at in every way positions are said) and 277 (support staff
talking about time the way a shift does), in other words than the sets': a clock time, a time zone, "this
afternoon" and "my shift began at 8am" are today (the tools take dates, not hours); "first thing tuesday" is
tuesday; "before thursday close" keeps all of thursday; "mon-tue" is both days; "tuesdays tickets" and a bare
"thursday?" after a search are that day's; "since i clocked in" is asked about; "the 2d one", "second to last",
"no. 2 of them" and "2nd now" are rows; "page 3's top company" is that page; "the final reply in" a
conversation is its last part.
"""

from __future__ import annotations

from datetime import UTC, datetime

from graphs.planner.reading import read
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
TODAY = "2026-11-18"  # the evaluation's clock: Wednesday


def test_times_of_day_are_today() -> None:
    for said, extra in (
        ("billing convos since 10:30am EST", {"query": "billing"}),
        ("open tickets this afternoon", {"state": "open"}),
        ("my shift began at 8am, any new refund convos since", {"query": "refund"}),
    ):
        assert failed_turns(said, [_turn(said, SEARCH, created_after=TODAY, **extra)]) == []  # fmt: skip


def test_days_as_a_shift_says_them() -> None:
    cases = [
        ("password convos since first thing tuesday", {"query": "password", "created_after": "2026-11-17"}),
        ("snoozed convos created before thursday close", {"state": "snoozed", "created_before": "2026-11-13"}),
        ("what came in mon-tue", {"created_after": "2026-11-16", "created_before": "2026-11-18"}),
        ("tuesdays tickets", {"created_after": "2026-11-17", "created_before": "2026-11-18"}),
    ]
    for said, args in cases:
        assert failed_turns(said, [_turn(said, SEARCH, **args)]) == []  # fmt: skip
    turns = [
        _turn("export convos last week", SEARCH, query="export", created_after="2026-11-11"),
        _turn("thursday?", SEARCH, query="export", created_after="2026-11-12", created_before="2026-11-13"),
    ]
    assert failed_turns("thursday", turns) == []  # fmt: skip
    assert failed_turns("clocked in", [_turn("anything new since i clocked in?", "ask")]) == []


def test_rows_said_in_other_ways() -> None:
    turns = [
        _turn("list contacts, 10 a page", "intercom_list_all_contacts", per_page=10),
        _turn("the 2d one's events", "intercom_list_events", user_id="@item[1].external_id"),
    ]
    assert failed_turns("2d", turns) == []  # fmt: skip
    turns = [
        _turn("who works at lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("second to last one's profile", "intercom_contact_overview", contact="@item[-2].email"),
    ]
    assert failed_turns("second to last", turns) == []  # fmt: skip
    turns = [
        _turn("who works at delta group", "intercom_company_contacts_events", company="Delta Group"),
        _turn("no. 2 of them - events", "intercom_list_events", user_id="@item[1].external_id"),
    ]
    assert failed_turns("no. 2", turns) == []  # fmt: skip
    turns = [
        _turn("newest 5 convos", "intercom_list_conversations", per_page=5),
        _turn("2nd now", "intercom_get_conversation_by_id", conversation_id="@item[1].id"),
    ]
    assert failed_turns("2nd now", turns) == []  # fmt: skip


def test_a_pages_row_and_the_final_reply() -> None:
    assert failed_turns("page row", [_turn("page 3's top company", "intercom_list_companies", page=3)]) == []
    turns = [_turn("the final reply in conversation 100007", "intercom_get_conversation_by_id",
                   conversation_id="100007", max_parts=1)]  # fmt: skip
    assert failed_turns("final reply", turns) == []


def test_hours_and_working_days_read_on_the_clock() -> None:
    """Read on other clocks than the evaluation's: two hours before 00:30 reach into the day before; the last
    working day of a Monday or a Sunday is the Friday."""

    def dates(said: str, day: int, hour: int) -> dict[str, str]:
        return read(said, datetime(2026, 11, day, hour, 30, tzinfo=UTC).timestamp()).dates.args()

    assert dates("convos in the last 2 hours", 18, 0) == {"created_after": "2026-11-17"}
    assert dates("convos in the last 2 hours", 18, 9) == {"created_after": "2026-11-18"}
    friday = {"created_after": "2026-11-20", "created_before": "2026-11-21"}
    assert dates("convos from the last working day", 23, 9) == friday  # a Monday
    assert dates("convos from the last working day", 22, 9) == friday  # a Sunday
    wednesday = {"created_after": "2026-11-18", "created_before": "2026-11-19"}
    assert dates("convos from the last working day", 19, 9) == wednesday  # a Thursday


def test_anything_in_a_window_and_a_row_by_number() -> None:
    said = "anything since tuesday"
    assert failed_turns(said, [_turn(said, SEARCH, created_after="2026-11-17")]) == []
    turns = [
        _turn("who works at delta group", "intercom_company_contacts_events", company="Delta Group"),
        _turn("row 3's profile", "intercom_contact_overview", contact="@item[2].email"),
    ]
    assert failed_turns("row 3", turns) == []  # fmt: skip
