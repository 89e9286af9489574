"""Held-out sets 215 and 216's misses (a team lead reviewing agents' work; a success manager's shorthand), said
another way:

- what the tools do not hold gets a line saying so: health scores, and which agent closed or answered the most;
- "show me how the agents answered them": the conversations read; "who was it from", with nothing before:
  which conversation;
- "ICP review - ...", "weekly queue review: ...": what the request is for, said before it (a company named
  in it stays: "Globex account review - who's there");
- "the champion's last 10 events", with no company named: Intercom does not say who that is.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "health score": [_turn("whats the account health score for lumen group", "refuse")],
    "agents' performance": [_turn("which agent answered the most convos this week", "refuse")],
    "how the agents answered": [_turn("billing convos this month - I want to see how our agents answered them",
                                      "intercom_find_conversations", text="billing", created_after="2026-11-01")],
    "who was it from": [_turn("who is this one from", "ask")],
    "a label before the ask": [_turn("QBR prep: 20 most recently active accounts", "intercom_list_companies",
                                     per_page=20, order="desc")],
    "a company in the label": [_turn("Lumen Group account review - who are our people there?",
                                     "intercom_company_contacts_events", company="Lumen Group")],
    "the champion": [_turn("pull the champion's latest events", "ask")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_team_lead_reviews_and_business_shorthand(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
