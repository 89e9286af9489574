"""Words a new hire and a terse specialist use around people and groups: a topic said beside a person ("the
okafor one - billing?", "tara meyer, invoices?", "billing questions for <email>", an email given as the answer
to "which contact?" for "his refunds"); "chatted with us" is a conversation; "who takes care of invoice
questions" and "is there a team for that" ask for the teams; a group described ("on a free trial", "might
churn") is a segment; "everyone in our database" is the contacts; "finished" and "completed" chats are closed;
"whose is that" asks who wrote it; "the business he's with" is his company; "this refund?" and "the one about
payment" pick a conversation shown by what it is about. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 111, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

BIRCH = "who works at birch labs"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "a surname and a topic": [
        _turn(BIRCH, "intercom_company_contacts_events", company="Birch Labs"),
        _turn("the okafor one - billing?", SEARCH, contact_email="felix.okafor.233@example.com", query="billing"),
    ],
    "a full name and a topic": [
        _turn(BIRCH, "intercom_company_contacts_events", company="Birch Labs"),
        _turn("tara meyer, invoices?", SEARCH, contact_email="tara.meyer.172@example.com", query="invoice"),
    ],
    "the surname guy": [
        _turn(BIRCH, "intercom_company_contacts_events", company="Birch Labs"),
        _turn("the lopez guy, any login convo?", SEARCH, contact_email="dev.lopez.155@example.com", query="login"),
    ],
    "chatted with us": [
        _turn(BIRCH, "intercom_company_contacts_events", company="Birch Labs"),
        _turn("has the second person ever chatted with us?", SEARCH, contact_email="tara.diaz.277@example.com"),
    ],
    "an email as the answer keeps the topic": [
        _turn("can you check his refunds?", "ask"),
        _turn("felix.okafor.233@example.com", SEARCH, contact_email="felix.okafor.233@example.com", query="refund"),
    ],
    "a topic for an email": [
        _turn("billing questions for tara.meyer.172@example.com", SEARCH, contact_email="tara.meyer.172@example.com",
              query="billing"),
    ],
    "who takes care of it": [
        _turn("who takes care of invoice questions here?", "intercom_list_all_teams"),
    ],
    "is there a team for that": [
        _turn("whoever looks after refunds, is there a team for that?", "intercom_list_all_teams"),
    ],
    "a group described, counted": [
        _turn("how many customers are on a free trial at the moment?", "intercom_list_segments", include_count=True),
        _turn("and what about the ones who might churn?", "intercom_list_segments", include_count=True),
    ],
    "everyone in the database": [
        _turn("show me everyone in our database", "intercom_list_all_contacts"),
    ],
    "finished is closed": [
        _turn("finished login chats", SEARCH, state="closed", query="login"),
    ],
    "whose is that": [
        _turn("convo 101456", "intercom_get_conversation_by_id", conversation_id="101456"),
        _turn("whose is that", "intercom_get_contact_by_id", contact_id="238deeda136ed55639f3c5c7"),
    ],
    "the business he is with": [
        _turn("felix.okafor.233@example.com", "intercom_contact_overview", contact="felix.okafor.233@example.com"),
        _turn("what's the business he's with like?", "intercom_get_company_by_id",
              company_id="57aa1aad1fc3825a99dc8ccc"),
    ],
    "this refund": [
        _turn("overview of usr_00321", "intercom_contact_overview", contact="usr_00321"),
        _turn("this refund?", "intercom_get_conversation_by_id", conversation_id="101274"),
    ],
    "the one about payment": [
        _turn("nora.jensen.274@example.com convos", SEARCH, contact_email="nora.jensen.274@example.com"),
        _turn("the one about payment", "intercom_get_conversation_by_id", conversation_id="101456"),
    ],
    "the delivery one": [
        _turn("nora.jensen.274@example.com convos", SEARCH, contact_email="nora.jensen.274@example.com"),
        _turn("open the delivery one", "intercom_get_conversation_by_id", conversation_id="101505"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_words_around_people(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
