"""'Set the page size to 50' changes how many a page, not the workspace: after a list it is that list, that
many at a time; said first it asks which list (until the fiftieth session it was refused as a write). 'Set it
to closed' and 'set her plan to pro' are still writes."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("first", "tool", "then", "size"),
    [
        ("list contacts", "intercom_list_all_contacts", "set the page size to 40", 40),
        ("show me companies", "intercom_list_companies", "can you set the limit to 12", 12),
        ("list conversations", "intercom_list_conversations", "pls set it to 30 per page", 30),
    ],
)
def test_the_page_size_of_the_last_list(first: str, tool: str, then: str, size: int) -> None:
    assert failed_turns("size", [_turn(first, tool), _turn(then, tool, per_page=size)]) == []


def test_said_first_it_asks_which_list() -> None:
    assert failed_turns("first", [_turn("set the page size to 25", "ask")]) == []


@pytest.mark.parametrize("then", ["set it to closed", "set her plan to pro"])
def test_other_settings_are_writes(then: str) -> None:
    turns = [_turn("usr_00001", "intercom_contact_overview", contact="usr_00001"), _turn(then, "refuse")]
    assert failed_turns("write", turns) == []
