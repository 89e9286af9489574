"""'ok what about open api ones, any date', after a search narrowed to this week: the other subject with the
window dropped (the state said kept), not the week carried over; then a conversation of that list by its
writer's first name."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


def test_any_date_drops_the_window_carried_over() -> None:
    turns = [
        _turn("open convos", "intercom_search_conversations", state="open"),
        _turn("only the ones from this week", "intercom_search_conversations", state="open",
              created_after="2026-11-16"),
        _turn("ok what about open api ones, any date", "intercom_search_conversations", state="open", query="api"),
    ]  # fmt: skip
    assert failed_turns("any date", turns) == []
    decided = failed_turns("any date", [*turns[:2], _turn("and billing ones, any date", "ask")])
    assert decided and "created_after" not in decided[0][1][1]
