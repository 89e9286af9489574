"""Dev set 93, as its writer typed it (going back and forth between two companies, people, topics or periods;
corrections), played against the sandbox: "go back to login. just the open ones from the last 30 days" and
"back to api - anything from last week?" (the earlier search on that topic, changed by the rest), "ok back
to the guy from the start - his convos", "no sorry, the one above", "and the second" after counts for the
first of two people, "the first one again, just the last 2 msgs" after two conversations read by id, "that
company list the other way round" (the list, not a company), "what company's he with again", "birch labs
again but w/ their recent evnets" (with events this time), "and the last lumen group guy", "wonderful, and
the same for zoe"; and the same said in other words.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'login last week, the week before, password, back to login narrowed': [
        _turn('any login problems last week?', 'intercom_search_conversations', created_after='2026-11-11',
              query='login'),
        _turn('hmm and the week before that', 'intercom_search_conversations', query='login',
              created_after='2026-11-04', created_before='2026-11-11'),
        _turn('what about password reset in that same week', 'intercom_search_conversations', query='password reset',
              created_after='2026-11-04', created_before='2026-11-11'),
        _turn('go back to login. just the open ones from the last 30 days', 'intercom_search_conversations',
              query='login', created_after='2026-10-19', state='open'),
    ],
    'api transcripts, integration, back to api last week': [
        _turn('show me 3 api convos with transcripts', 'intercom_find_conversations', text='api', top=3),
        _turn('same for integration', 'intercom_find_conversations', text='integration', top=3),
        _turn('which integration ones are still open', 'intercom_find_conversations', text='integration', top=3,
              state='open'),
        _turn('back to api - anything from last week?', 'intercom_find_conversations', text='api', top=3,
              created_after='2026-11-11'),
    ],
    'a 360, coworkers, back to the guy from the start': [
        _turn('customer 360 for usr_00166', 'intercom_contact_overview', contact='usr_00166'),
        _turn('who else is at his company', 'intercom_company_contacts_events', company='Quartz Group',
              events_per_contact=0),
        _turn('last one on that list, events?', 'intercom_list_events', user_id='usr_00247'),
        _turn('ok back to the guy from the start - his convos', 'intercom_search_conversations',
              contact_email='omar.khan.165@example.com'),
        _turn('only the open ones', 'intercom_search_conversations', contact_email='omar.khan.165@example.com',
              state='open'),
    ],
    'a wrong pick corrected: the one above': [
        _turn('list 10 contatcs', 'intercom_list_all_contacts', per_page=10),
        _turn('events for the third one', 'intercom_list_events', user_id='usr_00290'),
        _turn('no sorry, the one above', 'intercom_list_events', user_id='usr_00195'),
    ],
    "two users' events, counts for the first, and the second": [
        _turn('last 5 evnets for usr_00014', 'intercom_list_events', user_id='usr_00014', per_page=5),
        _turn('same for usr_00169', 'intercom_list_events', per_page=5, user_id='usr_00169'),
        _turn('all-time counts for the first one', 'intercom_list_events', user_id='usr_00014', summary=True),
        _turn('and the second', 'intercom_list_events', user_id='usr_00169', summary=True),
    ],
    'two conversations by id, the first one again': [
        _turn('show convo 100133', 'intercom_get_conversation_by_id', conversation_id='100133'),
        _turn('and 100322', 'intercom_get_conversation_by_id', conversation_id='100322'),
        _turn('the first one again, just the last 2 msgs', 'intercom_get_conversation_by_id',
              conversation_id='100133', max_parts=2),
    ],
    "companies, two companies' people, the list the other way round": [
        _turn('Could you list our companies, most recently active first, 5 per page?', 'intercom_list_companies',
              order='desc', per_page=5),
        _turn('Thanks - who works at the second one?', 'intercom_list_attach_contacts_to_company',
              company_id='5f24ec448c134e786e3293fc'),
        _turn('And at the first one?', 'intercom_list_attach_contacts_to_company',
              company_id='b717f73c74b5af00e7cf621a'),
        _turn('Now could you show me that company list the other way round, oldest first?', 'intercom_list_companies',
              order='asc', per_page=5),
    ],
    'his company again, after his 360 and a thread': [
        _turn('customer 360 usr_00274', 'intercom_contact_overview', contact='usr_00274'),
        _turn('open that refund convo from his list', 'intercom_get_conversation_by_id', conversation_id='101260'),
        _turn("what company's he with again", 'intercom_get_company_by_id', company_id='829beb1155da12d645f351c1'),
    ],
    'said another way: back to the refund ones, only closed': [
        _turn('refund convos this month', 'intercom_search_conversations', created_after='2026-11-01', query='refund'),
        _turn('and billing?', 'intercom_search_conversations', created_after='2026-11-01', query='billing'),
        _turn('back to refund - only the closed ones', 'intercom_search_conversations', created_after='2026-11-01',
              query='refund', state='closed'),
    ],
    'said another way: back to the first person, her events': [
        _turn('who is dev.rossi.0@example.com', 'intercom_contact_overview', contact='dev.rossi.0@example.com'),
        _turn('and usr_00042?', 'intercom_contact_overview', contact='usr_00042'),
        _turn('back to the first person - her events', 'intercom_list_events', user_id='usr_00001'),
    ],
    'said another way: the one below': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('events for the third one', 'intercom_list_events', user_id='usr_00290'),
        _turn('no, the one below', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
    ],
    "two companies' people, the last of the first company's people": [
        _turn('who works at birch labs', 'intercom_company_contacts_events', company='Birch Labs',
              events_per_contact=0),
        _turn('and lumen group?', 'intercom_company_contacts_events', events_per_contact=0, company='Lumen Group'),
        _turn('ok now birch labs again but w/ their recent evnets', 'intercom_company_contacts_events',
              company='Birch Labs'),
        _turn('4th one there, open her profile', 'intercom_contact_overview', contact='tara.meyer.172@example.com'),
        _turn('and the last lumen group guy, what has he been doing lately', 'intercom_list_events',
              user_id='usr_00151'),
    ],
    "polite: two people's overviews, their refund conversations in turn": [
        _turn('Hi there! Could you please pull up everything we have on Kai Garcia? Thank you so much.',
              'intercom_contact_overview', contact='Kai Garcia'),
        _turn('Thanks a lot. Could you do exactly the same for Zoe Novak, please?', 'intercom_contact_overview',
              contact='Zoe Novak'),
        _turn("I'd like to compare the two of them on refunds. Could we start with Kai's refund conversations?",
              'intercom_search_conversations', contact_email='kai.garcia.253@example.com', query='refund'),
        _turn("Wonderful, and the same for Zoe, if you don't mind.", 'intercom_search_conversations',
              contact_email='zoe.novak.146@example.com', query='refund'),
    ],
    'said another way: the first acme person; excellent, and the same for another': [
        _turn('who works at lumen group', 'intercom_company_contacts_events', company='Lumen Group',
              events_per_contact=0),
        _turn('the first lumen group person, their events', 'intercom_list_events', user_id='usr_00081'),
        _turn('excellent, and the same for omar rossi', 'intercom_list_events', user_id='usr_00151'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_back_and_forth(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_company_again_with_events_is_no_longer_people_only() -> None:
    turns = [
        _turn("who works at birch labs", "intercom_company_contacts_events", company="Birch Labs"),
        _turn("and lumen group?", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("ok now birch labs again but w/ their recent evnets", "intercom_company_contacts_events"),
    ]
    decision = verdicts("birch labs again, with events", turns)[-1].decision
    assert isinstance(decision, tuple)
    assert decision[1].get("company") == "Birch Labs"
    assert decision[1].get("events_per_contact") != 0  # people only was the last call's, not this one's
