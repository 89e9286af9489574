"""Dev set 165's misses, said another way. "update her email to x@y.io" (refused), then "fine, her convos
then": the person in focus, not the address the write would have set (before: a search by the new address);
"convos too" / "conversations as well", after a contact's events: hers (before: every conversation); "full
profile pls", after her events: her overview (before: not understood)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a refused email change": [
        _turn("look up dev.rossi.0@example.com", "intercom_contact_overview", contact="dev.rossi.0@example.com"),
        _turn("update her email to dev@rossi.io", "refuse"),
        _turn("fine, her convos then", "intercom_search_conversations", contact_email="dev.rossi.0@example.com"),
    ],
    "a refused external id change": [
        _turn("who is usr_00042", "intercom_contact_overview", contact="usr_00042"),
        _turn("set their user id to usr_99999", "refuse"),
        _turn("ok just their events", "intercom_list_events", user_id="usr_00042"),
    ],
    "convos too": [
        _turn("events for tara.garcia.197@example.com", "intercom_list_events",
              email="tara.garcia.197@example.com"),
        _turn("convos too", "intercom_search_conversations", contact_email="tara.garcia.197@example.com"),
    ],
    "full profile, alone": [
        _turn("events for tara.garcia.197@example.com", "intercom_list_events",
              email="tara.garcia.197@example.com"),
        _turn("full profile pls", "intercom_contact_overview", contact="tara.garcia.197@example.com"),
    ],
    "conversations as well": [
        _turn("events for usr_00042", "intercom_list_events", user_id="usr_00042"),
        _turn("conversations as well", "intercom_search_conversations"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_refused_values_and_too(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
