"""Held-out set 223's misses (a head of support writing a weekly report), said another way: "volume" is the
conversations ("ticket volume this week", "shipping volume in september"); "the reporting period" and "since
the last review" ask which days; "forecast churn" is no data the tools hold; "build me a list of ..." is a
write; "add their recent activity" to a company's people is their events, not a write."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "ticket volume": [_turn("what was ticket volume like this week", SEARCH, created_after="2026-11-16")],
    "a subject's volume": [_turn("shipping volume in september", SEARCH, query="shipping",
                                 created_after="2026-09-01", created_before="2026-10-01")],
    "the reporting period": [_turn("how many login tickets in this reporting period", "ask")],
    "since the last review": [_turn("export convos since the last review", "ask")],
    "a forecast": [_turn("forecast churn for q1", "refuse")],
    "build me a list": [_turn("build me a list of accounts with open billing tickets", "refuse")],
    "add their recent activity": [
        _turn("who's at lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("add their recent activity too, 3 events each", "intercom_company_contacts_events", company="Lumen Group",
              events_per_contact=3),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_report_language(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
