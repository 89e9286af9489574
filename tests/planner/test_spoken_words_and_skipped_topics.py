"""Held-out sets 226 and 227's misses, said another way. Words written down as they were heard (speech to
text): a noun the planner reads heard as two words ("all our con tax", "latest convert stations", "the compa
knees"), a topic's word heard as two ("re fund convos") or spelt out letter by letter ("the s s o"), a
company's name spelt as it sounds ("zefir partners") or its first word heard as two ("ack me corp").
"actually skip billing, do refunds" is refunds, as "refunds instead" is; "make it <company>", after a
company's people and events, is that company, the same way. Words of their own are left as written: "has
she contacted us", "did they log in", an email's "example.com" before "please"."""

from __future__ import annotations

import pytest

from graphs.planner.spelling import respelled
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "a noun heard as two words": [_turn("all our con tax please", "intercom_list_all_contacts"),
                                  _turn("latest convert stations", "intercom_list_conversations"),
                                  _turn("the compa knees oldest first", "intercom_list_companies", order="asc")],
    "a topic heard as two words": [_turn("re fund convos from last week", SEARCH, query="refund",
                                         created_after="2026-11-11")],
    "a topic spelt out": [_turn("any tickets about the s s o this month", SEARCH, query="sso",
                                created_after="2026-11-01")],
    "a name spelt as it sounds": [_turn("zefir partners people, no events", FLOW, company="Zephyr Partners",
                                        events_per_contact=0)],
    "a name's first word heard as two": [_turn("who works at ack me corp", FLOW, company="Acme Corp",
                                               events_per_contact=0)],
    "a topic skipped for another": [_turn("billing convos since october", SEARCH, query="billing",
                                          created_after="2026-10-01"),
                                    _turn("actually skip billing, do refunds", SEARCH, query="refund",
                                          created_after="2026-10-01")],
    "make it another company": [_turn("kestrel partners people with 3 events each", FLOW,
                                      company="Kestrel Partners", events_per_contact=3),
                                _turn("make it zephyr partners", FLOW, company="Zephyr Partners",
                                      events_per_contact=3)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_spoken_words_and_skipped_topics(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize(
    "text",
    ["has she contacted us before", "did they log in this week", "hi, it's priya.hughes.140@example.com please",
     "compare segments by size"],
)  # fmt: skip
def test_words_of_their_own_are_not_heard_as_others(text: str) -> None:
    assert respelled(text) == text
