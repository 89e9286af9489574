"""A topic said before a vague head ("a refund one in june", "a snoozed billing thing"): the topic, unless
"the" points back at one already shown ("the invoice thing": which one); a new topic said with new dates
replaces the old one; "previous"/"prior" are dates' words, never a topic; "total refund asks" after one
person's invoice search is everyone's, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of open/ dialogues of outside dev sets, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a refund one in june, after an invoice search": [
        _turn("invoice convos from tara.diaz.21@example.com", "intercom_search_conversations",
              contact_email="tara.diaz.21@example.com", query="invoice"),
        _turn("she also had a refund one in june", "intercom_search_conversations",
              contact_email="tara.diaz.21@example.com", query="refund", created_after="2026-06-01",
              created_before="2026-07-01"),
    ],
    "a snoozed billing thing": [
        _turn("is there a snoozed billing thing from quinn.meyer.178@example.com", "intercom_search_conversations",
              contact_email="quinn.meyer.178@example.com", query="billing", state="snoozed"),
    ],
    "a login thing since september": [
        _turn("who is grace.silva.25@example.com", "intercom_contact_overview"),
        _turn("any login thing from her since september", "intercom_search_conversations",
              contact_email="grace.silva.25@example.com", query="login", created_after="2026-09-01"),
    ],
    "the invoice thing, with nothing shown": [
        _turn("did the invoice thing get sorted?", "ask"),
    ],
    "the previous 7 days keep the topic": [
        _turn("refund convos in the last 7 days", "intercom_search_conversations", query="refund",
              created_after="2026-11-11"),
        _turn("what about the previous 7 days?", "intercom_search_conversations", query="refund",
              created_after="2026-11-04", created_before="2026-11-11"),
    ],
    "everyone's total after one person's invoice question": [
        _turn("invoice convos from felix.ito.186@example.com", "intercom_search_conversations",
              contact_email="felix.ito.186@example.com", query="invoice"),
        _turn("total refund asks this month, any state", "intercom_search_conversations", query="refund",
              created_after="2026-11-01"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_topic_before_one(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
