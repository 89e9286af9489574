"""Coming back after a detour ("go back to the convo search and do onboarding instead", "for the ticket - whats
the customer's company", "that lead from before"), "is that customer at globex too?" about the person on screen,
the other of two namesake companies' people after one's record; and topics that are nobody's words: a
possessive after an email ("zoe@...'s convos"), a person's own name or possessive, "anyone write in",
"something", "client", played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed); the topic tests also check
that no stray query narrows the search (a search for "s" or "anyone write" finds nothing in a real workspace).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the convo search gone back to, its topic swapped": [
        _turn("tickets about password reset since march?", "intercom_search_conversations", query="password reset",
              created_after="2026-03-01"),
        _turn("only closed", "intercom_search_conversations", state="closed"),
        _turn("give me transcripts for 2 of them", "intercom_find_conversations", top=2),
        _turn("the person in the first one - which company?", "intercom_get_contact_by_id"),
        _turn("ugh ok, go back to the convo search and do billing instead", "intercom_search_conversations",
              query="billing", created_after="2026-03-01", state="closed"),
    ],
    "the other namesake company's people, after one's record": [
        _turn("globex ppl and what theyre doing", "intercom_company_contacts_events", company="Globex"),
        _turn("the enterprise one", "intercom_company_contacts_events"),
        _turn("whats their monthly spend again", "intercom_get_company_by_id"),
        _turn("ok and the other globex, who's there", "intercom_company_contacts_events",
              company="ff95231395c198395d5f9583", events_per_contact=0),
    ],
    "for the ticket: its customer, after a company's people": [
        _turn("show me conversation 101057", "intercom_get_conversation_by_id", conversation_id="101057"),
        _turn("who do we have at lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("re the ticket: which company is the customer with", "intercom_get_contact_by_id",
              contact_id="1202e3e944beb030f131d23a"),
    ],
    "is the customer on screen at a company": [
        _turn("pull ticket 100749", "intercom_get_conversation_by_id", conversation_id="100749"),
        _turn("is that customer with birch labs?", "intercom_get_contact_by_id", contact_id="2b9cf1e9124f121e08091ff7"),
    ],
    "does she work at a company, after her record": [
        _turn("customer 360 for usr_00042", "intercom_contact_overview"),
        _turn("does she work at acme corp?", "intercom_get_contact_by_id", contact_id="978e5c1936aa006633653bb7"),
    ],
    "the lead from before, after another person": [
        _turn("newest 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn("tell me more about the lead, kai fischer", "intercom_contact_overview"),
        _turn("what about rosa chen, the 5th one on that list", "intercom_contact_overview"),
        _turn("and that lead we looked at earlier - events?", "intercom_list_events",
              intercom_user_id="1cda49c37c725c4f43525548"),
    ],
    "who wrote in, then still open": [
        _turn("did anyone write in yesterday", "intercom_search_conversations", created_after="2026-11-17",
              created_before="2026-11-18"),
        _turn("and over the past 7 days", "intercom_search_conversations", created_after="2026-11-11"),
        _turn("any of them still open", "intercom_search_conversations", state="open", created_after="2026-11-11"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_detours(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []


NO_TOPIC = {  # what was said, and the tool: called with no query or text at all
    "transcripts of zoe.novak.146@example.com's convos": "intercom_find_conversations",
    "are any of felix.fischer.100@example.com's conversations still open?": "intercom_search_conversations",
    "i need see the conversations of client uma.hughes.307@example.com": "intercom_search_conversations",
    "a customer emailed about something, their email's wen.evans.119@example.com. pull up their chats":
        "intercom_search_conversations",
    "did anyone write in yesterday": "intercom_search_conversations",
    "anything opened over the weekend (sat/sun) that's still open?": "intercom_search_conversations",
    "weekly report prep: every open conversation created in the past 7 days": "intercom_search_conversations",
}  # fmt: skip


@pytest.mark.parametrize("said", list(NO_TOPIC))
def test_no_stray_topic(said: str) -> None:
    (verdict,) = verdicts(said, [_turn(said, NO_TOPIC[said])])
    tool, args = verdict.decision if isinstance(verdict.decision, tuple) else (verdict.decision, {})
    assert tool == NO_TOPIC[said] and "query" not in args and "text" not in args, verdict.decision


def test_no_possessive_or_own_name_for_a_topic() -> None:
    turns = [
        _turn("ppl at ACME CORP, skip the events", "intercom_company_contacts_events"),
        _turn("transcripts of chloe's conversations", "intercom_find_conversations",
              contact_email="chloe.jensen.13@example.com"),
        _turn("and what has chloe been writing in about since october", "intercom_find_conversations",
              contact_email="chloe.jensen.13@example.com", created_after="2026-10-01"),
    ]  # fmt: skip
    for verdict in verdicts("possessives", turns)[1:]:
        assert verdict.passed, verdict.decision
        assert isinstance(verdict.decision, tuple) and not {"query", "text"} & set(verdict.decision[1])
