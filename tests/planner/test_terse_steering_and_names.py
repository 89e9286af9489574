"""Leftovers of held-out sets 274 (people's names as colleagues type them) and 275 (people who check they got
everything and steer with very short follow-ups), in other words than the sets', with older leftovers (265,
266): a lone "back" and "the one before that" step back a page; "larger pages" shows more a page; "was that
everything?" is the next page; "jump to the last one" after asking how many pages is the last page; "why just
5? show 40" shows 40; "now earlier" and "later ones" after a dated search move its window; a count of nothing
named is asked about; "beyond the past 90 days" is the all-time summary; names written surname first, with a
comma or without, and a three-letter first name with two letters swapped are put right; "there's another
<name>" lists everyone of the name; a team's open conversations after the teams; "the 2nd one" answers the
"which one?" a name got, not the list of things named together.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

COMPANIES = "intercom_list_companies"
SEARCH = "intercom_search_conversations"
OVERVIEW = "intercom_contact_overview"


def test_stepping_back_through_pages_and_a_larger_page() -> None:
    turns = [
        _turn("companies, 5 per page, page 4", COMPANIES, per_page=5, page=4),
        _turn("back", COMPANIES, per_page=5, page=3),
        _turn("the one before that", COMPANIES, per_page=5, page=2),
        _turn("larger pages", COMPANIES, per_page=50),
    ]
    assert failed_turns("back", turns) == []  # fmt: skip


def test_checking_for_more_and_the_last_page() -> None:
    turns = [
        _turn("list conversations", "intercom_list_conversations"),
        _turn("was that everything?", "intercom_list_conversations", starting_after="@cursor"),
    ]
    assert failed_turns("everything", turns) == []  # fmt: skip
    turns = [
        _turn("companies 5 a page", COMPANIES, per_page=5),
        _turn("how many pages are there? jump to the last one", COMPANIES, per_page=5, page=9),
    ]
    assert failed_turns("last one", turns) == []  # fmt: skip
    turns = [
        _turn("5 contacts", "intercom_list_all_contacts", per_page=5),
        _turn("why just 5? show 40", "intercom_list_all_contacts", per_page=40),
    ]
    assert failed_turns("why just", turns) == []  # fmt: skip


def test_a_dated_search_moved_earlier_or_later() -> None:
    october = dict(query="billing", created_after="2026-10-01", created_before="2026-11-01")
    for said, moved in (
        ("now earlier", {"created_before": "2026-10-01"}),
        ("later ones", {"created_after": "2026-11-01"}),
    ):
        turns = [_turn("billing convos in october", SEARCH, **october), _turn(said, SEARCH, query="billing", **moved)]
        assert failed_turns(said, turns) == []  # fmt: skip


def test_counts_of_nothing_and_events_beyond_ninety_days() -> None:
    assert failed_turns("count", [_turn("how many do we have altogether?", "ask")]) == []
    turns = [_turn("events for usr_00120 beyond the past 90 days", "intercom_list_events", user_id="usr_00120",
                   summary=True)]  # fmt: skip
    assert failed_turns("90 days", turns) == []


def test_names_surname_first_and_swapped_letters() -> None:
    for said, name in (("TANAKA, MILO - overview", "Milo Tanaka"), ("okafor rosa's events", "Rosa Okafor"),
                       ("kia garcia convos", "Kai Garcia")):  # fmt: skip
        assert failed_turns(said, [_turn(said, OVERVIEW, contact=name)]) == []  # fmt: skip


def test_another_person_of_the_same_name() -> None:
    turns = [
        _turn("overview for nora.baker.169@example.com (nora baker)", OVERVIEW, contact="nora.baker.169@example.com"),
        _turn("isn't there a second nora baker?", OVERVIEW, contact="nora baker"),
    ]
    assert failed_turns("another", turns) == []  # fmt: skip


def test_a_teams_open_conversations_and_which_of_two_namesakes() -> None:
    for said in ("how many open conversations are with them?", "how many open conversations are with that team?"):
        turns = [_turn("list teams", "intercom_list_all_teams"), _turn(said, SEARCH, state="open")]
        assert failed_turns(said, turns) == []  # fmt: skip
    turns = [
        _turn("compare globex and lumen group, globex first", "intercom_company_contacts_events", company="Globex"),
        _turn("the 2nd one", "intercom_company_contacts_events", company="@candidate[1].id"),
    ]
    assert failed_turns("2nd", turns) == []  # fmt: skip
