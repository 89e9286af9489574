"""Dev sets 82 and 83, as their writers typed them, played against the sandbox: going back to something
shown earlier ("ok back to the first company, gimme its details" after one company of a list was read;
"back to the first company. what have those people been up to? 2 events each" after two companies' people;
"ok back to the contact from before — her events" after one of her conversations; "the 2nd convo on that
very first page" after other lists), a lead named from the page just shown ("what about Hugo Weber?", one of
three Hugo Webers, with no email: that one, by id) and "the last 5 for that person, not the summary".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'back to the first company of a list, its details': [
        _turn('show me 10 companies', 'intercom_list_companies', per_page=10),
        _turn('the last guy on that list - who works there?', 'intercom_list_attach_contacts_to_company',
              company_id='da416368b8ac2be836dd0243'),
        _turn('events for the top person there', 'intercom_list_events', user_id='usr_00303'),
        _turn('ok back to the first company, gimme its details', 'intercom_get_company_by_id',
              company_id='b717f73c74b5af00e7cf621a'),
    ],
    'back to the first company named, those people with events': [
        _turn('who works at birch labs', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
        _turn('same for Lumen Group', 'intercom_company_contacts_events', events_per_contact=0, company='Lumen Group'),
        _turn('back to the first company. what have those people been up to? 2 events each',
              'intercom_company_contacts_events', company='Birch Labs', events_per_contact=2),
        _turn('tara diaz - all-time summary of her events', 'intercom_list_events', user_id='usr_00278', summary=True),
    ],
    'the last 5 for that person, not the summary': [
        _turn('evnets for usr_00042', 'intercom_list_events', user_id='usr_00042'),
        _turn('just the summary', 'intercom_list_events', user_id='usr_00042', summary=True),
        _turn('same for usr_00043', 'intercom_list_events', summary=True, user_id='usr_00043'),
        _turn('now the last 5 for that person, not the summary', 'intercom_list_events', user_id='usr_00043',
              per_page=5),
    ],
    'a lead named from the list shown, then his events': [
        _turn('first 20 contacts', 'intercom_list_all_contacts', per_page=20),
        _turn('what about Hugo Weber?', 'intercom_contact_overview', contact='bb92c8e44b0b7fbc71d398a9'),
        _turn('his events', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
        _turn("back to the list - the very first person's events", 'intercom_list_events', user_id='usr_00269'),
        _turn('only the last 3', 'intercom_list_events', user_id='usr_00269', per_page=3),
    ],
    'back to the contact from before, her events and company': [
        _turn('look up wen.khan.1@example.com', 'intercom_contact_overview', contact='wen.khan.1@example.com'),
        _turn('list open login convos', 'intercom_search_conversations', state='open', query='login'),
        _turn('the 2nd one', 'intercom_get_conversation_by_id', conversation_id='100329'),
        _turn('ok back to the contact from before — her events, last 10', 'intercom_list_events',
              user_id='usr_00002', per_page=10),
        _turn('and her company', 'intercom_get_company_by_id', company_id='6572920bd943d4ae90a4162a'),
    ],
    'the 2nd convo on that very first page': [
        _turn('50 most recently updated convos', 'intercom_list_conversations', per_page=50),
        _turn('next page', 'intercom_list_conversations', per_page=50),
        _turn('actually just the snoozed ones from october', 'intercom_search_conversations',
              created_after='2026-10-01', created_before='2026-11-01', state='snoozed'),
        _turn('first one, last 3 msgs', 'intercom_get_conversation_by_id', conversation_id='100805', max_parts=3),
        _turn('go back to the 2nd convo on that very first page', 'intercom_get_conversation_by_id',
              conversation_id='100322'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_going_back_to_something_shown_earlier(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
