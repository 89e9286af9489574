"""A follow-up opened with a discourse word ("so", "well", "right", "alright then", "quick q -", "oh",
"also", "please") or closed with one ("for me", "asap", a smiley, "!!"), played against the sandbox: the
words carry nothing, and the request is read as if it stood alone ("so more", "so refund convos in the last
30 days", "so close the 2nd one", "quick q - more", "open the 9th for me"). What the word can start stays
meant: "so far", "right now", "works for me". An ordinal written with digits before a word reads as the
word would ("just the 1st 10", "the 2nd felix").

Found by the whole-corpus check that put "so " before every turn of every shipped dialogue: 538 of 1,837
dialogues changed their answer (a refund search for "so refund", "so more" taken for an outside question,
a write after "so" answered with a read); "quick q - " before every turn changed 568, " for me" after
every turn that is not a question 279, "also " 364, "please " 213, " :)" 295, "!!" 207; ordinals written
with digits instead of words ("1st" for "first") 54.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'so more: the next page': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('so more', 'intercom_list_all_contacts', starting_after='@cursor'),
    ],
    'so, a topic and a date: the topic without the so': [
        _turn('so refund convos in the last 30 days', 'intercom_search_conversations', query='refund',
              created_after='2026-10-19'),
    ],
    'so, a write: refused': [
        _turn('open login convos', 'intercom_search_conversations', query='login', state='open'),
        _turn('so close the 2nd one', 'refuse'),
    ],
    'so, the Nth on this page': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('so 2nd on this page, event summary', 'intercom_list_events', summary=True, user_id='usr_00195'),
    ],
    'well, a pick': [
        _turn('latest 20 conversations', 'intercom_list_conversations', per_page=20),
        _turn('well the ninth one then', 'intercom_get_conversation_by_id', conversation_id='101141'),
    ],
    'right, the segments': [
        _turn('right, what segments do we have', 'intercom_list_segments'),
    ],
    'alright then, the next page': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('alright then next page', 'intercom_list_all_contacts', starting_after='@cursor'),
    ],
    'quick q, then more': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('quick q - more', 'intercom_list_all_contacts', starting_after='@cursor'),
    ],
    'quick question: a refinement': [
        _turn('refund convos last 30 days', 'intercom_search_conversations', query='refund',
              created_after='2026-10-19'),
        _turn('quick question: only the open ones?', 'intercom_search_conversations', query='refund',
              created_after='2026-10-19', state='open'),
    ],
    'oh and, the other one': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn('events for the third one', 'intercom_list_events', user_id='usr_00290'),
        _turn('oh and the 5th', 'intercom_list_events', user_id='usr_00292'),
    ],
    'for me after a pick': [
        _turn('latest 20 conversations', 'intercom_list_conversations', per_page=20),
        _turn('open the 9th for me', 'intercom_get_conversation_by_id', conversation_id='101141'),
    ],
    'more for me, next page': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('more for me', 'intercom_list_all_contacts', starting_after='@cursor'),
    ],
    'asap after a list': [
        _turn('segments with counts asap', 'intercom_list_segments', include_count=True),
    ],
    'works for me is an answer, not a request for me': [
        _turn('whats up with globex', 'intercom_company_contacts_events', company='Globex'),
        _turn('the one with 5 users', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn('works for me', 'refuse'),
    ],
    'also, a pick from the list': [
        _turn('list 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn("also 2nd person's events", 'intercom_list_events', user_id='usr_00195'),
    ],
    'please before a follow-up that is not a verb': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('please what about usr_00026?', 'intercom_contact_overview', contact='usr_00026'),
    ],
    'please to delete is still a write': [
        _turn('please to delete the contact Uma Meyer, she is duplicate', 'refuse'),
    ],
    'a smiley after the request': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('more :)', 'intercom_list_all_contacts', starting_after='@cursor'),
    ],
    'exclamation marks after the request': [
        _turn('latest 20 conversations', 'intercom_list_conversations', per_page=20),
        _turn('open the first!!', 'intercom_get_conversation_by_id', conversation_id='100133'),
    ],
    'the 1st N: a count, not a day': [
        _turn('who works at acme corp', 'intercom_company_contacts_events', company='Acme Corp'),
        _turn('just the 1st 10, no events', 'intercom_company_contacts_events', company='Acme Corp',
              events_per_contact=0, max_contacts=10),
    ],
    'the 2nd <first name>: the second of that name': [
        _turn('list 50 contacts', 'intercom_list_all_contacts', per_page=50),
        _turn("the 2nd felix, what's his story", 'intercom_contact_overview', contact='felix.novak.39@example.com'),
    ],
    'right now is when, not an opener': [
        _turn('right now, what is open', 'intercom_search_conversations', state='open'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_an_opening_word_carries_nothing(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
