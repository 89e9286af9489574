"""A pronoun whose sex the names tell apart: "how many events has she logged in total?", after priya's record
and then dev rossi's, is priya's (before: his), and "and him?" is the same for him. Nothing changes when the
names do not tell (one person discussed, or a name given to both). Also: "the lead, not the customer", among
two namesakes (the lead: before, "which contact?"), and then "now the customer one" (the other); "who sent
that", when a search found one conversation (its author); "remind me who this is", after a person's events
(her overview); "an onboarding walkthrough" is about onboarding."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "she, then him": [
        _turn("who is lena.rossi.240@example.com", "intercom_contact_overview", contact="lena.rossi.240@example.com"),
        _turn("and usr_00027", "intercom_contact_overview", contact="usr_00027"),
        _turn("what are her all-time event counts?", "intercom_list_events", email="lena.rossi.240@example.com",
              summary=True),
        _turn("and him?", "intercom_list_events", user_id="usr_00027", summary=True),
    ],
    "one person, any pronoun": [
        _turn("pull up usr_00001", "intercom_contact_overview", contact="usr_00001"),
        _turn("her events", "intercom_list_events", user_id="usr_00001"),
    ],
    "the lead, not the customer": [
        _turn("emma evans - anything on her?", "intercom_contact_overview", contact="emma evans"),
        _turn("the lead, not the customer", "intercom_contact_overview",
              contact="emma.evans.310@example.com"),
    ],
    "the customer one": [
        _turn("emma evans - anything on her?", "intercom_contact_overview", contact="emma evans"),
        _turn("the customer", "intercom_contact_overview", contact="emma.evans.212@example.com"),
    ],
    "then the other, by role": [
        _turn("emma evans - anything on her?", "intercom_contact_overview", contact="emma evans"),
        _turn("the lead, not the customer", "intercom_contact_overview", contact="emma.evans.310@example.com"),
        _turn("now the customer one", "intercom_contact_overview", contact="emma.evans.212@example.com"),
    ],
    "who sent the one found": [
        _turn("api convos from last week", "intercom_search_conversations", query="api",
              created_after="2026-11-11"),
        _turn("ok who sent that", "intercom_get_contact_by_id", contact_id="48acae8dc3a3b181c9912cee"),
    ],
    "remind me who": [
        _turn("event counts for usr_00302", "intercom_list_events", user_id="usr_00302", summary=True),
        _turn("remind me who that is again", "intercom_contact_overview", contact="kai.evans.301@example.com"),
    ],
    "a walkthrough": [
        _turn("anyone asking for an onboarding walkthrough this month?", "intercom_search_conversations",
              query="onboarding", created_after="2026-11-01"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_she_he_and_roles(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
