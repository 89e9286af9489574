"""'what was it about', 'what did he want', 'what was the issue', 'who handled it': a question about what one
conversation says, or who on our side has it. The only one a search found, the one open, or the only one a
person's overview showed: opened (its transcript and its assignee are the answer). Several found: which one is
asked, and "the second" then opens that one; "the snoozed one, who has it" opens the one picked. Before, the
question went to the person's overview, to the company of the person in focus ("it" read as a place), or was
called off-topic."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the only conversation a search by email found": [
        _turn("any convos from kai.baker.64@example.com", "intercom_search_conversations",
              contact_email="kai.baker.64@example.com"),
        _turn("hm what did he need help with", "intercom_get_conversation_by_id", conversation_id="100098"),
    ],
    "the only ticket of one of a company's people": [
        _turn("who works at birch labs", "intercom_company_contacts_events", company="Birch Labs",
              events_per_contact=0),
        _turn("the third one. whats his deal", "intercom_contact_overview",
              contact="felix.okafor.233@example.com"),
        _turn("any tickets from him?", "intercom_search_conversations", contact_email="felix.okafor.233@example.com"),
        _turn("whats it about", "intercom_get_conversation_by_id", conversation_id="100336"),
    ],
    "the conversation open": [
        _turn("conversation 100049", "intercom_get_conversation_by_id", conversation_id="100049"),
        _turn("so what did she want exactly?", "intercom_get_conversation_by_id", conversation_id="100049"),
    ],
    "the only conversation a person's overview showed": [
        _turn("who is omar patel", "intercom_contact_overview", contact="omar patel"),
        _turn("what was the problem then", "intercom_get_conversation_by_id", conversation_id="100021"),
    ],
    "several found: which one, then the one picked": [
        _turn("refund tickets this month", "intercom_search_conversations", created_after="2026-11-01",
              query="refund"),
        _turn("what was it about", "ask"),
        _turn("the second", "intercom_get_conversation_by_id", conversation_id="100154"),
    ],
    "who on our side has the conversation open": [
        _turn("conversation 101204", "intercom_get_conversation_by_id", conversation_id="101204"),
        _turn("who handled it", "intercom_get_conversation_by_id", conversation_id="101204"),
        _turn("which team is it assigned to", "intercom_get_conversation_by_id", conversation_id="101204"),
    ],
    "who has the only one found": [
        _turn("any convos from kai.baker.64@example.com", "intercom_search_conversations",
              contact_email="kai.baker.64@example.com"),
        _turn("who's working on it?", "intercom_get_conversation_by_id", conversation_id="100098"),
    ],
    "who has the one picked from several": [
        _turn("password reset convos since september", "intercom_search_conversations",
              created_after="2026-09-01", query="password reset"),
        _turn("the snoozed one, who has it", "intercom_get_conversation_by_id", conversation_id="100476"),
    ],
    "which team an admin is on is the teams list": [
        _turn("show me 101183", "intercom_get_conversation_by_id", conversation_id="101183"),
        _turn("which team is that assigned admin on", "intercom_list_all_teams"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_what_one_conversation_says_opens_it(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
