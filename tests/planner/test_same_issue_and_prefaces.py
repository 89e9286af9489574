"""Dev set 159's misses and one from earlier: "weekly report time - all convos created in the last 7 days" is no
search for "time"; "who else reported the same thing this month?", with a conversation open, searches what its
first message is about; "did milo tanaka from there contact us recently?" is his conversations, not his events;
"since when?", after someone's conversations, is their record."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a report's preface": [
        _turn("weekly report time - all convos created in the last 7 days", "intercom_search_conversations",
              created_after="2026-11-11"),
        _turn("how many of those still open", "intercom_search_conversations", created_after="2026-11-11",
              state="open"),
    ],
    "who else reported the same thing": [
        _turn("show me the conversation", "ask"),
        _turn("101491", "intercom_get_conversation_by_id", conversation_id="101491"),
        _turn("who else reported the same thing this month?", "intercom_search_conversations",
              query="slack integration", created_after="2026-11-01"),
    ],
    "anyone else having this": [
        _turn("open convo 101491", "intercom_get_conversation_by_id", conversation_id="101491"),
        _turn("anyone else having this?", "intercom_search_conversations", query="slack integration"),
    ],
    "contacted us recently, one of a company's people": [
        _turn("zephyr partners ppl + events", "intercom_company_contacts_events", company="Zephyr Partners"),
        _turn("what about zephyr labs", "intercom_company_contacts_events", company="Zephyr Labs"),
        _turn("did milo tanaka from there contact us recently?", "intercom_search_conversations",
              contact_email="milo.tanaka.305@example.com"),
    ],
    "since when": [
        _turn("kai.chen.130@example.com convos", "intercom_search_conversations",
              contact_email="kai.chen.130@example.com"),
        _turn("since when?", "intercom_contact_overview", contact="kai.chen.130@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_same_issue_prefaces_and_contact(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
