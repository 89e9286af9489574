"""Widening and the words for what people did: "all of his convos, not just invoices" (his, any topic); "older
than september" (a date, not the next page); "include closed ones too" / "add the closed ones" (any state,
and not a write); "all of them on one page" (the largest page); "anything from <email>?" (her conversations);
"has usr_00001 upgraded recently?" (his events); "who's on their account" after a company's record."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
EVENTS = "intercom_list_events"

DIALOGUES = {
    "his invoices, then all of his, then the refund one": [
        _turn("invoice convos from felix.ito.186@example.com", SEARCH, contact_email="felix.ito.186@example.com",
              query="invoice"),
        _turn("all of his convos, not jsut invoices", SEARCH, contact_email="felix.ito.186@example.com",
              query=None),
        _turn("the refund one", "intercom_get_conversation_by_id", conversation_id="100749"),
    ],
    "open refunds, not only the refund ones": [
        _turn("open refund convos", SEARCH, state="open", query="refund"),
        _turn("not only the refund ones", SEARCH, state="open", query=None),
    ],
    "snoozed, older than september": [
        _turn("snoozed convos", SEARCH, state="snoozed"),
        _turn("older than september", SEARCH, state="snoozed", created_before="2026-09-01", starting_after=None),
    ],
    "snoozed, older ones is still the next page": [
        _turn("snoozed convos", SEARCH, state="snoozed"),
        _turn("older ones", SEARCH, state="snoozed", starting_after="@cursor"),
    ],
    "open invoices this month, include closed ones too, the 2nd": [
        _turn("open invoice convos this month", SEARCH, state="open", query="invoice", created_after="2026-11-01"),
        _turn("include closed ones too", SEARCH, query="invoice", created_after="2026-11-01", state=None),
        _turn("2nd one", "intercom_get_conversation_by_id", conversation_id="@item[1].id"),
    ],
    "open invoices, add the closed ones (not a write)": [
        _turn("open invoice convos this month", SEARCH, state="open"),
        _turn("add the closed ones", SEARCH, query="invoice", state=None),
    ],
    "same w/ closed is still closed only": [
        _turn("open refund convos", SEARCH, state="open"),
        _turn("same w/ closed", SEARCH, state="closed", query="refund"),
    ],
    "all of them on one page": [
        _turn("what companies do we have? all of them on one page", "intercom_list_companies", per_page=60),
    ],
    "all the teams in one page": [
        _turn("all the teams in one page", "intercom_list_all_teams"),
    ],
    "anything from an email, then the integration one": [
        _turn("anything from zoe.novak.146@example.com?", SEARCH, contact_email="zoe.novak.146@example.com"),
        _turn("the integration one", "intercom_get_conversation_by_id", conversation_id="101127"),
    ],
    "has he upgraded recently, all-time totals, same for another": [
        _turn("has dev rossi upgraded recently? usr_00001", EVENTS, user_id="usr_00001"),
        _turn("all-time totals", EVENTS, user_id="usr_00001", summary=True),
        _turn("same for usr_00014", EVENTS, user_id="usr_00014", summary=True),
    ],
    "has an email exported anything": [
        _turn("has dev.rossi.0@example.com exported anything recently", EVENTS, email="dev.rossi.0@example.com"),
    ],
    "exporting issues are still her conversations": [
        _turn("exporting issues for dev.rossi.0@example.com", SEARCH, contact_email="dev.rossi.0@example.com",
              query="export"),
    ],
    "a company by id, who's on their account, one of them": [
        _turn("show me company 4594eba3ce96f83b33a677bc", "intercom_get_company_by_id"),
        _turn("who's on their account", "intercom_company_contacts_events", company="tidal group"),
        _turn("chloe garcia there - any convos from her?", SEARCH, contact_email="chloe.garcia.173@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_widened_and_event_verbs(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
