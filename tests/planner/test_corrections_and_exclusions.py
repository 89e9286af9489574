"""Leftovers of held-out set 269 (people who correct themselves and set things aside), in other words than the
set's: "- not <old>, <new>" puts the new one in the old one's place; "well just 12" and "the 2nd - no, the 5th"
take the place of the count and the position said before; "yesterday, no the day before" is the day before
yesterday; "just kidding" and "actually don't" take back a write and leave what is asked after them; states set
aside ("leave out the open and snoozed ones") leave the one not named; an item set aside that no tool can leave
out ("except the VIP one") is the whole list; "wrong, i meant <x>" is <x>; "not the events" is no events; "the
other <first name>", "his coworker" and "not <x>, the other one" with no one shown are asked about.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_not_the_old_one_but_the_new_one() -> None:
    turns = [_turn("profile for usr_00041 -- not 41, usr_00042", "intercom_contact_overview", contact="usr_00042")]
    assert failed_turns("id", turns) == []  # fmt: skip
    turns = [_turn("closed refund convos.. wait not refund, shipping", SEARCH, state="closed", query="shipping")]
    assert failed_turns("topic", turns) == []  # fmt: skip


def test_a_count_and_a_position_said_again() -> None:
    turns = [_turn("the 40 latest conversations, well just 12", "intercom_list_conversations", per_page=12)]
    assert failed_turns("count", turns) == []  # fmt: skip
    turns = [
        _turn("latest 6 conversations", "intercom_list_conversations", per_page=6),
        _turn("read the 2nd - no, the 5th", "intercom_get_conversation_by_id", conversation_id="@item[4].id"),
    ]
    assert failed_turns("position", turns) == []  # fmt: skip


def test_the_day_before() -> None:
    turns = [
        _turn(
            "refund convos from yesterday, no the day before",
            SEARCH,
            query="refund",
            created_after="2026-11-16",
            created_before="2026-11-17",
        )
    ]
    assert failed_turns("day", turns) == []  # fmt: skip


def test_a_write_taken_back() -> None:
    turns = [_turn("merge those two contacts - just kidding, show me usr_00042", "intercom_contact_overview",
                   contact="usr_00042")]  # fmt: skip
    assert failed_turns("kidding", turns) == []  # fmt: skip
    turns = [_turn("close 101141... actually don't, just let me read it", "intercom_get_conversation_by_id",
                   conversation_id="101141")]  # fmt: skip
    assert failed_turns("don't", turns) == []  # fmt: skip


def test_states_set_aside() -> None:
    turns = [
        _turn("shipping convos", SEARCH, query="shipping"),
        _turn("leave out the open ones and the snoozed ones", SEARCH, query="shipping", state="closed"),
    ]
    assert failed_turns("aside", turns) == []  # fmt: skip
    turns = [_turn("login convos, open only - none of the closed or snoozed ones", SEARCH, query="login", state="open")]
    assert failed_turns("none of", turns) == []  # fmt: skip


def test_an_item_no_tool_can_leave_out() -> None:
    turns = [_turn("list the teams except the VIP one", "intercom_list_all_teams")]
    assert failed_turns("team", turns) == []  # fmt: skip


def test_wrong_then_what_was_meant() -> None:
    turns = [
        _turn("billing convos from last week", SEARCH, query="billing"),
        _turn("argh wrong, i meant refund. and from september", SEARCH, query="refund", created_after="2026-09-01",
              created_before="2026-10-01"),
    ]  # fmt: skip
    assert failed_turns("wrong", turns) == []  # fmt: skip


def test_not_the_events() -> None:
    turns = [
        _turn("what company is usr_00042 with", "intercom_contact_overview", contact="usr_00042"),
        _turn("who else works there", "intercom_company_contacts_events", company="Birch Health"),
        _turn("not the activity, just the names", "intercom_company_contacts_events", company="Birch Health",
              events_per_contact=0),
    ]  # fmt: skip
    assert failed_turns("events", turns) == []  # fmt: skip


def test_who_is_meant_with_no_one_shown() -> None:
    for said in (
        "no, open up the other priya",
        "tickets with her colleague",
        "acme's people - no, not acme, the other one",
    ):
        assert failed_turns(said, [_turn(said, "ask")]) == []  # fmt: skip
