"""'The refund one from felix ito' when he wrote two of the conversations listed, and 'the other refund one'
after one of two was opened and a detour, then "has felix written in" (a verb, not his surname), played
against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
small variations of one left in open/ from an outside dev set, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a topic and a writer pick one of his two, then the other on the topic": [
        _turn("open conversations created this month", "intercom_search_conversations", state="open",
              created_after="2026-11-01"),
        _turn("the refund one from felix ito", "intercom_get_conversation_by_id", conversation_id="100749"),
        _turn("his events", "intercom_list_events", user_id="usr_00187"),
        _turn("the other refund one, who sent it?", "intercom_get_contact_by_id",
              contact_id="121eeaf07f44fa72c8f24060"),
    ],
    "the other one on a topic from the first list, after its writer's company": [
        _turn("open convos created this month", "intercom_search_conversations", state="open",
              created_after="2026-11-01"),
        _turn("the refund one from ben silva", "intercom_get_conversation_by_id", conversation_id="101260"),
        _turn("what company is he with", "intercom_get_contact_by_id", contact_id="121eeaf07f44fa72c8f24060"),
        _turn("the other refund one from that first list - who sent it", "intercom_get_contact_by_id",
              contact_id="2b9cf1e9124f121e08091ff7"),
        _turn("has felix written in about anything else", "intercom_search_conversations",
              contact_email="felix.ito.186@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_the_other_on_a_topic(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
