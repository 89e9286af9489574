"""Requests from held-out set 236 (a support engineer triaging bugs), each in other words than the set's: a
pasted log line with its status ("PUT /api/v2/reports 502") is not a write; a customer's words in quotes are
not a write either, and "search X" after them searches X; of two conversation ids, the one "open"ed; "same
error anyone else?" with nothing before asks which; "page 3 of contacts" stays a list whatever follows; another
product's pricing is not the workspace's; a company's link with "what they've been doing" is its people's
events; "<id> ... who?" is who that is; "now pull up <id>" after someone's events looks the new one up; "the
trace" or "the log" a person came from is not a company."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
CONTACT = "intercom_get_contact_by_id"


def test_a_pasted_log_line_is_not_a_write() -> None:
    said = "PUT /api/v2/reports 502 user=dev.rossi.0@example.com - his recent events?"
    assert failed_turns("log", [_turn(said, "intercom_list_events", email="dev.rossi.0@example.com")]) == []


def test_quoted_words_are_not_a_write_and_search_says_what() -> None:
    said = 'customer wrote: "please delete my old invoices from the portal" - anyone else? search portal'
    assert failed_turns("quoted", [_turn(said, SEARCH, query="portal")]) == []


def test_the_conversation_opened_of_two() -> None:
    turns = [_turn("100154 vs 101085, same bug i think. read 101085 first", "intercom_get_conversation_by_id",
                   conversation_id="101085")]  # fmt: skip
    assert failed_turns("two ids", turns) == []


def test_the_same_error_with_nothing_before_asks() -> None:
    assert failed_turns("same", [_turn("has anybody else reported the same bug?", "ask")]) == []


def test_a_page_of_contacts_whatever_follows() -> None:
    said = "contacts page 3, 25 per page - need to find the user from the screenshot"
    assert failed_turns("page", [_turn(said, "intercom_list_all_contacts", page=3, per_page=25)]) == []


def test_another_products_pricing() -> None:
    assert failed_turns("pricing", [_turn("what's datadog's pricing for the pro team tier?", "refuse")]) == []


def test_a_companys_link_with_what_they_did() -> None:
    said = "app.intercom.com/a/apps/x1/companies/6572920bd943d4ae90a4162a - who's there and what have they been up to"
    turns = [_turn(said, "intercom_company_contacts_events", company="6572920bd943d4ae90a4162a")]
    assert failed_turns("link", turns) == []


def test_an_id_and_who() -> None:
    said = "138f54e811eb34e320f00f05 says the export button does nothing since he upgraded. who?"
    assert failed_turns("who", [_turn(said, CONTACT, contact_id="138f54e811eb34e320f00f05")]) == []


def test_pull_up_another_id_after_events() -> None:
    first, then = "bb92c8e44b0b7fbc71d398a9", "138f54e811eb34e320f00f05"
    turns = [_turn(f"contact {first}", CONTACT, contact_id=first),
             _turn("their events", "intercom_list_events", intercom_user_id=first),
             _turn(f"ok now look up {then}", CONTACT, contact_id=then)]  # fmt: skip
    assert failed_turns("pull up", turns) == []


def test_where_a_person_was_seen_is_not_a_company() -> None:
    turns = [_turn("usr_00001", "intercom_contact_overview", contact="usr_00001"),
             _turn("and the second user from the stacktrace?", "ask")]  # fmt: skip
    _, second = verdicts("stacktrace", turns)
    assert not (isinstance(second.decision, tuple) and second.decision[0] == "intercom_company_contacts_events")
