"""A support agent relaying a customer: "she claims she's on the enterprise plan, email felix.rossi.26@...,
check her company" gives her address, not a write (before: refused); "tell the lead kai fischer we'll call
tmrw" and "..., tell her it's fixed" are writes; "she wants the refund for the double charge issued right
now" is a write. A date said not to be wanted is not the window: "the ones since march, not the old stuff
from last year" is since march (before: before this year)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "her address, not a write": [
        _turn("customer says she's on the growth plan, email kai.chen.130@example.com, can you check her company",
              "intercom_contact_overview", contact="kai.chen.130@example.com"),
    ],
    "an email alone is still a write": [
        _turn("email kai.chen.130@example.com", "refuse"),
    ],
    "tell them": [
        _turn("tell the customer grace silva it's been fixed", "refuse"),
        _turn("what did we tell her?", "ask"),
    ],
    "a refund wished done": [
        _turn("he wants his refund processed today, email ben.adams.324@example.com", "refuse"),
    ],
    "not last year": [
        _turn("search login convos since april, not the old ones from last year", "intercom_search_conversations",
              query="login", created_after="2026-04-01", created_before=None),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_relayed_and_negated(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
