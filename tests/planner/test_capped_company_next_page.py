"""A company's people, capped, then "next page": the company flow says where its cap cut (the cursor after the
last contact it read), and the planner pages on with intercom_list_attach_contacts_to_company from there (before:
"Next page of what?"). When the flow read every contact, "next page" says there is no more."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

ACME = "6572920bd943d4ae90a4162a"

DIALOGUES = {
    "first ten at acme, then the next ten": [
        _turn("first 10 people at acme corp", "intercom_company_contacts_events", company="Acme Corp", max_contacts=10),
        _turn("next page", "intercom_list_attach_contacts_to_company", company_id=ACME, per_page=10,
              starting_after="@cursor"),
        _turn("and the 3rd one there, events?", "intercom_list_events", user_id="@item[2].external_id"),
    ],
    "a record by id, its people capped, more": [
        _turn("get company 6572920bd943d4ae90a4162a", "intercom_get_company_by_id", company_id=ACME),
        _turn("5 of its people with their events", "intercom_company_contacts_events", max_contacts=5),
        _turn("show me more of them", "intercom_list_attach_contacts_to_company", company_id=ACME,
              starting_after="@cursor"),
    ],
    "every one of them read": [
        _turn("who works at birch labs", "intercom_company_contacts_events", company="Birch Labs"),
        _turn("next page", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_capped_company_next_page(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
