"""Held-out sets 209 and 210's misses (a British support manager's understatement; questions forwarded from
a team's Slack channel), said another way:

- Slack's marks around a request are not part of it: emoji shortcodes (":eyes:", ":fire:") and the
  "@bot"/"@here" it is addressed to; an aside in brackets that says why it is asked ("(continuing the
  audit from yesterday's thread)") dates nothing;
- "translate ... into german" is no tool, whoever wrote the message; "translation bugs" is a topic;
- "the account Priya flagged": an account someone told of (which one?), not an account called Priya;
- "convos w/ refund in them": conversations that mention it; "whinges", "gripes": complaints;
- "20 to a page": a page size; "popping a quick reply on 100203": a write; "the companies we've heard
  least from": the least recently active first; "the first chap on that list": the first person;
- remarks before or after the ask: "sorry, should have said -", "hmm, quieter than I expected.",
  "finance have been on at me about it.", "... and I'll do it myself".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "emoji shortcodes": [_turn(":fire: open convos about billing :eyes:", SEARCH, state="open", query="billing")],
    "addressed to the bot": [_turn("@here @bot events for usr_00012 pls", "intercom_list_events", user_id="usr_00012")],
    "a write addressed to the bot": [_turn("@bot answer the customer on 100133 that it's fixed :tada:", "refuse")],
    "an aside on why": [_turn("page 2 of companies, 10 per page (following up on last week's audit thread)",
                              "intercom_list_companies", page=2, per_page=10)],
    "translate a colleague's message": [_turn("could you translate Lena's note above into spanish", "refuse")],
    "translation as a topic": [_turn("any open chats about translation errors", SEARCH, state="open")],
    "an account a colleague flagged": [_turn("pull the events for the company Omar mentioned", "ask")],
    "with the word in them": [_turn("yesterday's chats with invoice in them", SEARCH, query="invoice",
                                    created_after="2026-11-17")],
    "gripes": [_turn("billing gripes since monday", SEARCH, query="billing", created_after="2026-11-16")],
    "so many to a page": [_turn("contacts please, 15 to a page", "intercom_list_all_contacts", per_page=15)],
    "popping a reply": [_turn("could you pop a short reply on 100133 saying we're on it", "refuse")],
    "heard least from": [_turn("which companies have we heard least from lately", "intercom_list_companies",
                               order="asc")],
    "the first chap": [
        _turn("who works at Lumen Group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("the second bloke on that list - his events please", "intercom_list_events"),
    ],
    "should have said": [
        _turn("list the segments", "intercom_list_segments"),
        _turn("sorry, should've said - with the counts", "intercom_list_segments", include_count=True),
    ],
    "quieter than expected": [
        _turn("refund complaints in the past week", SEARCH, query="refund", created_after="2026-11-11"),
        _turn("hm, fewer than I expected. widen it to the last 30 days", SEARCH, query="refund",
              created_after="2026-10-19"),
    ],
    "pressed by finance": [_turn("any billing complaints yesterday? finance keep chasing me about it.", SEARCH,
                                 query="billing", created_after="2026-11-17")],
    "I'll do it myself": [
        _turn("open billing conversations", SEARCH, state="open", query="billing"),
        _turn("fair enough – open the first one and i'll handle it myself", "intercom_get_conversation_by_id"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_slack_threads_and_british_understatement(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
