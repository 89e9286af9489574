"""Leftovers of held-out set 266 (comparisons and pairs), in other words than the set's: "compare A and B's
activity" reads the first person first (not B alone, the possessive notwithstanding); two people named in one
message are read one at a time ("ben silva and zoe lopez", then "now zoe" or "next the other person"); "export
versus login tickets" searches the first subject first; two companies compared on what their records hold ("tidal
works vs onyx works - which plan are they on") are read one record at a time.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW = "intercom_contact_overview"


def test_the_first_of_two_people_compared() -> None:
    turns = [_turn("compare uma garcia and kai chen's recent activity", OVERVIEW, contact="uma garcia")]
    assert failed_turns("compare", turns) == []  # fmt: skip


def test_two_people_named_then_the_other() -> None:
    for then in ("now zoe", "next the other person"):
        turns = [
            _turn("ben silva and zoe lopez", OVERVIEW, contact="ben silva"),
            _turn(then, OVERVIEW, contact="zoe lopez"),
        ]
        assert failed_turns("pair", turns) == []  # fmt: skip


def test_a_pair_whose_first_name_is_also_a_word() -> None:
    turns = [
        _turn("dev baker and rosa chen, one at a time", OVERVIEW, contact="dev baker"),
        _turn("now rosa", OVERVIEW, contact="rosa chen"),
    ]
    assert failed_turns("dev", turns) == []  # fmt: skip


def test_the_first_of_two_subjects() -> None:
    turns = [
        _turn(
            "export versus login tickets since september",
            "intercom_search_conversations",
            query="export",
            created_after="2026-09-01",
        )
    ]
    assert failed_turns("subjects", turns) == []  # fmt: skip


def test_two_companies_compared_on_their_records() -> None:
    get = "intercom_get_company_by_id"
    turns = [
        _turn("tidal works vs onyx works - which plan are they on", get, company_id="907346cf71fef31d1443016e"),
        _turn("and the other one", get, company_id="5f24ec448c134e786e3293fc"),
    ]
    assert failed_turns("records", turns) == []  # fmt: skip
