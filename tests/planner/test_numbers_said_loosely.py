"""Dev set 173's misses (numbers and dates said every way), said another way: "15ish contacts" and "about 12
convos" are that many; a date typed with slashes is never a search's subject ("since 9/15 instead"); "from 11/1
on", "10/20 and later" are since that day; a number alone after a list ("now 5", "nah 8") is how many."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"

DIALOGUES = {
    "15ish contacts": [_turn("15ish contacts please", "intercom_list_all_contacts", per_page=15)],
    "about 12 convos": [_turn("about 12 convos", "intercom_list_conversations", per_page=12)],
    "a slashed date instead": [
        _turn("refund convos since 8/1", SEARCH, query="refund", created_after="2026-08-01"),
        _turn("only closed", SEARCH, query="refund", created_after="2026-08-01", state="closed"),
        _turn("since 9/15 instead", SEARCH, query="refund", created_after="2026-09-15", state="closed"),
    ],
    "from a day on": [
        _turn("export convos from 10/5", SEARCH, query="export", created_after="2026-10-05",
              created_before="2026-10-06"),
        _turn("no, from 10/5 onwards", SEARCH, query="export", created_after="2026-10-05"),
    ],
    "and later": [_turn("billing convos 10/20 and later", SEARCH, query="billing", created_after="2026-10-20")],
    "a number alone": [
        _turn("events for usr_00026, last 3", EVENTS, user_id="usr_00026", per_page=3),
        _turn("now 5", EVENTS, user_id="usr_00026", per_page=5),
        _turn("nah 8", EVENTS, user_id="usr_00026", per_page=8),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_numbers_said_loosely(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
