"""A hand-off is a write ("hand convo 100133 off to the success team", "pass it to billing"); a backlog is the
open conversations ("how big is the snoozed backlog", "our backlog"); "what got opened over the weekend" asks
what arrived; "anything still open w/ <email>" is her conversations in that state (not her profile); "with
the text (inside)" asks for transcripts, and "the text" is not a person; "10 in each page" is a page size;
"wich" is "which"; "same breakdown for billing" switches the topic; "no wait, i meant Delta Group" asks the
same of another company; "read me the 2 most recent of those" reads two of the search's matches; "go back to
the conversation, last 2 messages" reopens the conversation read earlier."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'hand a conversation off': [
        _turn('hand convo 100133 off to the Success team pls', 'refuse'),
    ],
    'pass it on': [
        _turn('read conversation 100133', 'intercom_get_conversation_by_id', conversation_id='100133'),
        _turn('pass it to billing', 'refuse'),
    ],
    'a handover is not a write (guard)': [
        _turn("what's in my handover: open convos", 'intercom_search_conversations', state='open'),
    ],
    'the snoozed backlog': [
        _turn('how big is the snoozed backlog', 'intercom_search_conversations', state='snoozed'),
    ],
    'our backlog': [
        _turn('how big is our backlog', 'intercom_search_conversations', state='open'),
    ],
    'opened over the weekend': [
        _turn('morning! what got opened over the weekend (sat+sun)?', 'intercom_search_conversations',
              created_after='2026-11-14', created_before='2026-11-16'),
    ],
    'anything still open with an email': [
        _turn('anything still open w/ lena.rossi.240@example.com?', 'intercom_search_conversations', state='open',
              contact_email='lena.rossi.240@example.com'),
    ],
    'what we have on her, with a state said in passing (guard)': [
        _turn('lena.rossi.240@example.com says nobody ever answered her about shipping. what do we have on her?',
              'intercom_contact_overview', contact='lena.rossi.240@example.com'),
    ],
    'with the text inside': [
        _turn('i need conversations of invoice since march, with the text inside', 'intercom_find_conversations',
              text='invoice', created_after='2026-03-01'),
    ],
    'her conversations with the text': [
        _turn('there is contact lena.rossi.240@example.com , show me please', 'intercom_contact_overview'),
        _turn('her conversations, with the text', 'intercom_find_conversations',
              contact_email='lena.rossi.240@example.com'),
    ],
    'ten in each page': [
        _turn('compnaies list, second page, 10 in each page', 'intercom_list_companies', page=2, per_page=10),
    ],
    'wich': [
        _turn('please show me all conversation about refund wich are still open', 'intercom_search_conversations',
              query='refund', state='open'),
    ],
    'same breakdown for another topic': [
        _turn('refund convos created in october, only open', 'intercom_search_conversations', query='refund'),
        _turn('same breakdown for billing', 'intercom_search_conversations', query='billing', state='open',
              created_after='2026-10-01', created_before='2026-11-01'),
    ],
    'i meant another company': [
        _turn('everyone at delta analytics w/ 3 events each', 'intercom_company_contacts_events',
              company='Delta Analytics', events_per_contact=3),
        _turn('no wait, i meant Delta Group', 'intercom_company_contacts_events', company='Delta Group',
              events_per_contact=3),
    ],
    'i meant a state (guard)': [
        _turn('api convos since july, only closed', 'intercom_search_conversations', state='closed'),
        _turn('hm no, I meant open', 'intercom_search_conversations', query='api', state='open',
              created_after='2026-07-01'),
    ],
    'read two of those': [
        _turn('open api convos since july', 'intercom_search_conversations', query='api', state='open'),
        _turn('read me the 2 most recent of those', 'intercom_find_conversations', text='api', state='open',
              created_after='2026-07-01', top=2),
    ],
    'back to the conversation': [
        _turn('I want read conversation 100938', 'intercom_get_conversation_by_id', conversation_id='100938'),
        _turn('who is this person', 'intercom_get_contact_by_id'),
        _turn('her company, the people there', 'intercom_company_contacts_events'),
        _turn('go back to the conversation, last 2 message only', 'intercom_get_conversation_by_id',
              conversation_id='100938', max_parts=2),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
