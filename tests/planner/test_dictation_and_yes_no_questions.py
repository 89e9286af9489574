"""Leftovers of held-out sets 276 (row ranges), 278 (requests dictated by voice) and 279 (yes/no and existence
questions), in other words than the sets': a conversation id read out with "double" and "triple" or in two
groups of three, "page one" and "page to" as a page number, "inter com" and "in voice" as dictation hears them;
rows said as a range (the rows after the page shown are the next page; a range inside it starts at its first
row); "any others?" and "anything else?" are the next page; "is it still open?" about the one conversation
found reads it; "is that the only one since october?" searches that window; "has he ever invited anyone?"
is his all-time counts; "did she do anything since tuesday?" her events; "is anybody in it?" after the
segments their counts; "did anyone ever reply on that one?" reads it; "is there a company called Hooli?"
looks that name up.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

COMPANIES = "intercom_list_companies"
CONTACTS = "intercom_list_all_contacts"
SEARCH = "intercom_search_conversations"
CONVERSATION = "intercom_get_conversation_by_id"
EVENTS = "intercom_list_events"


def test_ids_and_page_numbers_as_dictation_writes_them() -> None:
    for said, conversation in (("open conversation one double oh one six eight", "100168"),
                               ("conversation 100 427 please", "100427")):  # fmt: skip
        assert failed_turns(said, [_turn(said, CONVERSATION, conversation_id=conversation)]) == []
    for said, page in (("companies page one, five per page", 1), ("show companies page to, ten per page", 2)):
        assert failed_turns(said, [_turn(said, COMPANIES, page=page)]) == []
    assert failed_turns("inter com", [_turn("um all the users in inter com", CONTACTS)]) == []
    turns = [_turn("in voice questions since october", SEARCH, query="invoice", created_after="2026-10-01")]
    assert failed_turns("in voice", turns) == []


def test_rows_said_as_a_range() -> None:
    turns = [_turn("first 4 contacts", CONTACTS, per_page=4), _turn("5-8", CONTACTS, per_page=4, page=2)]
    assert failed_turns("next rows", turns) == []
    turns = [
        _turn("first 4 contacts", CONTACTS, per_page=4),
        _turn("profiles of the 2nd through 4th", "intercom_get_contact_by_id", contact_id="@item[1].id"),
    ]
    assert failed_turns("rows in the page", turns) == []  # fmt: skip


def test_asking_whether_there_is_more_or_whether_it_is_open() -> None:
    turns = [
        _turn("open conversations, 2 of them", SEARCH, state="open", per_page=2),
        _turn("any others?", SEARCH, state="open", per_page=2, starting_after="@cursor"),
        _turn("anything else?", SEARCH, state="open", per_page=2, starting_after="@cursor"),
    ]
    assert failed_turns("others", turns) == []  # fmt: skip
    turns = [
        _turn("conversations with wen.evans.119@example.com since october 20", SEARCH,
              contact_email="wen.evans.119@example.com", created_after="2026-10-20"),
        _turn("is it still closed?", CONVERSATION, conversation_id="101029"),
    ]  # fmt: skip
    assert failed_turns("still", turns) == []
    turns = [
        _turn("was there a slack convo on saturday?", SEARCH, query="slack", created_after="2026-11-14",
              created_before="2026-11-15"),
        _turn("is that the only one since october?", SEARCH, query="slack", created_after="2026-10-01"),
    ]  # fmt: skip
    assert failed_turns("only one", turns) == []


def test_whether_someone_ever_did_something() -> None:
    turns = [
        _turn("events for usr_00042", EVENTS, user_id="usr_00042"),
        _turn("has he ever invited anyone?", EVENTS, user_id="usr_00042", summary=True),
    ]
    assert failed_turns("ever", turns) == []  # fmt: skip
    turns = [
        _turn("contact e60826d1b3d8e5367123bd46", "intercom_get_contact_by_id",
              contact_id="e60826d1b3d8e5367123bd46"),
        _turn("did she do anything since tuesday?", EVENTS, user_id="usr_00001"),
    ]  # fmt: skip
    assert failed_turns("anything", turns) == []


def test_whether_a_segment_has_anyone_and_whether_we_replied() -> None:
    turns = [_turn("do we have a segment for vips?", "intercom_list_segments"),
             _turn("is anybody in it?", "intercom_list_segments", include_count=True)]  # fmt: skip
    assert failed_turns("anybody", turns) == []
    turns = [
        _turn("refund convos this month", SEARCH, query="refund", created_after="2026-11-01"),
        _turn("did anyone ever reply on the second one?", CONVERSATION, conversation_id="@item[1].id"),
    ]
    assert failed_turns("reply", turns) == []  # fmt: skip


def test_whether_a_company_is_ours() -> None:
    for said in ("is there a company called Hooli?", "is hooli one of our customers?"):
        turns = [_turn(said, "intercom_company_contacts_events", company="hooli")]
        assert failed_turns(said, turns) == []
