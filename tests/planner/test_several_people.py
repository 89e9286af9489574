"""Dev set 97, as its writer typed it: several people or conversations in play, and the user moving
between them. "his event totals, look him up by email" (by his email, not his external id); "no i meant the
earlier one, kai" (the last call, for kai) and then "kai's refund one, open it" (one his overview showed);
"hmm actually i meant baker sorry" (the other priya offered); "and invoices instead of billing" (the topic
replaced, not added to); "the other one's event counts" after two overviews; "redo tanaka's with 20
events" (a colleague's surname, the overview again); "iris's refund convos ... full threads" while lena's
conversation is open; "and who's at her company"; and after a search then one person's record or events,
"what about refunds instead" and "same but closed and only since october" (that search, changed).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'by email, as asked': [
        _turn('any open login tickets?', 'intercom_search_conversations', state='open', query='login'),
        _turn('show me transcripts of the top 3', 'intercom_find_conversations', state='open', text='login', top=3),
        _turn("who's omar khan, pull his profile", 'intercom_contact_overview', contact='omar.khan.165@example.com'),
        _turn('his event totals, look him up by email', 'intercom_list_events', email='omar.khan.165@example.com',
              summary=True),
    ],
    'by email, said another way': [
        _turn('overview of usr_00005', 'intercom_contact_overview', contact='usr_00005'),
        _turn('her events using her email address', 'intercom_list_events', email='uma.patel.4@example.com'),
    ],
    'two overviews, a correction back to the first': [
        _turn('overveiw for kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('and omar tanaka', 'intercom_contact_overview', contact='omar tanaka'),
        _turn('all-time event counts for him', 'intercom_list_events', user_id='usr_00266', summary=True),
        _turn('no i meant the earlier one, kai', 'intercom_list_events', user_id='usr_00254', summary=True),
        _turn("kai's refund one, open it", 'intercom_get_conversation_by_id', conversation_id='101393'),
    ],
    'which priya, then a correction by surname': [
        _turn('lumen group contacts only, no events', 'intercom_company_contacts_events', company='Lumen Group',
              events_per_contact=0),
        _turn("priya's overview", 'ask'),
        _turn('the ito one', 'intercom_contact_overview', contact='priya.ito.182@example.com'),
        _turn('hmm actually i meant baker sorry', 'intercom_contact_overview', contact='priya.baker.80@example.com'),
    ],
    'a topic replaced, not added to': [
        _turn('open billing convos', 'intercom_search_conversations', state='open', query='billing'),
        _turn('show me the first one', 'intercom_get_conversation_by_id', conversation_id='100119'),
        _turn('ok back to work. same but snoozed', 'intercom_search_conversations', state='snoozed', query='billing'),
        _turn('and invoices instead of billing', 'intercom_search_conversations', state='snoozed', query='invoice'),
    ],
    'the other one of two overviews': [
        _turn('customer 360 for zoe.novak.146@example.com', 'intercom_contact_overview',
              contact='zoe.novak.146@example.com'),
        _turn('now chloe jensen', 'intercom_contact_overview', contact='chloe jensen'),
        _turn("the other one's event counts, all time", 'intercom_list_events', user_id='usr_00147', summary=True),
    ],
    'redo one of two by surname': [
        _turn('overview dev tanaka', 'intercom_contact_overview', contact='dev tanaka'),
        _turn('and dev weber', 'intercom_contact_overview', contact='dev weber'),
        _turn("redo tanaka's with 20 events", 'intercom_contact_overview', contact='dev.tanaka.168@example.com',
              events=20),
    ],
    'a person shown before, by first name, in full': [
        _turn("who's lena rossi", 'intercom_contact_overview', contact='lena rossi'),
        _turn('and iris weber', 'intercom_contact_overview', contact='iris weber'),
        _turn('back to lena, her open shipping convo', 'intercom_get_conversation_by_id', conversation_id='100322'),
        _turn("iris's refund convos, both of them, full threads", 'intercom_find_conversations',
              contact_email='iris.weber.213@example.com', text='refund'),
    ],
    'who is at her company': [
        _turn('pull up nora tanaka', 'intercom_contact_overview', contact='nora tanaka'),
        _turn('wait no, nora jensen', 'intercom_contact_overview', contact='nora jensen'),
        _turn('her all-time evnet counts', 'intercom_list_events', user_id='usr_00275', summary=True),
        _turn("and who's at her company", 'intercom_company_contacts_events', company='Onyx Works',
              events_per_contact=0),
    ],
    'the search before, another topic': [
        _turn('integration convos this month', 'intercom_search_conversations', created_after='2026-11-01',
              query='integration'),
        _turn("lena evans, who's that", 'intercom_contact_overview', contact='lena.evans.209@example.com'),
        _turn('her event counts', 'intercom_list_events', user_id='usr_00210', summary=True),
        _turn('what about refunds instead', 'intercom_search_conversations', created_after='2026-11-01',
              query='refund'),
    ],
    'the search before, refined': [
        _turn('transcripts of snoozed shipping convos', 'intercom_find_conversations', state='snoozed',
              text='shipping'),
        _turn('ben ito overview', 'intercom_contact_overview', contact='ben.ito.245@example.com'),
        _turn('his evnet totals, look him up by email', 'intercom_list_events', email='ben.ito.245@example.com',
              summary=True),
        _turn('same but closed and only since october', 'intercom_find_conversations', text='shipping',
              created_after='2026-10-01', state='closed'),
    ],
    "still one's own thread": [
        _turn('password reset issues in october', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='password reset'),
        _turn("whats going on in grace silva's thread", 'intercom_get_conversation_by_id', conversation_id='100203'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_several_people(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
