"""The same turn pointing back in other words, as a whole-corpus check found them missed: a bare ordinal
("the first there", "has the second ever contacted us?"), "that person" for her or him ("whats still snoozed
for that person", "anything from that person in the last 30 days"), and "their" for one contact ("and
their conversations, only the closed one" after her overview; "whats their email then", "show me their
profile" after a conversation). Each dialogue is a shipped one with the turn reworded.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'the first there': [
        _turn('companies sorted by oldest activity first, 10 per page', 'intercom_list_companies', order='asc',
              per_page=10),
        _turn('page 2', 'intercom_list_companies', order='asc', per_page=10, page=2),
        _turn('the first there', 'intercom_get_company_by_id', company_id='d070114bb6c69566c7ec6500'),
    ],
    'has the second ever contacted us': [
        _turn("zephyr partners: list their contacts, don't need events", 'intercom_company_contacts_events',
              company='Zephyr Partners', events_per_contact=0),
        _turn('has the second ever contacted us?', 'intercom_search_conversations',
              contact_email='lena.lopez.232@example.com'),
    ],
    'snoozed for that person': [
        _turn('pull up everything we have on felix.rossi.26@example.com, hes escalating again',
              'intercom_contact_overview', contact='felix.rossi.26@example.com'),
        _turn('the open one - show me the whole thread', 'intercom_get_conversation_by_id', conversation_id='101148'),
        _turn('whats still snoozed for that person', 'intercom_search_conversations',
              contact_email='felix.rossi.26@example.com', state='snoozed'),
    ],
    'anything from that person lately': [
        _turn("who's rosa diaz? she's furious in chat rn", 'intercom_contact_overview', contact='rosa diaz'),
        _turn('the one with the .59 email', 'intercom_contact_overview', contact='rosa.diaz.59@example.com'),
        _turn('show me her snoozed invoice ticket', 'intercom_get_conversation_by_id', conversation_id='100182'),
        _turn('anyone else at her company active lately?', 'intercom_company_contacts_events',
              company='Delta Analytics'),
        _turn('2nd person there, their events', 'intercom_list_events', user_id='usr_00143'),
        _turn('back to rosa - anything from that person in the last 30 days', 'intercom_search_conversations',
              contact_email='rosa.diaz.59@example.com', created_after='2026-10-19'),
    ],
    'their conversations after her overview': [
        _turn('Please the contact with email nora.jensen.274@example.com, show me everything about her',
              'intercom_contact_overview', contact='nora.jensen.274@example.com'),
        _turn('Give me only her events, 20 of them', 'intercom_list_events', user_id='usr_00275', per_page=20),
        _turn('And their conversations, only the closed one', 'intercom_search_conversations',
              contact_email='nora.jensen.274@example.com', state='closed'),
    ],
    'their email after a conversation': [
        _turn('convo 100203', 'intercom_get_conversation_by_id', conversation_id='100203'),
        _turn('reply to her saying were on it', 'refuse'),
        _turn('whats their email then', 'intercom_get_contact_by_id', contact_id='0ec0e44abb0d95b1b68d1993'),
    ],
    'their profile after a conversation': [
        _turn('I want see the conversations of october month, only the closed', 'intercom_search_conversations',
              state='closed', created_after='2026-10-01', created_before='2026-11-01'),
        _turn('there is more? next page please', 'intercom_search_conversations', state='closed',
              created_after='2026-10-01', created_before='2026-11-01'),
        _turn('the first one of this page, who write it and what is the problem', 'intercom_get_conversation_by_id',
              conversation_id='101162'),
        _turn('thanks. can you reply her that we fixed the problem', 'refuse'),
        _turn('ok no problem. show me their profile', 'intercom_contact_overview',
              contact='tara.garcia.197@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_pointing_back_in_other_words(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
