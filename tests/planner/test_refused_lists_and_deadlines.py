"""Dev set 163's misses, said another way. "ok then just list them, 30", after "export all the contacts at
acme to a csv and email it to me" (refused): those people, 30 of them (before: "not sure what that refers
to"); "our success team wants to follow up with each of them before friday" is who asks and a deadline, not
the team list nor a window; "pull the transcripts of both", after transcripts were found: them again; "sept 1
up to nov 4" is from sept 1; "anything logged for the 4th one?" is her events."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a refused export, then the list": [
        _turn("download everyone at lumen group into a spreadsheet and send it to me", "refuse"),
        _turn("fine, just show me them, 5", "intercom_company_contacts_events", company="Lumen Group",
              max_contacts=5),
    ],
    "a team asking, by a deadline": [
        _turn("can you find billing conversations from the last week that are still open? our billing team needs "
              "to reply to all of them before thursday", "intercom_find_conversations", text="billing",
              state="open", created_after="2026-11-11", created_before=None),
    ],
    "transcripts of both": [
        _turn("find open onboarding convos from the last 60 days", "intercom_find_conversations", text="onboarding",
              state="open", created_after="2026-09-19"),
        _turn("ok pull the transcripts of both", "intercom_find_conversations", text="onboarding", state="open"),
    ],
    "up to": [
        _turn("refund convos since august", "intercom_search_conversations", query="refund",
              created_after="2026-08-01"),
        _turn("now just aug 1 up to oct 1", "intercom_search_conversations", query="refund",
              created_after="2026-08-01", created_before="2026-10-01"),
    ],
    "anything logged": [
        _turn("show me 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn("anything logged for the 3rd one?", "intercom_list_events"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_refused_lists_and_deadlines(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
