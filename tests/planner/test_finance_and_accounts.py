"""Held-out sets 185 and 186's misses (billing and finance operations; an account manager juggling accounts),
said another way:

- "chargebacks" is searched as said (not as refunds); "which accounts asked for X" are conversations about X;
- "has <email> opened her invoices" is her events (the opened-invoice event);
- issuing a credit or a discount is a change; contract values and renewal dates are not held;
- "did they downgrade?", said first, asks who;
- "the bigger one" and "which of the two has more people", after two companies, are the one with more users,
  and "who's there" is its people; "who's at the first one", after two records, is the first one's people;
- "same for the second account", after a request that named two companies, is the same for the second;
- "same for her colleague <name>" is the same call for that person;
- "<name>, he's my main contact at <company>" tells namesakes apart (after a question mark too);
- "<id> last 5 events - the juniper guy": the company said only describes him, so nothing is asked;
- "list our teams, need to know who to loop in": the reason set aside;
- "<name> has a refund open?" keeps the subject; "the same person as last time?", said first, asks.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "chargebacks as said": [_turn("any chargebacks raised since october?", SEARCH, query="chargeback",
                                  created_after="2026-10-01")],
    "accounts that asked": [_turn("which accounts asked for refunds last month", SEARCH, query="refund",
                                  created_after="2026-10-01", created_before="2026-11-01")],
    "opened his invoices": [_turn("has dev.rossi.0@example.com opened his invoices lately?",
                                  "intercom_list_events", email="dev.rossi.0@example.com")],
    "a credit is a change": [_turn("give rosa diaz a $25 credit for the outage", "refuse")],
    "contract value": [_turn("what's the contract value for kestrel partners?", "refuse")],
    "renewal date": [_turn("when does globex renew", "refuse")],
    "they, said first": [_turn("did they downgrade or not", "ask")],
    "the bigger of two": [
        _turn("how many people does juniper analytics have", FLOW, company="Juniper Analytics"),
        _turn("and juniper systems?", FLOW, company="Juniper Systems"),
        _turn("ok who's at the bigger one", FLOW, company="Juniper Analytics"),
    ],
    "which of the two has more": [
        _turn("company record for kestrel partners", "intercom_get_company_by_id"),
        _turn("and xenon works", "intercom_get_company_by_id"),
        _turn("which one has more people? who's there", FLOW, company="Kestrel Partners"),
    ],
    "the first of two records": [
        _turn("what plan is birch partners on", "intercom_get_company_by_id"),
        _turn("and summit partners?", "intercom_get_company_by_id"),
        _turn("who's at the first one", FLOW, company="Birch Partners", events_per_contact=0),
    ],
    "the second account named": [
        _turn("meetings with lumen group and kestrel partners later. lumen group first - who's there", FLOW,
              company="Lumen Group"),
        _turn("same for the second account", FLOW, company="Kestrel Partners"),
    ],
    "her colleague by name": [
        _turn("indigo analytics - who's there", FLOW, company="Indigo Analytics"),
        _turn("uma hughes - anything open?", SEARCH, contact_email="uma.hughes.307@example.com", state="open"),
        _turn("what about her coworker hugo tanaka", SEARCH, contact_email="hugo.tanaka.154@example.com",
              state="open"),
    ],
    "namesakes told apart after a question": [
        _turn("anything recent from ben silva? he's our champion at zephyr partners", "intercom_contact_overview",
              contact="ben.silva.273@example.com"),
    ],
    "a company that only describes": [_turn("usr_00268 - last 3 events, the juniper one", "intercom_list_events",
                                            user_id="usr_00268", per_page=3)],
    "the reason set aside": [_turn("show our teams, need to figure out who to loop in on the globex issue",
                                   "intercom_list_all_teams")],
    "a topic before its state": [
        _turn("juniper analytics - people and 1 event each", FLOW, company="Juniper Analytics"),
        _turn("sam khan has a refund open right? show me", SEARCH, contact_email="sam.khan.188@example.com",
              query="refund", state="open"),
    ],
    "the same person as in another chat": [_turn("exports failing again - same customer as last time?", "ask")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_finance_and_accounts(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
