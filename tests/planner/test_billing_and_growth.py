"""A billing specialist's corrections and a growth marketer's lists: "sorry I meant refunds" and "no sorry, the
closed one - the invoice one" change the topic (never a search for "sorry"); "refunds from <email> in the last
30 days" is her refund conversations in that window (not her overview); "the transcripts of 3 of them" reads
three of the list (not a search for "3"); "and the 10 least" after the most recently active companies is the
least recent; "read me the whole thing" after one conversation found opens it; "when did he upgrade" after a
360 is his events (upgrades are events); "what about zephyr labs" after one of zephyr group's people runs the
company flow as it was asked for the first. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 116, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"
ITEM = "intercom_get_conversation_by_id"
EVENTS = "intercom_list_events"
FLOW = "intercom_company_contacts_events"
COMPANIES = "intercom_list_companies"
KAI = "kai.garcia.253@example.com"

DIALOGUES = {
    "sorry, another topic": [
        _turn(f"invoice convos for {KAI} in october", SEARCH, contact_email=KAI, query="invoice",
              created_after="2026-10-01", created_before="2026-11-01"),
        _turn("sorry I meant billing", SEARCH, contact_email=KAI, query="billing", created_after="2026-10-01"),
    ],
    "no, the closed invoice one": [
        _turn("pull up omar.tanaka.265@example.com", "intercom_contact_overview"),
        _turn("any billing convos w/ him?", SEARCH, query="billing"),
        _turn("no sorry, the closed one - the invoice one", SEARCH, query="invoice", state="closed"),
    ],
    "a topic and a window for an email": [
        _turn("invoices from dev.rossi.0@example.com in the last 30 days", SEARCH,
              contact_email="dev.rossi.0@example.com", query="invoice", created_after="2026-10-19"),
    ],
    "transcripts of some of them": [
        _turn("refund convos in october", SEARCH, query="refund", created_after="2026-10-01"),
        _turn("transcripts of 2 of them", FIND, text="refund", top=2),
    ],
    "the least recent after the most": [
        _turn("the 5 most recently active companies", COMPANIES, per_page=5, order="desc"),
        _turn("and the 5 least", COMPANIES, per_page=5, order="asc"),
    ],
    "read me the whole thing, one found": [
        _turn("wen.evans.119@example.com - closed invoice convos", SEARCH, state="closed", query="invoice"),
        _turn("read me the whole thing", ITEM, conversation_id="101029"),
    ],
    "when did he upgrade": [
        _turn("customer 360 for usr_00101", "intercom_contact_overview", contact="usr_00101"),
        _turn("when did he upgrade", EVENTS, user_id="usr_00101"),
    ],
    "another company as the first was asked": [
        _turn("who works at zephyr group, 2 events each", FLOW, company="Zephyr Group", events_per_contact=2),
        _turn("event summary for the first one", EVENTS, summary=True),
        _turn("what about zephyr labs", FLOW, company="Zephyr Labs", events_per_contact=2),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_billing_and_growth(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
