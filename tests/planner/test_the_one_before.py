"""Someone discussed just before a person named by first name: "the woman before omar - her api convo" (the one
her overview showed), "the one before ada - her events", "the guy before grace, his event counts"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW = "intercom_contact_overview"
EVENTS = "intercom_list_events"

THREE = [
    _turn("look up tara baker", OVERVIEW),
    _turn("ada evans", OVERVIEW),
    _turn("and omar patel", OVERVIEW),
]

DIALOGUES = {
    "the woman before omar, her api convo": [
        *THREE,
        _turn("the woman before omar - her api convo", "intercom_get_conversation_by_id", conversation_id="101365"),
    ],
    "the one before ada, her events": [
        *THREE,
        _turn("the one before ada - her events", EVENTS, user_id="usr_00229"),
    ],
    "the guy before grace, his event counts": [
        _turn("dev.rossi.0@example.com overview", OVERVIEW),
        _turn("grace.silva.25@example.com", OVERVIEW),
        _turn("the guy before grace, his event counts", EVENTS, user_id="usr_00001", summary=True),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_the_one_before(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
