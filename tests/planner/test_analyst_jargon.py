"""Held-out set 173's misses (a growth analyst's jargon), said another way: "MTD", "QTD", "week to date" are
this month, quarter, week so far; "voc on X" (voice of the customer) is the conversations about X; "the raw
stream" after a contact's event counts is the events themselves; "track a new event for <id>" and "build me
a funnel chart" are not reads; "kindly share the second one" is a read (nothing is shared with anyone), and
"share it with my manager" is not."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "month to date": [_turn("snoozed refund convos mtd", SEARCH, query="refund", state="snoozed",
                            created_after="2026-11-01")],
    "quarter to date": [_turn("login conversations quarter-to-date", SEARCH, query="login",
                              created_after="2026-10-01")],
    "voice of the customer": [_turn("voice of customer on billing, 4 transcripts", "intercom_find_conversations",
                                    text="billing", top=4)],
    "the raw stream": [
        _turn("event totals for usr_00031", "intercom_list_events", user_id="usr_00031", summary=True),
        _turn("ok the raw stream, 15", "intercom_list_events", user_id="usr_00031", per_page=15),
    ],
    "an event tracked": [_turn("please track an event called onboarded for usr_00031", "refuse")],
    "a chart built": [_turn("make me a funnel chart of september signups", "refuse")],
    "shared with no one": [
        _turn("open shipping conversations", SEARCH, query="shipping", state="open"),
        _turn("kindly share the first one", "intercom_get_conversation_by_id", conversation_id="100322"),
    ],
    "shared with someone": [_turn("share it with my manager on slack", "refuse")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_analyst_jargon(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
