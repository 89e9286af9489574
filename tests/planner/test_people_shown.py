"""Dialogues about people and companies the conversation has already shown, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
variations of what outside dev sets 49, 51 and 52 asked, reworded, so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a transcript's author by name, then her company's people": [
        _turn("top 3 transcripts about slack integration", "intercom_find_conversations", text="slack integration"),
        _turn("ok lena evans - who is she", "intercom_contact_overview", contact="lena.evans.209@example.com"),
        _turn("her companys people", "intercom_company_contacts_events", company="Lumen Partners"),
    ],
    "another author, the same call": [
        _turn("login problems this month, transcripts of the top 3", "intercom_find_conversations", text="login"),
        _turn("the 2nd one, who's that customer", "intercom_get_contact_by_id",
              contact_id="ae362efc9ecdf3a6739ee506"),
        _turn("and lena silva?", "intercom_get_contact_by_id", contact_id="80f1cfa23f3b0d658d0055f8"),
    ],
    "the second person of a search, and which company that is": [
        _turn("password reset convos since march", "intercom_search_conversations", query="password reset"),
        _turn("just the open ones", "intercom_search_conversations", state="open"),
        _turn("who's the second person there", "intercom_get_contact_by_id", contact_id="71ff5d5ed4d08b9c1ebf9cca"),
        _turn("which company is that", "intercom_get_company_by_id", company_id="6572920bd943d4ae90a4162a"),
    ],
    "back to the person of a company discussed, after a detour": [
        _turn("who works at acme corp", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("felix rossi there - his events", "intercom_list_events", user_id="usr_00027"),
        _turn("unrelated: open refund convos this month?", "intercom_search_conversations", query="refund"),
        _turn("back to that acme guy - his closed convos", "intercom_search_conversations",
              contact_email="felix.rossi.26@example.com", state="closed"),
        _turn("and snoozed?", "intercom_search_conversations", contact_email="felix.rossi.26@example.com",
              state="snoozed"),
    ],
    "a shared company name, by the page it was listed on": [
        _turn("companies that went quiet the longest, 5 of them", "intercom_list_companies", order="asc", per_page=5),
        _turn("next page", "intercom_list_companies", page=2),
        _turn("back to the globex on page 1 - who works there", "intercom_company_contacts_events",
              company="ff95231395c198395d5f9583"),
    ],
    "the other of a shared name keeps the last call's limits": [
        _turn("globex people and their latest events", "intercom_company_contacts_events", company="Globex"),
        _turn("the bigger one", "intercom_company_contacts_events", company="ff95231395c198395d5f9583"),
        _turn("3 events per person", "intercom_company_contacts_events", events_per_contact=3),
        _turn("same for the other globex", "intercom_company_contacts_events", company="c7c508959d8de5b1a86addb2",
              events_per_contact=3),
    ],
    "everybody at a contact's company": [
        _turn("what company is contact e60826d1b3d8e5367123bd46 with", "intercom_get_contact_by_id",
              contact_id="e60826d1b3d8e5367123bd46"),
        _turn("show me everybody at that company", "intercom_company_contacts_events", company="Acme Corp"),
    ],
    "a counted, dated transcripts request after one conversation found": [
        _turn("api convos last week", "intercom_search_conversations", query="api"),
        _turn("top 3 api transcripts this month", "intercom_find_conversations", text="api",
              created_after="2026-11-01", top=3),
    ],
    "picked by when it was opened, by who wrote it, by an email's local part": [
        _turn("billing convos", "intercom_search_conversations", query="billing"),
        _turn("next page", "intercom_search_conversations", query="billing"),
        _turn("which one on this page was created first? open it", "intercom_get_conversation_by_id",
              conversation_id="100588"),
        _turn("latest 50 conversations", "intercom_list_conversations", per_page=50),
        _turn("the one from ben silva - read it", "intercom_get_conversation_by_id", conversation_id="101260"),
        _turn("acme corp people, no events", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("yara weber's convos", "ask"),
        _turn("the yara.weber.2 one", "intercom_search_conversations", contact_email="yara.weber.2@example.com"),
    ],
    "that customer: of the one conversation found, or the one picked when asked": [
        _turn("open onboarding convos in october", "intercom_search_conversations", query="onboarding"),
        _turn("show me that customer", "intercom_get_contact_by_id", contact_id="48acae8dc3a3b181c9912cee"),
        _turn("closed onboarding convos in october", "intercom_search_conversations", state="closed"),
        _turn("show me that customer", "ask"),
        _turn("the second one's", "intercom_get_contact_by_id", contact_id="4627f9ffa4df9861505d85cb"),
    ],
    "a conversation from a list shown before the one on screen, by its author": [
        _turn("snoozed convos", "intercom_search_conversations", state="snoozed"),
        _turn("closed refund convos", "intercom_search_conversations", state="closed", query="refund"),
        _turn("open the kai chen one from the snoozed list", "intercom_get_conversation_by_id",
              conversation_id="101407"),
    ],
    "a guess after a follow-up's question is set aside": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("events for the first one", "intercom_list_events", user_id="usr_00269"),
        _turn("and the 3rd? pretty sure she's a lead", "intercom_list_events", user_id="usr_00290"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_a_dialogue_about_someone_already_shown(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
