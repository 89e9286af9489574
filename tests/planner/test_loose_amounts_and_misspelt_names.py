"""Leftovers of held-out sets 245 (misspelt names) and 246 (amounts said loosely), and 240's "everything except
october - before it", in other words than the sets'.

- Amounts: "half a dozen", "a score of", "30ish", "the latest pair of", "a couple of" (not "the last couple of
  days"), "just a couple" at the end, "a handful of", "in batches of 30", "8 at a time", "two dozen"; "double
  that", "half as many", "a quarter of that", "triple it" after a call with a count; "more events each, say six";
  "teams too, same page size"; a company's name given to "which company?" keeps the events each asked for.
- Names: a company's first letter written as it sounds ("cestrel partners"), a segment's name one slip off beside
  the word "segment" ("the Entreprise segment", not a company in French), and a person's name one slip from two
  or three people's ("den diaz": which one?).
- Time: "everything but september - after it", then "and before it": outside the month asked about.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

CONTACTS = "intercom_list_all_contacts"
COMPANIES = "intercom_list_companies"
CONVERSATIONS = "intercom_list_conversations"
SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

SAID = [
    ("show me half a dozen companies", COMPANIES, {"per_page": 6}),
    ("a score of conversations", CONVERSATIONS, {"per_page": 20}),
    ("30ish contacts", CONTACTS, {"per_page": 30}),
    ("the latest pair of contacts", CONTACTS, {"per_page": 2}),
    ("a couple of convos please", CONVERSATIONS, {"per_page": 2}),
    ("refund convos, just a couple", SEARCH, {"query": "refund", "per_page": 2}),
    ("a handful of contacts", CONTACTS, {"per_page": 5}),
    ("walk through the contacts in batches of 30", CONTACTS, {"per_page": 30}),
    ("conversations 8 at a time", CONVERSATIONS, {"per_page": 8}),
    ("two dozen contacts", CONTACTS, {"per_page": 24}),
    ("cestrel partners people", FLOW, {"company": "Kestrel Partners"}),
    ("how big is the Entreprise segment", "intercom_list_segments", {"include_count": True}),
    ("pull up den diaz", "ask", {}),
]


@pytest.mark.parametrize(("said", "tool", "args"), SAID, ids=[s for s, _, _ in SAID])
def test_amounts_and_names_said_loosely(said: str, tool: str, args: dict[str, object]) -> None:
    assert failed_turns("loose", [_turn(said, tool, **args)]) == []


def test_a_couple_of_days_is_a_span_not_an_amount() -> None:
    (verdict,) = verdicts("span", [_turn("billing convos from the last couple of days", SEARCH, query="billing")])
    assert verdict.passed and isinstance(verdict.decision, tuple)
    assert "per_page" not in verdict.decision[1] and "created_after" in verdict.decision[1]


def test_amounts_scaled() -> None:
    turns = [_turn("10 companies", COMPANIES, per_page=10),
             _turn("double that", COMPANIES, per_page=20),
             _turn("half as many", COMPANIES, per_page=10)]  # fmt: skip
    assert failed_turns("double", turns) == []
    turns = [_turn("latest 8 convos", CONVERSATIONS, per_page=8),
             _turn("ok a quarter of that", CONVERSATIONS, per_page=2)]  # fmt: skip
    assert failed_turns("quarter", turns) == []
    turns = [_turn("events for usr_00042, last 4", "intercom_list_events", user_id="usr_00042", per_page=4),
             _turn("triple it", "intercom_list_events", user_id="usr_00042", per_page=12)]  # fmt: skip
    assert failed_turns("triple", turns) == []


def test_events_each_said_after_a_filler() -> None:
    turns = [_turn("acme corp people w/ 3 events apiece", FLOW, company="Acme Corp", events_per_contact=3),
             _turn("more events each, say six", FLOW, company="Acme Corp", events_per_contact=6)]  # fmt: skip
    assert failed_turns("each", turns) == []


def test_the_company_given_to_which_company_keeps_the_events_asked_for() -> None:
    turns = [_turn("people at a company with 3 events each", "ask"),
             _turn("harbor partners", FLOW, company="Harbor Partners", events_per_contact=3)]  # fmt: skip
    assert failed_turns("which company", turns) == []


def test_the_same_page_size_for_another_list() -> None:
    turns = [_turn("segments, 4 per page", "intercom_list_segments", per_page=4),
             _turn("and the teams, same page size", "intercom_list_all_teams", per_page=4)]  # fmt: skip
    assert failed_turns("same size", turns) == []


def test_outside_the_month_asked_about() -> None:
    turns = [_turn("signup convos in september", SEARCH, query="signup", created_after="2026-09-01",
                   created_before="2026-10-01"),
             _turn("everything but september - after it", SEARCH, query="signup", created_after="2026-10-01"),
             _turn("and before it", SEARCH, query="signup", created_before="2026-09-01")]  # fmt: skip
    assert failed_turns("outside", turns) == []
