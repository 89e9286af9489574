""" "did any of them open tickets w us lately?" asks whether they opened any, not for open ones only (before:
state open, so a closed thread was missed); "has open convos" still means open ones. "the invoice one near
the top" is the first invoice conversation of the list (before: the list's first, about something else);
"open the top one" is still the list's first."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "did they open tickets": [
        _turn("did any of them open tickets w us lately? start w milo.garcia.267@example.com",
              "intercom_search_conversations",
              contact_email="milo.garcia.267@example.com", state=None),
    ],
    "has open convos": [
        _turn("ben.silva.273@example.com has open convos right?", "intercom_search_conversations",
              contact_email="ben.silva.273@example.com", state="open"),
    ],
    "the topic's first near the top": [
        _turn("latest 10 convos", "intercom_list_conversations", per_page=10),
        _turn("the refund one near the top - who wrote it", "intercom_get_contact_by_id",
              contact_id="121eeaf07f44fa72c8f24060"),  # ben silva, 101260
    ],
    "the top one": [
        _turn("latest 10 convos", "intercom_list_conversations", per_page=10),
        _turn("open the top one", "intercom_get_conversation_by_id", conversation_id="@item[0].id"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_opened_and_topic_positions(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
