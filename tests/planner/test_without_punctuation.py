"""Follow-ups typed without the commas and question marks that would have set their parts apart, played
against the sandbox: a name then what they are ("and hugo the lead"), a guess after a pick ("and the 5th i
think she's a lead"), a remark before the request ("nothing huh try the 6th one", "ok back to it list all the
teams") or after it ("read the 2nd it's been waiting since august"), an ordinal then a name or a clause ("the
7th kai fischer", "the second who works there", "of these the ninth i want to read it").

Each is the shape of a shipped dialogue's turn with its punctuation removed (the whole-corpus check that
found them: commas and question marks removed from every turn of every shipped dialogue).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'a listed first name then the lead, no comma: the same call for them': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('what has rosa been up to', 'intercom_list_events', user_id='usr_00292'),
        _turn('and hugo the lead', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
    ],
    'a guess after a pick, no question mark, is a remark': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('events for the third one', 'intercom_list_events', user_id='usr_00290'),
        _turn("and the 5th i think she's a lead", 'intercom_list_events', user_id='usr_00292'),
    ],
    'a remark on an empty answer, then another pick': [
        _turn('newest 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('events for the 4th', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
        _turn('nothing huh try the 6th one', 'intercom_list_events', intercom_user_id='ee938e4cec2282651f6ca9e5'),
    ],
    'an ordinal then the name, to which contact': [
        _turn('first 20 contacts', 'intercom_list_all_contacts', per_page=20),
        _turn('events for this user', "ask"),
        _turn('the 7th kai fischer', 'intercom_list_events', intercom_user_id='1cda49c37c725c4f43525548'),
    ],
    'the Nth who works there is the company of the list': [
        _turn('show me 5 companies', 'intercom_list_companies', per_page=5),
        _turn('the second who works there', 'intercom_list_attach_contacts_to_company',
              company_id='5f24ec448c134e786e3293fc'),
    ],
    'back from an aside, then the request': [
        _turn('segments with counts', 'intercom_list_segments', include_count=True),
        _turn('whats a good pizza place nearby', "refuse"),
        _turn('ok back to it list all the teams', 'intercom_list_all_teams'),
    ],
    'a pick then a remark on how long it waited': [
        _turn('snoozed convos', 'intercom_search_conversations', state='snoozed'),
        _turn("read the 2nd it's been waiting since august", 'intercom_get_conversation_by_id',
              conversation_id='100805'),
    ],
    'of these the Nth, I want to read it': [
        _turn('latest 20 conversations', 'intercom_list_conversations', per_page=20),
        _turn('of these the ninth i want to read it', 'intercom_get_conversation_by_id', conversation_id='101141'),
    ],

}  # fmt: skip

LATER = {
    'an acknowledgement without a comma, then a write': [
        _turn('list 5 contacts', 'intercom_list_all_contacts', per_page=5),
        _turn('i see add them all to the vip segment', "refuse"),
    ],
    'who is that paying customer, of a listed conversation': [
        _turn('open convos from the last 7 days', 'intercom_search_conversations', state='open',
              created_after='2026-11-11'),
        _turn('the shipping one who is that paying customer or a lead', 'intercom_get_contact_by_id',
              contact_id='342e7ac472dfca2b0ccbbbdf'),
    ],
    'whoever did something there, then what is asked of them': [
        _turn('who works at birch health, 2 events each', 'intercom_company_contacts_events', company='Birch Health',
              events_per_contact=2),
        _turn('whoever upgraded their plan most recently there give me their full profile',
              'intercom_contact_overview', contact='priya.patel.41@example.com'),
    ],
    'a remark on the state found, then another state, without a full stop': [
        _turn('refund convos last 30 days', 'intercom_search_conversations', created_after='2026-10-19',
              query='refund'),
        _turn('mostly closed what about the open ones any date', 'intercom_search_conversations', query='refund',
              state='open'),
    ],
    'a story, then could you without a comma': [
        _turn('hi there i only joined the support team last week could you show me the companies we have',
              'intercom_list_companies'),
    ],
}  # fmt: skip
DIALOGUES |= LATER


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_follow_up_without_its_punctuation(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
