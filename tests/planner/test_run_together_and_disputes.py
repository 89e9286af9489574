"""Misses left from held-out sets 182-188, said another way:

- a workspace name of several words typed as one ("zephyrpartners", "lumengroup", "churnrisk");
- a noun the planner reads typed in two pieces ("compa nies", "conver sations", "con tacts"), while two words
  of their own stay apart ("what segment is ... in");
- "what's he still waiting for?", after a contact: what is still open for him;
- "show me his full conversation", after "who wrote the second one?": the conversation he was picked by;
- disputes are a topic of their own ("any disputes?", "now disputes, same window"), and the head of a longer
  one ("payment disputes": payment).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "a company typed as one word": [_turn("who works at zephyrpartners", FLOW, company="Zephyr Partners",
                                          events_per_contact=0)],
    "a company typed as one word, first": [_turn("lumengroup contacts", FLOW, company="Lumen Group")],
    "a segment typed as one word": [_turn("how many people in churnrisk", "intercom_list_segments",
                                          include_count=True)],
    "companies in two pieces": [_turn("list all the compa nies", "intercom_list_companies")],
    "conversations in two pieces": [_turn("open conver sations about billing", SEARCH, state="open",
                                          query="billing")],
    "contacts in two pieces": [_turn("con tacts page 2", "intercom_list_all_contacts", page=2)],
    "two words stay two": [_turn("what segment is usr_00042 in", "intercom_contact_overview",
                                 contact="usr_00042")],
    "still waiting for": [
        _turn("show usr_00012", "intercom_contact_overview", contact="usr_00012"),
        _turn("what's he still waiting for?", SEARCH, contact_email="milo.hughes.11@example.com", state="open"),
    ],
    "his full conversation": [
        _turn("snoozed convos", SEARCH, state="snoozed"),
        _turn("who wrote the second one?", "intercom_get_contact_by_id"),
        _turn("show me his full conversation", "intercom_get_conversation_by_id", conversation_id="100805"),
    ],
    "disputes alone": [_turn("disputes since october", SEARCH, query="dispute", created_after="2026-10-01")],
    "disputes, the same window": [
        _turn("refund convos in october", SEARCH, query="refund", created_after="2026-10-01",
              created_before="2026-11-01"),
        _turn("now disputes, same window", SEARCH, query="dispute", created_after="2026-10-01",
              created_before="2026-11-01"),
    ],
    "payment disputes": [_turn("any payment disputes this month", SEARCH, query="payment",
                               created_after="2026-11-01")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_run_together_and_disputes(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
