"""Dev set 85, as its writer typed it (fast, on a phone, or in a second language), played against the
sandbox: "same for the first guy" after one of a company's people's conversations (the first of the
people), "back to the list, the 1st" right after another list (the list before it), "convos with same topic
this month" after reading one about an invoice, a count of a topic in a month ("last month refunds how many
we got", "how many refunds last month") and a range of days written "between 1 and 15 october".
"""

from __future__ import annotations

import pytest

from graphs.evaluation import sandbox_tools
from graphs.evaluation.runner import NOW
from graphs.planner import plan
from graphs.planner.gazetteer import Gazetteer
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "same for the first guy, after one of the people's conversations": [
        _turn('acme corp first 5 peoples and 2 events each', 'intercom_company_contacts_events', company='Acme Corp',
              max_contacts=5, events_per_contact=2),
        _turn('3rd one all info', 'intercom_get_contact_by_id', contact_id='9e14d4472c459a9a053c4402'),
        _turn('her conversations', 'intercom_search_conversations', contact_email='priya.khan.12@example.com'),
        _turn('same for the first guy', 'intercom_search_conversations', contact_email='wen.khan.1@example.com'),
    ],
    'back to the list, right after another list': [
        _turn('last 5 converstions', 'intercom_list_conversations', per_page=5),
        _turn('3rd, what they say', 'intercom_get_conversation_by_id', conversation_id='101029'),
        _turn('who is this customer, profile', 'intercom_get_contact_by_id', contact_id='a5cec69b757f2f7e109121a1'),
        _turn('his other tickets', 'intercom_search_conversations', contact_email='wen.evans.119@example.com'),
        _turn('back to the list, the 1st', 'intercom_get_conversation_by_id', conversation_id='100133'),
    ],
    'conversations with the same topic as the one read': [
        _turn('show me the conversation', 'ask'),
        _turn('101141', 'intercom_get_conversation_by_id', conversation_id='101141'),
        _turn('the customer of it, which company', 'intercom_get_contact_by_id', contact_id='2b9cf1e9124f121e08091ff7'),
        _turn('convos with same topic this month', 'intercom_search_conversations', created_after='2026-11-01',
              query='invoice'),
    ],
}  # fmt: skip

REQUESTS = {
    "last month refunds how many we got": {"query": "refund", "created_after": "2026-10-01",
                                           "created_before": "2026-11-01"},
    "how many refunds last month": {"query": "refund", "created_after": "2026-10-01", "created_before": "2026-11-01"},
    "integration problem convos between 1 and 15 october": {"query": "integration", "created_after": "2026-10-01",
                                                            "created_before": "2026-10-16"},
    "convos from 1 to 15 october": {"created_after": "2026-10-01", "created_before": "2026-10-16"},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_fast_or_second_language_follow_up(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize("asked", sorted(REQUESTS))
def test_a_topic_counted_in_a_month_or_a_range_of_days(asked: str) -> None:
    tools, provider = sandbox_tools()
    assert plan(asked, now=NOW, names=Gazetteer().names(provider, None)) == (
        "intercom_search_conversations",
        REQUESTS[asked],
    )


def test_rows_one_to_fifty_are_still_a_first_page() -> None:
    tools, provider = sandbox_tools()
    assert plan("contacts 1 to 50", now=NOW, names=Gazetteer().names(provider, None)) == (
        "intercom_list_all_contacts",
        {"per_page": 50},
    )
