"""Held-out set 178's misses (a new agent's hedged, apologetic requests) and dev set 178's kinds (requests
relayed by a role, said without "my"), said another way: "sorry, could you ..." is politeness, not a
correction; "N recent things each" are events; a window corrected as it is said ("last week? or maybe ... -
let's say the past two weeks") is the one said last; "oh wait, I meant only the snoozed ones in september"
keeps the state; "could you show me who she is?" after her address is her overview; "what about the willow
one on that list?", after who works at another, is the same for it; "ops lead wants ..." and "..., she's
prepping for the standup" are the request and a remark; "events on record" are events; "start with 25" is
25."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
ATTACHED = "intercom_list_attach_contacts_to_company"

DIALOGUES = {
    "sorry is polite": [
        _turn("list our companies, just 5 of them, most recently active first", "intercom_list_companies",
              order="desc", per_page=5),
        _turn("who works at the third one?", ATTACHED, company_id="c9e7a462bec94629cade0cb8"),
        _turn("and what about the willow one on that list?", ATTACHED, company_id="2e6123037c97544afb59d663"),
        _turn("sorry, could you show me the events of the second person there?", "intercom_list_events",
              user_id="usr_00047"),
    ],
    "things each": [_turn("for Lumen Group could you show me 4 of their people with 2 recent things each?",
                          "intercom_company_contacts_events", company="Lumen Group", max_contacts=4,
                          events_per_contact=2)],
    "a window said again": [_turn("refund convos from yesterday? or maybe earlier, let's just say the past week",
                                  SEARCH, query="refund", created_after="2026-11-11")],
    "oh wait, the state": [_turn("export conversations in september - oh wait, I meant only the snoozed ones in "
                                 "september", SEARCH, query="export", state="snoozed", created_after="2026-09-01",
                                 created_before="2026-10-01")],
    "who she is": [_turn("hi, sorry - someone wrote in from kai.chen.130@example.com, could you show me who he is?",
                         "intercom_contact_overview", contact="kai.chen.130@example.com")],
    "a role without my": [_turn("ops lead wants the open billing convos, she's prepping for the standup", SEARCH,
                                query="billing", state="open")],
    "events on record": [
        _turn("usr_00031 profile", "intercom_contact_overview", contact="usr_00031"),
        _turn("any events on record for him?", "intercom_list_events", user_id="usr_00031"),
    ],
    "start with": [_turn("a dump of our contacts please, start with 25", "intercom_list_all_contacts", per_page=25)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_hedged_requests(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
