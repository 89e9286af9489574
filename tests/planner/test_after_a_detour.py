"""Dialogues that come back to something shown a few turns earlier, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
small variations of outside dev sets 38 and 39, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a pick by what was done, after a detour": [
        _turn("contacts at acme corp + their recent events", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("wen khan, any open convos?", "intercom_search_conversations", contact_email="wen.khan.1@example.com"),
        _turn("his last 5 events", "intercom_list_events", user_id="usr_00002", per_page=5),
        _turn("and the one whose latest event was a plan upgrade", "intercom_list_events", user_id="usr_00012",
              per_page=5),
    ],
    "back to the first page of a list, by a detail": [
        _turn("newest contacts 10", "intercom_list_all_contacts", per_page=10),
        _turn("more", "intercom_list_all_contacts", per_page=10),
        _turn("back to the first 10 - the lead w an email, evnts", "intercom_list_events",
              intercom_user_id="1cda49c37c725c4f43525548"),
        _turn("hugo weber?", "intercom_list_events", intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("make him a user"),
    ],
    "back to page 1, the first one, as asked before": [
        _turn("cos 10/page oldest first", "intercom_list_companies", per_page=10, order="asc"),
        _turn("next", "intercom_list_companies", page=2),
        _turn("4th one who's there", "intercom_list_attach_contacts_to_company",
              company_id="721992d3b53490a795e00d89"),
        _turn("back to p1 - first one", "intercom_list_attach_contacts_to_company",
              company_id="238c7c258cb484b088004c8f"),
    ],
    "a company's people, paged when a page size is asked": [
        _turn("which company is e60826d1b3d8e5367123bd46 at", "intercom_get_contact_by_id",
              contact_id="e60826d1b3d8e5367123bd46"),
        _turn("how many ppl work at that company", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("list them, 10 per page", "intercom_list_attach_contacts_to_company",
              company_id="6572920bd943d4ae90a4162a", per_page=10),
        _turn("next page", "intercom_list_attach_contacts_to_company", company_id="6572920bd943d4ae90a4162a"),
    ],
    "a search, the most recent, its writer, their other conversations, one by topic": [
        _turn("Hi, I need the list of conversations about login problem", "intercom_search_conversations",
              query="login"),
        _turn("Which one is the most recent? Open it please", "intercom_get_conversation_by_id",
              conversation_id="101183"),
        _turn("He has other conversations also?", "intercom_search_conversations",
              contact_email="milo.tanaka.305@example.com"),
        _turn("Ok. And the one about password, please open it", "intercom_get_conversation_by_id",
              conversation_id="100714"),
    ],
    "German and Spanish follow-ups": [
        _turn("zeig mir die Firmen, älteste zuerst", "intercom_list_companies", order="asc"),
        _turn("nächste Seite", "intercom_list_companies", order="asc", page=2),
        _turn("conversaciones abiertas sobre billing", "intercom_search_conversations", query="billing",
              state="open"),
        _turn("solo las de septiembre", "intercom_search_conversations", query="billing", state="open",
              created_after="2026-09-01", created_before="2026-10-01"),
    ],
    "namesakes by a number in their email, then someone else's errors": [
        _turn("pull up felix ito", "intercom_contact_overview", contact="felix ito"),
        _turn("the one with the .215 email", "intercom_contact_overview", contact="felix.ito.215@example.com"),
        _turn("his convos", "intercom_search_conversations", contact_email="felix.ito.215@example.com"),
        _turn("and the 186 felix, his too", "intercom_search_conversations", contact_email="felix.ito.186@example.com"),
        _turn("any other 429s from anyone in the last 30 days", "intercom_search_conversations", query="429",
              created_after="2026-10-19"),
    ],
    "one conversation found: its customer": [
        _turn("export convos from october", "intercom_search_conversations", query="export"),
        _turn("back to october, snoozed only", "intercom_search_conversations", query="export", state="snoozed"),
        _turn("that customer's evnts", "intercom_list_events", user_id="usr_00252"),
        _turn("all time counts instead", "intercom_list_events", user_id="usr_00252", summary=True),
    ],
    "a company's details after its people, then re-sorting the companies": [
        _turn("compnaies least recently active first, 15", "intercom_list_companies", order="asc", per_page=15),
        _turn("the first one - whos there", "intercom_list_attach_contacts_to_company"),
        _turn("plan and monthly spend?", "intercom_get_company_by_id"),
        _turn("actually flip it, newest first, top 5", "intercom_list_companies", order="desc", per_page=5),
    ],
    "a search, a person's company and colleagues, back to one of the search": [
        _turn("pull up shipping issues from the last thirty days", "intercom_search_conversations", query="shipping",
              created_after="2026-10-19"),
        _turn("whos milo garcia", "intercom_contact_overview"),
        _turn("who else works there", "intercom_company_contacts_events"),
        _turn("ok and the snoozed shipping one from that list who is that", "intercom_get_contact_by_id",
              contact_id="aed2ec6f2a7c62963c3230af"),
    ],
    "a topic and a state pick one; a month kept, any state": [
        _turn("show me open login conversations from last month", "intercom_search_conversations", query="login",
              state="open"),
        _turn("what about password reset same month doesnt matter if open or closed",
              "intercom_search_conversations", query="password reset", created_after="2026-10-01",
              created_before="2026-11-01"),
        _turn("the one from grace adams who is that", "intercom_get_contact_by_id",
              contact_id="067616fe7394e2f270bce2ac"),
    ],
    "one conversation found: whose is it; the oldest of a list": [
        _turn("how many open refund convos this month", "intercom_search_conversations", query="refund",
              state="open"),
        _turn("same but snoozed, last 30 days", "intercom_search_conversations", query="refund", state="snoozed",
              created_after="2026-10-19"),
        _turn("whose is that", "intercom_get_contact_by_id", contact_id="e1e49594492997f11ae28c59"),
        _turn("ok open convos from the last 30 days then", "intercom_search_conversations",
              created_after="2026-10-19", state="open"),
        _turn("oldest of those - open it", "intercom_get_conversation_by_id", conversation_id="101190"),
    ],
    "a thread by its author's name, her events, her other conversations": [
        _turn("open api convos", "intercom_search_conversations", query="api", state="open"),
        _turn("full thread for the 2nd pls", "intercom_get_conversation_by_id"),
        _turn("last 10 events for that user", "intercom_list_events", per_page=10),
        _turn("any other convos from her?", "intercom_search_conversations"),
        _turn("same search but for invoice", "intercom_search_conversations", query="invoice",
              contact_email="tara.baker.228@example.com"),
    ],
    "a thread, its author, their company, back to the thread": [
        _turn("latest 5 converstions", "intercom_list_conversations", per_page=5),
        _turn("the 3rd one — read it", "intercom_get_conversation_by_id", conversation_id="101029"),
        _turn("who's the author", "intercom_get_contact_by_id"),
        _turn("their company?", "intercom_get_company_by_id"),
        _turn("and the convo from before, just the last 2 msgs", "intercom_get_conversation_by_id",
              conversation_id="101029", max_parts=2),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_a_dialogue_that_comes_back_to_an_earlier_list(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
