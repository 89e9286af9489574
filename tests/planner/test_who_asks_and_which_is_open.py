"""Who is asking is not what is asked ("hi, I'm new on the support team - what segments do we have?": the
segments, not the teams), and "which one is still open?" over a list narrows it (a search with that state),
as "which of those are still open" does, rather than opening the one open conversation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "new on the support team, segments, their sizes, teams": [
        _turn("hi, I'm new on the support team - what segments do we have?", "intercom_list_segments"),
        _turn("oh nice, how many people are in each one?", "intercom_list_segments", include_count=True),
        _turn("and what teams are there?", "intercom_list_all_teams"),
    ],
    "new to the sales team, companies": [
        _turn("i'm new to the sales team - which companies do we have", "intercom_list_companies"),
    ],
    "on the billing team, open convos": [
        _turn("im on the billing team, show me the open convos", SEARCH, state="open"),
    ],
    "who is on the support team is still the teams": [
        _turn("who is on the support team", "intercom_list_all_teams"),
    ],
    "refunds this month, which one is still open": [
        _turn("I search the refunds of last month, please", SEARCH, query="refund", created_after="2026-10-01"),
        _turn("And for this month?", SEARCH, query="refund", created_after="2026-11-01"),
        _turn("Which one is still open?", SEARCH, query="refund", created_after="2026-11-01", state="open"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_who_asks_and_which_is_open(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
