"""A new hire's words: "the trial group" and "groupings" are segments ("group contacts by company" is still
the verb), and a weather question that opens with "sorry random question" is off-topic, not a search for
"sorry random"; played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of outside dev set 111, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the trial group's size": [
        _turn("how many people are in the trial group right now?", "intercom_list_segments", include_count=True),
    ],
    "the groupings": [
        _turn("what groupings of customers do we have?", "intercom_list_segments"),
    ],
    "group as a verb": [
        _turn("group contacts by company and give me the count per company", "intercom_list_companies"),
    ],
    "a weather question said as an aside": [
        _turn("sorry random question but will it snow tomorrow?", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_new_hire_words(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
