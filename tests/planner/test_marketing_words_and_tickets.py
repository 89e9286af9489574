"""Words from outside support: "how many signups" (the New signups segment's count), "more enterprise users
or trialists?" (two segments compared: their counts), "with numbers pls" after the segments, "our biggest
customers" (companies), "10 ppl and 5 things each" (events); "just give them a refund" is a write; "back to
the ticket - who's the customer" is the person who wrote it; "who's uma hughes, the one on that ticket" is
who she is, not her tickets; "has he been active in the last 30 days" is not his conversations."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'signups': [
        _turn('how many signups do we have', 'intercom_list_segments', include_count=True),
    ],
    'two segments compared': [
        _turn('do we have more enterprise users or trialists', 'intercom_list_segments', include_count=True),
    ],
    'with numbers': [
        _turn('can you show me our customer groups', 'intercom_list_segments'),
        _turn('with numbers pls', 'intercom_list_segments', include_count=True),
    ],
    'biggest customers': [
        _turn('who are our biggest customers', 'intercom_list_companies'),
    ],
    'things each': [
        _turn("who's been clicking around at fjord labs", 'intercom_company_contacts_events', company='Fjord Labs'),
        _turn('show more, like 10 ppl and 5 things each', 'intercom_company_contacts_events', company='Fjord Labs',
              max_contacts=10, events_per_contact=5),
    ],
    'give them a refund': [
        _turn('refund complaints this month', 'intercom_search_conversations', query='refund'),
        _turn('just give them a refund', 'refuse'),
    ],
    'did we give them a refund (guard)': [
        _turn('did we give them a refund', 'intercom_search_conversations', query='refund'),
    ],
    "back to the ticket: who's the customer": [
        _turn('open ticket 100322', 'intercom_get_conversation_by_id', conversation_id='100322'),
        _turn('who works at zephyr partners', 'intercom_company_contacts_events'),
        _turn("back to the ticket - who's the customer, do we have a profile", 'intercom_get_contact_by_id',
              contact_id='342e7ac472dfca2b0ccbbbdf'),
    ],
    'who she is, the one on that ticket': [
        _turn('api tickets from last week', 'intercom_search_conversations', query='api'),
        _turn("who's uma hughes, the one on that ticket", 'intercom_contact_overview',
              contact='uma.hughes.307@example.com'),
    ],
    'active lately, not conversations': [
        _turn('who is jonas.fischer.129@example.com', 'intercom_contact_overview'),
        _turn('has he been active in the last 30 days', 'intercom_contact_overview',
              contact='jonas.fischer.129@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
