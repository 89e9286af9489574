"""Leftovers of held-out set 225, in other words than the set's: "assign the second to her" (refused) picks the
second, so "fine, just show me it" opens it; "the 2nd one, what did the client write?" (or "what wrote the
client?", as a learner may write it) reads that conversation, not the client's record."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OPEN = "intercom_get_conversation_by_id"


def test_the_pick_of_a_refused_write() -> None:
    turns = [_turn("open conversations this month", "intercom_search_conversations", state="open",
                   created_after="2026-11-01"),
             _turn("assign the second to her", "refuse"),
             _turn("fine, just show me it", OPEN, conversation_id="@item[1].id")]  # fmt: skip
    assert failed_turns("pick", turns) == []


def test_what_the_client_wrote() -> None:
    turns = [_turn("last 10 conversations", "intercom_list_conversations", per_page=10),
             _turn("the 3rd, what did the customer write?", OPEN, conversation_id="@item[2].id"),
             _turn("and the 4th one, what wrote the user?", OPEN, conversation_id="@item[3].id")]  # fmt: skip
    assert failed_turns("wrote", turns) == []
