"""Dev sets 149 (comparisons and counting) and 150 (vague or answerable), and the rest of 147 and 148, in other words
than their writers': "anything new?" and "what's happening in the inbox" are the latest conversations ("anything new
today?" today's); "what have we missed since monday?" the conversations since then; "companies list, newest first"
after one company's people is the companies; "<month> last year" and "<month> this year" are that month of that
year, in a follow-up too; "september's" is the month; "3 of its people with their last 4 events" keeps the events;
"not that globex, the other one" is the other; "actually forget it what teams do we have", asked what to search for,
is a request of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

CALLS = {
    "anything new today?": ("intercom_search_conversations", {"created_after": "2026-11-18"}),  # (since set 265)
    "anything new? thanks!": ("intercom_list_conversations", {}),
    "what's happening in the inbox": ("intercom_list_conversations", {}),
    "what have we missed since monday?": ("intercom_search_conversations", {"created_after": "2026-11-16"}),
    "refund convos in november last year": ("intercom_search_conversations", {
        "query": "refund", "created_after": "2025-11-01", "created_before": "2025-12-01"}),
}  # fmt: skip
DIALOGUES = {
    "the companies after one company": [
        _turn("cmp-0002", "intercom_company_contacts_events", company="cmp-0002"),
        _turn("companies list, newest first, 5 per page", "intercom_list_companies", order="desc", per_page=5),
    ],
    "this year's month in a follow-up": [
        _turn("refund convos in august", "intercom_search_conversations", query="refund", created_after="2026-08-01",
              created_before="2026-09-01"),
        _turn("and september last year", "intercom_search_conversations", query="refund",
              created_after="2025-09-01", created_before="2025-10-01"),
    ],
    "a month's, not a topic": [
        _turn("export convos in september and october", "intercom_search_conversations", query="export",
              created_after="2026-09-01", created_before="2026-11-01"),
        _turn("how many of september's were closed", "intercom_search_conversations", query="export",
              created_after="2026-09-01", created_before="2026-10-01", state="closed"),
    ],
    "its people with their events": [
        _turn("list companies", "intercom_list_companies"),
        _turn("the biggest one - 3 of its people with their last 4 events", "intercom_company_contacts_events",
              company="6572920bd943d4ae90a4162a", max_contacts=3, events_per_contact=4),
    ],
    "a new request instead of the answer, no commas": [
        _turn("run a search on the conversations", "ask"),
        _turn("actually forget it what teams do we have", "intercom_list_all_teams"),
    ],
    "the other globex": [
        _turn("who works at globex", "intercom_company_contacts_events", company="Globex"),
        _turn("the second one", "intercom_company_contacts_events", company="ff95231395c198395d5f9583"),
        _turn("no, not that globex, the other one", "intercom_company_contacts_events",
              company="c7c508959d8de5b1a86addb2"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("said", sorted(CALLS))
def test_answerable(said: str) -> None:
    tool, args = CALLS[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_in_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
