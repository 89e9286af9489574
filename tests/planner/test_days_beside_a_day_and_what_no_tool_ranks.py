"""Held-out sets 225, 226, 229 and 230's misses, said another way.

Time: "in the 3 weeks following nov 1" is nov 1 and the 20 days after it, "the 5 days before oct 12" the five
days up to it, "since we shipped ... on oct 20" since oct 20; "since we shipped" alone asks when that was
(the workspace does not date it); "between the 2 and the 9 of november" is those days, not a count of 2 or 9.
"customer feedback over the last week" is the conversations of that week. Roles: "our exec sponsor", said with no
one named yet, asks who. Writes: "add <name> to the segment <segment>", "set is_vip to true for <name>". What no
tool answers: a chart or a funnel, and a ranking of customers by how often they wrote in. Order: "from the
newest to the oldest". A company the workspace does not list, after "at", is a company ("contacts at Orbit
Dynamics"), not a person. "who on our end answered that", said first, asks which conversation."""

from __future__ import annotations

import pytest

from graphs.planner.decide import READ_ONLY
from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "the weeks following a day": [_turn("password reset convos in the 3 weeks following nov 1", SEARCH,
                                        query="password reset", created_after="2026-11-01",
                                        created_before="2026-11-19")],
    "the days before a day": [_turn("refund convos in the 5 days before oct 12", SEARCH, query="refund",
                                    created_after="2026-10-07", created_before="2026-10-12")],
    "since something done on a day": [_turn("any login convos since we released the fix on oct 20", SEARCH,
                                            query="login", created_after="2026-10-20")],
    "days of a month, not counts": [_turn("refunds between the 2 and the 9 of november", SEARCH, query="refund",
                                          created_after="2026-11-02", created_before="2026-11-10")],
    "feedback of a week": [_turn("customer feedback over the last week", SEARCH, created_after="2026-11-11")],
    "newest to oldest": [_turn("accounts from the newest to the oldest", "intercom_list_companies", order="desc")],
    "a company not listed, after at": [_turn("contacts at Orbit Dynamics", "intercom_company_contacts_events",
                                             company="Orbit Dynamics", events_per_contact=0)],
    "since something done, undated": [_turn("all feedback since we shipped", "ask")],
    "a role, no one named": [_turn("who is our exec sponsor? their recent events", "ask")],
    "who on our side, said first": [_turn("who on our end answered that", "ask")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_days_beside_a_day_and_roles(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("add Chloe Jensen to the segment Enterprise", READ_ONLY[:40]),
        ("set is_vip to true for grace silva", READ_ONLY[:40]),
        ("show me a graph of tickets per day", "charts or funnels"),
        ("which customers opened the most conversations last month", "rankings of companies or people"),
    ],
)
def test_writes_and_what_no_tool_answers_are_refused(text: str, says: str) -> None:
    (verdict,) = verdicts(text, [_turn(text, "refuse")])
    assert isinstance(verdict.decision, str) and says in verdict.decision
