"""Several identifiers pasted together: an ordinal picks one ("two ids off a ticket: <a>, <b>. second one?"),
an id after "off a ticket:" is not the ticket's, and "same for the other id" is the same call for the other."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

A, B = "4b2a196ebd48f66782e701db", "4627f9ffa4df9861505d85cb"
GET = "intercom_get_contact_by_id"
EVENTS = "intercom_list_events"

DIALOGUES = {
    "two ids off a ticket, the first, then the other": [
        _turn(f"got two ids off a ticket: {A}, {B}. first one?", GET, contact_id=A),
        _turn("same for the other id", GET, contact_id=B),
        _turn("her convos", "intercom_search_conversations", contact_email="priya.fischer.254@example.com"),
    ],
    "two ids, the second": [
        _turn(f"got two ids off a ticket: {A}, {B}. second one?", GET, contact_id=B),
    ],
    "two external ids, events of the 2nd, then the other one": [
        _turn("usr_00042 and usr_00043 - events for the 2nd", EVENTS, user_id="usr_00043"),
        _turn("and the other one", EVENTS, user_id="usr_00042"),
    ],
    "two emails, the other email": [
        _turn("events for dev.rossi.0@example.com or grace.silva.25@example.com", EVENTS,
              email="dev.rossi.0@example.com"),
        _turn("now the other email", EVENTS, email="grace.silva.25@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_pasted_ids(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
