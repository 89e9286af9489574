"""Held-out sets 211 and 212's misses, and 207's leftovers, said another way (a success lead thinking out loud;
a phone's autocorrect; a developer's malformed values):

- a word put right after it was typed ("*export", "(login, damn phone)") takes the place of the word it is
  nearest to, or of the words autocorrect made of it ("okay for *okafor"); a surname split in two after a
  given name, or where a name is asked for ("customer 360 on rosa okay for") is read as the surname, and a
  surname alone asks which person;
- autocorrect's real words: "oven" (open), "snoozer" (snoozed), "companion" (company);
- a change of mind mid-message ("... hmm no, actually just show me 100133") is what is asked; reasons said
  after the request ("I have a feeling ...", "I'm trying to ...", "not october, I'll do that later") are not;
- after a refused write on a contact named by id, "let me see who that is first" is that contact;
- "sorry, should've said" after an answer is no part of it; "before we changed anything" keeps the topic;
- tool syntax with a value missing or of the wrong kind, a filter no tool takes, an id of the wrong kind in
  a conversation's path, or two keys for one person asks instead of dropping it silently; the answer to that
  question ("ok page=3 per_page=10") puts the same call right.
"""

from __future__ import annotations

import pytest

from graphs.planner.direct import read_direct
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
OVERVIEW = "intercom_contact_overview"

DIALOGUES = {
    "a starred correction": [_turn("expert issues in the past week *export", SEARCH, query="export",
                                   created_after="2026-11-11")],
    "blamed on the phone": [_turn("logic problems this month (login, stupid autocorrect)", SEARCH, query="login",
                                  created_after="2026-11-01")],
    "a surname starred": [_turn("nora okay for *okafor - profile and events", OVERVIEW, contact="Nora Okafor")],
    "a surname split": [_turn("customer 360 on rosa okay for", OVERVIEW, contact="Rosa Okafor")],
    "a surname alone": [_turn("look up okay for", "ask")],
    "a known surname alone": [_turn("pull up patel", "ask")],
    "oven and snoozer": [_turn("oven conversions about billing", SEARCH, state="open", query="billing"),
                         _turn("and the snoozer ones", SEARCH, state="snoozed")],
    "a mind changed to a read": [_turn("close conversation 100133 for me... hmm no, actually just show it to me",
                                       "intercom_get_conversation_by_id", conversation_id="100133")],
    "a mind changed to a write": [_turn("pull up the lead ada rossi... actually you know what, just delete her",
                                        "refuse")],
    "a feeling after the ask": [_turn("any open billing convos? I have a feeling a few slipped through last month",
                                      SEARCH, state="open", query="billing")],
    "trying to after the ask": [_turn("page 2 of contacts, 30 per page. I'm trying to check the Leads segment",
                                      "intercom_list_all_contacts", page=2, per_page=30)],
    "not the other month": [_turn("billing conversations from september specifically. not october, I'll do that "
                                  "one later", SEARCH, query="billing", created_after="2026-09-01",
                                  created_before="2026-10-01")],
    "who it is, after a refused delete": [
        _turn("delete contact 1b87c0cdd9f8a882fa31b52e, spam signup", "refuse"),
        _turn("hold on, let me see who that is first", "intercom_get_contact_by_id",
              contact_id="1b87c0cdd9f8a882fa31b52e"),
    ],
    "should've said": [
        _turn("who's at the account we might lose, the one Omar mentioned on the call?", "ask"),
        _turn("Lumen Group, should've said", "intercom_company_contacts_events", company="Lumen Group"),
    ],
    "before we changed anything": [
        _turn("onboarding convos in october", SEARCH, query="onboarding"),
        _turn("what about july, before we changed anything?", SEARCH, query="onboarding",
              created_after="2026-07-01"),
    ],
    "an empty value": [_turn("contacts where email =", "ask")],
    "an empty cursor": [_turn("list_conversations starting_after=", "ask")],
    "a page below 1": [_turn("companies page=-2", "ask")],
    "a page that is no number": [_turn("contacts page=two", "ask")],
    "a filter no tool takes": [_turn("GET /contacts?country=ie", "ask")],
    "a company id in a conversation's path": [_turn("GET /conversations/57aa1aad1fc3825a99dc8ccc", "ask")],
    "two keys for one person": [_turn("list_events user_id=usr_00042 email=ada.rossi.1@example.com", "ask")],
    "status in a query string": [_turn("GET /conversations?status=snoozed", SEARCH, state="snoozed")],
    "the page put right": [
        _turn("companies page=0", "ask"),
        _turn("ok page=3 per_page=10", "intercom_list_companies", page=3, per_page=10),
    ],
    "the cursor put right": [
        _turn("list_conversations starting_after=", "ask"),
        _turn("fine, the first page then, per_page 4", "intercom_list_conversations", per_page=4),
    ],
    "'or' is no value": [
        _turn("contact_overview iris.weber.213@example.com", OVERVIEW),
        _turn("list_events for her, intercom_user_id or email", "intercom_list_events"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_thinking_aloud_autocorrect_and_api_values(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_pasted_link_or_row_is_no_unknown_filter() -> None:
    assert read_direct("https://app.intercom.com/a/inbox/x/conversation/101260?view=List what's this").unknown == []
    assert read_direct("export row: acct_1 | intercom_company=abc | mrr=2940. their plan?").unknown == []
    assert read_direct("GET /companies?industry=fintech").unknown == ["industry"]
