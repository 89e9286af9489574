"""An account executive drilling into an account and an operations engineer pasting ids: "what did we say back" /
"what did we tell her" after one person's conversations were found opens the one found, or reads hers as
transcripts when several were (the team's replies are in them); "ok and dev adams there?" after one of a
company's people is the Dev Adams that company's list showed (two contacts share the name); "read his latest
one" after his overview is his latest conversation, not the latest person of the list before; "same but
shipping" after opening one conversation found is the search again with that topic; "same for the other id",
said first, asks what to repeat; "w/ events, 2 each" after a company's contacts is the company flow with two
events each. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 118, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
ITEM = "intercom_get_conversation_by_id"
FLOW = "intercom_company_contacts_events"
NORA = "nora.ito.203@example.com"

DIALOGUES = {
    "what we said back, one found": [
        _turn("who works at summit partners", FLOW, company="Summit Partners"),
        _turn("has tara okafor been in touch with us?", SEARCH, contact_email="tara.okafor.144@example.com"),
        _turn("what did we say back?", ITEM, conversation_id="100721"),
    ],
    "what we told her, several found": [
        _turn("who works at harbor partners", FLOW, company="Harbor Partners"),
        _turn("any convos from nora ito?", SEARCH, contact_email=NORA),
        _turn("what did we tell her?", FIND, contact_email=NORA),
    ],
    "the namesake at the account shown": [
        _turn("who's at pioneer logistics", FLOW, company="Pioneer Logistics"),
        _turn("what did victor okafor complain about", SEARCH, contact_email="victor.okafor.205@example.com"),
        _turn("ok and dev adams there?", SEARCH, contact_email="dev.adams.103@example.com"),
    ],
    "his latest one after his overview": [
        _turn("who works at zephyr partners", FLOW, company="Zephyr Partners"),
        _turn("overview of ben.silva.273@example.com", "intercom_contact_overview"),
        _turn("read his latest one", ITEM, conversation_id="101260"),
    ],
    "same search, another topic, after opening one": [
        _turn("refund convos since june", SEARCH, query="refund", created_after="2026-06-01"),
        _turn("open the first one", ITEM),
        _turn("same but shipping", SEARCH, query="shipping", created_after="2026-06-01"),
    ],
    "events after a company's contacts": [
        _turn("companies oldest first", "intercom_list_companies", order="asc"),
        _turn("contacts attached to the 1st one", "intercom_list_attach_contacts_to_company"),
        _turn("w/ events, 2 each", FLOW, company="Fjord Logistics", events_per_contact=2),
    ],
    "same for, said first": [
        _turn("same for the other id", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_accounts_and_ids(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
