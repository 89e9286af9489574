"""Leftovers of held-out set 265 (support operations asking about their own side), in other words than the set's:
"my inbox" or "assigned to me" asks whose, since the tools cannot tell who is asking; counts per agent and time to
first reply are figures no read tool holds; "freshdesk vs intercom" is a product choice, not the workspace; "anything
new this morning?" is today's conversations; "... - billing team looks after that account" says who handles it
and is not the request.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


def test_whose_queue_is_asked() -> None:
    assert failed_turns("inbox", [_turn("what's in my inbox right now", "ask")]) == []
    assert failed_turns("assigned", [_turn("got anything open assigned to me?", "ask")]) == []


def test_figures_no_tool_holds() -> None:
    for said in ("how many tickets per agent last week", "what's the median time to first reply"):
        assert failed_turns("figures", [_turn(said, "refuse")]) == []


def test_a_product_choice_is_not_the_workspace() -> None:
    assert failed_turns("vs", [_turn("freshdesk vs intercom, thoughts?", "refuse")]) == []


def test_new_this_morning() -> None:
    turns = [_turn("anything new this morning?", "intercom_search_conversations", created_after="2026-11-18")]
    assert failed_turns("morning", turns) == []  # fmt: skip


def test_who_handles_it_said_after_the_request() -> None:
    turns = [
        _turn(
            "all the people at tidal works and their recent events - billing team looks after that account",
            "intercom_company_contacts_events",
            company="Tidal Works",
        )
    ]
    assert failed_turns("looks after", turns) == []  # fmt: skip
