"""After a search, a question about the world outside the workspace ("ok and whats the weather in
boston", "and how about the weather") is off-topic, not the search with a new topic; a topic that only
shares a word with that world ("the gift card ones", "flight refunds") is still a topic. Played against the
sandbox, each turn checked as the evaluation checks it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = _turn("refund convos this week", "intercom_search_conversations", query="refund")

DIALOGUES = {
    "the weather in a city": [SEARCH, _turn("ok and whats the weather in boston", "refuse")],
    "the weather alone": [SEARCH, _turn("and how about the weather", "refuse")],
    "a gift card topic": [SEARCH, _turn("and the gift card ones?", "intercom_search_conversations", query="gift card")],
    "a flight topic": [
        SEARCH,
        _turn("what about flight refunds", "intercom_search_conversations", query="flight refund"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_asides_after_a_search(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
