"""Held-out sets 176 and 177's misses (a CSM typing on a phone; an assistant relaying for a boss), said another
way: "the director wants to know ...", "she'd like to see ...", "he's asking for ...", "I've been told to
pull ..." are the request itself; a change relayed ("he'd like you to mark ...", "she'd like it snoozed", "my
boss wants the open shipping convos closed by friday", "would like you to reassign ...", "asked me to get you
to tag ...") is a change; "..., she wants to follow up on them" is why, not what; "last3", "pg2" and
"contactlist" are two words; "3rd person?", after the people of the first company listed, is the third of
them."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "wants to know": [_turn("the director wants to know which teams we have", "intercom_list_all_teams")],
    "she'd like to see": [_turn("she'd like to see the 12 most recently updated conversations",
                                "intercom_list_conversations", per_page=12)],
    "asking for": [_turn("he's asking for the transcripts of the 2 latest refund conversations",
                         "intercom_find_conversations", text="refund", top=2)],
    "been told to": [_turn("I've been told to pull the segments", "intercom_list_segments")],
    "like you to mark": [_turn("he'd like you to mark conversation 100119 as closed", "refuse")],
    "like it snoozed": [
        _turn("open shipping conversations", SEARCH, query="shipping", state="open"),
        _turn("the first one", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("she'd like it snoozed", "refuse"),
    ],
    "wants them closed": [_turn("my boss wants the open shipping convos closed by friday", "refuse")],
    "would like you to reassign": [
        _turn("my manager would like you to reassign conversation 100119, she says billing owns it", "refuse"),
    ],
    "get you to": [_turn("he asked me to get you to tag conversation 100119 as vip", "refuse")],
    "why it is wanted": [_turn("pull the snoozed conversations, she wants to follow up on them", SEARCH,
                               state="snoozed")],
    "the boss is she": [
        _turn("my manager wants to know how many billing conversations came in in october - she's preparing a retro",
              SEARCH, query="billing", created_after="2026-10-01", created_before="2026-11-01"),
    ],
    "a customer's wish is hers": [_turn("she wants us to lock her account", "refuse")],
    "glued counts": [_turn("last3 evts usr_00031", "intercom_list_events", user_id="usr_00031", per_page=3)],
    "glued list and page": [_turn("contactlist pg2", "intercom_list_all_contacts", page=2)],
    "nth person after a company's people": [
        _turn("companies newest first", "intercom_list_companies", order="desc"),
        _turn("people at the 1st one", "intercom_list_attach_contacts_to_company",
              company_id="b717f73c74b5af00e7cf621a"),
        _turn("3rd person?", "intercom_get_contact_by_id", contact_id="01daa5d0eb6362a63be56479"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_relayed_requests(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
