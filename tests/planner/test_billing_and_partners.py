"""A billing specialist and a partnerships manager: "<her name> too" after another person's conversations on a
topic (the same search for her), "<a topic> q - transcript", "invoice disputes" searched as invoice, "is he
still at globex? and who else at that company" (its people, not only his record), "twenty should be plenty",
played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of outside dev set 109, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "another listed person too, after one's conversations on a topic": [
        _turn("xenon works ppl + recent evnts", "intercom_company_contacts_events", company="Xenon Works"),
        _turn("priya meyer invoice convos", "intercom_search_conversations",
              contact_email="priya.meyer.180@example.com", query="invoice"),
        _turn("emma evans as well", "intercom_search_conversations", contact_email="emma.evans.212@example.com",
              query="invoice"),
    ],
    "another listed person's conversations on a new topic, too": [
        _turn("contacts at juniper analytics", "intercom_company_contacts_events", company="Juniper Analytics"),
        _turn("rosa lopez refund thread", "intercom_search_conversations", contact_email="rosa.lopez.320@example.com"),
        _turn("iris evans billing one too", "intercom_search_conversations", contact_email="iris.evans.72@example.com",
              query="billing"),
    ],
    "a topic question as q, as transcripts": [
        _turn("delta analytics contacts, skip the events", "intercom_company_contacts_events",
              company="Delta Analytics", events_per_contact=0),
        _turn("grace novak refund q - transcript", "intercom_find_conversations",
              contact_email="grace.novak.142@example.com", text="refund"),
    ],
    "still at a company, and who else is there": [
        _turn("pull up kai chen's profile", "intercom_contact_overview"),
        _turn("is he still at globex? and who else is at that company?", "intercom_company_contacts_events",
              company="ff95231395c198395d5f9583"),  # his Globex, by id: two companies have the name
    ],
}  # fmt: skip

REQUESTS = [
    _turn("refund disputes from last month", "intercom_search_conversations", query="refund",
          created_after="2026-10-01", created_before="2026-11-01"),
    _turn("show me our companies, most recently active first - 15 should be enough", "intercom_list_companies",
          order="desc", per_page=15),
    _turn("random q - who won the game last night?", "refuse"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_billing_and_partners(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []


@pytest.mark.parametrize("turn", REQUESTS, ids=[str(t["q"]) for t in REQUESTS])
def test_said_once(turn: dict[str, object]) -> None:
    assert failed_turns(str(turn["q"]), [turn]) == []
