"""Picking one of two people with a name by role ("the lead, not the user") or by the first part of her
email ("zoe khan, the zoe.khan.251 one", or her email said earlier in the chat), and a company's people asked for
as "who's on their side"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW = "intercom_contact_overview"
SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "two dev rossis: the lead, not the user": [
        _turn("customer overview for dev rossi", OVERVIEW, contact="dev rossi"),
        _turn("the lead, not the user", OVERVIEW, contact="dev.rossi.33@example.com"),
    ],
    "two dev rossis: no, the user": [
        _turn("overview of dev rossi pls", OVERVIEW, contact="dev rossi"),
        _turn("no, the user not the lead", OVERVIEW, contact="dev.rossi.0@example.com"),
    ],
    "asked which, then told by the first part of her email": [
        _turn("what's going on with her account", "ask"),
        _turn("sorry - zoe khan, the zoe.khan.251 one", OVERVIEW, contact="zoe.khan.251@example.com"),
    ],
    "a name and the first part of an email, with a request": [
        _turn("zoe khan (zoe.khan.251) - her open convos", SEARCH, contact_email="zoe.khan.251@example.com",
              state="open"),
    ],
    "a namesake's email said before, then 'that dev rossi guy'": [
        _turn("add dev.rossi.0@example.com to the VIP segment", "refuse"),
        _turn("ok whats that dev rossi guy been doing in the app then", OVERVIEW, contact="dev.rossi.0@example.com"),
    ],
    "a company's details, then who's on their side with events": [
        _turn("details on delta group - plan, spend etc", "intercom_get_company_by_id",
              company_id="63fba93f8337a6034f3a7343"),
        _turn("and who's on their side + 1 recent event each", FLOW, company="Delta Group", events_per_contact=1),
    ],
    "a company's details, then who they have there": [
        _turn("delta group company record", "intercom_get_company_by_id", company_id="63fba93f8337a6034f3a7343"),
        _turn("who do they have on their end", FLOW, company="Delta Group"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_roles_addresses_and_their_side(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
