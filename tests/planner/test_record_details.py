"""What only a contact's record says (when they signed up, their plan or other custom attributes), asked of a
person named in full or shown on a list: the record, by id. The overview is still the answer to who someone
is, to when they were last seen (its first line), and to a question that only mentions signing up ("which
email she signed up with")."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a sign-up date of a person named in full": [
        _turn("signup date for omar patel?", "intercom_get_contact_by_id", contact_id="12fa4862c71fe57eaec6da98"),
    ],
    "the plan of a person on the list shown": [
        _turn("10 newest contacts", "intercom_list_all_contacts", per_page=10),
        _turn("what plan is hugo weber on", "intercom_get_contact_by_id", contact_id="bb92c8e44b0b7fbc71d398a9"),
    ],
    "when a person named in full joined": [
        _turn("victor hughes - when did he join", "intercom_get_contact_by_id",
              contact_id="c24fe0660af9dd3f329e840a"),
    ],
    "who someone is stays the overview": [
        _turn("who is victor hughes", "intercom_contact_overview", contact="victor hughes"),
    ],
    "last seen stays the overview": [
        _turn("when was victor hughes last seen", "intercom_contact_overview", contact="victor hughes"),
    ],
    "the email signed up with stays the overview": [
        _turn("customer doesnt remember which email she signed up with, her name's nora tanaka",
              "intercom_contact_overview", contact="nora tanaka"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_what_only_the_record_says(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
