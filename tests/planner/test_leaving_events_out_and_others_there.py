"""Events left out of a company's people asked again ("no events, just names", "just the people, no events",
"without the events": the same people, no events, not the listed person who has none), while "the one with
no events" still picks that person; "others there?" after a company's record: its people; and a company's
details "not the ppl": its record, not its people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "fewer people, then no events, then the same for another company": [
        _turn("zephyr labs contacts and their events", FLOW, company="zephyr labs"),
        _turn("only 3 people", FLOW, company="zephyr labs", max_contacts=3),
        _turn("no events, just names", FLOW, company="zephyr labs", events_per_contact=0),
        _turn("same for Tidal Works", FLOW, company="tidal works", events_per_contact=0),
    ],
    "just the people, no events": [
        _turn("zephyr labs contacts and their events", FLOW, company="zephyr labs"),
        _turn("just the people, no events", FLOW, company="zephyr labs", events_per_contact=0),
    ],
    "without the events, five people": [
        _turn("who works at acme corp, with events", FLOW, company="acme corp"),
        _turn("without the events, 5 people", FLOW, company="acme corp", events_per_contact=0, max_contacts=5),
    ],
    "no events pls": [
        _turn("who works at acme corp, with events", FLOW, company="acme corp"),
        _turn("no events pls", FLOW, company="acme corp", events_per_contact=0),
    ],
    "the one with no events is still that person": [
        _turn("zephyr labs contacts and their events", FLOW, company="zephyr labs"),
        _turn("only 3 people", FLOW, max_contacts=3),
        _turn("the one with no events", "intercom_get_contact_by_id", contact_id="20272570acce4df88811c615"),
    ],
    "a conversation's customer, her company, others there, the last one's events": [
        _turn("convo 101029 pls", "intercom_get_conversation_by_id", conversation_id="101029"),
        _turn("who's the customer", "intercom_get_contact_by_id", contact_id="a5cec69b757f2f7e109121a1"),
        _turn("more on her company", "intercom_get_company_by_id", company_id="1ba5211dd82713cbec65b1f4"),
        _turn("others there?", FLOW, company="indigo analytics"),
        _turn("the last one's events", "intercom_list_events", user_id="@item[-1].external_id"),
    ],
    "a company's details, not its people": [
        _turn("compnay details for zephyr partners - plan and such, not the ppl", "intercom_get_company_by_id",
              company_id="829beb1155da12d645f351c1"),
    ],
    "a company's people, not its details": [
        _turn("zephyr partners people, not the details", FLOW, company="zephyr partners"),
    ],
    "any others there, after a company's record": [
        _turn("lumen group record", "intercom_get_company_by_id"),
        _turn("any others there", FLOW, company="lumen group"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_leaving_events_out_and_others_there(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
