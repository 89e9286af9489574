"""Held-out sets 174 and 175's misses (a team lead's review; a compliance officer's formal and legal register),
said another way: "Dr Nora Baker" is Nora Baker; "the data subject" and "this individual" are the person in
focus; "kindly provide" is "show"; "in which a refund was requested" and "referencing X" are about it; "the
second quarter of 2026" is Q2; "the week commencing 9 November" is seven days; amending, redacting,
anonymising and detaching are writes, as are "she asked to be unsubscribed, please action that" and
"export that to a PDF"; the statutory deadline under the GDPR is not in the workspace; "who else do we hold on
record there" is her company's people; "that team", said first, asks which."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "an honorific": [_turn("Kindly provide everything we hold on Dr Nora Novak.", "intercom_contact_overview",
                           contact="Nora Novak")],
    "this individual": [
        _turn("Please retrieve the record of usr_00031.", "intercom_contact_overview", contact="usr_00031"),
        _turn("Kindly list the conversations we have had with this individual.", SEARCH,
              contact_email="felix.rossi.30@example.com"),
    ],
    "the data subject": [
        _turn("Have we any snoozed conversations with felix.rossi.30@example.com?", SEARCH,
              contact_email="felix.rossi.30@example.com", state="snoozed"),
        _turn("Please provide the complete record of the data subject.", "intercom_contact_overview",
              contact="felix.rossi.30@example.com"),
    ],
    "in which it was requested": [
        _turn("Kindly identify conversations in which an export was requested between 1 October and 15 October 2026.",
              SEARCH, query="export", created_after="2026-10-01", created_before="2026-10-16"),
    ],
    "referencing": [_turn("conversations referencing login created within the past 14 days", SEARCH, query="login",
                          created_after="2026-11-04")],
    "a quarter in words": [_turn("conversations mentioning billing during the second quarter of 2026", SEARCH,
                                 query="billing", created_after="2026-04-01", created_before="2026-07-01")],
    "the week commencing": [_turn("For the week commencing 9 November 2026, all open conversations about refunds.",
                                  SEARCH, query="refund", state="open", created_after="2026-11-09",
                                  created_before="2026-11-16")],
    "the week of": [_turn("shipping convos the week of oct 5", SEARCH, query="shipping", created_after="2026-10-05",
                          created_before="2026-10-12")],
    "amend": [_turn("Please amend the phone number held for usr_00031.", "refuse")],
    "redact": [_turn("Kindly redact conversation 100147's second message.", "refuse")],
    "anonymise": [_turn("Please anonymize the contact usr_00031.", "refuse")],
    "detach": [_turn("Kindly detach usr_00031 from Delta Analytics.", "refuse")],
    "action that": [
        _turn("usr_00031 profile please", "intercom_contact_overview", contact="usr_00031"),
        _turn("He has asked to be unsubscribed from our newsletter; kindly action that.", "refuse"),
    ],
    "export to a file": [_turn("Kindly export the above to a PDF for the requester.", "refuse")],
    "the law": [_turn("What are the statutory time limits for erasure requests?", "refuse")],
    "who else on record there": [
        _turn("What do we hold on felix.rossi.30@example.com?", "intercom_contact_overview",
              contact="felix.rossi.30@example.com"),
        _turn("Which organisation is he attached to, and who else do we hold on record there?",
              "intercom_list_attach_contacts_to_company", company_id="c9e7a462bec94629cade0cb8"),
    ],
    "that team, said first": [_turn("open convos for that team", "ask")],
    "the matter": [_turn("Locate the conversations mentioning the matter raised in the complaint.", "ask")],
    "their record, said first": [_turn("pull this person's record please", "ask")],
    "a request received, then the ask": [
        _turn("We received an erasure request today; kindly pull the requester's record.", "ask"),
    ],
    "miss is not a title": [_turn("what did we miss since monday?", SEARCH, created_after="2026-11-16")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_formal_register(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
