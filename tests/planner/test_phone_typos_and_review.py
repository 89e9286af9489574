"""Held-out sets 187 and 188's misses (a team lead's quality review; fast typing on a phone), said another way:

- two letters swapped in a short word the planner reads ("fvie", "nnie", "lsat"), words run together
  ("lastweek", "whoworks"), homophones ("teem", "past too weeks", "who works their"), "summery" for summary,
  "cloes" for close (two letters swapped, not "closes");
- "the last ten" and "the top seven" are counts (not "the first twenty five", read as one number later);
- "the week before last": the seven days before the last seven;
- "how is the inbox split between teams", "..., what teams exist": the teams;
- "read me the whole thing", after a change to the first one was refused: the first one.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "a short word, two letters swapped": [_turn("lsat nnie events for usr_00042", "intercom_list_events",
                                                user_id="usr_00042", per_page=9)],
    "run together": [_turn("invoice convos from thisweek", SEARCH, query="invoice", created_after="2026-11-16")],
    "heard, not written": [_turn("shipping tickets over the past too weeks", SEARCH, query="shipping",
                                 created_after="2026-11-04")],
    "a team, heard": [_turn("wats in the vip teem", "intercom_list_all_teams")],
    "summery": [_turn("event summery for usr_00042", "intercom_list_events", user_id="usr_00042", summary=True)],
    "cloes": [_turn("cloes 100133 pls, done with it", "refuse")],
    "who works their": [
        _turn("company 57aa1aad1fc3825a99dc8ccc", "intercom_get_company_by_id",
              company_id="57aa1aad1fc3825a99dc8ccc"),
        _turn("whose working their", "intercom_company_contacts_events", company="Birch Labs"),
    ],
    "the last ten, in words": [
        _turn("kai chen events", "intercom_contact_overview", contact="kai chen"),
        _turn("only the last eight", "intercom_list_events", user_id="usr_00131", per_page=8),
    ],
    "twenty five stays one number": [_turn("the first twenty five contacts", "intercom_list_all_contacts",
                                           per_page=25)],
    "the week before last": [_turn("login convos from the week before last", SEARCH, query="login",
                                   created_after="2026-11-04", created_before="2026-11-11")],
    "the inbox split": [_turn("how is our queue split across teams", "intercom_list_all_teams")],
    "what teams exist": [_turn("how's the inbox organised, what teams exist?", "intercom_list_all_teams")],
    "the whole thing, after a refusal": [
        _turn("open invoice convos", SEARCH, query="invoice", state="open"),
        _turn("assign the first one to billing", "refuse"),
        _turn("fine, read me the whole thing then", "intercom_get_conversation_by_id"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_phone_typos_and_review(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
