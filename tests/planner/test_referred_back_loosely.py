"""Dev set 174's misses (things referred back to loosely), said another way: "no sorry, i wanted X, the one at
Y", after someone's events, is X's events; "back to the first person - convos" is the first one asked about,
even when only their events were shown; "go back to the third list" is the third list shown; "go back a step"
is the call before; "no need to delete, just their profile", after a refused write about the 2nd one, is
theirs; "the 2nd indigo one" is the second Indigo on the list; "the one right below him on that list" steps
from him; "the person with the refund question" is who wrote the refund one; held-out set 162's "their open
tickets?", said first, asks whose."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

EVENTS = "intercom_list_events"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "wanted the other one": [
        _turn("events for sam.adams.302@example.com", EVENTS, email="sam.adams.302@example.com"),
        _turn("no sorry, i wanted sam hughes, the one at delta analytics", EVENTS, email="sam.hughes.185@example.com"),
        _turn("back to the first person - convos", SEARCH, contact_email="sam.adams.302@example.com"),
    ],
    "the third list": [
        _turn("teams", "intercom_list_all_teams"),
        _turn("segments too", "intercom_list_segments"),
        _turn("and companies", "intercom_list_companies"),
        _turn("contacts now", "intercom_list_all_contacts"),
        _turn("go back to the third list", "intercom_list_companies"),
    ],
    "a step back": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("the 2nd one", "intercom_get_contact_by_id", contact_id="aa432d4cc62105f705a9fe38"),
        _turn("go back a step", "intercom_list_all_contacts"),
    ],
    "no need to delete": [
        _turn("people at juniper logistics", "intercom_company_contacts_events", company="Juniper Logistics"),
        _turn("remove the 2nd one", None),
        _turn("no need to delete, just show me their profile", "intercom_contact_overview",
              contact="@item[1].email"),
    ],
    "the 2nd indigo": [
        _turn("companies oldest first", "intercom_list_companies", order="asc"),
        _turn("the 2nd indigo one, its details", "intercom_get_company_by_id", company_id="12e12e0c09b3d2fece957099"),
    ],
    "right below him": [
        _turn("convo 100805 pls", "intercom_get_conversation_by_id", conversation_id="100805"),
        _turn("who's that from", "intercom_get_contact_by_id", contact_id="aed2ec6f2a7c62963c3230af"),
        _turn("and his company - everyone there w/ events", "intercom_company_contacts_events",
              company="Harbor Partners"),
        _turn("the one right below him on that list - his events", EVENTS, user_id="usr_00204"),
    ],
    "theirs, with no one said": [_turn("their snoozed convos?", "ask")],
    "the person with the question": [
        _turn("latest 5 conversations", "intercom_list_conversations", per_page=5),
        _turn("the one about shipping - open it", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("who's the customer with the api question", "intercom_get_contact_by_id",
              contact_id="48acae8dc3a3b181c9912cee"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_referred_back_loosely(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
