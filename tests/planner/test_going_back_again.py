"""Going back and asking again: a person this chat named only by an email, later by first name ("last 5
events for wen.evans.119@example.com" ... "and all-time counts for wen"); "counts" said of a person (their
event counts); "that same company list but oldest first" (that list, sorted: its page size kept); a new size
"this time"; "go back to page 1" when the chat started on page 2; "go back to october and give me the
transcripts of the top 2" (october's search, its topic kept, as transcripts); "back to october, snoozed only".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'a person named only by email, by first name': [
        _turn('last 5 events for wen.evans.119@example.com', 'intercom_list_events', email='wen.evans.119@example.com',
              per_page=5),
        _turn('same for zoe.okafor.123@example.com', 'intercom_list_events', per_page=5,
              email='zoe.okafor.123@example.com'),
        _turn('and all-time counts for wen', 'intercom_list_events', email='wen.evans.119@example.com', summary=True),
    ],
    'a person named only by email, possessive': [
        _turn('events for zoe.okafor.123@example.com', 'intercom_list_events', email='zoe.okafor.123@example.com'),
        _turn("and dev.rossi.0@example.com's events", 'intercom_list_events', email='dev.rossi.0@example.com'),
        _turn("what about zoe's totals", 'intercom_list_events', email='zoe.okafor.123@example.com', summary=True),
    ],
    'a person named only by email, in full': [
        _turn('last 10 events for wen.evans.119@example.com', 'intercom_list_events', email='wen.evans.119@example.com',
              per_page=10),
        _turn('now zoe.okafor.123@example.com', 'intercom_list_events', per_page=10,
              email='zoe.okafor.123@example.com'),
        _turn('wen evans - all time counts', 'intercom_list_events', email='wen.evans.119@example.com', summary=True),
    ],
    'bare counts about a person': [
        _turn('events for zoe.okafor.123@example.com', 'intercom_list_events', email='zoe.okafor.123@example.com'),
        _turn('counts for zoe', 'intercom_list_events', email='zoe.okafor.123@example.com', summary=True),
    ],
    'counts again, for the one shown': [
        _turn('overview of priya garcia', 'intercom_contact_overview', contact='priya garcia'),
        _turn('event counts for her all time', 'intercom_list_events', user_id='usr_00021', summary=True),
        _turn('and counts for priya', 'intercom_list_events', user_id='usr_00021', summary=True),
    ],
    'that same list, sorted': [
        _turn('list compnaies, 10 per page', 'intercom_list_companies', per_page=10),
        _turn("who's at the third one", 'intercom_list_attach_contacts_to_company',
              company_id='c9e7a462bec94629cade0cb8'),
        _turn("tara baker's last 5 events", 'intercom_list_events', user_id='usr_00229', per_page=5),
        _turn('ok now that same company list but oldest first', 'intercom_list_companies', per_page=10, order='asc'),
    ],
    "that same list, not 'the same but'": [
        _turn('billing convos from last week', 'intercom_search_conversations', created_after='2026-11-11',
              query='billing'),
        _turn('the same but closed ones', 'intercom_search_conversations', created_after='2026-11-11', query='billing',
              state='closed'),
    ],
    'back to the first page, a new size': [
        _turn('first 20 contcats', 'intercom_list_all_contacts', per_page=20),
        _turn('next page', 'intercom_list_all_contacts', per_page=20),
        _turn('the 2nd one on this page - full overview', 'intercom_contact_overview',
              contact='milo.meyer.314@example.com'),
        _turn('actually go back to the first page but 50 this time', 'intercom_list_all_contacts', per_page=50, page=1),
    ],
    'a new size this time': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('same again, 30 this time', 'intercom_list_all_contacts', per_page=30),
    ],
    'back to page 1 never shown': [
        _turn('page 2 of companies, 10 per page, oldest first', 'intercom_list_companies', order='asc', per_page=10,
              page=2),
        _turn('the first one there - who works there?', 'intercom_list_attach_contacts_to_company',
              company_id='d070114bb6c69566c7ec6500'),
        _turn('go back to page 1', 'intercom_list_companies', order='asc', per_page=10, page=1),
    ],
    'back to a month, then transcripts': [
        _turn('export convos in october', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='export'),
        _turn('same for september', 'intercom_search_conversations', query='export', created_after='2026-09-01',
              created_before='2026-10-01'),
        _turn('snoozed only', 'intercom_search_conversations', query='export', created_after='2026-09-01',
              created_before='2026-10-01', state='snoozed'),
        _turn('go back to october and give me the transcripts of the top 2', 'intercom_find_conversations',
              text='export', created_after='2026-10-01', created_before='2026-11-01', top=2),
    ],
    'back to a month, one state': [
        _turn('export convos from october', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='export'),
        _turn('and november?', 'intercom_search_conversations', query='export', created_after='2026-11-01',
              created_before='2026-12-01'),
        _turn('back to october, snoozed only', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='export', state='snoozed'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_going_back_again(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
