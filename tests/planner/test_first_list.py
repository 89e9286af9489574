"""An ordinal said of "the first list" (the original, the very first one) after other lists were shown: an
item of the first list the conversation showed, not of the list on screen (dev set 93's "and the very first
person from the first list, profile", after a company's people were paged through), here in other words."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a conversation of the original list, after a company's people": [
        _turn("5 most recent convos", "intercom_list_conversations", per_page=5),
        _turn("who works at lumen group", "intercom_company_contacts_events", company="Lumen Group",
              events_per_contact=0),
        _turn("the second one from the original list, open it", "intercom_get_conversation_by_id",
              conversation_id="100322"),
    ],
    "a person of the very first list, after a search": [
        _turn("show me 5 contacts", "intercom_list_all_contacts", per_page=5),
        _turn("billing convos", "intercom_search_conversations", query="billing"),
        _turn("the first person on the very first list, events", "intercom_list_events", user_id="usr_00269"),
    ],
    "the list on screen when no list is named": [
        _turn("show me 5 contacts", "intercom_list_all_contacts", per_page=5),
        _turn("billing convos", "intercom_search_conversations", query="billing"),
        _turn("the first one on the list", "intercom_get_conversation_by_id", conversation_id="100119"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_an_item_of_the_first_list(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
