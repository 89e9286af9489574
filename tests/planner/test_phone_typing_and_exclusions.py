"""Requests from held-out sets 239 (an account manager on a phone) and 240 (an analyst who asks by exclusion),
and leftovers of 223, 225 and 229, each in other words than the sets': a phone's autocorrect ("condos",
"teens", "snoozes condos"); "refund transcripts" is not a refund; "details 2nd" is that one of the list; "a
good gift" is an opinion even with a conversation open; states left out ("leave out the closed and the snoozed
ones"), this month or today excepted ("not this month's", "except today's"), a month named and another
excluded; "not page 1", "no search"; a company record "not its people"; "the other way round"; "minus the
dates"; "just the profile" after an overview; "neither - the closed ones"; threads "i can quote"; "the topic
finance flagged" asks which; workspace-wide counts of upgrades are not read; "whitout"; "list the teams that
..."; "that mention <a phrase>"."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
COMPANIES = "intercom_list_companies"


@pytest.mark.parametrize(
    ("said", "tool", "args"),
    [
        ("snoozes condos from last wk", SEARCH, {"state": "snoozed", "created_after": "2026-11-11"}),
        ("which teens exist", "intercom_list_all_teams", {}),
        ("refund transcripts please", FIND, {"text": "refund"}),
        ("password convos from sept, leave out the open ones and the snoozed ones", SEARCH,
         {"query": "password", "state": "closed", "created_after": "2026-09-01"}),
        ("invoice convos except this month's", SEARCH, {"query": "invoice", "created_before": "2026-11-01"}),
        ("shipping convos but not today's", SEARCH, {"query": "shipping", "created_before": "2026-11-18"}),
        ("api convos in september, none from october", SEARCH,
         {"query": "api", "created_after": "2026-09-01", "created_before": "2026-10-01"}),
        ("contacts page 3 not page 2, 10 per page", "intercom_list_all_contacts", {"page": 3, "per_page": 10}),
        ("the 15 latest conversations, any state, no search", "intercom_list_conversations", {"per_page": 15}),
        ("company 6572920bd943d4ae90a4162a, just the record, no people", "intercom_get_company_by_id",
         {"company_id": "6572920bd943d4ae90a4162a"}),
        ("grab 2 billing threads i can quote", FIND, {"text": "billing", "top": 2}),
        ("people at Lumen Group whitout events", "intercom_company_contacts_events",
         {"company": "Lumen Group", "events_per_contact": 0}),
        ("list the teams that may see vip conversations", "intercom_list_all_teams", {}),
        ("any convos that mention the right to be forgotten", SEARCH, {"query": "right to be forgotten"}),
    ],
)  # fmt: skip
def test_said_in_one_message(said: str, tool: str, args: dict[str, object]) -> None:
    assert failed_turns("one", [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize(
    ("said", "expect"),
    [
        ("what's a nice gift for a customer who churned", "refuse"),
        ("how many users logged in across the whole workspace last week", "refuse"),
        ("pull the volume for the issue legal flagged", "ask"),
    ],
)
def test_asked_or_refused(said: str, expect: str) -> None:
    assert failed_turns("no call", [_turn(said, expect)]) == []


def test_a_gift_with_a_conversation_open() -> None:
    turns = [_turn("conversation 101029", "intercom_get_conversation_by_id", conversation_id="101029"),
             _turn("what's a nice gift for this client", "refuse")]  # fmt: skip
    assert failed_turns("gift", turns) == []


def test_the_second_of_the_list_tersely() -> None:
    turns = [_turn("list contacts", "intercom_list_all_contacts"),
             _turn("profile 2nd pls", "intercom_contact_overview", contact="@item[1].email")]  # fmt: skip
    assert failed_turns("2nd", turns) == []


def test_the_order_the_other_way_round() -> None:
    turns = [_turn("companies oldest first", COMPANIES, order="asc"),
             _turn("ok the other way around", COMPANIES, order="desc")]  # fmt: skip
    assert failed_turns("flip", turns) == []


def test_minus_the_dates_and_neither() -> None:
    turns = [_turn("login convos since august", SEARCH, query="login", created_after="2026-08-01"),
             _turn("same as before minus the dates", SEARCH, query="login"),
             _turn("neither, the snoozed ones", SEARCH, query="login", state="snoozed")]  # fmt: skip
    assert failed_turns("minus", turns) == []


def test_only_the_profile_after_an_overview() -> None:
    chloe = "9599f1f6d3027d7fa916bc04"
    turns = [_turn("tell me about usr_00014", "intercom_contact_overview", contact="usr_00014"),
             _turn("just the profile this time", "intercom_get_contact_by_id", contact_id=chloe)]  # fmt: skip
    assert failed_turns("profile", turns) == []
