"""Dev sets 89 and 90 and the open dialogues they met, as their writers typed them (a person in focus, then
their conversations, record, events and company), played against the sandbox: "who is working also in this
company?", "ok now just the record" after a 360, "only the billing one" (her list narrowed, not one picked),
"what was that refund about, read it", "just her events, not the whole 360" and then "the whole thing but
with 20 events", "any open convos?" right after her 360, "and victor diaz, the first one?" (first of the
people shown, not the first conversation), "back to nora - only the api one", "the export one" when the
last search found none, "has that customer raised anything else with us?", "quinn meyer's billing question
on there", "the other globex? just the people this time", "ppl ther?"; and the same said in other words.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "second-language: a user's 360, his messages in october, his company, who works there too": [
        _turn('Please I need information of the user usr_00166, all of it', 'intercom_contact_overview',
              contact='usr_00166'),
        _turn('He wrote to us in October? which messages', 'intercom_search_conversations',
              contact_email='omar.khan.165@example.com', created_after='2026-10-01', created_before='2026-11-01'),
        _turn('And the company of him, what is it? the details', 'intercom_get_company_by_id',
              company_id='9cbecaf6403f1ba46ea75cad'),
        _turn('Who is working also in this company?', 'intercom_company_contacts_events', company='Quartz Group',
              events_per_contact=0),
    ],
    'a 360, then just the record': [
        _turn('customer 360 for usr_00042', 'intercom_contact_overview', contact='usr_00042'),
        _turn('ok now just the record', 'intercom_get_contact_by_id', contact_id='978e5c1936aa006633653bb7'),
        _turn('only the events, counts by type', 'intercom_list_events', user_id='usr_00042', summary=True),
    ],
    'her other conversations narrowed to one topic': [
        _turn('latest 5 convos', 'intercom_list_conversations', per_page=5),
        _turn('who is the person in the 2nd one', 'intercom_get_contact_by_id', contact_id='342e7ac472dfca2b0ccbbbdf'),
        _turn('her other conversations?', 'intercom_search_conversations', contact_email='lena.rossi.240@example.com'),
        _turn('only the billing one', 'intercom_search_conversations', contact_email='lena.rossi.240@example.com',
              query='billing'),
        _turn('events for her', 'intercom_list_events', intercom_user_id='342e7ac472dfca2b0ccbbbdf'),
    ],
    "a company's people, one person's conversations, that refund read": [
        _turn('Zephyr Partners contacts + their events', 'intercom_company_contacts_events', company='Zephyr Partners'),
        _turn("jonas tanaka's conversations?", 'intercom_search_conversations',
              contact_email='jonas.tanaka.248@example.com'),
        _turn('what was that refund about, read it', 'intercom_get_conversation_by_id', conversation_id='101085'),
    ],
    'her events, not the whole 360; then the whole thing; her open ones': [
        _turn('find Nora Tanaka', 'intercom_contact_overview', contact='Nora Tanaka'),
        _turn('just her events, not the whole 360', 'intercom_list_events', user_id='usr_00037'),
        _turn('fine, now the whole thing but with 20 events', 'intercom_contact_overview',
              contact='nora.tanaka.36@example.com', events=20),
        _turn('any open convos?', 'intercom_search_conversations', contact_email='nora.tanaka.36@example.com',
              state='open'),
    ],
    'a name placed on the people list, then back to the first by first name': [
        _turn('contacts of company 6cc6cfbf030f67b2a8f15870', 'intercom_list_attach_contacts_to_company',
              company_id='6cc6cfbf030f67b2a8f15870'),
        _turn('nora ito there - conversations?', 'intercom_search_conversations',
              contact_email='nora.ito.203@example.com'),
        _turn('and victor diaz, the first one?', 'intercom_search_conversations',
              contact_email='victor.diaz.297@example.com'),
        _turn('back to nora - only the api one', 'intercom_search_conversations',
              contact_email='nora.ito.203@example.com', query='api'),
    ],
    'none still open: the export one is of the list before': [
        _turn('who do we have at acme corp?', 'intercom_company_contacts_events', company='Acme Corp',
              events_per_contact=0),
        _turn("chloe jensen's conversations", 'intercom_search_conversations',
              contact_email='chloe.jensen.13@example.com'),
        _turn('any still open?', 'intercom_search_conversations', contact_email='chloe.jensen.13@example.com',
              state='open'),
        _turn('ok, show me the export one in full then', 'intercom_get_conversation_by_id', conversation_id='100007'),
    ],
    "transcripts, the second one's customer: anything else raised, the oldest, her company": [
        _turn('Could you find conversations about CSV export and show me the top 3 transcripts?',
              'intercom_find_conversations', text='csv export', top=3),
        _turn('Thank you. The second one - has that customer raised anything else with us?',
              'intercom_search_conversations', contact_email='tara.garcia.197@example.com'),
        _turn('Could you open the oldest of those, please?', 'intercom_get_conversation_by_id',
              conversation_id='100630'),
    ],
    "a person's conversation on the page, by name and topic": [
        _turn('20 most recently updated convos', 'intercom_list_conversations', per_page=20),
        _turn('more', 'intercom_list_conversations', per_page=20, starting_after='IjEwMTQ5MSI'),
        _turn("quinn meyer's billing question on there - what did we tell her", 'intercom_get_conversation_by_id',
              conversation_id='100420'),
    ],
    'the other globex, people only': [
        _turn("who's at globex and what have they been doing lately?", 'intercom_company_contacts_events',
              company='Globex'),
        _turn('the logistics one', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn('ok and the other globex? just the people this time', 'intercom_company_contacts_events',
              company='c7c508959d8de5b1a86addb2', events_per_contact=0),
    ],
    'companies paged with typos, people there': [
        _turn('lsit compnaies 5 per pg', 'intercom_list_companies', per_page=5),
        _turn('nxt pg', 'intercom_list_companies', per_page=5, page=2),
        _turn('detials on teh 2nd', 'intercom_get_company_by_id', company_id='e4ee5bda325712ff43715a7e'),
        _turn('ppl ther?', 'intercom_company_contacts_events', company='Xenon Works', events_per_contact=0),
    ],
    "a company's details, then who also works there": [
        _turn('tell me about the company birch labs', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
        _turn('who also works at this company?', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
    ],
    'a 360, just his details': [
        _turn('customer 360 for usr_00043', 'intercom_contact_overview', contact='usr_00043'),
        _turn('now only his details please', 'intercom_get_contact_by_id', contact_id='47a6ce4aed32b01dcf421012'),
    ],
    "someone's conversations, only the refund ones": [
        _turn('latest 5 convos', 'intercom_list_conversations', per_page=5),
        _turn('who wrote the 1st one', 'intercom_get_contact_by_id', contact_id='0b8fc37c8428fa57b4252b97'),
        _turn('their other convos', 'intercom_search_conversations', contact_email='lena.evans.209@example.com'),
        _turn('only the refund ones', 'intercom_search_conversations', contact_email='lena.evans.209@example.com',
              query='refund'),
    ],
    'not the full profile, just his events; then the full picture': [
        _turn('who is usr_00012', 'intercom_contact_overview', contact='usr_00012'),
        _turn('not the full profile, just his events', 'intercom_list_events', user_id='usr_00012'),
        _turn('ok now the full picture', 'intercom_contact_overview', contact='milo.hughes.11@example.com'),
    ],
    'after a 360, any tickets?': [
        _turn('360 for usr_00012', 'intercom_contact_overview', contact='usr_00012'),
        _turn('any snoozed tickets?', 'intercom_search_conversations', contact_email='milo.hughes.11@example.com',
              state='snoozed'),
    ],
    "a company's people, one by first name, back by first name with a topic": [
        _turn('who works at lumen group', 'intercom_company_contacts_events', company='Lumen Group',
              events_per_contact=0),
        _turn("priya ito's conversations", 'intercom_search_conversations', contact_email='priya.ito.182@example.com'),
        _turn('and omar rossi?', 'intercom_search_conversations', contact_email='omar.rossi.150@example.com'),
        _turn('back to priya ito - only the billing ones', 'intercom_search_conversations',
              contact_email='priya.ito.182@example.com', query='billing'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_person_in_focus(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
