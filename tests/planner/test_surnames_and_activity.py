"""A surname that is also a given name ("kai chen"), "done anything" as a question about activity, and the
named writer of a listed conversation asked about, played against the sandbox (reworded from what outside
dev set 74 asked)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

REQUESTS = [
    _turn("which company is kai chen with", "intercom_contact_overview", contact="kai chen"),
    _turn("what account is grace chen at", "intercom_contact_overview", contact="grace chen"),
    _turn("quick profile on hugo chen w/ his last 2 convos", "intercom_contact_overview", contact="hugo chen",
          conversations=2),
    _turn("has usr_00012 done anything lately", "intercom_list_events", user_id="usr_00012"),
    _turn("has b15b4c4a4f3e88423239299f done anything this month", "intercom_list_events",
          intercom_user_id="b15b4c4a4f3e88423239299f"),
]  # fmt: skip

DIALOGUES = {
    "a listed conversation's writer, named with a surname that is also a given name": [
        _turn("snoozed refund convos", "intercom_search_conversations", state="snoozed", query="refund"),
        _turn("the first one - kai chen - who is he", "intercom_get_contact_by_id",
              contact_id="e1e49594492997f11ae28c59"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("turn", REQUESTS, ids=[t["q"] for t in REQUESTS])
def test_a_request_naming_someone_or_their_activity(turn: dict[str, Any]) -> None:
    assert failed_turns(turn["q"], [turn]) == []


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_a_named_writer_of_a_listed_conversation(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
