"""Text-speak from a phone in a hurry: numbers that are words ("same 4 sept", "the last 1?", "2day"), "&"
opening a follow-up, "@" for at, "->" between asks, "persons" after an ordinal for "person's"; digits that
count stay counts. And what these turned up in plain English: "who else is at her company, people and
events" is her company's people; "the first person's convos", after a company's people, is the first
person's (not the first of her conversations shown earlier).
"""

from __future__ import annotations

import pytest

from graphs.planner.plain import plain
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("same 4 sept", "same for sept"),
        ("lol can u order pizza 4 the team", "lol can u order pizza for the team"),
        ("customer 360 4 priya hughes pls", "customer 360 for priya hughes pls"),
        ("events 4 usr_00012", "events for usr_00012"),
        ("the 1 w/ 5 users", "the one w/ 5 users"),
        ("& the last 1?", "and the last one?"),
        ("any new convos 2day??", "any new convos today??"),
        ("who else is @ her co -> ppl", "who else is at her company, ppl"),
        # digits that count stay numbers
        ("show me 4 her events", "show me 4 her events"),
        ("the last 1 event", "the last 1 event"),
        ("top 4 the list", "top 4 the list"),
        ("give me 4 convos", "give me 4 convos"),
        ("page 1", "page 1"),
        ("mail maya.ito.1@example.com", "mail maya.ito.1@example.com"),
    ],
)
def test_text_speak(said: str, meant: str) -> None:
    assert plain(said) == meant


DIALOGUES = {
    'the same for another month': [
        _turn('shipping convos in oct 📦', 'intercom_search_conversations', query='shipping',
              created_after='2026-10-01', created_before='2026-11-01'),
        _turn('same 4 sept', 'intercom_search_conversations', query='shipping', created_after='2026-09-01',
              created_before='2026-10-01'),
    ],
    'the last one of a company page': [
        _turn('ppl @ acme corp 1st 10 pls', 'intercom_company_contacts_events', company='Acme Corp', max_contacts=10),
        _turn('evnets for the 3rd', 'intercom_list_events', user_id='usr_00013'),
        _turn('& the last 1?', 'intercom_list_events', user_id='usr_00015'),
    ],
    'an errand for the team is not a count of teams': [
        _turn('lol can u order pizza 4 the team 🍕', 'refuse'),
    ],
    'today in text-speak': [
        _turn('any new convos 2day??', 'intercom_search_conversations', created_after='2026-11-18'),
    ],
    'her colleagues, with an arrow': [
        _turn('customer 360 4 priya hughes pls', 'intercom_contact_overview', contact='priya hughes'),
        _turn('+ her convos', 'intercom_search_conversations', contact_email='priya.hughes.140@example.com'),
        _turn('who else is @ her co -> ppl + evnets', 'intercom_company_contacts_events', company='Onyx Works'),
    ],
    'her colleagues in plain english': [
        _turn('customer 360 for priya hughes pls', 'intercom_contact_overview', contact='priya hughes'),
        _turn('her convos', 'intercom_search_conversations', contact_email='priya.hughes.140@example.com'),
        _turn('who else is at her company, people and events', 'intercom_company_contacts_events',
              company='Onyx Works'),
    ],
    'the first person of a company, after her own conversations were shown': [
        _turn('whats going on with grace.meyer.48@example.com', 'intercom_contact_overview',
              contact='grace.meyer.48@example.com'),
        _turn('her compnay pls', 'intercom_get_company_by_id', company_id='2d1c0ab78032d141f8a86d20'),
        _turn('names of everyone there, no events', 'intercom_company_contacts_events', company='Xenon Partners',
              events_per_contact=0),
        _turn("the first person's convos", 'intercom_search_conversations', contact_email='chloe.ito.221@example.com'),
    ],
    'the one with so many users, of two companies of one name': [
        _turn('ppl @ globex + their evnets', 'intercom_company_contacts_events', company='Globex'),
        _turn('the 1 w/ 5 users', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
