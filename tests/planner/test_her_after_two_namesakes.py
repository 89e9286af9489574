"""'her events' or 'what plan is her company on', just after a name matched two people: which of them is asked
(before, the company shown earlier in the chat was taken for hers); the answer by position then gets what was
asked, for that one."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

WHICH = "Which person do you mean? Emma Adams"

DIALOGUES = {
    "her events, after two emma adamses and a company before": [
        _turn("omar patel's company people", "intercom_company_contacts_events", company="Fjord Labs"),
        _turn("emma adams - who is she", "intercom_contact_overview", contact="emma adams"),
        _turn("her events", "ask"),
        _turn("the first one", "intercom_list_events", user_id="usr_00273"),
    ],
    "her company's plan, after two emma adamses": [
        _turn("acme people", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("emma adams", "intercom_contact_overview", contact="emma adams"),
        _turn("what plan is her company on", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_which_of_two_namesakes_her_means(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_the_question_names_both() -> None:
    got = verdicts("x", DIALOGUES["her company's plan, after two emma adamses"])[2].as_json()["got"]
    assert str(got.get("text", "")).startswith(WHICH) and "emma.adams.162@example.com" in str(got)
