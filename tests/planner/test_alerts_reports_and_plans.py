"""Dev set 168's misses, said another way. "[Sentry] #912 checkout errors spiking - have users reported billing
problems since monday?" is a search (before: conversation 912, which is Sentry's number); "did customers report
export problems this month?" searches (before: the contacts list); "and the growth plan one?", among two
companies of one name, after the other's people: its people (before: its record); "compare the two accounts",
said first, asks which (before: two contacts)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a pasted alert": [
        _turn("[Sentry] #912 checkout errors spiking - have users reported billing problems since monday?",
              "intercom_search_conversations", query="billing", created_after="2026-11-16"),
    ],
    "customers reporting": [
        _turn("did customers report export problems this month?", "intercom_search_conversations",
              query="export", created_after="2026-11-01"),
    ],
    "the plan one of two namesakes": [
        _turn("who's on the globex account?", "intercom_company_contacts_events", company="Globex"),
        _turn("the enterprise one", "intercom_company_contacts_events", company="c7c508959d8de5b1a86addb2"),
        _turn("and the growth plan one?", "intercom_company_contacts_events", company="ff95231395c198395d5f9583"),
    ],
    "two to compare, none said": [
        _turn("compare the two accounts", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_alerts_reports_and_plans(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
