"""Long requests carry asides that are not the request: "my manager wants ... she's doing a retro" (she is
the manager, not a contact: before, "which contact?"); "acme corp has like 30 people ... the first 8" and
"there are like 4 zephyrs ... first 10" (how many there are, not how many to show: before, 30 and 4; a
number said alone still picks, "the one that has 5 users"); "company 63fb...? i think it's delta
something" (the id says which Delta: before, "which one?"); "oh wait, today's wednesday right? i meant
today" (before, a search for "wait today's")."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the manager's retro": [
        _turn("my boss wants to know how many refund convos we had in october, he's putting together some slides "
              "for the board thing. can you pull those", "intercom_search_conversations", query="refund",
              created_after="2026-10-01", created_before="2026-11-01"),
        _turn("sorry, i meant september not october", "intercom_search_conversations", query="refund",
              created_after="2026-09-01", created_before="2026-10-01"),
    ],
    "a her still asks": [
        _turn("my manager asked for her events", "ask"),
    ],
    "how many there are, then how many to show": [
        _turn("lumen group has about 12 people i think, just show me 4 of them with 3 events each",
              "intercom_company_contacts_events", company="Lumen Group", max_contacts=4, events_per_contact=3),
        _turn("ok there are like 5 globex accounts or whatever, list the people at globex ltd, first 6",
              "intercom_company_contacts_events", max_contacts=6),
    ],
    "a number alone still picks": [
        _turn("who is on the globex account?", "intercom_company_contacts_events", company="Globex",
              events_per_contact=0),
        _turn("the one that has 5 users", "intercom_company_contacts_events", company="ff95231395c198395d5f9583"),
    ],
    "the id says which": [
        _turn("pull company 63fba93f8337a6034f3a7343 for me, it's delta something", "intercom_get_company_by_id",
              company_id="63fba93f8337a6034f3a7343"),
        _turn("who works there", "intercom_company_contacts_events", company="Delta Group", events_per_contact=0),
    ],
    "a day's aside": [
        _turn("login problems yesterday?", "intercom_search_conversations", query="login",
              created_after="2026-11-17", created_before="2026-11-18"),
        _turn("hold on, today's wednesday right? i meant today", "intercom_search_conversations", query="login",
              created_after="2026-11-18"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_asides_in_long_requests(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
