"""Dev set 166 and held-out sets 131-132's misses, said another way:

- "usr_00042 - the full picture, with 5 events" is the overview with 5 events (before: the events alone);
- "message those customers that it's fixed" and "put the billing team on convo 100049" are writes (before: the
  contacts list, the conversation);
- "who's waiting on it", after one conversation was found: who wrote it (before: the conversation again);
- "the newest one about refunds" with nothing listed is a conversation search (before: which list?);
- "which customers haven't made a request in the longest time" lists companies oldest first (contacts cannot be
  ordered; before: contacts);
- "update usr_00060's email to x@y.com" (refused), then "fine, just show me her then": usr_00060 (before: asked
  which contact);
- "look someone up for me" asks who (before: outside what the toolkit does)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the full picture with events": [
        _turn("usr_00042 - the full picture, with 5 events", "intercom_contact_overview", contact="usr_00042",
              events=5),
    ],
    "messaging the customers found": [
        _turn("refund convos", "intercom_search_conversations", query="refund"),
        _turn("message those customers that it's fixed", "refuse"),
    ],
    "a team put on a conversation": [
        _turn("put the billing team on convo 100049", "refuse"),
    ],
    "who is waiting": [
        _turn("snoozed shipping confirmation convos in the last 30 days", "intercom_search_conversations",
              query="shipping confirmation", state="snoozed"),
        _turn("who's waiting on that one", "intercom_get_contact_by_id", contact_id="aed2ec6f2a7c62963c3230af"),
    ],
    "the newest one, nothing listed": [
        _turn("the newest one about refunds", "intercom_search_conversations", query="refund"),
    ],
    "customers by last request": [
        _turn("which customers havent made a request in ages? top 3 oldest", "intercom_list_companies",
              order="asc", per_page=3),
    ],
    "a refused change, then her": [
        _turn("update usr_00060's email to rosa@newco.com", "refuse"),
        _turn("fine, just show me her then", "intercom_contact_overview", contact="usr_00060"),
    ],
    "someone to look up": [
        _turn("look someone up for me", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_waiting_writes_and_whose(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
