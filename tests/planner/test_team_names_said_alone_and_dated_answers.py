"""Older leftovers (held-out sets 230 and 234), in other words than the sets': "pull up support", first thing, asks
whether the team or conversations about support are meant (a team's name that is also a subject); and the answer
to "when was the launch?" that adds a subject ("it was sept 15, focus on pricing") keeps it."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_a_team_name_said_alone() -> None:
    turns = [_turn("pull up support", "ask"),
             _turn("the support team", "intercom_list_all_teams")]  # fmt: skip
    assert failed_turns("team", turns) == []
    turns = [_turn("show me billing", "ask"),
             _turn("conversations about billing", SEARCH, query="billing")]  # fmt: skip
    assert failed_turns("subject", turns) == []
    turns = [_turn("list teams", "intercom_list_all_teams"),
             _turn("show me billing", SEARCH, query="billing")]  # fmt: skip
    assert failed_turns("after the teams", turns) == []  # (a search, as before: not first thing)


def test_the_day_given_with_a_subject() -> None:
    turns = [_turn("complaints since the rebrand", "ask"),
             _turn("rebrand was sept 15, focus on pricing", SEARCH, created_after="2026-09-15", query="pricing"),
             _turn("just the closed ones", SEARCH, created_after="2026-09-15", query="pricing",
                   state="closed")]  # fmt: skip
    assert failed_turns("dated", turns) == []
