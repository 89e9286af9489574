"""Dev set 145's kind of chat (people who bring another helpdesk's or CRM's words), in other words than its
writer's: "groups" that handle conversations are teams (groups of customers stay segments), "lists" are
segments, "timeline" is a contact's events, "requester" and "end user" are the contact, "pending" and "on-hold"
are snoozed, "still-active ones" are open, and running a macro or exporting to a file is a write.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

CALLS = {
    "what groups do we have": ("intercom_list_all_teams", {}),
    "which group handles refunds?": ("intercom_list_all_teams", {}),
    "what groups do we sort customers into": ("intercom_list_segments", {}),
    "what lists do we have?": ("intercom_list_segments", {}),
    "timeline for usr_00003": ("intercom_list_events", {"user_id": "usr_00003"}),
    "pending billing tickets": ("intercom_search_conversations", {"state": "snoozed", "query": "billing"}),
}
REFUSED = [
    "run the escalation macro on conversation 100749",
    "export everyone in the trial segment to a spreadsheet",
]
DIALOGUES = {
    "groups paged": [
        _turn("list the groups, 3 per page", "intercom_list_all_teams", per_page=3),
        _turn("page 2", "intercom_list_all_teams", per_page=3, page=2),
    ],
    "pending instead": [
        _turn("open conversations about shipping", "intercom_search_conversations", state="open", query="shipping"),
        _turn("how many are pending instead", "intercom_search_conversations", state="snoozed", query="shipping"),
    ],
    "still-active ones": [
        _turn("conversations about login", "intercom_search_conversations", query="login"),
        _turn("any still-active ones?", "intercom_search_conversations", query="login", state="open"),
    ],
    "an end user's timeline": [
        _turn("who works at lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("2nd end user's timeline", "intercom_list_events", user_id="@item[1].external_id"),
    ],
}


@pytest.mark.parametrize("said", sorted(CALLS))
def test_helpdesk_words(said: str) -> None:
    tool, args = CALLS[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("said", REFUSED)
def test_helpdesk_writes(said: str) -> None:
    assert failed_turns(said, [_turn(said, "refuse")]) == []


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_helpdesk_words_in_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
