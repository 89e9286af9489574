"""Dev sets 94 and 95, as their writers typed them (people working through a task; everyday follow-ups),
played against the sandbox: "back to kai - read his latest ticket" and "and felix's open integration one"
(a conversation an earlier overview of that person showed), "flip it" (the list the other way), "close the
billing one" refused then "just show it to me then", an off-topic aside about gifts, "what was the last thing
she did" (one event), "compare with the first person" and "vs the second" (the same question for another),
"her company's other people w/ their last event", "same for indigo systems" after one of onyx works' people
(as onyx works was asked for), "compare kestrel partners and xenon works. kestrel first", "back to the first
company, just the ppl no events", "and the 4th on this page?" after a person's events and the next page,
"what are people actually saying? show me the threads"; and some of the same said in other words.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "two customers side by side, back to the first one's latest ticket, the other's open one": [
        _turn('what do we know about kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('and felix fischer?', 'intercom_contact_overview', contact='felix fischer'),
        _turn('back to kai - read his latest ticket', 'intercom_get_conversation_by_id', conversation_id='101393'),
        _turn("and felix's open integration one", 'intercom_get_conversation_by_id', conversation_id='100770'),
    ],
    "said another way: back to the first person's newest conversation": [
        _turn('overview of kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('now give me the 360 on quinn meyer', 'intercom_contact_overview', contact='quinn meyer'),
        _turn('ok back to kai, open his most recent convo', 'intercom_get_conversation_by_id',
              conversation_id='101393'),
    ],
    'companies oldest first, flip it': [
        _turn('companies, least recently active first', 'intercom_list_companies', order='asc'),
        _turn('flip it', 'intercom_list_companies', order='desc'),
        _turn('reverse it again', 'intercom_list_companies', order='asc'),
    ],
    'a refused close of a conversation picked by topic, then show it': [
        _turn('kai.garcia.253@example.com - any open convos?', 'intercom_search_conversations', state='open',
              contact_email='kai.garcia.253@example.com'),
        _turn('close the billing one', 'refuse'),
               # 'I can only read Intercom (contacts, companies, segments, teams, events'
        _turn('ugh ok, just show it to me then', 'intercom_get_conversation_by_id', conversation_id='100077'),
    ],
    'an off-topic aside between company questions': [
        _turn('top 10 companies by most recent activity', 'intercom_list_companies', order='desc', per_page=10),
        _turn('btw any ideas for a good holiday gift for clients?', 'refuse'),
               # 'That is outside what I do: I answer questions about your Intercom work'
        _turn('ok, who works at the first one', 'intercom_list_attach_contacts_to_company',
              company_id='b717f73c74b5af00e7cf621a'),
    ],
    'the last thing someone did': [
        _turn('pull up conversation 100301', 'intercom_get_conversation_by_id', conversation_id='100301'),
        _turn('who wrote it?', 'intercom_get_contact_by_id', contact_id='48acae8dc3a3b181c9912cee'),
        _turn('what was the last thing she did', 'intercom_list_events', user_id='usr_00308', per_page=1),
    ],
    "a company's people, counts for two of them, compared with the first": [
        _turn("delta group - who's on their side?", 'intercom_company_contacts_events', company='Delta Group',
              events_per_contact=0),
        _turn('event summary for the 3rd', 'intercom_list_events', user_id='usr_00273', summary=True),
        _turn('and the last one?', 'intercom_list_events', user_id='usr_00299', summary=True),
        _turn('compare with the first person', 'intercom_list_events', user_id='usr_00136', summary=True),
    ],
    'said another way: versus the second': [
        _turn('who works at birch labs', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
        _turn('all-time event counts for the first person', 'intercom_list_events', user_id='usr_00059', summary=True),
        _turn('vs the second one', 'intercom_list_events', user_id='usr_00278', summary=True),
    ],
    "a person's company's other people with their last event": [
        _turn('events for this user', 'ask'),
               # "Which contact? Give me an external_id or email (for example 'Events fo"
        _turn('usr_00089', 'intercom_list_events', user_id='usr_00089'),
        _turn('just counts', 'intercom_list_events', user_id='usr_00089', summary=True),
        _turn('who is she, which company', 'intercom_contact_overview', contact='usr_00089'),
        _turn("her company's other people w/ their last event", 'intercom_company_contacts_events',
              company='Kestrel Partners', events_per_contact=1),
    ],
    "one company's people with events, a person's counts, same for another company": [
        _turn('PM here - how is Onyx Works actually using the product? last 5 events per user',
              'intercom_company_contacts_events', company='Onyx Works', events_per_contact=5),
        _turn('the top person, all-time counts per event', 'intercom_list_events', user_id='usr_00135', summary=True),
        _turn('same for indigo systems', 'intercom_company_contacts_events', events_per_contact=5,
              company='Indigo Systems'),
    ],
    'two companies to compare, one first, back to the first with people only': [
        _turn('need to compare Kestrel Partners and xenon works for the QBR. kestrel first',
              'intercom_company_contacts_events', company='Kestrel Partners', events_per_contact=0),
        _turn('now xenon works', 'intercom_company_contacts_events', events_per_contact=0, company='Xenon Works'),
        _turn('back to the first company, just the ppl no events', 'intercom_company_contacts_events',
              company='Kestrel Partners', events_per_contact=0),
    ],
    'said another way: start with one of two companies': [
        _turn('compare birch labs and lumen group, start with lumen', 'intercom_company_contacts_events',
              company='Lumen Group', events_per_contact=0),
    ],
    "a person's events on one page, the same position on the next page": [
        _turn('list contacts 10 per page', 'intercom_list_all_contacts', per_page=10),
        _turn('the 4th one is a lead right? any events for them', 'intercom_list_events',
              intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
        _turn('ok next page', 'intercom_list_all_contacts', per_page=10,
              starting_after='IjA5N2RmMjFiNzEzMDI5NjY0Y2RhODAyMSI'),
        _turn('and the 4th on this page?', 'intercom_list_events', user_id='usr_00133'),
    ],
    'what people are saying, in the threads': [
        _turn('integration issues this month - what are people actually saying? show me the threads',
              'intercom_find_conversations', created_after='2026-11-01', text='integration'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_everyday_follow_ups(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
