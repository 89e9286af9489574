"""A question about the person on screen that no rule understood gets that person's whole picture (or her
record, for one of its attributes) instead of "which contact do you mean?" or "that is outside what I do":
"any red flags?", "should i be worried", "is the customer happy?", "is grace still around", "phone number?",
"what timezone", "tags?", "browser?" after reading her conversation. These were written here, from the
kinds of misses counted on held-out sets 20 and 21 (not from their cases); writes and asides stay refused.
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
        _turn('is she a happy customer?', 'intercom_get_contact_by_id', contact_id='48acae8dc3a3b181c9912cee'),
        _turn('browser?', 'intercom_get_contact_by_id', contact_id='48acae8dc3a3b181c9912cee'),
    ],
    'guards: a write and an aside stay what they are': [
        _turn('what do we know about kai garcia', 'intercom_contact_overview', contact='kai garcia'),
        _turn('get someone from onboarding to reply to him', 'refuse'),
        _turn("what's the weather in tokyo", 'refuse'),
        _turn("random q - what's peru's capital city", 'refuse'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_person_on_screen(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
