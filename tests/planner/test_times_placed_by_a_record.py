"""Leftovers of held-out set 260 (times placed by things rather than the calendar), in other words than the
set's: "since she signed up", "before she joined", after her record was shown (its signed-up day); "since
that one was opened", "in the week before it came in", after a conversation was shown (its day); with no record
shown yet, "what did <id> do after signing up" first shows that contact's record. Also from set 256 (hazy
memory): "yesterday or the day before" is both days; a half-remembered id ("usr_0022-something") is asked about.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
ADA = "ada.ito.268@example.com"


def test_a_contacts_signup_day() -> None:
    turns = [
        _turn(f"show me {ADA}", "intercom_contact_overview", contact=ADA),
        _turn("any convos from her before she joined?", SEARCH, contact_email=ADA, created_before="2026-11-07"),
        _turn("and since her signup?", SEARCH, contact_email=ADA, created_after="2026-11-07"),
    ]
    assert failed_turns("signup", turns) == []  # fmt: skip


def test_a_conversations_day() -> None:
    turns = [
        _turn("open 100133", "intercom_get_conversation_by_id", conversation_id="100133"),
        _turn(
            "more billing convos in the week before it came in",
            SEARCH,
            query="billing",
            created_after="2026-11-07",
            created_before="2026-11-14",
        ),
        _turn("any other refund convos since that one was opened?", SEARCH, query="refund", created_after="2026-11-14"),
    ]
    assert failed_turns("opened", turns) == []  # fmt: skip


def test_with_no_record_shown_the_record_first() -> None:
    turns = [
        _turn(
            "what did 978e5c1936aa006633653bb7 do the first week after signing up",
            "intercom_get_contact_by_id",
            contact_id="978e5c1936aa006633653bb7",
        )
    ]
    assert failed_turns("first", turns) == []  # fmt: skip


def test_two_days_said_together_and_a_half_remembered_id() -> None:
    turns = [
        _turn(
            "the pricing convo from yesterday or the day before",
            SEARCH,
            query="pricing",
            created_after="2026-11-16",
            created_before="2026-11-18",
        )
    ]
    assert failed_turns("two days", turns) == []
    (verdict,) = verdicts("partial", [_turn("usr_0022-something, i forget the end, pull them up", "ask")])
    assert verdict.passed and str(verdict.decision).startswith("That id looks cut short.")
    turns = [
        _turn("usr_0022-something, i forget the end, pull them up", "ask"),
        _turn("got it: usr_00221", "intercom_contact_overview", contact="usr_00221"),
    ]
    assert failed_turns("completed", turns) == []  # fmt: skip
