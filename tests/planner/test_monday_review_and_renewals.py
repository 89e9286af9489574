"""An ops analyst's Monday review in fragments and a renewals rep's indirect questions: "api too" and "billing
as well" after a dated search keep its window; "and after march 1st only" adds a bound to the one already
there; "the whole week" / "the whole month" after "today" widen the window; "did <email> have any onboarding
trouble" and "any billing issues for <email>" are her conversations about it (not her events, not her
overview); "ok now the people, 10 at a time" after a company's record is its people; "back to the list, page
3" after one company's people is the companies list's page 3; "the one listed second" picks the second;
"anything worrying from the first person" is that person's overview. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 113, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
FLOW = "intercom_company_contacts_events"
ATTACHED = "intercom_list_attach_contacts_to_company"
OVERVIEW = "intercom_contact_overview"
ACME = "6572920bd943d4ae90a4162a"

DIALOGUES = {
    "another topic too, same window": [
        _turn("export convos, last 30 days", SEARCH, query="export", created_after="2026-10-19"),
        _turn("api too", SEARCH, query="api", created_after="2026-10-19"),
        _turn("billing as well", SEARCH, query="billing", created_after="2026-10-19"),
    ],
    "another topic too, same person": [
        _turn("refund convos from kai.garcia.253@example.com", SEARCH, contact_email="kai.garcia.253@example.com"),
        _turn("billing too", SEARCH, contact_email="kai.garcia.253@example.com", query="billing"),
    ],
    "a second bound said with only": [
        _turn("login convos before october 10", SEARCH, query="login", created_before="2026-10-10"),
        _turn("and after june 1st only", SEARCH, query="login", created_before="2026-10-10",
              created_after="2026-06-01"),
    ],
    "the whole week, the whole month": [
        _turn("invoice questions yesterday", SEARCH, query="invoice", created_after="2026-11-17",
              created_before="2026-11-18"),
        _turn("the whole week", SEARCH, query="invoice", created_after="2026-11-11"),
        _turn("hmm the entire month", SEARCH, query="invoice", created_after="2026-11-01"),
    ],
    "trouble with a topic, by email": [
        _turn("did wen.khan.1@example.com have any login trouble", SEARCH, contact_email="wen.khan.1@example.com",
              query="login"),
    ],
    "issues with a topic, by email": [
        _turn("any shipping issues for kai.garcia.253@example.com?", SEARCH,
              contact_email="kai.garcia.253@example.com", query="shipping"),
    ],
    "a company's record, then its people": [
        _turn("globex inc, the enterprise one - plan and size", "intercom_get_company_by_id"),
        _turn("acme corp details", "intercom_get_company_by_id", company_id=ACME),
        _turn("now the people, 5 at a time", ATTACHED, company_id=ACME, per_page=5),
    ],
    "back to the company list, a page further": [
        _turn("companies, 5 per page", "intercom_list_companies", per_page=5),
        _turn("next", "intercom_list_companies", per_page=5, page=2),
        _turn("who works at the 2nd one", ATTACHED),
        _turn("back to the list, page 4", "intercom_list_companies", per_page=5, page=4),
    ],
    "the one listed second": [
        _turn("who's at globex", FLOW, company="Globex"),
        _turn("hmm, the one listed second", FLOW, company="ff95231395c198395d5f9583"),
    ],
    "anything worrying from a listed person": [
        _turn("who's at acme corp", FLOW, company="Acme Corp"),
        _turn("anything worrying from the first person lately", OVERVIEW, contact="wen.khan.1@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_monday_review_and_renewals(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
