"""Topics said inside a clause ("convos where users hit 502s", "writing in because the webhook keeps timing
out", "people whose refunds never showed up", "somebody's bill"), people named as a group before a pronoun
("anyone locked out of their account"), and the last call asked again with another count ("make it 20
events", after an overview asked with 5; "the whole company, skip the events", after three of its people).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'a status said in a clause': [
        _turn('read me 2 convos where users hit 502s while uploading files', 'intercom_find_conversations',
              text='502', top=2),
    ],
    'the topic after because': [
        _turn('anybody writing in because the webhook keeps timing out?', 'intercom_search_conversations',
              query='webhook'),
    ],
    'whose refunds': [
        _turn('tickets from people whose refunds never showed up', 'intercom_search_conversations', query='refund'),
    ],
    'a group, then their account': [
        _turn('anyone locked out of their account since monday?', 'intercom_search_conversations',
              query='login', created_after='2026-11-16'),
    ],
    "somebody's bill, narrowing a search": [
        _turn('closed convos from the past 2 weeks', 'intercom_search_conversations', state='closed',
              created_after='2026-11-04'),
        _turn("only the ones about somebody's bill", 'intercom_search_conversations', state='closed',
              created_after='2026-11-04', query='billing'),
    ],
    "an overview's events recounted": [
        _turn('give me the 360 on chloe jensen with 5 events', 'intercom_contact_overview', events=5),
        _turn('make it 20 events', 'intercom_contact_overview', contact='chloe jensen', events=20),
    ],
    'her last events are her events (guard)': [
        _turn('give me the 360 on chloe jensen with 5 events', 'intercom_contact_overview', events=5),
        _turn('her last 15 events', 'intercom_list_events', user_id='usr_00014', per_page=15),
    ],
    'the whole company, no events': [
        _turn('birch labs people and their recent events', 'intercom_company_contacts_events', company='Birch Labs'),
        _turn('just 3 of them', 'intercom_company_contacts_events', company='Birch Labs', max_contacts=3),
        _turn('ok the whole company, skip the events', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
