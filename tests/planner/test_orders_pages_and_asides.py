"""Dev set 161's misses, said another way: "a fix in august ... since august" (since: before, only august);
"flip it, oldest at the top" (an order: before, the company at the top) and then "60 per page" (the list
resized); "page 3 again but 25 per page", after one of its people's events (that page, resized: before,
her events 25 per page); "who is that, a lead?", after a contact's events (her overview: before, "which
contact?"); "show me the ones after that" (the next page). "the latest on the top one" still picks."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "since wins over an aside's month": [
        _turn("we rolled out the new invoice emails in october, how many invoice questions since october",
              "intercom_search_conversations", query="invoice", created_after="2026-10-01", created_before=None),
    ],
    "an order at the top, then a page size": [
        _turn("show companies", "intercom_list_companies"),
        _turn("newest on top pls", "intercom_list_companies", order="desc"),
        _turn("40 per page", "intercom_list_companies", order="desc", per_page=40),
    ],
    "the top one still picks": [
        _turn("login convos this month", "intercom_search_conversations", query="login", created_after="2026-11-01"),
        _turn("what's the latest on the top one", "intercom_get_conversation_by_id", conversation_id="@item[0].id"),
    ],
    "a page again, resized": [
        _turn("contacts page 2", "intercom_list_all_contacts", page=2),
        _turn("the first one's events", "intercom_list_events"),
        _turn("page 2 again, 10 per page", "intercom_list_all_contacts", page=2, per_page=10),
    ],
    "who is that, a lead": [
        _turn("any events for kai.fischer.295@example.com", "intercom_list_events",
              email="kai.fischer.295@example.com"),
        _turn("who's that, a customer?", "intercom_contact_overview", contact="kai.fischer.295@example.com"),
    ],
    "the ones after that": [
        _turn("latest 10 convos", "intercom_list_conversations", per_page=10),
        _turn("ok, the ones past that", "intercom_list_conversations", per_page=10, starting_after="@cursor"),
        _turn("show me what comes after", "intercom_list_conversations", per_page=10, starting_after="@cursor"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_orders_pages_and_asides(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
