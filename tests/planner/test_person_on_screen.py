"""A question about the person on screen that no rule understood gets that person's whole picture (or her
record, for one of its attributes) instead of "which contact do you mean?" or "that is outside what I do":
"any red flags?", "should i be worried", "is the customer happy?", "is grace still around", "phone number?",
"what timezone", "tags?", "browser?" after reading her conversation. These were written here, from the
kinds of misses counted on held-out sets 20 and 21 (not from their cases); writes and asides stay refused.
Then dev set 96 (a person on screen, asked about without their name), in other words: "tier?", "snoozed
anything?" and "refund convos" (hers), "was he online yesterday" (her record: last seen), "the 4th - open him
up" (not open conversations), "any red flags before i jump on a call with her?", "back to him - did that
refund ever get sorted out?" after his coworkers, "what time is it in tokyo btw" (an aside even with one
conversation on screen); a topic question after one person's events stays everyone's.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'whole-picture questions about the person on screen': [
        _turn('what do we know about kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('any red flags?', 'intercom_contact_overview', contact='kai.garcia.253@example.com'),
        _turn('should i be worried', 'intercom_contact_overview', contact='kai.garcia.253@example.com'),
        _turn('is the customer happy?', 'intercom_contact_overview', contact='kai.garcia.253@example.com'),
    ],
    "the person's name said alone, after her record": [
        _turn('who is grace.silva.25@example.com', 'intercom_contact_overview', contact='grace.silva.25@example.com'),
        _turn('is grace still around', 'intercom_contact_overview', contact='grace.silva.25@example.com'),
        _turn('anything i should know before i call her?', 'intercom_contact_overview',
              contact='grace.silva.25@example.com'),
    ],
    'terse attribute questions after an overview': [
        _turn('what do we know about kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('phone number?', 'intercom_get_contact_by_id', contact_id='ecb969a9173849830361ea91'),
        _turn('what timezone', 'intercom_get_contact_by_id', contact_id='ecb969a9173849830361ea91'),
        _turn('tags?', 'intercom_get_contact_by_id', contact_id='ecb969a9173849830361ea91'),
    ],
    'after reading a conversation, about its customer': [
        _turn('pull up conversation 100301', 'intercom_get_conversation_by_id', conversation_id='100301'),
        _turn('is she a happy customer?', 'intercom_contact_overview', contact='uma.hughes.307@example.com'),
        _turn('browser?', 'intercom_get_contact_by_id', contact_id='48acae8dc3a3b181c9912cee'),
    ],
    'guards: a write and an aside stay what they are': [
        _turn('what do we know about kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('get someone from onboarding to reply to him', 'refuse'),
        _turn("what's the weather in tokyo", 'refuse'),
        _turn("random q - what's peru's capital city", 'refuse'),
    ],
    'her conversations, said tersely after her record': [
        _turn('look up felix.fischer.100@example.com', 'intercom_contact_overview',
              contact='felix.fischer.100@example.com'),
        _turn('tier?', 'intercom_contact_overview', contact='felix.fischer.100@example.com'),
        _turn('snoozed anything?', 'intercom_search_conversations', contact_email='felix.fischer.100@example.com',
              state='snoozed'),
        _turn('refund convos', 'intercom_search_conversations', contact_email='felix.fischer.100@example.com',
              query='refund'),
    ],
    'online today, after an overview': [
        _turn('overview for wen.meyer.266@example.com', 'intercom_contact_overview',
              contact='wen.meyer.266@example.com'),
        _turn('was he online yesterday', 'intercom_get_contact_by_id', contact_id='afb12728303fc385453d7a6b'),
    ],
    "open him up, from a company's people": [
        _turn('quartz group contacts, no events needed', 'intercom_company_contacts_events', company='Quartz Group',
              events_per_contact=0),
        _turn('the 4th - open him up', 'intercom_get_contact_by_id', contact_id='9c73db2bd9fbc53312435753'),
    ],
    'the whole picture before a call': [
        _turn('who is grace.silva.25@example.com', 'intercom_contact_overview', contact='grace.silva.25@example.com'),
        _turn('any red flags before i jump on a call with her?', 'intercom_contact_overview',
              contact='grace.silva.25@example.com'),
        _turn('short version pls - happy customer or not?', 'intercom_contact_overview',
              contact='grace.silva.25@example.com'),
    ],
    'back to him after his coworkers, and an aside about the time': [
        _turn('Give me the rundown on Omar Tanaka', 'intercom_contact_overview', contact='Omar Tanaka'),
        _turn('who does he work for?', 'intercom_get_contact_by_id', contact_id='97af98b355a52f0aefe6dc25'),
        _turn('anyone else there we talk to?', 'intercom_company_contacts_events', company='Indigo Systems',
              events_per_contact=0),
        _turn('back to him - did that refund ever get sorted out?', 'intercom_search_conversations',
              contact_email='omar.tanaka.265@example.com', query='refund'),
        _turn('what time is it in tokyo btw', 'refuse'),
    ],
    "guard: a topic question after one person's events is everyone's": [
        _turn('last 5 events for usr_00014', 'intercom_list_events', user_id='usr_00014', per_page=5),
        _turn('any tickets about exporting since september?', 'intercom_search_conversations',
              created_after='2026-09-01', query='export'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_person_on_screen(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
