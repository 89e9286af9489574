"""Dev set 176's misses (pivots from one record to related records), said another way: "her company's people,
4 no events" keeps the 4; "his teammates, 3 max, no events" are his company's people, and "his colleagues'
events" theirs with events; "whoever wrote it, 3 latest events", after a company's people and one of its
conversations, are the writer's; "who's there?" - "which company?" - "the 2nd" answers the question asked;
"the other one", of three namesakes, asks which; "the requester's events" and "the author's company", after
a conversation, are its writer's."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
EVENTS = "intercom_list_events"

DIALOGUES = {
    "a count before no events": [
        _turn("contact overview for emma.khan.311@example.com", "intercom_contact_overview",
              contact="emma.khan.311@example.com"),
        _turn("her company's people, 4 no events", FLOW, company="Umber Partners", max_contacts=4,
              events_per_contact=0),
    ],
    "teammates, no events": [
        _turn("felix.rossi.26@example.com overview", "intercom_contact_overview", contact="felix.rossi.26@example.com"),
        _turn("his teammates, 3 max, no events", FLOW, company="Acme Corp", max_contacts=3, events_per_contact=0),
    ],
    "colleagues' events": [
        _turn("felix.rossi.26@example.com overview", "intercom_contact_overview", contact="felix.rossi.26@example.com"),
        _turn("his colleagues' events", FLOW, company="Acme Corp"),
    ],
    "whoever wrote it": [
        _turn("who works at pioneer logistics, no events", FLOW, company="Pioneer Logistics", events_per_contact=0),
        _turn("victor okafor - what did he write in about", "intercom_find_conversations",
              contact_email="victor.okafor.205@example.com"),
        _turn("open it", "intercom_get_conversation_by_id", conversation_id="100231"),
        _turn("whoever wrote it, 3 latest events", EVENTS, user_id="usr_00206", per_page=3),
    ],
    "the answer to which company": [
        _turn("companies, oldest first, 5", "intercom_list_companies", order="asc", per_page=5),
        _turn("who's there?", "ask"),
        _turn("the 2nd", "intercom_list_attach_contacts_to_company", company_id="@item[1].id"),
    ],
    "the other of three": [
        _turn("what has felix rossi sent us", "intercom_contact_overview", contact="felix rossi"),
        _turn("the 3rd", "intercom_contact_overview", contact="felix.rossi.26@example.com"),
        _turn("ok the other one", "ask"),
    ],
    "the requester": [
        _turn("100098 transcript", "intercom_get_conversation_by_id", conversation_id="100098"),
        _turn("the requester's events", EVENTS, user_id="usr_00065"),
        _turn("and the author's company", "intercom_get_contact_by_id", contact_id="b6046786fe31f19fca668211"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_pivots_from_one_record(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
