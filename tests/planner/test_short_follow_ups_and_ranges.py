"""Very short requests and follow-ups ("snoozed oct", "and?", "msgs", "events"), day ranges ("nov 2-4"), a
problem noun after a topic ("login failures": login), an HTTP status before a noun ("429 convos": about 429,
not 429 of them), our own systems ("grep our server logs"), the page of a list named ("page 2 of that company
list"), the next item of a list after a detour (asked as the item before it was), a company named by one
word and told apart by another ("zephyr something... the partners one"), a conversation of the person in
focus named by topic ("she had a login problem? read it", "there's an invoice one too, show me that"),
"who else is there" about a company said beside a person, and a new topic said "same window"."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'a state and a month, nothing else': [
        _turn('snoozed oct', 'intercom_search_conversations', state='snoozed', created_after='2026-10-01',
              created_before='2026-11-01'),
    ],
    'those, with nothing earlier (guard)': [
        _turn('how many of those are still waiting on us?', 'ask'),
    ],
    'a day range with a dash': [
        _turn('login failures nov 2-4', 'intercom_search_conversations', query='login', created_after='2026-11-02',
              created_before='2026-11-05'),
    ],
    'a status before a noun': [
        _turn('api 429 convos this month', 'intercom_search_conversations', query='api 429',
              created_after='2026-11-01'),
    ],
    'our own logs': [
        _turn('grep our server logs for 500s between 2 and 3am', 'refuse'),
    ],
    'and? after a page': [
        _turn('api convos since aug, 5', 'intercom_search_conversations', query='api', per_page=5),
        _turn('and?', 'intercom_search_conversations', query='api', created_after='2026-08-01',
              starting_after='IjEwMTM2NSI'),
    ],
    'and? after her events (guard)': [
        _turn('pull usr_00229', 'intercom_contact_overview'),
        _turn('last 5 thigns she did', 'intercom_list_events', user_id='usr_00229', per_page=5),
        _turn('and?', 'intercom_contact_overview', contact='tara.baker.228@example.com'),
    ],
    'msgs, then fewer, then events': [
        _turn('usr_00027', 'intercom_contact_overview'),
        _turn('convos', 'intercom_search_conversations', contact_email='felix.rossi.26@example.com'),
        _turn('open only', 'intercom_search_conversations', state='open'),
        _turn('msgs', 'intercom_get_conversation_by_id', conversation_id='101148'),
        _turn('last 3', 'intercom_get_conversation_by_id', conversation_id='101148', max_parts=3),
        _turn('events', 'intercom_list_events', user_id='usr_00027'),
    ],
    'page 2 of that company list': [
        _turn("which accounts haven't been active in a while? oldest first, 15", 'intercom_list_companies',
              order='asc', per_page=15),
        _turn('tell me about the second one', 'intercom_get_company_by_id'),
        _turn("who's there", 'intercom_company_contacts_events'),
        _turn('page 2 of that company list', 'intercom_list_companies', order='asc', per_page=15, page=2),
    ],
    'asking support about': [
        _turn('who is felix.rossi.26@example.com', 'intercom_contact_overview'),
        _turn("what's he been asking support about", 'intercom_search_conversations',
              contact_email='felix.rossi.26@example.com'),
    ],
    'the next company, after a detour': [
        _turn('which companies were most active recently? top 10', 'intercom_list_companies', per_page=10),
        _turn("who's at the first one", 'intercom_list_attach_contacts_to_company',
              company_id='b717f73c74b5af00e7cf621a'),
        _turn('who is iris diaz', 'intercom_contact_overview'),
        _turn('ok next company on that list', 'intercom_list_attach_contacts_to_company',
              company_id='5f24ec448c134e786e3293fc'),
    ],
    'one word of several, another to tell': [
        _turn('zephyr something... the partners one? who works there', 'intercom_company_contacts_events',
              company='Zephyr Partners'),
    ],
    'her login problem, read it': [
        _turn('priya.ito.182@example.com customer 360', 'intercom_contact_overview'),
        _turn('she had a login problem? read it', 'intercom_get_conversation_by_id', conversation_id='100070'),
    ],
    'an invoice one too': [
        _turn('pull up felix.ito.186@example.com, he says we charged him twice', 'intercom_contact_overview'),
        _turn('open his refund convo', 'intercom_get_conversation_by_id', conversation_id='100749'),
        _turn("there's an invoice one too right? show me that", 'intercom_get_conversation_by_id',
              conversation_id='101141'),
    ],
    'who else is there, beside a person': [
        _turn('kai baker is at lumen analytics right? who else is there', 'intercom_company_contacts_events',
              company='Lumen Analytics'),
    ],
    'a new topic, same window': [
        _turn('open shipping questions since the start of november', 'intercom_search_conversations'),
        _turn('go back to august 1st instead', 'intercom_search_conversations', created_after='2026-08-01'),
        _turn('and the ones where people wanted their money back, same window, still open',
              'intercom_search_conversations', query='refund', state='open', created_after='2026-08-01'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
