"""Leftovers of held-out sets 243 (a developer who asks in API words) and 244 (someone who changes their mind as
they type), in other words than the sets'.

- A correction after a bare "no," ("oldest first... hmm no, newest first", "5 each - no, 3 each", "at lumen
  partners... no, harbor partners"), of a company's id or a topic ("make that refund"), and "actually, just
  show me who works there" after a write: what was meant last. "let me find the right number" and "what was
  the id again": which one? "no, the other one - <email>": the same request for them.
- "never mind her events, just the record", "actually go back", "undo that, back to the first list", and "only 3
  events" after an overview (that overview, with three of their events).
- "topic refund" among other fields, "paginate" after a list, "company_id cmp-0009?" (the id, not the question
  mark) and "GET /companies/{id}" (which company? or the one in focus).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"
OVERVIEW = "intercom_contact_overview"

SAID = [
    ("list the companies oldest first.. hmm no, newest first", "intercom_list_companies", {"order": "desc"}),
    ("open convo 100322 no 100133 i mean", "intercom_get_conversation_by_id", {"conversation_id": "100133"}),
    (
        "company 57aa1aad1fc3825a99dc8ccc, actually no its 6572920bd943d4ae90a4162a",
        "intercom_get_company_by_id",
        {"company_id": "6572920bd943d4ae90a4162a"},
    ),
    ("people at zephyr group with events, 5 each - no, 3 each", FLOW, {"company": "Zephyr Group",
                                                                       "events_per_contact": 3}),
    ("who's at lumen partners... no, harbor partners", FLOW, {"company": "Harbor Partners"}),
    ("billing convos this month, make that refund", SEARCH, {"query": "refund", "created_after": "2026-11-01"}),
    ("message everyone at zephyr group... actually, just show me who works there", FLOW, {"company": "Zephyr Group"}),
    ("open conversation 100322 - no wait, let me find the right number", "ask", {}),
    ("contact... what was the id again", "ask", {}),
    ("recent events for usr_00042 - actually just the totals per event", "intercom_list_events",
     {"user_id": "usr_00042", "summary": True}),
    ("convos state=open, topic refund, created_at >= 2026-10-01", SEARCH, {"query": "refund", "state": "open",
                                                                          "created_after": "2026-10-01"}),
    ("who belongs to company_id cmp-0009?", FLOW, {"company": "cmp-0009"}),
    ("GET /companies/{id}", "ask", {}),
    # guards: a "no" that is not a correction
    ("billing convos, no transcripts", SEARCH, {"query": "billing"}),
    ("people at zephyr group, no events", FLOW, {"company": "Zephyr Group", "events_per_contact": 0}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "tool", "args"), SAID, ids=[s for s, _, _ in SAID])
def test_what_was_meant_last(said: str, tool: str, args: dict[str, object]) -> None:
    assert failed_turns("meant", [_turn(said, tool, **args)]) == []


def test_the_other_one_by_email() -> None:
    turns = [_turn("convos with kai.garcia.253@example.com", SEARCH, contact_email="kai.garcia.253@example.com"),
             _turn("no, the other one - dev.rossi.0@example.com", SEARCH,
                   contact_email="dev.rossi.0@example.com")]  # fmt: skip
    assert failed_turns("other", turns) == []


def test_never_mind_the_events() -> None:
    turns = [_turn("list contacts", "intercom_list_all_contacts"),
             _turn("events for the second one", "intercom_list_events", user_id="@item[1].external_id"),
             _turn("never mind her events, just the record", "intercom_get_contact_by_id",
                   contact_id="@item[1].id")]  # fmt: skip
    assert failed_turns("never mind", turns) == []


def test_going_back_a_step_and_to_the_first_list() -> None:
    turns = [_turn("list 5 companies", "intercom_list_companies", per_page=5),
             _turn("next page", "intercom_list_companies", per_page=5, page=2),
             _turn("actually go back", "intercom_list_companies", per_page=5)]  # fmt: skip
    assert failed_turns("back", turns) == []
    turns = [_turn("10 contacts", "intercom_list_all_contacts", per_page=10),
             _turn("more", "intercom_list_all_contacts", per_page=10, starting_after="@cursor"),
             _turn("undo that, back to the first list", "intercom_list_all_contacts", per_page=10),
             _turn("the third one's events", "intercom_list_events", user_id="@item[2].external_id")]  # fmt: skip
    assert failed_turns("first list", turns) == []
    assert failed_turns("nothing before", [_turn("go back", "ask")]) == []


def test_fewer_events_in_the_overview() -> None:
    turns = [_turn("360 for usr_00042", OVERVIEW, contact="usr_00042"),
             _turn("only 3 events", OVERVIEW, contact="usr_00042", events=3),
             _turn("same for usr_00024", OVERVIEW, contact="usr_00024", events=3),
             _turn("her last 5 events", "intercom_list_events", user_id="usr_00024", per_page=5)]  # fmt: skip
    assert failed_turns("fewer", turns) == []


def test_paging_in_api_words() -> None:
    turns = [_turn("list contacts", "intercom_list_all_contacts"),
             _turn("paginate", "intercom_list_all_contacts", starting_after="@cursor"),
             _turn("follow the next cursor", "intercom_list_all_contacts", starting_after="@cursor")]  # fmt: skip
    assert failed_turns("paginate", turns) == []


def test_a_path_for_the_company_in_focus() -> None:
    turns = [_turn("harbor partners people", FLOW, company="Harbor Partners"),
             _turn("GET /companies/{id} for it", "intercom_get_company_by_id", company_id="@company.id")]  # fmt: skip
    assert failed_turns("path", turns) == []


def test_another_subject_said_after_a_search() -> None:
    turns = [_turn("shipping convos", SEARCH, query="shipping"),
             _turn("refund instead", SEARCH, query="refund"),
             _turn("actually make that login", SEARCH, query="login"),
             _turn("make it 10", SEARCH, query="login", per_page=10)]  # fmt: skip
    assert failed_turns("subject", turns) == []
