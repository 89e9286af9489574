"""Dev set 164's misses, said another way. "all-time totals for grace then", after events by grace.adams.181@...
and by nora.adams.290@...: by the one address this chat used whose local part starts with the name (before: off
topic); "fine, then just show me the oldest", after a refused write on the list: the oldest listed (before: "cannot
sort"); "is that a lead or a paying customer?", with a conversation open: its author's record; "what's a good
theme for a team offsite" is off topic (before: the team list)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a first name, by its address": [
        _turn("recent events for grace.adams.181@example.com", "intercom_list_events",
              email="grace.adams.181@example.com"),
        _turn("what about nora.adams.290@example.com", "intercom_list_events", email="nora.adams.290@example.com"),
        _turn("all-time totals for grace then", "intercom_list_events", email="grace.adams.181@example.com",
              summary=True),
    ],
    "the oldest after a refusal": [
        _turn("open refund tickets", "intercom_search_conversations", query="refund", state="open"),
        _turn("archive the oldest one", "refuse"),
        _turn("ok, then just show me the oldest", "intercom_get_conversation_by_id",
              conversation_id="@item[-1].id"),
    ],
    "a lead or a paying customer": [
        _turn("open convos from the last 7 days", "intercom_search_conversations", state="open"),
        _turn("open the first one", "intercom_get_conversation_by_id", conversation_id="@item[0].id"),
        _turn("is that a lead or a paying customer?", "intercom_get_contact_by_id"),
    ],
    "an offsite": [
        _turn("list the teams", "intercom_list_all_teams"),
        _turn("ok and any ideas for a team offsite?", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_names_by_address(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
