"""A count said with one person's conversations is kept ("her 2 latest convos"; was dropped); right after
her overview it is the overview again with that many conversations, as "bump that to 15 events" was the overview
with that many events. Requests typed without their commas read as with them ("the 8th full overview", "i
need bigger page 100", "ok now the people 10 at a time"). Played against the sandbox; each turn checked as the
evaluation checks it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW, SEARCH = "intercom_contact_overview", "intercom_search_conversations"

DIALOGUES = {
    "after her overview": [
        _turn("quick profile of Chloe Jensen, 3 events max", OVERVIEW, contact="Chloe Jensen", events=3),
        _turn("bump that to 15 events", OVERVIEW, contact="Chloe Jensen", events=15),
        _turn("and her 2 latest convos", OVERVIEW, contact="Chloe Jensen", events=15, conversations=2),
    ],
    "one picked from a list": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("the first one's 3 latest convos", SEARCH, contact_email="@item[0].email", per_page=3),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_her_latest_few(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []


WITHOUT_COMMAS = {  # the same requests typed with their commas left out
    "an ordinal before what is asked of it": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("the 8th full overview", OVERVIEW, contact="@item[7].email"),
    ],
    "a bigger page": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("i need bigger page 100", "intercom_list_all_contacts", per_page=100),
    ],
    "a company's people, so many at a time": [
        _turn("acme corp record", "intercom_get_company_by_id", company_id="6572920bd943d4ae90a4162a"),
        _turn("ok now the people 10 at a time", "intercom_list_attach_contacts_to_company",
              company_id="6572920bd943d4ae90a4162a", per_page=10),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(WITHOUT_COMMAS.items()), ids=list(WITHOUT_COMMAS))
def test_without_commas(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
