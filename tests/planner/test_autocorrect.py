"""Messages typed on a phone with autocorrect: "conversion(s)" for conversation(s), "vents" for events, "on
boarding" for onboarding, "there" for their before what a person has ("there last 5 vents", "there
conversions"), a first name changed into a word before a surname, mid-sentence ("everything on When Khan":
Wen Khan); and "just the billing ones", right after one person's overview, narrows her conversations (was
everyone's billing conversations); "show me 30 of them", after the overview that a request for her events
("Grace Silvia evens", by a misspelt name) got, is her events, that many (was the overview again).
"""

from __future__ import annotations

import pytest

from graphs.planner.plain import plain
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("everything on When Khan", "everything on Wen Khan"),
        ("anything on When Evans?", "anything on Wen Evans?"),
        ("When Khan wrote in", "When Khan wrote in"),  # at the start: the word itself
        ("show me Acme Corp", "show me Acme Corp"),
    ],
)
def test_a_first_name_autocorrected_before_a_surname(said: str, meant: str) -> None:
    assert plain(said) == meant


DIALOGUES = {
    'a name autocorrected into a word': [
        _turn('anything on When Evans?', 'intercom_contact_overview', contact='Wen Evans'),
        _turn('all time evens summary', 'intercom_list_events', user_id='usr_00120', summary=True),
        _turn('open that invoice conversion', 'intercom_get_conversation_by_id', conversation_id='101029'),
    ],
    'a conversation asked for, as a conversion': [
        _turn('whats going on with the conversion', 'ask'),
        _turn('100840', 'intercom_get_conversation_by_id', conversation_id='100840'),
        _turn('whos the contact', 'intercom_get_contact_by_id', contact_id='ae7c54aa9a1d189764ac9a6b'),
        _turn('there last 5 vents', 'intercom_list_events', user_id='usr_00268', per_page=5),
    ],
    'on boarding': [
        _turn('on boarding conversions in October', 'intercom_search_conversations', query='onboarding',
              created_after='2026-10-01', created_before='2026-11-01'),
    ],
    'there conversions': [
        _turn('first 50 contracts', 'intercom_list_all_contacts', per_page=50),
        _turn('the last one on this page, whats there deal', 'intercom_contact_overview',
              contact='hugo.chen.53@example.com'),
        _turn('there conversions', 'intercom_search_conversations', contact_email='hugo.chen.53@example.com'),
    ],
    'just the billing ones, after his overview': [
        _turn('Felix Fisher conversions', 'intercom_contact_overview', contact='Felix Fischer'),
        _turn('just the Billing ones', 'intercom_search_conversations', contact_email='felix.fischer.100@example.com',
              query='billing'),
        _turn('open the most recent billing one', 'intercom_get_conversation_by_id', conversation_id='100658'),
    ],
    'some of her events, after the overview an events request got': [
        _turn('Grace Silvia evens', 'intercom_contact_overview', contact='Grace Silva'),
        _turn('show me 30 of them', 'intercom_list_events', user_id='usr_00026', per_page=30),
        _turn('next pg', 'intercom_list_events', user_id='usr_00026', per_page=30),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
