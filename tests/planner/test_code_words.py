"""Dev set 146's kind of chat (developers who talk in API and data terms), in other words than its writer's:
an item of the last list by its zero-based index ("item[1]", "item[-1]") or as "the first object"; the one in
focus by its key ("events for that user_id"); a query written as SQL ("select id, name, count(*) from
segments", "created_at in [2026-09-01, 2026-10-01)"); a REST path with a typo ("GET /segmnets") or a query
string the listed tool does not take ("GET /conversations?state=snoozed": the search); a company's own code
as company_id (the flow resolves it); "add state=open" (the last request narrowed); a new filter drops the old
list's cursor; "set it to state=closed" is a write.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

CALLS = {
    "select id, name, count(*) from segments": ("intercom_list_segments", {"include_count": True}),
    "GET /segmnets": ("intercom_list_segments", {}),
    "select email from contacts limit 3": ("intercom_list_all_contacts", {"per_page": 3}),
    "list contacts where company = 'acme corp' with their last 2 events per contact": (
        "intercom_company_contacts_events", {"company": "Acme Corp", "events_per_contact": 2}),
    "company record for company_id cmp-0002": ("intercom_company_contacts_events", {"company": "cmp-0002"}),
    "conversations where state=closed and created_at in [2026-09-01, 2026-10-01)": (
        "intercom_search_conversations",
        {"state": "closed", "created_after": "2026-09-01", "created_before": "2026-10-01"}),
    "search tickets where state=open limit 4": ("intercom_search_conversations", {"state": "open", "per_page": 4}),
    "GET /conversations?state=snoozed": ("intercom_search_conversations", {"state": "snoozed"}),
}  # fmt: skip
DIALOGUES = {
    "an item by index, then that user_id": [
        _turn("GET /contacts per_page=5", "intercom_list_all_contacts", per_page=5),
        _turn("item[1]", "intercom_get_contact_by_id", contact_id="@item[1].id"),
        _turn("events for that user_id, limit 3", "intercom_list_events", user_id="@contact.external_id", per_page=3),
    ],
    "a filter added, the last item, a write": [
        _turn("search convos where query='refund' per_page=5", "intercom_search_conversations", query="refund",
              per_page=5),
        _turn("add state=open", "intercom_search_conversations", query="refund", per_page=5, state="open"),
        _turn("item[-1]", "intercom_get_conversation_by_id", conversation_id="@item[-1].id"),
        _turn("set it to state=closed", "refuse"),
    ],
    "the company a record is attached to": [
        _turn("GET /contacts per_page=5", "intercom_list_all_contacts", per_page=5),
        _turn("item[0] raw", "intercom_get_contact_by_id", contact_id="@item[0].id"),
        _turn("which company is it attached to", "intercom_get_contact_by_id", contact_id="@contact.id"),
    ],
    "a day is not a subject": [
        _turn("find convos about export, top 2", "intercom_find_conversations", text="export", top=2),
        _turn("same but state=closed and created_at >= 2026-09-01", "intercom_find_conversations", text="export",
              top=2, state="closed", created_after="2026-09-01"),
    ],
    "a new filter, not the next page": [
        _turn("count of conversations where state=open", "intercom_search_conversations", state="open"),
        _turn("and state=snoozed", "intercom_search_conversations", state="snoozed"),
    ],
    "the first object": [
        _turn("search convos where state=snoozed limit 5", "intercom_search_conversations", state="snoozed",
              per_page=5),
        _turn("open the first object", "intercom_get_conversation_by_id", conversation_id="@item[0].id"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("said", sorted(CALLS))
def test_code_words(said: str) -> None:
    tool, args = CALLS[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_code_words_in_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_new_filter_drops_the_cursor() -> None:
    """The second turn's decision itself: no starting_after from the first list."""
    from tests.helpers.dialogues import verdicts

    played = verdicts("cursor", DIALOGUES["a new filter, not the next page"])
    assert "starting_after" not in played[1].decision[1]
