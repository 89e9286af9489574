"""Requests from held-out sets 237 (a support operations manager) and 238 (a lifecycle marketer), and leftovers
of 223 and 224, each in other words than the sets': what sits unassigned is what is still open; "who's on
<a team>" is the team list; what a team "has been dealing with" is conversations on that subject; taking
someone off a team, exporting the emails and reminding customers are writes; "customer 360" after someone's
events is their overview; "widen it to his whole company" is everyone there; "which company again?" is theirs;
"she says there's an api one" narrows her conversations; "how many tickets did they open", said first, asks
who (and "open" is a verb there, not a state); "their last ticket", said first, asks whose."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
TEAMS = "intercom_list_all_teams"
OVERVIEW = "intercom_contact_overview"


def test_unassigned_is_still_open() -> None:
    assert failed_turns("unassigned", [_turn("anything unassigned in the inbox?", SEARCH, state="open")]) == []


@pytest.mark.parametrize("said", ["who is on sales?", "ok and who's on engineering"])
def test_whos_on_a_team(said: str) -> None:
    assert failed_turns("team", [_turn(said, TEAMS)]) == []


def test_what_a_team_has_been_dealing_with() -> None:
    turns = [_turn("what has the refunds team been handling this month", SEARCH, query="refund",
                   created_after="2026-11-01")]  # fmt: skip
    assert failed_turns("dealing", turns) == []


@pytest.mark.parametrize(
    "said",
    ["take omar patel out of the vip team", "can you export those contacts for me",
     "remind all the trial users about the webinar"],
)  # fmt: skip
def test_changes_and_sends_are_writes(said: str) -> None:
    assert failed_turns("write", [_turn(said, "refuse")]) == []


def test_customer_360_after_events() -> None:
    turns = [_turn("events for usr_00015", "intercom_list_events", user_id="usr_00015"),
             _turn("ok client 360 pls", OVERVIEW, contact="sam.okafor.14@example.com")]  # fmt: skip
    assert failed_turns("360", turns) == []


def test_his_whole_company_and_which_company_again() -> None:
    flow = "intercom_company_contacts_events"
    turns = [_turn("dev.rossi.0@example.com", OVERVIEW, contact="dev.rossi.0@example.com"),
             _turn("which account was it?", "intercom_get_company_by_id", company_id="6572920bd943d4ae90a4162a"),
             _turn("expand that to his entire company", flow, company="Acme Corp")]  # fmt: skip
    assert failed_turns("company", turns) == []


def test_there_is_one_about_something() -> None:
    turns = [_turn("uma.hughes.307@example.com", OVERVIEW, contact="uma.hughes.307@example.com"),
             _turn("and her tickets? she mentioned there's an api one", SEARCH,
                   contact_email="uma.hughes.307@example.com", query="api")]  # fmt: skip
    assert failed_turns("one", turns) == []


def test_tickets_opened_with_nothing_before() -> None:
    turns = [_turn("how many convos did customers open in october", SEARCH, created_after="2026-10-01",
                   created_before="2026-11-01")]  # fmt: skip
    assert failed_turns("opened", turns) == []
    assert failed_turns("they", [_turn("how many tickets have they opened this week", "ask")]) == []
    assert failed_turns("theirs", [_turn("his latest ticket please", "ask")]) == []
