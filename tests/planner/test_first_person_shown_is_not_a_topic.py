"""Dev set 153's miss, said another way: "what about the first person you showed - his convos", after two people
looked up in turn: the first one's conversations, every one (before: a search for the words "first person",
which found none, so "the export one" then had nothing to pick from)."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


def test_first_person_shown_is_not_a_topic() -> None:
    turns = [
        _turn("show milo garcia", "intercom_contact_overview", contact="milo garcia"),
        _turn("and sam ito", "intercom_contact_overview", contact="sam ito"),
        _turn("what about the first guy you showed, his tickets", "intercom_search_conversations",
              contact_email="milo.garcia.267@example.com"),
        _turn("the export one", "intercom_get_conversation_by_id", conversation_id="101225"),
    ]  # fmt: skip
    assert failed_turns("first person shown", turns) == []
