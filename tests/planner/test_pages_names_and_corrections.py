"""Dev set 157's misses: "and the 4th one on the first page, the lead - anything there?", after the 4th of
page 2's events, is the same for the 4th of page 1; "get_contact_by_id for the 5th", after another call for
the first, is the 5th's record; "how many were about invoices", after a filtered list, keeps its filters;
"sorry meant usr_00042" repeats the last call for that id, and "only 5" then trims it (after an overview,
both its lists)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the same on the first page": [
        _turn("list contcats", "intercom_list_all_contacts"),
        _turn("next page", "intercom_list_all_contacts"),
        _turn("evnts for the 4th one on this page", "intercom_list_events", user_id="usr_00303"),
        _turn("and the 4th one on the first page, the lead - anything there?", "intercom_list_events",
              intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
    ],
    "a tool named for a listed one": [
        _turn("GET /contacts per_page=5", "intercom_list_all_contacts", per_page=5),
        _turn("list_events on the first one, summary=true", "intercom_list_events", user_id="usr_00269",
              summary=True),
        _turn("get_contact_by_id for the 5th", "intercom_get_contact_by_id", contact_id="aba470e702d698d681552b4a"),
    ],
    "how many were about a subject": [
        _turn("shwo me teh convresations from last mnth", "intercom_search_conversations",
              created_after="2026-10-01", created_before="2026-11-01"),
        _turn("just the closed ones", "intercom_search_conversations", state="closed"),
        _turn("how many were about invoices", "intercom_search_conversations", query="invoice", state="closed",
              created_after="2026-10-01", created_before="2026-11-01"),
    ],
    "a corrected id, then a count": [
        _turn("events for usr_00024", "intercom_list_events", user_id="usr_00024"),
        _turn("sorry meant usr_00042", "intercom_list_events", user_id="usr_00042"),
        _turn("only 5", "intercom_list_events", user_id="usr_00042", per_page=5),
    ],
    "a count after an overview": [
        _turn("tell me about usr_00042", "intercom_contact_overview", contact="usr_00042"),
        _turn("only 5", "intercom_contact_overview", contact="usr_00042", events=5, conversations=5),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_pages_tool_names_and_corrections(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
