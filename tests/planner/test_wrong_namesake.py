"""A correction to one of two contacts who share a name, by the company of the one meant ("no i meant the
emma evans at xenon works", "oops wrong one - the tara meyer at fjord labs"): the other one, asked what the
last turn asked of the wrong one (her events, her conversations), or her overview when the last turn was
one. The namesakes the correction names are looked up with it, so this works when the wrong one was picked
from a list (her namesake never looked up before)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the namesake at the company said, after the listed one's overview": [
        _turn("snoozed convos", "intercom_search_conversations", state="snoozed"),
        _turn("only invoice ones", "intercom_search_conversations", state="snoozed", query="invoice"),
        _turn("emma evans on there - pull her up", "intercom_contact_overview", contact="emma.evans.310@example.com"),
        _turn("no i meant the emma evans at xenon works", "intercom_contact_overview", contact="usr_00213"),
        _turn("her last 5 events", "intercom_list_events", user_id="usr_00213", per_page=5),
    ],
    "the namesake's conversations, as asked of the wrong one": [
        _turn("convos for rosa.diaz.59@example.com", "intercom_search_conversations",
              contact_email="rosa.diaz.59@example.com"),
        _turn("no wait, the rosa diaz at indigo systems", "intercom_search_conversations",
              contact_email="rosa.diaz.278@example.com"),
    ],
    "the namesake's events, as asked of the wrong one": [
        _turn("who is tara meyer", "intercom_contact_overview", contact="tara meyer"),
        _turn("the one at birch labs", "intercom_contact_overview", contact="tara.meyer.172@example.com"),
        _turn("her last 3 events", "intercom_list_events", user_id="usr_00173", per_page=3),
        _turn("oops wrong one - the tara meyer at fjord labs", "intercom_list_events", user_id="usr_00240",
              per_page=3),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_namesake_set_right_by_company(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
