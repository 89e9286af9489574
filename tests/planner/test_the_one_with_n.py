"""'and the one w 9?', after 'the one with only 2 users - who are they' from a list of companies: the company
with 9 users (the number alone, the noun said a turn before), asked the same question (its people); not
"not sure what that refers to" because the people shown since are not companies."""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


def test_the_one_with_a_bare_number_is_the_company_of_that_size_asked_the_same() -> None:
    turns = [
        _turn("list compnaies by last activity, 15 per page", "intercom_list_companies", order="desc", per_page=15),
        _turn("the one with only 2 users - who are they", "intercom_list_attach_contacts_to_company",
              company_id="0c653845f61b089f63d1f6a7"),
        _turn("and the one w 9?", "intercom_list_attach_contacts_to_company", company_id="63fba93f8337a6034f3a7343"),
    ]  # fmt: skip
    assert failed_turns("the one w 9", turns) == []
