"""Long explorations of the data: a person's company list after a detour, the newest conversation after
teams, "the first company" after two companies' people, who a listed conversation is from, and lead-to-user
conversions refused, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
small variations of outside dev set 105, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the Nth person from her company list, after a detour and a refused write": [
        _turn("customer 360 for tara ito", "intercom_contact_overview", contact="tara ito"),
        _turn("who else is there", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("her billing convo?", "intercom_search_conversations", contact_email="tara.ito.5@example.com",
              query="billing"),
        _turn("pls close that one"),
        _turn("ok. events of the third person from her company list, last 3", "intercom_list_events",
              user_id="usr_00013", per_page=3),
    ],
    "the newest conversation of a state after teams, then all of it": [
        _turn("list teams", "intercom_list_all_teams"),
        _turn("the newest snoozed conversation?", "intercom_search_conversations", state="snoozed", per_page=1),
        _turn("show me the whole thing", "intercom_get_conversation_by_id", conversation_id="100182"),
    ],
    "the most recent open one after segments and a refused assignment": [
        _turn("segments and how many people in each", "intercom_list_segments", include_count=True),
        _turn("assign convo 100322 to billing"),
        _turn("ok whats the most recent open convo", "intercom_search_conversations", state="open", per_page=1),
    ],
    "the first company's record after two companies' people and a person": [
        _turn("acme corp people + events", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("now birch labs", "intercom_company_contacts_events", company="Birch Labs"),
        _turn("details of the 3rd person", "intercom_get_contact_by_id"),
        _turn("the first company - what plan are they on and how much do they spend", "intercom_get_company_by_id",
              company_id="6572920bd943d4ae90a4162a"),
        _turn("the previous company, its info", "intercom_get_company_by_id", company_id="57aa1aad1fc3825a99dc8ccc"),
    ],
    "who a listed conversation is from": [
        _turn("login issues this month", "intercom_search_conversations", query="login", created_after="2026-11-01"),
        _turn("who's the second one from?", "intercom_get_contact_by_id", contact_id="ae362efc9ecdf3a6739ee506"),
    ],
    "lead-to-user conversions are writes": [
        _turn("show me 20 contacts", "intercom_list_all_contacts", per_page=20),
        _turn("convert the last one from a lead into a user"),
        _turn("turn her into a user"),
        _turn("upgrade that lead to a user"),
    ],
    "the latest conversation on a topic is one": [
        _turn("latest billing convo", "intercom_search_conversations", query="billing", per_page=1),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_long_explorations(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
