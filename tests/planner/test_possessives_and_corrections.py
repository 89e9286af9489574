"""Possessives typed without the apostrophe and corrections of what was asked: "omars billing convo" and
"victors invoice convo" are the listed omar's and victor's (the topic kept, the name out of it); "nora tanakas
refund tickets" is Nora Tanaka's (the workspace has no "Nora Tanakas"; the name is looked up without the "s");
"k and omar tanakas" after kai chen's refund conversations is the same search for Omar Tanaka, and "whats up
with omar tanakas" his overview by email (the overview would find no one by the name as typed); "their
conversations since august", after the second listed person's events, are hers (not the listed person created
since); "I meant the fourth person's conversations, not their events" is her conversations (not her events
again). Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of the open/ cases of earlier dev sets, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"
OVERVIEW = "intercom_contact_overview"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "a listed first name with an s": [
        _turn("who works at quartz group", FLOW, company="Quartz Group"),
        _turn("omars billing convo", SEARCH, contact_email="omar.khan.165@example.com", query="billing"),
    ],
    "another listed first name with an s": [
        _turn("birch labs", FLOW, company="Birch Labs"),
        _turn("victors invoice convo", SEARCH, contact_email="victor.diaz.58@example.com", query="invoice"),
    ],
    "a full name with an s, never shown": [
        _turn("nora tanakas refund tickets", SEARCH, contact_email="nora.tanaka.36@example.com", query="refund"),
    ],
    "a full name with an s, after a conversation": [
        _turn("kai chen refund convo?", SEARCH, contact_email="kai.chen.130@example.com", query="refund"),
        _turn("k and omar tanakas", SEARCH, contact_email="omar.tanaka.265@example.com", query="refund"),
    ],
    "a full name with an s, alone": [
        _turn("whats up with omar tanakas", OVERVIEW, contact="omar.tanaka.265@example.com"),
    ],
    "their conversations after a listed person's events": [
        _turn("https://app.intercom.com/a/apps/demo-us/companies/8721b52aac0b5cc03d9b4bd6 company details",
              "intercom_get_company_by_id", company_id="8721b52aac0b5cc03d9b4bd6"),
        _turn("attached contacts, 10 per page", "intercom_list_attach_contacts_to_company", per_page=10),
        _turn("last 5 events for the second contact", EVENTS, user_id="usr_00180", per_page=5),
        _turn("their conversations since 2026-07-01", SEARCH, contact_email="uma.chen.179@example.com",
              created_after="2026-07-01"),
    ],
    "i meant her conversations, not her events": [
        _turn("the people at zephyr partners, no events", FLOW, company="Zephyr Partners", events_per_contact=0),
        _turn("events for the second person", EVENTS),
        _turn("sorry, I meant the second person's conversations, not their events", SEARCH),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_possessives_and_corrections(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
