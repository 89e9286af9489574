"""Later turns that lean on who or what an earlier turn was about, played against the sandbox (reworded
from what outside dev set 73 asked): the company of a listed person whose events were shown, the first of
two people looked up in turn and then the other one, "read me the top 3" of a search, a remark on the
state of what was found before the next state asked for, a name followed by where they were listed.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the company she works at, after a listed person's events": [
        _turn('5 newest contacts', 'intercom_list_all_contacts', per_page=5),
        _turn('events for the 2nd', 'intercom_list_events', user_id='usr_00195'),
        _turn('and the 3rd', 'intercom_list_events', user_id='usr_00290'),
        _turn('open the company she works at', 'intercom_get_company_by_id', company_id='600b99639a52dc185e46209c'),
    ],
    'the first guy and the other one, of two people looked up in turn': [
        _turn('look up usr_00100', 'intercom_contact_overview', contact='usr_00100'),
        _turn('and usr_00105', 'intercom_contact_overview', contact='usr_00105'),
        _turn('all time event counts for the first guy', 'intercom_list_events', user_id='usr_00100', summary=True),
        _turn('now the other one', 'intercom_list_events', user_id='usr_00105', summary=True),
    ],
    'read me the top N of a search are transcripts': [
        _turn('billing convos since june', 'intercom_search_conversations', created_after='2026-06-01',
              query='billing'),
        _turn('only open ones', 'intercom_search_conversations', created_after='2026-06-01', query='billing',
              state='open'),
        _turn('read me the top 3', 'intercom_find_conversations', created_after='2026-06-01', text='billing',
              state='open', top=3),
    ],
    'a remark on the state of what was found, then another state': [
        _turn('refund convos last 30 days', 'intercom_search_conversations', created_after='2026-10-19',
              query='refund'),
        _turn('all closed. what about open ones any date', 'intercom_search_conversations', query='refund',
              state='open'),
    ],
    'a name, then where they were listed': [
        _turn('who works at kestrel partners, 2 events each', 'intercom_company_contacts_events',
              company='Kestrel Partners', events_per_contact=2),
        _turn('lena evans - pull up her profile', 'intercom_contact_overview', contact='lena evans'),
        _turn('any tickets from her', 'intercom_search_conversations', contact_email='lena.evans.209@example.com'),
        _turn('and from ben jensen, the second guy in that list', 'intercom_search_conversations',
              contact_email='ben.jensen.122@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_turn_about_someone_or_something_earlier(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
