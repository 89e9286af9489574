"""Which of two companies with one name: a plan or industry said picks the one it fits before any size word
("the Enterprise one, the bigger account": the Enterprise one, though the other has more users); its
company_id as the answer keeps what the request asked ("cmp-0003": with 5 events each); played
against the sandbox, whose two Globex companies are on Growth (5 users) and Enterprise (3 users).

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of an open/ dialogue of an outside dev set, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

GROWTH, ENTERPRISE = "ff95231395c198395d5f9583", "c7c508959d8de5b1a86addb2"

DIALOGUES = {
    "the enterprise one, the bigger account": [
        _turn("who are our contacts at globex?", "intercom_company_contacts_events", company="Globex"),
        _turn("I mean the Enterprise one, the bigger account.", "intercom_company_contacts_events",
              company=ENTERPRISE),
    ],
    "the growth one, the smaller one": [
        _turn("globex people", "intercom_company_contacts_events", company="Globex"),
        _turn("the growth one, the smaller one i think", "intercom_company_contacts_events", company=GROWTH),
    ],
    "the bigger one alone": [
        _turn("globex people", "intercom_company_contacts_events", company="Globex"),
        _turn("the bigger one", "intercom_company_contacts_events", company=GROWTH),
    ],
    "a company_id as the answer keeps the request": [
        _turn("Globex contacts with their last 5 events each.", "intercom_company_contacts_events", company="Globex",
              events_per_contact=5),
        _turn("cmp-0003", "intercom_company_contacts_events", company="cmp-0003", events_per_contact=5),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_candidate_told(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
