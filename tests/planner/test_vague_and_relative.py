"""Vague questions about a known support topic, relative spans said loosely, and a company's people without
their activity, played against the sandbox (reworded from what outside dev sets 76 and 79 asked)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

REQUESTS = [
    _turn("anything odd with invoices lately?", "intercom_search_conversations", query="invoice"),
    _turn("whats wrong with the api lately", "intercom_search_conversations", query="api"),
    _turn("export tickets in the last couple of days", "intercom_search_conversations", query="export",
          created_after="2026-11-16"),
    _turn("shipping convos from the last few days", "intercom_search_conversations", query="shipping",
          created_after="2026-11-15"),
    _turn("invoices since september, give me 3 transcripts", "intercom_find_conversations", text="invoice",
          created_after="2026-09-01", top=3),
    _turn("zephyr group, just the people no activity", "intercom_company_contacts_events", company="Zephyr Group",
          events_per_contact=0),
    _turn("how engaged are they these days? worried about the renewal", "ask"),
    _turn("all contacts on one page", "intercom_list_all_contacts", per_page=150),  # (dev set 79)
    _turn("list all the companies on a single page", "intercom_list_companies", per_page=60),
]  # fmt: skip

DIALOGUES = {
    "segments, then with headcounts": [
        _turn("what segments exist", "intercom_list_segments"),
        _turn("with headcounts", "intercom_list_segments", include_count=True),
    ],
    "switch to another company, same view": [  # (dev set 79)
        _turn("who's at acme corp, 5 people, 2 events each", "intercom_company_contacts_events", company="Acme Corp",
              max_contacts=5, events_per_contact=2),
        _turn("switch to birch labs, same view", "intercom_company_contacts_events", company="Birch Labs",
              max_contacts=5, events_per_contact=2),
    ],
    "segments, then add headcounts (not a write)": [
        _turn("what segments exist", "intercom_list_segments"),
        _turn("add headcounts pls", "intercom_list_segments", include_count=True),
    ],
}  # fmt: skip


@pytest.mark.parametrize("turn", REQUESTS, ids=[t["q"] for t in REQUESTS])
def test_a_vague_or_loosely_dated_request(turn: dict[str, Any]) -> None:
    assert failed_turns(turn["q"], [turn]) == []


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_segment_sizes_asked_as_headcounts(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
