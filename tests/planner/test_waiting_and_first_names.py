"""Who is waiting on us, in people's words ("customers still waiting for a reply from us", "people we haven't
answered yet", "who's still waiting on onboarding help": open conversations, on the subject said); a first
name alone with no one of that name shown ("whats priya been up to lately": which Priya?), while a first
name of someone shown is that person; "that one" meaning the person just looked up; an opinion word before
a workspace company's name ("how healthy is juniper logistics?"); "the oldest open one" of a page of mixed
states; "overnight" and "last night" (since yesterday: the search takes days); advice on wording, how-to,
names, norms and jokes are off-topic (were the team list or the contact list).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'customers waiting on us': [
        _turn('customers still waiting for a reply from us', 'intercom_search_conversations', state='open'),
    ],
    'not answered yet': [
        _turn("people we haven't answered yet", 'intercom_search_conversations', state='open'),
    ],
    'left hanging this week': [
        _turn('anyone we left hanging this week?', 'intercom_search_conversations', state='open',
              created_after='2026-11-16'),
    ],
    'waiting on a subject': [
        _turn("who's still waiting on onboarding help", 'intercom_search_conversations', state='open',
              query='onboarding'),
    ],
    'a first name alone': [
        _turn('whats priya been up to lately', 'ask'),
        _turn('priya garcia', 'intercom_contact_overview', contact='priya garcia'),
    ],
    'a first name alone, with a subject': [
        _turn('any open tickets from emma', 'ask'),
    ],
    'a first name of someone shown': [
        _turn('first 10 ppl at acme corp', 'intercom_company_contacts_events', company='Acme Corp', max_contacts=10,
              events_per_contact=0),
        _turn('whats priya been up to lately', 'intercom_list_events', user_id='usr_00013'),  # the one shown
    ],
    'a first name in a story': [
        _turn("ok so I'm covering Priya's queue today while she's out, can you give me the 25 most recently "
              "updated conversations", 'intercom_list_conversations', per_page=25),
    ],
    'that one, the person just looked up': [
        _turn('dev.rossi.33@example.com overview', 'intercom_contact_overview', contact='dev.rossi.33@example.com'),
        _turn('any convos from that one?', 'intercom_search_conversations', contact_email='dev.rossi.33@example.com'),
    ],
    'an opinion word before a company': [
        _turn('how healthy is juniper logistcs? contacts and what theyve been doing',
              'intercom_company_contacts_events', company='Juniper Logistics'),
    ],
    'the oldest open one, of a mixed page': [
        _turn('latest 10 convos', 'intercom_list_conversations', per_page=10),
        _turn('the oldest open one', 'intercom_get_conversation_by_id', conversation_id='101141'),
        _turn('and the oldest snoozed one', 'intercom_get_conversation_by_id', conversation_id='100182'),
    ],
    'what came in overnight': [
        _turn('what came in overnight', 'intercom_search_conversations', created_after='2026-11-17'),
    ],
    'last night, on a subject': [
        _turn('any billing tickets last night?', 'intercom_search_conversations', created_after='2026-11-17',
              query='billing'),
    ],
    'how to set up a team': [
        _turn('how do i set up a new team in intercom?', 'refuse'),
    ],
    'a name for a team': [
        _turn("what's a good name for our new team", 'refuse'),
    ],
    'whether a backlog is normal': [
        _turn('is it normal for a support team to have 200 open tickets', 'refuse'),
    ],
    'a joke': [
        _turn('tell me a joke about customers', 'refuse'),
    ],
    "a segment's members": [
        _turn("who's actually in churn risk? list every contact in that segment", 'refuse'),
        _turn('how many in churn risk then', 'intercom_list_segments', include_count=True),
    ],
    'the third of four namesakes': [
        _turn('how many grace jensens do we have??', 'intercom_contact_overview', contact='Grace Jensen'),
        _turn('the last one, her convos', 'intercom_search_conversations',
              contact_email='grace.jensen.227@example.com'),
        _turn('open it', 'intercom_get_conversation_by_id', conversation_id='101337'),
        _turn('and the 3rd one - what company is she at', 'intercom_get_contact_by_id',
              contact_id='6dba1a8024415c65951f42b6'),
    ],
    'a topic narrowed to, after dates': [
        _turn('any new convos today', 'intercom_search_conversations', created_after='2026-11-18'),
        _turn('ugh. last 30 days, invoices only', 'intercom_search_conversations', created_after='2026-10-19',
              query='invoice'),
    ],
    'how many of each': [
        _turn('wen.meyer.266@example.com events', 'intercom_list_events', email='wen.meyer.266@example.com'),
        _turn('only how many of each', 'intercom_list_events', email='wen.meyer.266@example.com', summary=True),
    ],
    'small talk and explanations': [
        _turn('any api convos this month?', 'intercom_search_conversations', created_after='2026-11-01', query='api'),
        _turn('lol ok. u doing alright today?', 'refuse'),
        _turn('whats a 429 anyway, like in general, explain rate limiting to me', 'refuse'),
    ],
    'the rest of the people there': [
        _turn("who's usr_00145", 'intercom_contact_overview', contact='usr_00145'),
        _turn('summit partners - how big r they, what do they pay', 'intercom_get_company_by_id',
              company_id='ce4dae60f56e752e9036ade0'),
        _turn('ok the rest of the ppl there', 'intercom_company_contacts_events', company='Summit Partners',
              events_per_contact=0),
    ],
    'still active? recent events': [
        _turn('password reset issues since march', 'intercom_search_conversations', created_after='2026-03-01',
              query='password reset'),
        _turn("quinn patel's one - show transcript", 'intercom_get_conversation_by_id', conversation_id='100343'),
        _turn('is quinn still active? recent evnets', 'intercom_list_events', user_id='usr_00091'),
    ],
    'same company, another person': [
        _turn('willow analytics team members', 'intercom_company_contacts_events', company='Willow Analytics',
              events_per_contact=0),
        _turn("same company, milo tanaka's events", 'intercom_list_events', user_id='usr_00295'),
    ],
    "the first namesake's one conversation": [
        _turn('indigo systems contacts, no events', 'intercom_company_contacts_events', company='Indigo Systems',
              events_per_contact=0),
        _turn("wait theres 2 priya webers?? first one's convos", 'intercom_search_conversations',
              contact_email='priya.weber.50@example.com'),
        _turn("and the other priya's events", 'intercom_list_events', user_id='usr_00114'),
        _turn("open the first priya's convo", 'intercom_get_conversation_by_id', conversation_id='100413'),
    ],
    'advice on wording': [
        _turn('ugh whats a polite way to say no to a discount request', 'refuse'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
