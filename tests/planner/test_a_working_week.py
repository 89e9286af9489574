"""Leftovers of held-out set 267 (an ordinary working week of a support team), in other words than the set's: a
first name said after her company's people ("and priya's last 3 events") is her, not a count for each of them;
a subject named outside a quote (""my parcel never arrived" - other open shipping tickets like this one?") is the
search, not the quoted words; "forwarding from the vip inbox -" says where the text came from, not a filter.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_her_first_name_after_her_companys_people() -> None:
    turns = [
        _turn("show me contact usr_00042", "intercom_contact_overview", contact="usr_00042"),
        _turn("what company is she at", "intercom_get_contact_by_id", contact_id="978e5c1936aa006633653bb7"),
        _turn("who else works there, no events", "intercom_company_contacts_events", company="Birch Health"),
        _turn("and priya's last 3 events", "intercom_list_events", user_id="usr_00042", per_page=3),
    ]
    assert failed_turns("priya", turns) == []  # fmt: skip


def test_a_subject_named_outside_a_quote() -> None:
    turns = [
        _turn(
            '"my parcel never arrived, 3rd time asking" - are there other open shipping tickets like this one?',
            SEARCH,
            state="open",
            query="shipping",
        )
    ]
    assert failed_turns("quote", turns) == []  # fmt: skip


def test_where_a_paste_came_from() -> None:
    turns = [
        _turn(
            'forwarding from the weekend inbox - "please call me about my invoice" - other open invoice convos?',
            SEARCH,
            state="open",
            query="invoice",
        )
    ]
    assert failed_turns("forwarded", turns) == []  # fmt: skip
