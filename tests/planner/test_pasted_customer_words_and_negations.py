"""Held-out sets 213 and 214's misses (a writer who says what is not wanted; an agent pasting what a customer
wrote), said another way:

- the words a customer wrote, pasted after "customer says" or "they wrote:", are not the request: what is
  asked after them is, with the email or id they gave ("her", "this guy"); a write the customer asks of the
  company is no write asked of the toolkit, unless the agent says "do it";
- "skip the first page" (page 2), "skip the first 2 pages" (page 3), "not today, yesterday", "not oldest
  first, newest", "don't sort by X, Y", "don't include events", "skip the people, just the company",
  "nothing older than a week", "nothing from the past 7 days, older than that";
- "her previous billing convos": "previous" is no topic; "pull up their history", with no one said before,
  asks whose.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "a customer's words, then the ask": [_turn(
        'customer says "my invoice is wrong AGAIN, fix it today" - billing convos from the past 7 days', SEARCH,
        query="billing", created_after="2026-11-11")],
    "the email they gave": [_turn(
        'they wrote: "hey it\'s rosa.diaz.59@example.com, the export keeps timing out" - her export convos',
        SEARCH, query="export", contact_email="rosa.diaz.59@example.com")],
    "a write the customer asks for": [_turn(
        'customer: "I\'m omar.khan.165@example.com, close my account please" -- first, the 360 on him',
        "intercom_contact_overview", contact="omar.khan.165@example.com")],
    "do it": [_turn('customer now says "just cancel my plan" - do it', "refuse")],
    "no one to point at": [_turn('customer says "this is taking forever" - pull up their history', "ask")],
    "the coworker, said first": [_turn('customer says "my coworker had this too" - what did the coworker write?',
                                       "ask")],
    "a customer's id": [_turn('customer pasted their id: "contact 1b87c0cdd9f8a882fa31b52e - cannot log in" — '
                              "look them up", "intercom_get_contact_by_id",
                              contact_id="1b87c0cdd9f8a882fa31b52e")],
    "previous": [_turn("ada.rossi.1@example.com's previous refund convos", SEARCH, query="refund")],
    "skip the first page": [_turn("companies, 10 per page, skip the first page", "intercom_list_companies",
                                  page=2, per_page=10)],
    "skip the first two pages": [_turn("contacts but skip the first two pages", "intercom_list_all_contacts",
                                       page=3)],
    "not today": [
        _turn("billing convos today", SEARCH, query="billing"),
        _turn("not today, yesterday i mean", SEARCH, query="billing", created_after="2026-11-17",
              created_before="2026-11-18"),
    ],
    "not oldest first": [
        _turn("companies oldest first", "intercom_list_companies", order="asc"),
        _turn("no, not oldest first. newest", "intercom_list_companies", order="desc"),
    ],
    "don't sort": [_turn("30 companies. dont sort oldest first, most recently active first",
                         "intercom_list_companies", per_page=30, order="desc")],
    "don't include events": [_turn("lumen group contacts, don't include events", "intercom_company_contacts_events",
                                   company="Lumen Group", events_per_contact=0)],
    "the picked company's people, no events": [
        _turn("companies oldest first", "intercom_list_companies", order="asc"),
        _turn("who's at the second one? no events", "intercom_company_contacts_events", events_per_contact=0),
    ],
    "nothing older than a week": [_turn("open conversations, nothing older than a week", SEARCH, state="open",
                                        created_after="2026-11-11")],
    "older than that": [_turn("refund complaints but nothing from the past 7 days, older than that", SEARCH,
                              query="refund", created_before="2026-11-11")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_pasted_customer_words_and_negations(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
