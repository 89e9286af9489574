"""More of the corpus's own turns, reworded the way people also say them (a whole-corpus check found these
missed): "chats" for conversations ("ok more chats", "the first persons chats", "any chats with the other
priya khan"), "and X" for "what about X" ("and billing?" after reading her refund conversation, "and sam
silva from that list", "and priya ito" after a company's people: the one shown), a state that does not
matter kept out of the topic, and "the bottom one on the page" for the last one.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'more chats: the next page': [
        _turn('latest 5 convos', 'intercom_list_conversations', per_page=5),
        _turn('read me the top one', 'intercom_get_conversation_by_id', conversation_id='100133'),
        _turn("who's lena evans, what company is she with", 'intercom_contact_overview',
              contact='lena.evans.209@example.com'),
        _turn('ok more chats', 'intercom_list_conversations', per_page=5),
    ],
    'the first persons chats': [
        _turn('whats going on with grace.meyer.48@example.com', 'intercom_contact_overview',
              contact='grace.meyer.48@example.com'),
        _turn('her compnay pls', 'intercom_get_company_by_id', company_id='2d1c0ab78032d141f8a86d20'),
        _turn('names of everyone there, no events', 'intercom_company_contacts_events', company='Xenon Partners',
              events_per_contact=0),
        _turn('the first persons chats', 'intercom_search_conversations', contact_email='chloe.ito.221@example.com'),
    ],
    'any chats with the other namesake': [
        _turn('who at acme corp has been active lately, 2 events per person', 'intercom_company_contacts_events',
              company='Acme Corp', events_per_contact=2),
        _turn('priya garcia looks busy - full event breakdown', 'intercom_list_events', user_id='usr_00021',
              summary=True),
        _turn('and priya khan?', 'ask'),
        _turn('the first priya khan on the acme list', 'intercom_list_events', user_id='usr_00013', summary=True),
        _turn('hm ok. any chats with the other priya khan', 'intercom_search_conversations',
              contact_email='priya.khan.19@example.com'),
    ],
    'and billing? after reading her refund conversation': [
        _turn("who's the contact with usr_00254", 'intercom_contact_overview', contact='usr_00254'),
        _turn('their refund convo, full transcript', 'intercom_get_conversation_by_id', conversation_id='101393'),
        _turn('and billing?', 'intercom_get_conversation_by_id', conversation_id='100077'),
    ],
    'and a person from that list: the same question': [
        _turn('how many leads do we have? segments w counts pls', 'intercom_list_segments', include_count=True),
        _turn('newest 20 contacts', 'intercom_list_all_contacts', per_page=20),
        _turn('the 4th looks like a lead, details', 'intercom_get_contact_by_id',
              contact_id='bb92c8e44b0b7fbc71d398a9'),
        _turn('any activity from him?', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
        _turn('and sam silva from that list', 'intercom_list_events', intercom_user_id='ee938e4cec2282651f6ca9e5'),
    ],
    'and a person, first on that list: the same question': [
        _turn("morning! who's at birch labs? just the names, dont need their activity",
              'intercom_company_contacts_events', company='Birch Labs', events_per_contact=0),
        _turn('hm wait sorry, i meant Birch Health not labs', 'intercom_company_contacts_events',
              company='Birch Health', events_per_contact=0),
        _turn("ok priya patel, the third one on there.. what's she been up to lately", 'intercom_list_events',
              user_id='usr_00042'),
        _turn('has she ever written in to support?', 'intercom_search_conversations',
              contact_email='priya.patel.41@example.com'),
        _turn('and sam adams, first person on that list', 'intercom_search_conversations',
              contact_email='sam.adams.302@example.com'),
    ],
    'and a topic, any state: not part of the topic': [
        _turn('show me open login conversations from last month', 'intercom_search_conversations', state='open',
              created_after='2026-10-01', created_before='2026-11-01', query='login'),
        _turn('okay and the closed ones', 'intercom_search_conversations', state='closed',
              created_after='2026-10-01', created_before='2026-11-01', query='login'),
        _turn('read me the first one', 'intercom_get_conversation_by_id', conversation_id='100490'),
        _turn('and password reset same month doesnt matter if open or closed', 'intercom_search_conversations',
              created_after='2026-10-01', created_before='2026-11-01', query='password reset'),
    ],
    'and the bottom one on the page: the same call': [
        _turn('show 20 contacts', 'intercom_list_all_contacts', per_page=20),
        _turn('next', 'intercom_list_all_contacts', per_page=20),
        _turn('the first lead on this page, their evnts', 'intercom_list_events',
              intercom_user_id='de4a2ebe96a0c2367dbdfaeb'),
        _turn('and the bottom one on the page', 'intercom_list_events', user_id='usr_00144'),
    ],
    'and a person shown on the page: that one': [
        _turn("who's at lumen group?", 'intercom_company_contacts_events', company='Lumen Group', events_per_contact=0),
        _turn('and priya ito', 'intercom_contact_overview', contact='priya.ito.182@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_the_same_turn_in_other_words(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
