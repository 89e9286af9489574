"""Held-out set 146's miss, said another way: "same filters but shipping", "same filters, shipping", after a
search narrowed by date and state: the same search about shipping (before: shipping, any date and state)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


@pytest.mark.parametrize("said", ["same filters but shipping", "same filters, shipping", "same criteria but shipping"])
def test_same_filters_another_topic(said: str) -> None:
    turns = [
        _turn("login convos since oct 15", SEARCH, query="login", created_after="2026-10-15"),
        _turn("snoozed only", SEARCH, query="login", created_after="2026-10-15", state="snoozed"),
        _turn(said, SEARCH, query="shipping", created_after="2026-10-15", state="snoozed"),
    ]
    assert failed_turns(said, turns) == []
