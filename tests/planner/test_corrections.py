"""A request corrected as it was typed (`graphs/planner/corrected.py`): the email, id, count, order, month,
state, topic or company name the correction says takes the place of the one said before it; what else
was asked stands. "no events" and "actually read a couple - maybe 2" are not corrections.
"""

from __future__ import annotations

import pytest

from graphs.planner.corrected import corrected
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("evnets for usr_00124... sorry, typo, usr_00142", "evnets for usr_00142"),
        ("show me the 20 most recent conversations, actually make that 10", "show me the 10 most recent conversations"),
        ("her events, last 20 - hmm, actually 10", "her events, last 10"),
        ("companies oldest first, 25 per page - wait no, newest first", "companies newest first, 25 per page"),
        ("refunds from september... actually no it was october", "refunds from october"),
        ("look up sam.okafor.41@example.com - hmm no, that's not right, it's sam.okafor.14@example.com",
         "look up sam.okafor.14@example.com"),
        ("transcripts about the integration - no sorry, api, not integration", "transcripts about the api"),
        ("the people at acme corp - no wait, sorry, zephyr group, acme is not mine - and what they're up to",
         "the people at zephyr group and what they're up to"),
        ("only snoozed ones - no wait, open ones", "only open ones"),
        # not corrections
        ("contacts at lumen group, no events", "contacts at lumen group, no events"),
        ("exports in the last 90 days, and actually read a couple - maybe 2?",
         "exports in the last 90 days, and actually read a couple - maybe 2?"),
    ],
)  # fmt: skip
def test_a_correction_replaces_what_it_corrects(said: str, meant: str) -> None:
    assert corrected(said) == meant


DIALOGUES = {
    'a count corrected': [
        _turn('show me the 20 most recently updated conversations, actually make that 10',
              'intercom_list_conversations', per_page=10),
    ],
    'an id corrected': [
        _turn('open convo 101620 - sorry, fat fingers, 101260 - and just show me the last 3 messages',
              'intercom_get_conversation_by_id', conversation_id='101260', max_parts=3),
    ],
    'an order corrected': [
        _turn("list compnaies oldest first, 25 per page - wait no, newest first, i want who's active",
              'intercom_list_companies', order='desc', per_page=25),
    ],
    'a month corrected': [
        _turn('a pile of refund requests came in in september i think... actually no it was october. find those',
              'intercom_find_conversations', text='refund', created_after='2026-10-01',
              created_before='2026-11-01'),
    ],
    'a company corrected, then one of two of that name': [
        _turn("can you pull the people at acme - no wait, globex. acme's fine, it's globex that's gone quiet",
              'intercom_company_contacts_events', company='Globex'),
        _turn('the one with 5 users', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
    ],
    'an email corrected, then him': [
        _turn("can you look up sam.okafor.41@example.com - hmm no, that's not right, it's sam.okafor.14@example.com",
              'intercom_contact_overview', contact='sam.okafor.14@example.com'),
        _turn('any conversations with him?', 'intercom_search_conversations',
              contact_email='sam.okafor.14@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
