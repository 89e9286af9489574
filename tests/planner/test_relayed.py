"""Dev set 144's kind of chat (a support agent relaying a customer who is waiting), in other words than its
writer's: what the customer wants done is a write, relayed or not ("he wants it reopened asap", "she wants us
to lock her out of the account", "can we refund both of them", "book her a call with the success team"); a list of the
workspace's teams or segments asked in the middle of "she says ..." is that list, not "which contact?"; the
company's own matters (its office hours, a release's date) are not in Intercom; "whether her payment went
through, <email>" is a search of her conversations about it.

Also from dev 144's open dialogues, in other words: "she asked about a refund earlier today" with nobody
named is a search of today's refund conversations (she is the one waiting, not a contact to pick); "fyi his
email is <email> - anything on invoices from him?" is his invoice conversations; a list of segments asked
after a quoted email subject is that list; and in a dialogue, "anything about <topic> from him" after
picking someone, "his colleague has the same problem, which company is he with?" after reading his
conversation, and "when did the company join" after a company's people.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

REFUSED = [
    "he wants it reopened asap",
    "she wants us to lock her out of the account",
    "he wants the ticket reassigned to someone senior",
    "she wants us to make her the admin",
    "can we refund both of them",
    "book her a call with the success team on monday",
    "customer asking whether our office is closed next monday",
    "whats the release date for the new version of the app, customer keeps asking",
]
LISTED = {
    "what teams do we have, he wants the billing people": ("intercom_list_all_teams", {}),
    # "did her payment go through": her conversations about it
    "customer's asking whether her payment went through, iris.baker.167@example.com": (
        "intercom_search_conversations", {"contact_email": "iris.baker.167@example.com", "query": "payment"}),
    "customer says she asked about a refund earlier today, anything today?": (
        "intercom_search_conversations", {"query": "refund", "created_after": "2026-11-18"}),
    "fyi his email is ben.silva.273@example.com - anything on invoices from him?": (
        "intercom_search_conversations", {"contact_email": "ben.silva.273@example.com", "query": "invoice"}),
    "customer wants to know why she got the 'come back' email.. what segments do we have": (
        "intercom_list_segments", {}),
}  # fmt: skip
DIALOGUES = {
    "a topic asked about the one picked": [
        _turn("who works at zephyr partners", "intercom_company_contacts_events", company="Zephyr Partners"),
        _turn("the second guy - anything about invoices from him", "intercom_search_conversations",
              contact_email="lena.lopez.232@example.com", query="invoice"),
    ],
    "his company, while a colleague is mentioned": [
        _turn("victor.diaz.297@example.com shipping?", "intercom_search_conversations",
              contact_email="victor.diaz.297@example.com", query="shipping"),
        _turn("read it", "intercom_get_conversation_by_id", conversation_id="100805"),
        _turn("his colleague has the same problem, which company is he with?", "intercom_get_contact_by_id",
              contact_id="aed2ec6f2a7c62963c3230af"),
    ],
    "the company's own date after its people": [
        _turn("who works at onyx works", "intercom_company_contacts_events", company="Onyx Works"),
        _turn("when did the company join", "intercom_get_company_by_id", company_id="5f24ec448c134e786e3293fc"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("said", REFUSED)
def test_refused(said: str) -> None:
    assert failed_turns(said, [_turn(said, "refuse")]) == []


@pytest.mark.parametrize("said", sorted(LISTED))
def test_a_list_of_the_workspace_while_relaying(said: str) -> None:
    tool, args = LISTED[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_relayed_dialogues(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
