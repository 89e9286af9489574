"""Requests from held-out sets 233 (an account review) and 234 (a new hire's first week), each in other words
than the set's: a report named before a company is not a person ("adoption snapshot for willow systems"), a
logged touchpoint is a write, "how healthy is the account?" asks which one, "i mean the person" after an id says
which kind (not a new name), a log of what users did is their events (whose?), what someone did and whether
they talked to us is the overview, "message us" is writing in, and "the same but the contacts" after a list of
companies is the contacts' list, as many at a time."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
OVERVIEW = "intercom_contact_overview"
CONTACTS = "intercom_list_all_contacts"
COMPANIES = "intercom_list_companies"


@pytest.mark.parametrize(
    ("said", "args"),
    [
        ("adoption scorecard for lumen group: 3 people, 2 events each",
         {"company": "Lumen Group", "max_contacts": 3, "events_per_contact": 2}),
        ("adoption roundup for acme corp", {"company": "Acme Corp", "events_per_contact": 0}),
    ],
)  # fmt: skip
def test_a_report_named_before_a_company(said: str, args: dict[str, object]) -> None:
    assert failed_turns("report", [_turn(said, FLOW, **args)]) == []


def test_a_logged_touchpoint_is_a_write() -> None:
    assert failed_turns("touchpoint", [_turn("record an interaction with lumen group: onsite visit", "refuse")]) == []


def test_how_healthy_the_account_is_asks_which() -> None:
    assert failed_turns("healthy", [_turn("how healthy is this company?", "ask")]) == []


def test_which_kind_said_after_an_id() -> None:
    said = "pull up the client with id 138f54e811eb34e320f00f05. i mean the contact, not the account"
    turns = [_turn(said, "intercom_get_contact_by_id", contact_id="138f54e811eb34e320f00f05")]
    assert failed_turns("kind", turns) == []


def test_a_log_of_what_users_did_asks_whose() -> None:
    assert failed_turns("log", [_turn("where's the log of things customers did", "ask")]) == []


def test_what_someone_did_and_whether_they_wrote_in() -> None:
    said = "what stuff did dev.rossi.0@example.com do and did he talk to us?"
    assert failed_turns("both", [_turn(said, OVERVIEW, contact="dev.rossi.0@example.com")]) == []


def test_message_us_is_writing_in() -> None:
    turns = [_turn("show me usr_00001", OVERVIEW, contact="usr_00001"),
             _turn("has he messaged support about invoices", "intercom_search_conversations",
                   contact_email="dev.rossi.0@example.com", query="invoice")]  # fmt: skip
    assert failed_turns("message us", turns) == []


@pytest.mark.parametrize(
    ("first", "then", "tool", "args"),
    [
        ("list 20 companies", "ok same for the people", CONTACTS, {"per_page": 20}),
        ("show me 10 contacts", "and the same but accounts", COMPANIES, {"per_page": 10}),
        ("list 5 companies", "same for segments", "intercom_list_segments", {}),
    ],
)
def test_the_same_for_another_kind(first: str, then: str, tool: str, args: dict[str, object]) -> None:
    first_tool = COMPANIES if "compan" in first else CONTACTS
    size = int(next(w for w in first.split() if w.isdigit()))
    assert failed_turns("same", [_turn(first, first_tool, per_page=size), _turn(then, tool, **args)]) == []
