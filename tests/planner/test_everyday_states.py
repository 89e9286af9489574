"""A conversation's state in everyday words ("still waiting on a reply from us", "on the back burner",
"wrapped up", "on hold"); the messages themselves asked for in other words ("what did the customers actually
tell us", "exact wording", "full text, not just the list", "read them to me" after a search: every match's
transcript); a contact's record only; the workspace's people; a request of its own after another
("nvm him", "separately", "new search"); everything about the person in focus ("give me everything, events
and all"); and a request after a story of who it is for ("... so he can plan territories, can you list ...").
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'waiting on a reply': [
        _turn('which convos are still waiting on a reply from us', 'intercom_search_conversations', state='open'),
    ],
    'on the back burner': [
        _turn('anything on the back burner from october?', 'intercom_search_conversations', state='snoozed',
              created_after='2026-10-01', created_before='2026-11-01'),
    ],
    'wrapped up': [
        _turn('shipping tickets we wrapped up last week', 'intercom_search_conversations', state='closed',
              query='shipping', created_after='2026-11-11'),
    ],
    'on hold': [
        _turn("billing stuff that's on hold", 'intercom_search_conversations', state='snoozed', query='billing'),
    ],
    'what they told us': [
        _turn('what did the customers actually tell us in the export convos', 'intercom_find_conversations',
              text='export'),
    ],
    'exact wording by email': [
        _turn('what did kai.chen.130@example.com write to us, exact wording', 'intercom_find_conversations',
              contact_email='kai.chen.130@example.com'),
    ],
    'full text, not just the list': [
        _turn('convos w/ grace.silva.25@example.com, full text not just the list', 'intercom_find_conversations',
              contact_email='grace.silva.25@example.com'),
    ],
    'the list, not the transcripts (guard)': [
        _turn('convos from grace.silva.25@example.com, the list not the transcripts',
              'intercom_search_conversations', contact_email='grace.silva.25@example.com'),
    ],
    'what she wrote, after her overview': [
        _turn('everything on zoe.novak.146@example.com', 'intercom_contact_overview'),
        _turn('now read me what she wrote', 'intercom_find_conversations', contact_email='zoe.novak.146@example.com'),
    ],
    'read them, after a search': [
        _turn('closed billing convos from october', 'intercom_search_conversations', query='billing'),
        _turn('ok read them to me', 'intercom_find_conversations', state='closed', created_after='2026-10-01',
              created_before='2026-11-01', text='billing'),
    ],
    'a contact record only': [
        _turn('just the contact record for e1e49594492997f11ae28c59, no events', 'intercom_get_contact_by_id',
              contact_id='e1e49594492997f11ae28c59'),
    ],
    "who's in the workspace": [
        _turn("who's in our workspace? first 15", 'intercom_list_all_contacts', per_page=15),
    ],
    'never mind him': [
        _turn('rundown on kai.garcia.253@example.com', 'intercom_contact_overview'),
        _turn('nvm him, list all the companies', 'intercom_list_companies'),
    ],
    'separately': [
        _turn('events for usr_00042', 'intercom_list_events', user_id='usr_00042'),
        _turn('and separately, any refund convos this month?', 'intercom_search_conversations', query='refund',
              created_after='2026-11-01', contact_email=None),
    ],
    'a new search': [
        _turn('snoozed convos', 'intercom_search_conversations', state='snoozed'),
        _turn('new search - api convos in september', 'intercom_search_conversations', query='api',
              created_after='2026-09-01', state=None),
    ],
    'everything, events and all': [
        _turn("usr_00169's last 5 events", 'intercom_list_events', user_id='usr_00169', per_page=5),
        _turn('give me everything, events and all', 'intercom_contact_overview', contact='usr_00169'),
    ],
    'a story, then the request': [
        _turn('our VP wants every company so he can plan territories, can you list companies 20 at a time',
              'intercom_list_companies', per_page=20),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
