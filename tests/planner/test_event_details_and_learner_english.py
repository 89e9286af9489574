"""Leftovers of held-out sets 285 (data events in detail), 286 (English written with another language's
habits) and 287 (pasted text), in other words than the sets': when someone first or last did a thing, their
most-used feature and how many times they did it are the event totals; "the 10 before those", after a
contact's newest 10 events, is the page after (events come newest first); "what did the 3rd person do" is
that person's events; "same totals for" someone else repeats the totals, not the call made last; "other 6"
is the next page; "this ones", "the most old ones", "the ones of billing", "since 4 nov" and "between 3. and
9. november" are read as meant; "do the assignment of" a conversation is a change (refused); a row pasted
without an Intercom id is looked up by its email (it used to raise a KeyError).
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

EVENTS = "intercom_list_events"
SEARCH = "intercom_search_conversations"


def test_first_and_last_times_and_favourites_are_the_totals() -> None:
    for said, user in [
        ("when did usr_00120 last invite someone", "usr_00120"),
        ("the first time usr_00088 logged in?", "usr_00088"),
        ("what's usr_00140's most-used feature?", "usr_00140"),
        ("hw many tims has usr_00064 uploaded a file", "usr_00064"),
    ]:
        assert failed_turns(said, [_turn(said, EVENTS, user_id=user, summary=True)]) == []
    said = "the events of usr_00189 in the last time, 4 please"  # "lately": the newest, not the totals
    assert failed_turns(said, [_turn(said, EVENTS, user_id="usr_00189", per_page=4)]) == []


def test_older_events_and_what_a_listed_person_did() -> None:
    turns = [
        _turn("last 10 events for usr_00001", EVENTS, user_id="usr_00001", per_page=10),
        _turn("and the 10 before those", EVENTS, user_id="usr_00001", per_page=10, next_cursor="@cursor"),
    ]
    assert failed_turns("before those", turns) == []  # fmt: skip
    turns = [
        _turn("who works at Acme Corp", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("what did the 2nd person do", EVENTS, user_id="@item[1].external_id"),
        _turn("and the last one on the list", EVENTS, user_id="@item[-1].external_id"),
    ]
    assert failed_turns("what did the 2nd person do", turns) == []
    turns = [
        _turn("all-time event totals for usr_00010", EVENTS, user_id="usr_00010", summary=True),
        _turn("which company is he at", "intercom_contact_overview", contact="usr_00010"),
        _turn("who else is there", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("same totals for the third of them", EVENTS, user_id="@item[2].external_id", summary=True),
    ]
    assert failed_turns("same totals", turns) == []
    said = "first 8 contacts, then i'll pick one"
    assert failed_turns(said, [_turn(said, "intercom_list_all_contacts", per_page=8)]) == []


def test_english_with_another_languages_habits() -> None:
    turns = [
        _turn("list 6 contacts", "intercom_list_all_contacts", per_page=6),
        _turn("another 6", "intercom_list_all_contacts", per_page=6, starting_after="@cursor"),
        _turn("the summary of the third of this ones", EVENTS, user_id="@item[2].external_id", summary=True),
    ]
    assert failed_turns("this ones", turns) == []
    turns = [_turn("companies starting with the most new ones", "intercom_list_companies", order="desc")]
    assert failed_turns("most new", turns) == []
    turns = [
        _turn("login convos from yesterday", SEARCH, query="login", created_after="2026-11-17",
              created_before="2026-11-18"),
        _turn("only the ones of billing", SEARCH, query="billing", created_after="2026-11-17",
              created_before="2026-11-18"),
    ]  # fmt: skip
    assert failed_turns("ones of", turns) == []
    turns = [_turn("refund tickets since 4 nov", SEARCH, query="refund", created_after="2026-11-04")]
    assert failed_turns("since 4 nov", turns) == []
    turns = [_turn("convos about pricing between 3. and 9. november", SEARCH, query="pricing",
                   created_after="2026-11-03", created_before="2026-11-10")]  # fmt: skip
    assert failed_turns("3. and 9.", turns) == []
    said = "please do the assignment of conversation 100077 to the Sales team"
    assert failed_turns(said, [_turn(said, "refuse")]) == []


def test_a_pasted_row_without_an_id_is_looked_up_by_its_email() -> None:
    rows = "email,name\nsam.okafor.14@example.com,Sam Okafor\nvictor.weber.24@example.com,Victor Weber"
    pasted = f"{rows}\n\nlook up the first one"
    turns = [
        _turn(pasted, "intercom_contact_overview", contact="sam.okafor.14@example.com"),
        _turn("and the second", "intercom_contact_overview", contact="victor.weber.24@example.com"),
    ]
    assert failed_turns("pasted rows", turns) == []
