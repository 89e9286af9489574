"""Leftovers of held-out set 255 (dates in every format people use), in other words than the set's.

- ISO week numbers ("wk 40", "KW41", "billing wk38-39"): Monday to Sunday of that week, last year's when this
  year's is still to come; "the last 2 weeks 10 convos" is no week's number.
- A unix timestamp after "since", "before", "created after": its day ("before" a time of day keeps that day);
  asked to convert one, the planner says it only reads the workspace.
- Day-first dotted dates ("from 2.10.2026", "since 15.9."), "sept '25", a time of day with its zone dropped
  ("since 8:30am PT tuesday"), a quarter or half of a given year ("q3 last year", "2025 q1", "h2 '25"), a
  month or a day of a given year ("september 2025", "3 oct 2025").
- A fiscal quarter with the start of the fiscal year said; without it the planner asks, and a reply naming
  the month completes the request.
- Slashed dates settled by the request itself: another date that reads one way only ("between 05/10 and
  20/10"), a convention said for a range ("02/03-09/03 (dd/mm)"); a date said beside a conversation's id is
  not asked about.
- "the 10 days before the 12th of this month"; "from the 2nd of september to the 9th".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

SAID = [
    ("shipping convos wk 40", {"query": "shipping", "created_after": "2026-09-28", "created_before": "2026-10-05"}),
    ("KW41 api tickets", {"query": "api", "created_after": "2026-10-05", "created_before": "2026-10-12"}),
    ("export convos wk 50", {"query": "export", "created_after": "2025-12-08", "created_before": "2025-12-15"}),
    ("billing wk38-39", {"query": "billing", "created_after": "2026-09-14", "created_before": "2026-09-28"}),
    ("tickets created since 1790000000", {"created_after": "2026-09-21"}),
    ("login convos before 1790000000", {"query": "login", "created_before": "2026-09-22"}),
    ("export convos from 2.10.2026", {"query": "export", "created_after": "2026-10-02",
                                      "created_before": "2026-10-03"}),
    ("refunds since 15.9.", {"query": "refund", "created_after": "2026-09-15"}),
    ("sept '25 billing convos", {"query": "billing", "created_after": "2025-09-01", "created_before": "2025-10-01"}),
    ("open convos since 8:30am PT tuesday", {"state": "open", "created_after": "2026-11-17"}),
    ("q3 last year invoice convos", {"query": "invoice", "created_after": "2025-07-01",
                                     "created_before": "2025-10-01"}),
    ("2025 q1 refunds", {"query": "refund", "created_after": "2025-01-01", "created_before": "2025-04-01"}),
    ("refund convos in september 2025", {"query": "refund", "created_after": "2025-09-01",
                                         "created_before": "2025-10-01"}),
    ("login tickets from 3 oct 2025", {"query": "login", "created_after": "2025-10-03"}),
    ("login convos on 3 oct 2025", {"query": "login", "created_after": "2025-10-03",
                                    "created_before": "2025-10-04"}),
    ("refunds in the current fiscal quarter, FY begins in april", {"query": "refund", "created_after": "2026-10-01",
                                                                  "created_before": "2027-01-01"}),
    ("fiscal q4 billing, fy starts in march", {"query": "billing", "created_after": "2025-12-01",
                                               "created_before": "2026-03-01"}),
    ("between 05/10 and 20/10 any shipping convos", {"query": "shipping", "created_after": "2026-10-05",
                                                     "created_before": "2026-10-21"}),
    ("shipping convos 02/03-09/03 (dd/mm)", {"query": "shipping", "created_after": "2026-03-02",
                                             "created_before": "2026-03-10"}),
    ("billing the 10 days before the 12th of this month", {"query": "billing", "created_after": "2026-11-02",
                                                           "created_before": "2026-11-12"}),
    ("tax convos from the 2nd of september to the 9th", {"query": "tax", "created_after": "2026-09-02",
                                                         "created_before": "2026-09-10"}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "args"), SAID, ids=[s for s, _ in SAID])
def test_the_dates_are_read(said: str, args: dict[str, object]) -> None:
    assert failed_turns("dates", [_turn(said, SEARCH, **args)]) == []


def test_a_count_beside_weeks_is_no_weeks_number() -> None:
    assert failed_turns("weeks", [_turn("the last 2 weeks 10 convos", SEARCH, per_page=10)]) == []


def test_a_timestamp_to_convert_is_not_asked_of_the_workspace() -> None:
    (verdict,) = verdicts("convert", [_turn("convert 1790000000 to a date pls", "refuse")])
    assert verdict.passed and "outside what I do" in str(verdict.decision)


def test_a_fiscal_quarter_with_no_start_is_asked_about_then_completed() -> None:
    asked, *_ = verdicts("fiscal", [_turn("refunds fiscal q3?", "ask")])
    assert asked.passed and str(asked.decision).startswith("When does your fiscal year start?")
    turns = [
        _turn("refunds fiscal q3?", "ask"),
        _turn("april", SEARCH, query="refund", created_after="2026-10-01", created_before="2027-01-01"),
        _turn("only the closed ones", SEARCH, query="refund", state="closed", created_after="2026-10-01"),
    ]
    assert failed_turns("fiscal", turns) == []  # fmt: skip


def test_a_date_beside_a_conversation_id_is_not_asked_about() -> None:
    turns = [_turn("the 5 latest msgs of 100050 (the one from 02/11)", "intercom_get_conversation_by_id",
                   conversation_id="100050", max_parts=5)]  # fmt: skip
    assert failed_turns("id", turns) == []
