"""Leftovers of held-out set 268 (account managers getting ready for a customer call), in other words than the
set's: what the call is, said after the request ("... ? renewal w their ops lead tomorrow", ", need to brief the
exec before the call", ", one of my accounts is churning") is why it is asked, not what; "contacts to spot my
accounts" pages the contacts (why they are read says nothing of whose); two companies compared on which was
active more recently is their records; what discount to offer is advice no workspace data gives.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_the_call_said_after_the_request() -> None:
    turns = [_turn("any refund stuff in october? renewal w their ops lead tomorrow", SEARCH, query="refund",
                   created_after="2026-10-01", created_before="2026-11-01")]  # fmt: skip
    assert failed_turns("renewal", turns) == []  # fmt: skip
    turns = [_turn("open api convos, need to brief the exec before the call", SEARCH, state="open", query="api")]
    assert failed_turns("brief", turns) == []  # fmt: skip
    turns = [_turn("login complaints since nov 2, one of our clients is churning", SEARCH, query="login",
                   created_after="2026-11-02")]  # fmt: skip
    assert failed_turns("churning", turns) == []  # fmt: skip


def test_why_the_contacts_are_read() -> None:
    turns = [
        _turn("paging through contacts to spot my accounts, 30 a page", "intercom_list_all_contacts", per_page=30),
        _turn("next", "intercom_list_all_contacts", starting_after="@cursor"),
    ]
    assert failed_turns("spot", turns) == []  # fmt: skip
    turns = [_turn("going through companies to find my book of business, page 2", "intercom_list_companies", page=2)]
    assert failed_turns("book", turns) == []  # fmt: skip


def test_which_was_active_more_recently() -> None:
    turns = [_turn("onyx works vs kestrel partners - who was active more recently?", "intercom_list_companies")]
    assert failed_turns("recently", turns) == []  # fmt: skip


def test_what_discount_to_offer() -> None:
    turns = [
        _turn("which segments do we have", "intercom_list_segments"),
        _turn("how much of a discount should we offer those accounts at renewal", "refuse"),
    ]
    assert failed_turns("discount", turns) == []  # fmt: skip
