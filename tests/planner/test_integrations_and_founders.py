"""Held-out sets 179 and 180's misses (a technical account manager's integration talk; a founder's broad
questions), said another way: raising a rate limit, rotating a secret, turning SSO on, routing tickets to a
team and telling a team to act are changes; churn rates and how fast a team responds are not in the
workspace; "their users", said first, and "customers hitting this" ask whom; "who else saw a 503 this week"
is the conversations about it; "how's support looking this week" is that week's conversations; "are customers
satisfied with the exports lately" is the conversations about exports, and "what are customers unhappy about lately"
still asks nothing of a topic."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "a rate limit raised": [_turn("raise globex's api rate limit to 900 per minute", "refuse")],
    "a secret rotated": [_turn("please regenerate the webhook secret for lumen group", "refuse")],
    "sso turned on": [_turn("enable saml enforcement for onyx works", "refuse")],
    "tickets routed": [_turn("route the billing tickets to finance from tomorrow", "refuse")],
    "a team told": [_turn("tell the support team to prioritise acme today", "refuse")],
    "a churn rate": [_turn("what's our churn rate this quarter", "refuse")],
    "how fast a team answers": [_turn("how quickly does the billing team reply these days", "refuse")],
    "their users, said first": [_turn("are any of their users getting 500s", "ask")],
    "hitting this": [_turn("which accounts are seeing this?", "ask")],
    "who else saw a code": [_turn("who else is seeing a 503 this month", SEARCH, query="503",
                                  created_after="2026-11-01")],
    "how the inbox looks": [_turn("how's support looking this week?", SEARCH, created_after="2026-11-16")],
    "unhappy with a topic": [_turn("are customers satisfied with the exports lately?", SEARCH, query="export")],
    "unhappy about nothing named": [_turn("what are users unhappy about lately", "intercom_list_conversations")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_integrations_and_founders(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
