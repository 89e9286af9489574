"""Shipped dialogue turns said another way (a whole-corpus check found these missed): "open" before an
ordinal without "the" is the verb, not the state ("open third one", "open last one on this page"); "pull
up" is a verb, not a topic ("pull up transcripts of the top 2"); "lemme see more", "gimme that convo w/
grace adams"; an id alone with a question mark after someone's event counts is the same for them; "this one"
as "that one" ("and who's at this one", "show me this convo w/ grace adams").
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'open last one on this page': [
        _turn('list contacts, 20 per page', 'intercom_list_all_contacts', per_page=20),
        _turn('next page', 'intercom_list_all_contacts', per_page=20),
        _turn('more', 'intercom_list_all_contacts', per_page=20),
        _turn('open last one on this page', 'intercom_get_contact_by_id', contact_id='36c7a3862705a8aefc44aef0'),
    ],
    'open third one': [
        _turn('showing our new hire around the workspace today. what teams do we have?', 'intercom_list_all_teams'),
        _turn('and the segments - with how many people in each', 'intercom_list_segments', include_count=True),
        _turn('show her 5 contacts so she sees what a record looks like', 'intercom_list_all_contacts', per_page=5),
        _turn('open third one', 'intercom_get_contact_by_id', contact_id='385fd62af07720c06045f441'),
    ],
    'pull up transcripts of the top 2': [
        _turn('password reset issues since march', 'intercom_search_conversations', created_after='2026-03-01',
              query='password reset'),
        _turn('how many are still open?', 'intercom_search_conversations', created_after='2026-03-01',
              query='password reset', state='open'),
        _turn('pull up transcripts of the top 2', 'intercom_find_conversations', created_after='2026-03-01',
              text='password reset', state='open', top=2),
    ],
    'lemme see more': [
        _turn('list users', 'intercom_list_all_contacts'),
        _turn('lemme see more', 'intercom_list_all_contacts'),
    ],
    'gimme that convo with her': [
        _turn('password reset convos since september', 'intercom_search_conversations', created_after='2026-09-01',
              query='password reset'),
        _turn('only the ones from last month', 'intercom_search_conversations', query='password reset',
              created_after='2026-10-01', created_before='2026-11-01'),
        _turn('and just the open ones', 'intercom_search_conversations', query='password reset',
              created_after='2026-10-01', created_before='2026-11-01', state='open'),
        _turn('gimme that convo w/ grace adams', 'intercom_get_conversation_by_id', conversation_id='101190'),
    ],
    "an id alone, after someone's counts": [
        _turn('events for usr_00021', 'intercom_list_events', user_id='usr_00021'),
        _turn('just the last 5', 'intercom_list_events', user_id='usr_00021', per_page=5),
        _turn('now give me totals per event name', 'intercom_list_events', user_id='usr_00021', summary=True),
        _turn('usr_00026?', 'intercom_list_events', summary=True, user_id='usr_00026'),
    ],
    'who is at this one, after picking one of two companies': [
        _turn('hows globex doing? who do we have over there', 'intercom_company_contacts_events', company='Globex'),
        _turn('the logistics one', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn('what plan are they on and whats the monthly spend', 'intercom_get_company_by_id',
              company_id='ff95231395c198395d5f9583'),
        _turn('same for the other globex', 'intercom_get_company_by_id', company_id='c7c508959d8de5b1a86addb2'),
        _turn("and who's at this one", 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2',
              events_per_contact=0),
    ],
    'show me this convo with her': [
        _turn('password reset convos since september', 'intercom_search_conversations', created_after='2026-09-01',
              query='password reset'),
        _turn('only the ones from last month', 'intercom_search_conversations', query='password reset',
              created_after='2026-10-01', created_before='2026-11-01'),
        _turn('and just the open ones', 'intercom_search_conversations', query='password reset',
              created_after='2026-10-01', created_before='2026-11-01', state='open'),
        _turn('show me this convo w/ grace adams', 'intercom_get_conversation_by_id', conversation_id='101190'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_turn_said_another_way(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
