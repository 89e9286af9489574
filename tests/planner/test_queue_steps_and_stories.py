"""Held-out sets 193 and 194's misses (an agent stepping through the Monday queue; a founder who writes long,
polite messages with their story), said another way:

- "next" after one item of a list was opened: the next item (after the list itself: its next page); "back one",
  "skip one, then the next", "same for the next" (with what was asked of the one before); "the 2nd newest",
  "the third oldest"; "back one" with nothing listed: a question;
- a story told around the request (someone emailed, mentioned, told me; I'm worried, thinking) is not the
  request: its dates and subjects are set aside, unless the request points back into it ("her", "similar");
- "(i'll do it myself)": the person writes, not the toolkit, so the reading asked for is done;
- "the people, i mean, not the companies"; "sorry, should have said" after "with member counts";
- "the ones that haven't been around in a while first": oldest first;
- "just the invoice one", after transcripts of someone's conversations: the transcripts narrowed to it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
OPEN = "intercom_get_conversation_by_id"

DIALOGUES = {
    "next, after one was opened": [
        _turn("latest convos", "intercom_list_conversations"),
        _turn("open the first one", OPEN, conversation_id="100133"),
        _turn("next", OPEN, conversation_id="100322"),
        _turn("next one pls", OPEN, conversation_id="101029"),
    ],
    "next, after the list": [
        _turn("latest convos", "intercom_list_conversations"),
        _turn("next", "intercom_list_conversations", starting_after="IjEwMTQ5MSI"),
    ],
    "back one": [
        _turn("first 8 contacts", "intercom_list_all_contacts", per_page=8),
        _turn("4th one's events", "intercom_list_events", intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("back one", "intercom_list_events", user_id="usr_00290"),
    ],
    "back one, nothing listed": [_turn("back one", "ask")],
    "skip one": [
        _turn("companies", "intercom_list_companies"),
        _turn("who's at the second one", "intercom_list_attach_contacts_to_company",
              company_id="5f24ec448c134e786e3293fc"),
        _turn("skip one, then the next", "intercom_list_attach_contacts_to_company",
              company_id="811b0a17cb754ff6b3aeed9c"),
    ],
    "same for the next": [
        _turn("refund convos", SEARCH, query="refund"),
        _turn("open the first, last 2 messages", OPEN, conversation_id="101260", max_parts=2),
        _turn("same for the next", OPEN, conversation_id="100154", max_parts=2),
    ],
    "the 2nd newest and the third oldest": [
        _turn("snoozed convos", SEARCH, state="snoozed"),
        _turn("the 2nd newest", OPEN, conversation_id="100805"),
        _turn("and the third oldest", OPEN, conversation_id="100504"),
    ],
    "a story first": [_turn("Hey, quick one, sorry to bother you. A customer wrote to me last night saying the export "
                            "button does nothing. Are there other export conversations from this month?", SEARCH,
                            query="export", created_after="2026-11-01")],
    "a story after": [_turn("any open billing tickets this month? a couple of customers mentioned them last week "
                            "and I'm a bit worried", SEARCH, state="open", query="billing",
                            created_after="2026-11-01")],
    "a story the request points back into": [
        _turn("A customer just told me the password reset email never arrives. Can you find similar conversations?",
              "intercom_find_conversations", text="password reset"),
    ],
    "i'll do it myself": [_turn("so I'd like to message everyone at acme (I'll do it myself from gmail). who works "
                                "there?", "intercom_company_contacts_events", company="Acme Corp")],
    "a write still refused": [_turn("I want to send a welcome note to acme's people", "refuse")],
    "not the segments": [_turn("I'm trying to get the hang of this. could you show me the teams? not the segments",
                               "intercom_list_all_teams")],
    "should have said": [
        _turn("what segments exist", "intercom_list_segments"),
        _turn("with member counts, sorry, should have said", "intercom_list_segments", include_count=True),
    ],
    "not active in a while first": [_turn("list companies, the ones that haven't been around in a while first",
                                          "intercom_list_companies", order="asc")],
    "just the invoice one, of transcripts": [
        _turn("can I read the transcripts for dev.rossi.0@example.com's conversations",
              "intercom_find_conversations", contact_email="dev.rossi.0@example.com"),
        _turn("just the invoice one", "intercom_find_conversations", contact_email="dev.rossi.0@example.com",
              text="invoice"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_queue_steps_and_stories(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
