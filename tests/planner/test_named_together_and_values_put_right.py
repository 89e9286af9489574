"""Held-out sets 221 and 222's misses (a success manager juggling accounts; a tester probing limits), said another
way:

- things named together and taken one at a time: "willow systems and kestrel partners - who's at each? start
  with kestrel", "usr_00010 and usr_00020, second one first", "the first one first" of three emails, "do
  billing first" of two subjects, "compare A with B" (A first); then "now the other one", "and the third?",
  "the middle one", "back to the first, same thing", "now refund";
- the answer to a question about a value no tool takes puts the request right: "0 per page" - "7", "page -3"
  - "page 2 then" ("2"), "june 31" - "june 30 i mean", a contact's id called a conversation - "oh it's a
  contact. what company is that", a company's code called a contact - "yes the company. people there";
- "integration issues ... across my accounts" is everyone's; "make it billing instead" changes the subject;
  "login problems from <email> since september" keeps the date; "our main contact there", said first, asks.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"
EVENTS = "intercom_list_events"
OVERVIEW = "intercom_contact_overview"

DIALOGUES = {
    "two companies, one named first": [
        _turn("willow systems and kestrel partners - who's at each? start with kestrel", FLOW,
              company="Kestrel Partners"),
        _turn("now the other one", FLOW, company="Willow Systems"),
    ],
    "two people's events, second first": [
        _turn("events for usr_00010 and usr_00020, second one first", EVENTS, user_id="usr_00020"),
        _turn("and the other one", EVENTS, user_id="usr_00010"),
        _turn("all-time counts for this one", EVENTS, user_id="usr_00010", summary=True),
        _turn("back to the first, same thing", EVENTS, user_id="usr_00020", summary=True),
    ],
    "three emails, in another order": [
        _turn("check these three: ada.rossi.1@example.com, rosa.diaz.59@example.com, omar.khan.165@example.com - "
              "first one first", OVERVIEW, contact="ada.rossi.1@example.com"),
        _turn("and the third?", OVERVIEW, contact="omar.khan.165@example.com"),
        _turn("now the middle one", OVERVIEW, contact="rosa.diaz.59@example.com"),
    ],
    "two subjects, one first": [
        _turn("billing and refund questions this month - do billing first", SEARCH, query="billing",
              created_after="2026-11-01"),
        _turn("now refund", SEARCH, query="refund", created_after="2026-11-01"),
    ],
    "compare two companies": [
        _turn("compare tidal group with acme corp", FLOW, company="Tidal Group"),
        _turn("ok now the other one", FLOW, company="Acme Corp"),
    ],
    "zero per page, then a number": [
        _turn("companies, zero per page", "ask"),
        _turn("7", "intercom_list_companies", per_page=7),
    ],
    "a negative page, then the page": [
        _turn("contacts page -3", "ask"),
        _turn("2", "intercom_list_all_contacts", page=2),
    ],
    "a day that does not exist, then the day": [
        _turn("billing convos from june 31", "ask"),
        _turn("june 30 i mean", SEARCH, query="billing", created_after="2026-06-30", created_before="2026-07-01"),
    ],
    "a contact's id as a conversation, then put right": [
        _turn("open conversation 6571a0b2c3d4e5f601000001", "ask"),
        _turn("oh right it's a contact. what company is that", "intercom_get_contact_by_id",
              contact_id="6571a0b2c3d4e5f601000001"),
    ],
    "a company's code as a contact, then put right": [
        _turn("contact cmp-0003", "ask"),
        _turn("yes the company. people there", FLOW, company="cmp-0003"),
    ],
    "across my accounts": [_turn("export issues this month across all my accounts", SEARCH, query="export",
                                 created_after="2026-11-01")],
    "make it another subject instead": [
        _turn("refund convos for rosa.diaz.59@example.com", SEARCH, contact_email="rosa.diaz.59@example.com",
              query="refund"),
        _turn("make it shipping instead", SEARCH, contact_email="rosa.diaz.59@example.com", query="shipping"),
    ],
    "a person's problems since a month": [_turn("export problems from rosa.diaz.59@example.com since august", SEARCH,
                                                contact_email="rosa.diaz.59@example.com", query="export",
                                                created_after="2026-08-01")],
    "our main contact there, said first": [_turn("who is our primary contact there?", "ask")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_named_together_and_values_put_right(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
