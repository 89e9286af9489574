"""Dev set 155's misses, long investigations that lean on earlier turns: a surprised "he's got 3 open??"
before a write is not a question of its own (the write is refused); "go back to the first page, the hugo one"
picks him there; "is he the indigo systems felix or the kestrel one" is his record; "12 ppl?? just show 5"
is five; "who is that anyway, what company" is the person in focus; "no, the other one" after the first of two
was opened is the second; "the most recent one", to "which conversation?", is the latest; "has she been
active since" is her events; "his company details", with his conversation open, is his company's record."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a surprised remark, then a write": [
        _turn("all convos from milo.tanaka.305@example.com", "intercom_search_conversations",
              contact_email="milo.tanaka.305@example.com"),
        _turn("he's got 3 open?? close the oldest one", "refuse"),
    ],
    "back to the first page, by first name": [
        _turn("show me the 10 newest contacts", "intercom_list_all_contacts", per_page=10),
        _turn("next 10", "intercom_list_all_contacts", per_page=10),
        _turn("go back to the first page, the hugo one", "intercom_get_contact_by_id",
              contact_id="bb92c8e44b0b7fbc71d398a9"),
    ],
    "which of two namesakes he is": [
        _turn("open VAT convos", "intercom_search_conversations", state="open", query="vat"),
        _turn("the felix one", "intercom_get_conversation_by_id", conversation_id="101141"),
        _turn("is he the indigo systems felix or the kestrel one", "intercom_get_contact_by_id",
              contact_id="2b9cf1e9124f121e08091ff7"),
    ],
    "a surprised count, then the count wanted": [
        _turn("zephyr group people", "intercom_company_contacts_events", company="Zephyr Group"),
        _turn("12 ppl?? just show 5", "intercom_company_contacts_events", company="Zephyr Group", max_contacts=5),
    ],
    "who is that anyway": [
        _turn("did usr_00046 upgrade recently", "intercom_list_events", user_id="usr_00046"),
        _turn("who is that anyway, what company", "intercom_contact_overview", contact="uma.ito.45@example.com"),
    ],
    "the other of two, after the first was opened": [
        _turn("billing q's in october, open only", "intercom_search_conversations", query="billing", state="open"),
        _turn("open the first one", "intercom_get_conversation_by_id", conversation_id="100119"),
        _turn("no, the other one", "intercom_get_conversation_by_id", conversation_id="100196"),
    ],
    "the most recent one, to which conversation": [
        _turn("open the convo", "ask"),
        _turn("the most recent one", "intercom_list_conversations"),
        _turn("open it", "intercom_get_conversation_by_id", conversation_id="100133"),
    ],
    "active since her conversation": [
        _turn("open convo 101120", "intercom_get_conversation_by_id", conversation_id="101120"),
        _turn("has she been active since", "intercom_list_events", user_id="usr_00278"),
    ],
    "his company's record, with his conversation open": [
        _turn("omar tanaka at indigo systems is escalating, whats open for him", "intercom_search_conversations",
              contact_email="omar.tanaka.265@example.com", state="open"),
        _turn("the refund one", "intercom_get_conversation_by_id", conversation_id="101001"),
        _turn("his company details", "intercom_get_company_by_id", company_id="3aa80bf08b2db87632fe011c"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_an_investigation_that_leans_on_earlier_turns(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
