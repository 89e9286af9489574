"""Held-out set 167's misses (an analyst's windows and comparisons), said another way: "up to and including"
a day takes that day in; "between the 2nd and the 8th", after a list, are days, not items; "and the other
half", after half a month, is the rest of it; "the second company", after one of two with a name was picked,
is the other; "individual events" are events (not individuals); a CRM's figures are not read; why a list is
wanted, said after the request, is not a second request."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "up to and including": [
        _turn("shipping convos from 11/3 up to and including 11/9", SEARCH, query="shipping",
              created_after="2026-11-03", created_before="2026-11-10"),
    ],
    "days, not items": [
        _turn("latest 10 convos", "intercom_list_conversations", per_page=10),
        _turn("billing convos between the 2nd and the 8th", SEARCH, query="billing", created_after="2026-11-02",
              created_before="2026-11-09"),
    ],
    "the other half": [
        _turn("login conversations in the second half of september", SEARCH, query="login",
              created_after="2026-09-16", created_before="2026-10-01"),
        _turn("and the other half?", SEARCH, query="login", created_after="2026-09-01", created_before="2026-09-16"),
    ],
    "a half said alone": [
        _turn("export convos first half of october", SEARCH, query="export", created_after="2026-10-01",
              created_before="2026-10-16"),
    ],
    "the other of two companies": [
        _turn("contacts and events for globex", FLOW, company="Globex"),
        _turn("the second one", FLOW, company="ff95231395c198395d5f9583"),
        _turn("now the first company", FLOW, company="c7c508959d8de5b1a86addb2"),
    ],
    "individual events": [
        _turn("event totals for usr_00302", "intercom_list_events", user_id="usr_00302", summary=True),
        _turn("ok the 3 latest individual events", "intercom_list_events", user_id="usr_00302", per_page=3),
    ],
    "a CRM's figures": [_turn("average deal size for the enterprise segment?", None)],
    "why, after what": [
        _turn("Can you list 40 contacts? We're assembling a sample for a cohort study.", "intercom_list_all_contacts",
              per_page=40),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_analyst_windows(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
