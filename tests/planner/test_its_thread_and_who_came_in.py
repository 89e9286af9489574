"""After a conversation is opened, "show me the full thread" / "its transcript" / "read its thread" is that
conversation again (every part, when the whole of it is asked for); and a listed person picked by the day
they came in ("the lead that came in on nov 1"), even after a detour through someone's conversations."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

GET = "intercom_get_conversation_by_id"

DIALOGUES = {
    "a conversation, then its full thread": [
        _turn("conversation 100182", GET, conversation_id="100182"),
        _turn("show me the full thread", GET, conversation_id="100182", max_parts=500),
        _turn("its full thread", GET, conversation_id="100182", max_parts=500),
    ],
    "a conversation, then its transcript": [
        _turn("conversation 100182", GET, conversation_id="100182"),
        _turn("its transcript", GET, conversation_id="100182"),
    ],
    "a conversation, read its thread": [
        _turn("pull up convo 100007", GET, conversation_id="100007"),
        _turn("read its thread", GET, conversation_id="100007"),
    ],
    "the last two messages, then the whole thing": [
        _turn("conversation 100182, last 2 messages", GET, conversation_id="100182", max_parts=2),
        _turn("show me the full thread", GET, conversation_id="100182"),
    ],
    "snoozed this month, that one's full thread, its messages": [
        _turn("snoozed tickets created this month", "intercom_search_conversations", state="snoozed",
              created_after="2026-11-01"),
        _turn("show me that one's full thread", GET, conversation_id="@item[0].id"),
        _turn("show me its messages", GET, conversation_id="100182"),
    ],
    "newest contacts, a lead, someone's convos, the lead that came in on nov 1": [
        _turn("newest 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn("the lead w/ an email - what do we have on them", "intercom_get_contact_by_id"),
        _turn("any convos w/ kai?", "intercom_search_conversations"),
        _turn("ok what about the lead that came in on nov 1", "intercom_get_contact_by_id",
              contact_id="ee938e4cec2282651f6ca9e5"),
        _turn("events for that one", "intercom_list_events", intercom_user_id="ee938e4cec2282651f6ca9e5"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_its_thread_and_who_came_in(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
