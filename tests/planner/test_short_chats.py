"""Dev set 88, as its writer typed it (short chats that keep pointing back), played against the sandbox:
"the guy with nothing logged" (no events), "the one just before the last", "would you mind adding how many
people are in each?" (not a write), "and this customer, which events he have?", "remind me what company this
is" after a company's people, "recent ones for that last user, 5 of em" after two users' event counts, and
"nah the other one. and show what they've been doing this time" (the other Globex, with events).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'globex ambiguity, the enterprise one, the guy with nothing logged': [
        _turn('show me globex contacts with their recent events', 'intercom_company_contacts_events', company='Globex'),
        _turn('the enterprise one', 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2'),
        _turn('the guy with nothing logged - has he ever talked to support?', 'intercom_search_conversations',
              contact_email='dev.baker.325@example.com'),
        _turn('only snoozed pls', 'intercom_search_conversations', contact_email='dev.baker.325@example.com',
              state='snoozed'),
    ],
    'conversation list, open the third, its customer, back to the list': [
        _turn('latest conversations pls, 5 of them', 'intercom_list_conversations', per_page=5),
        _turn('open up the third', 'intercom_get_conversation_by_id', conversation_id='101029'),
        _turn("who's the customer on that one? full profile", 'intercom_contact_overview',
              contact='wen.evans.119@example.com'),
        _turn('ok back to the list. the top one - read it to me', 'intercom_get_conversation_by_id',
              conversation_id='100133'),
        _turn('and the one just before the last', 'intercom_get_conversation_by_id', conversation_id='100301'),
    ],
    "non-native: refund conversations, closed, second one, its customer's events": [
        _turn('Please, you can give me the conversations about refunds?', 'intercom_search_conversations',
              query='refund'),
        _turn('I want see only which are closed', 'intercom_search_conversations', query='refund', state='closed'),
        _turn('The number two of them, please show me all the messages', 'intercom_get_conversation_by_id',
              conversation_id='101085'),
        _turn('Thank you. And this customer, which events he have?', 'intercom_list_events', user_id='usr_00249'),
    ],
    "acme attached contacts 10 at a time, more, seventh one's conversations": [
        _turn('contacts attached to company 6572920bd943d4ae90a4162a, 10 at a time',
              'intercom_list_attach_contacts_to_company', company_id='6572920bd943d4ae90a4162a', per_page=10),
        _turn('more', 'intercom_list_attach_contacts_to_company', company_id='6572920bd943d4ae90a4162a', per_page=10),
        _turn('7th on this page, does she have any conversations?', 'intercom_search_conversations',
              contact_email='tara.ito.5@example.com'),
        _turn('remind me what company this is', 'intercom_get_company_by_id', company_id='6572920bd943d4ae90a4162a'),
    ],
    'event totals for a user, same for others': [
        _turn('how many events total has usr_00173 logged, broken down by type', 'intercom_list_events',
              user_id='usr_00173', summary=True),
        _turn('same for usr_00174', 'intercom_list_events', summary=True, user_id='usr_00174'),
        _turn('and usr_00175?', 'intercom_list_events', summary=True, user_id='usr_00175'),
        _turn('recent ones for that last user, 5 of em', 'intercom_list_events', user_id='usr_00175', per_page=5),
    ],
    'polite: segments, counts, refused discount email, teams': [
        _turn('Hello! Could you list our segments, please?', 'intercom_list_segments'),
        _turn('Would you mind adding how many people are in each?', 'intercom_list_segments', include_count=True),
        _turn('Thank you. Could you send everyone in the Churn risk one a discount email?', 'refuse'),
        _turn('Understood, no problem. Could you show me the teams instead?', 'intercom_list_all_teams'),
    ],
    'globex people, the smaller one, no the other one with events, the one with no events': [
        _turn('who works at globex', 'intercom_company_contacts_events', company='Globex', events_per_contact=0),
        _turn('the smaller one', 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2',
              events_per_contact=0),
        _turn("nah the other one. and show what they've been doing this time", 'intercom_company_contacts_events',
              company='ff95231395c198395d5f9583'),
        _turn("the one with no events at all - what's her deal?", 'intercom_contact_overview',
              contact='iris.chen.224@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_pointing_back_in_a_short_chat(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
