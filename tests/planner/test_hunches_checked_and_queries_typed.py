"""Leftovers of held-out sets 261 (requests typed like queries) and 262 (hunches brought to be checked), in other
words than the sets': a state asked about ("has his login problem actually been resolved?") filters nothing; "why
is it still open?" with a conversation open is that conversation; a question about it followed by "open it" or
"the last 3 messages" is answered by opening it; "my manager reckons ..." is not part of the topic; someone said
to be quiet and asked whether they were in touch, or said to be upset, is the person's overview; "start over from
the top" is a list's first page; a query with a placeholder ("where id = ?") asks which one; "now() - interval
'3 weeks'" is a window; "dedupe" is a write.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
GET = "intercom_get_conversation_by_id"
OMAR = "omar.khan.165@example.com"
MILO = "milo.tanaka.305@example.com"


def test_a_state_asked_about_is_no_filter() -> None:
    turns = [
        _turn("has omar khan's login problem actually been resolved?", SEARCH, contact_email=OMAR, query="login"),
        _turn("why is it still open? last 3 messages", GET, conversation_id="101302", max_parts=3),
    ]
    assert failed_turns("resolved", turns) == []  # fmt: skip
    turns = [
        _turn("open 101183", GET, conversation_id="101183"),
        _turn("why is it still open", GET, conversation_id="101183"),
    ]
    assert failed_turns("still open", turns) == []  # fmt: skip


def test_a_question_answered_by_opening_it() -> None:
    turns = [
        _turn(f"search login convos from {OMAR}", SEARCH, contact_email=OMAR, query="login"),
        _turn("did we ever get back to him? open it", GET, conversation_id="101302"),
    ]
    assert failed_turns("open it", turns) == []  # fmt: skip
    turns = [
        _turn("open 101183", GET, conversation_id="101183"),
        _turn("did he get sorted in the end? just the last 2 msgs", GET, conversation_id="101183", max_parts=2),
    ]
    assert failed_turns("last 2", turns) == []  # fmt: skip


def test_what_was_heard_is_not_the_topic() -> None:
    turns = [
        _turn(
            "my manager reckons export questions went up this month, true?",
            SEARCH,
            query="export",
            created_after="2026-11-01",
        )
    ]
    assert failed_turns("reckons", turns) == []  # fmt: skip


def test_quiet_or_upset_is_the_whole_person() -> None:
    turns = [
        _turn(f"{MILO} has zero activity?? has he ever reached out to us", "intercom_contact_overview", contact=MILO)
    ]
    assert failed_turns("quiet", turns) == []  # fmt: skip
    hex_id = "9c73db2bd9fbc53312435753"
    turns = [_turn(f"why is {hex_id} so frustrated with us", "intercom_contact_overview", contact=hex_id)]
    assert failed_turns("upset", turns) == []  # fmt: skip


def test_the_top_of_a_list_is_its_first_page() -> None:
    turns = [
        _turn("list contacts, 10 per page", "intercom_list_all_contacts", per_page=10),
        _turn("next page", "intercom_list_all_contacts", per_page=10),
        _turn("start over from the top, 3 per page", "intercom_list_all_contacts", per_page=3),
    ]
    assert failed_turns("top", turns) == []  # fmt: skip


def test_queries_typed() -> None:
    assert failed_turns("placeholder", [_turn("select * from companies where id = ?", "ask")]) == []
    turns = [
        _turn(
            "select id, state from conversations where created_at >= now() - interval '3 weeks'",
            SEARCH,
            created_after="2026-10-28",
        )
    ]
    assert failed_turns("interval", turns) == []  # fmt: skip
    assert failed_turns("dedupe", [_turn("please dedupe the companies", "refuse")]) == []
