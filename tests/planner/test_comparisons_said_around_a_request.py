"""Leftovers of held-out set 289 (comparisons), in other words than the set's: one side of "X vs Y" is asked
first ("closed vs open billing convos, just the closed ones"; "login tickets aug vs sept - show me the
september ones"); a "how does ... compare?" question followed by what to show first is that; a remark that
the list will be compared with something later is no part of it; "already saw the first 15 contacts, list
the next 15" is page 2 of 15.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def _one(said: str, tool: str, **args: object) -> list[tuple[str, object]]:
    return list(failed_turns(said, [_turn(said, tool, **args)]))


def test_one_side_of_a_comparison_first() -> None:
    assert _one("closed vs open billing convos, just the closed ones", SEARCH, query="billing", state="closed") == []
    said = "login tickets aug vs sept - show me the september ones"
    assert _one(said, SEARCH, query="login", created_after="2026-09-01", created_before="2026-10-01") == []
    turns = [
        _turn("customer 360 for rosa.diaz.59@example.com", "intercom_contact_overview",
              contact="rosa.diaz.59@example.com"),
        _turn("and usr_00155", "intercom_contact_overview", contact="usr_00155"),
        _turn("how do her events stack up against his? her 5 latest events first", "intercom_list_events",
              email="rosa.diaz.59@example.com", per_page=5),
    ]  # fmt: skip
    assert failed_turns("stack up", turns) == []


def test_remarks_on_later_and_pages_already_seen() -> None:
    said = "25 companies please, we're comparing them with the trial segment later"
    assert _one(said, "intercom_list_companies", per_page=25) == []
    said = "already saw the first 15 contacts, list the next 15"
    assert _one(said, "intercom_list_all_contacts", page=2, per_page=15) == []
