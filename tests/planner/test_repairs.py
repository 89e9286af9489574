"""Dev set 147's kind of chat (repairs), in other words than its writer's: a correction inside one message
("delete usr_00012 -- sorry no, I just want to see their profile", "er, delta analytics i mean", "oops i
swapped the digits, <id>", "list teams... no sorry, segments", "actually no, just delete him"), and a repair
of the answer just given: "not password, billing", "no, not events - his conversations", "close, but only the
latest 2", "not that one, <email>", "nearly - but just the latest event for each", "fine, just open it then"
after a refused close, "no, the one before".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

CALLS = {
    "delete usr_00012 -- sorry no, I just want to see their profile": (
        "intercom_contact_overview", {"contact": "usr_00012"}),
    "who works at delta group — er, delta analytics i mean": (
        "intercom_company_contacts_events", {"company": "Delta Analytics", "events_per_contact": 0}),
    "open conversation 100805 oops i swapped the digits, 100850": (
        "intercom_get_conversation_by_id", {"conversation_id": "100850"}),
    "list teams... no sorry, segments": ("intercom_list_segments", {}),
    "message everyone at lumen group about the outage. actually no, don't message anyone, just show me who's there": (
        "intercom_company_contacts_events", {"company": "Lumen Group", "events_per_contact": 0}),
}  # fmt: skip
REFUSED = ["tell me about felix.ito.215@example.com — actually no, just delete him"]
DIALOGUES = {
    "a topic swapped": [
        _turn("password convos this month", "intercom_search_conversations", query="password",
              created_after="2026-11-01"),
        _turn("not password, billing", "intercom_search_conversations", query="billing", created_after="2026-11-01"),
    ],
    "the other kind for him": [
        _turn("look up usr_00254", "intercom_contact_overview", contact="usr_00254"),
        _turn("his events", "intercom_list_events", user_id="usr_00254"),
        _turn("no, not events - his conversations", "intercom_search_conversations",
              contact_email="kai.garcia.253@example.com"),
    ],
    "close is not a write": [
        _turn("snoozed conversations about export", "intercom_search_conversations", state="snoozed", query="export"),
        _turn("close, but only the latest 2", "intercom_search_conversations", state="snoozed", query="export",
              per_page=2),
    ],
    "the right person by email": [
        _turn("convos with felix.ito.215@example.com", "intercom_search_conversations",
              contact_email="felix.ito.215@example.com"),
        _turn("not that one, felix.ito.186@example.com", "intercom_search_conversations",
              contact_email="felix.ito.186@example.com"),
    ],
    "one event each": [
        _turn("who's at harbor partners with their events", "intercom_company_contacts_events",
              company="Harbor Partners"),
        _turn("nearly — but just the latest event for each", "intercom_company_contacts_events",
              company="Harbor Partners", events_per_contact=1),
    ],
    "read what could not be closed": [
        _turn("close conversation 100322", "refuse"),
        _turn("fine, just open it then", "intercom_get_conversation_by_id", conversation_id="100322"),
    ],
    "the one before": [
        _turn("who are the contacts at willow analytics", "intercom_company_contacts_events",
              company="Willow Analytics"),
        _turn("the third one", "intercom_get_contact_by_id", contact_id="@item[2].id"),
        _turn("no, the one before", "intercom_get_contact_by_id", contact_id="@item[1].id"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("said", sorted(CALLS))
def test_corrected_in_one_message(said: str) -> None:
    tool, args = CALLS[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("said", REFUSED)
def test_corrected_to_a_write(said: str) -> None:
    assert failed_turns(said, [_turn(said, "refuse")]) == []


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_repaired(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
