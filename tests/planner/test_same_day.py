"""'anything else come in that same day?', with a conversation open: the conversations created on the day it
was (UTC), with the subject said if one is; before, "not sure what that refers to"."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "anything else the same day": [
        _turn("open convo 100322", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("anything else come in that same day?", "intercom_search_conversations", created_after="2026-11-13",
              created_before="2026-11-14"),
    ],
    "a subject on the same day": [
        _turn("show me 100049", "intercom_get_conversation_by_id", conversation_id="100049"),
        _turn("any billing ones from that day", "intercom_search_conversations", query="billing",
              created_after="2026-06-05", created_before="2026-06-06"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_the_day_the_open_conversation_came_in(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
