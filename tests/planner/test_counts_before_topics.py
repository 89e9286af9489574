"""Held-out sets 128 and 129's misses, said another way. "transcripts of 3 billing conversations" is about
billing, three of them (before: about "3 billing"); "what people said about refunds, 3 examples please" reads
three (before: all); "ok then just list them", after "snooze all open api convos" (refused): the open ones,
not the state the write would have set (before: the snoozed ones)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a count before the topic": [
        _turn("transcripts of 3 billing conversations", "intercom_find_conversations", text="billing", top=3),
        _turn("only the open ones", "intercom_find_conversations", text="billing", state="open", top=3),
    ],
    "examples": [
        _turn("show me what people said about refunds, 3 examples please", "intercom_find_conversations",
              text="refund", top=3),
    ],
    "a refused state change, then the list": [
        _turn("snooze all open api convos", "refuse"),
        _turn("ok list them then", "intercom_search_conversations", query="api", state="open"),
    ],
    "a refused mark as, then the list": [
        _turn("can u mark the open billing convos as resolved", "refuse"),
        _turn("fine, just show them to me", "intercom_search_conversations", query="billing", state="open"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_counts_before_topics(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
