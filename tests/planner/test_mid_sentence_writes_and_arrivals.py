"""Held-out set 161's misses and shipped dialogues retyped without commas, said another way: a write said
mid-sentence with no punctuation before it ("she has 2 open archive the first one", "right message everyone
there our new deck") gets no tool; "what's been coming in to support lately" is the latest conversations;
"who's the customer, whole picture", after opening a conversation, is its author's overview."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "archive the first one": [
        _turn("convos from ada.rossi.139@example.com", "intercom_search_conversations",
              contact_email="ada.rossi.139@example.com"),
        _turn("she has a few open archive the first one", None),
    ],
    "message everyone there": [
        _turn("who's at zephyr group", "intercom_company_contacts_events", company="Zephyr Group"),
        _turn("12 of them right message everyone there our new deck", None),
    ],
    "coming in lately": [_turn("what's been coming in to support lately", "intercom_list_conversations")],
    "whole picture": [
        _turn("latest 3 convos", "intercom_list_conversations", per_page=3),
        _turn("open the second one", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("whos the customer, whole picture", "intercom_contact_overview", contact="lena.rossi.240@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_mid_sentence_writes_and_arrivals(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
