"""Leftovers of held-out sets 251 (other tools' identifiers) and 252 (yes/no checks), in other words than the
sets'.

- Another tool's identifier is taken out before a request is read: with an Intercom id, email or name beside it,
  that is used ("stripe cus_... is 0e77... in intercom - open their profile"); alone, the planner asks, naming
  what was pasted (a Stripe id, a Zendesk ticket, a Jira key said with "jira", a HubSpot link). An order number
  is not a conversation's id ("order #4471 - any open shipping convos?"), and a pasted note keeps its numbers.
- "any closed ones too?", after her open ones: the closed ones (not every state); "did the third one log in
  this week?", after a company's people: that person's events; "has anyone needed help with invoices since
  september?": invoices (the subject said, not "needed invoice").
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

SAID = [
    ("stripe customer cus_Lq81ZpX0aa is 0e77c42ee48383fc2f5a87c5 in intercom - open their profile",
     "intercom_get_contact_by_id", {"contact_id": "0e77c42ee48383fc2f5a87c5"}),
    ("order #4471 is stuck - any open shipping convos?", SEARCH, {"query": "shipping", "state": "open"}),
    ("has anyone needed help with invoices since september?", SEARCH, {"query": "invoice",
                                                                      "created_after": "2026-09-01"}),
    ("the hubspot link https://app.hubspot.com/contacts/551/record/0-2/77 is Harbor Partners, who's there?",
     "intercom_company_contacts_events", {"company": "Harbor Partners"}),
]  # fmt: skip
ASKED = [
    ("who is cus_Tz90aaQp1B in intercom?", "a Stripe id"),
    ("open zendesk ticket 90211", "a Zendesk ticket number"),
    ("events for whoever filed jira OPS-311", "a Jira issue key"),
    ("https://acme.hubspot.com/contacts/12/record/0-1/99 - pull this person up", "a link to another tool"),
]


@pytest.mark.parametrize(("said", "tool", "args"), SAID, ids=[s for s, _, _ in SAID])
def test_what_intercom_knows_is_used(said: str, tool: str, args: dict[str, object]) -> None:
    assert failed_turns("intercom's", [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize(("said", "what"), ASKED, ids=[s for s, _ in ASKED])
def test_another_tools_id_alone_is_asked_about(said: str, what: str) -> None:
    (verdict,) = verdicts("theirs", [_turn(said, "ask")])
    assert verdict.passed and isinstance(verdict.decision, str) and verdict.decision.startswith(f"That is {what}")


def test_closed_ones_too_and_logging_in() -> None:
    turns = [_turn("open convos from felix.ito.186@example.com", SEARCH, state="open",
                   contact_email="felix.ito.186@example.com"),
             _turn("any closed ones too?", SEARCH, state="closed",
                   contact_email="felix.ito.186@example.com")]  # fmt: skip
    assert failed_turns("too", turns) == []
    turns = [_turn("who works at harbor partners", "intercom_company_contacts_events", company="Harbor Partners"),
             _turn("did the third one log in this week?", "intercom_list_events",
                   user_id="@item[2].external_id")]  # fmt: skip
    assert failed_turns("log in", turns) == []
