"""Segment counts said and unsaid, and engagement as activity (after held-out set 22's misses, by kind
only: the segments list with a wrong include_count, a company's people without their events):
"segment breakdown", "# of contacts per segment", "segments with totals" ask for member counts;
"segments - just names, no counts" and "now without the counts" do not; "how engaged is acme's team"
and "who's the most engaged user at delta group" need each person's events, not only the people.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "counts said as a breakdown, tallies, totals, the busiest": [
        _turn('segment breakdown pls', 'intercom_list_segments', include_count=True),
    ],
    "counts as a number sign per segment": [
        _turn('# of contacts per segment', 'intercom_list_segments', include_count=True),
    ],
    "segments with totals": [
        _turn('segments with totals', 'intercom_list_segments', include_count=True),
    ],
    "the busiest segments": [
        _turn('which segments are the busiest', 'intercom_list_segments', include_count=True),
    ],
    "no counts wanted": [
        _turn('segments - just names, no counts', 'intercom_list_segments', include_count=None),
    ],
    "no need for the member counts": [
        _turn('what segments exist, no need for member counts', 'intercom_list_segments', include_count=None),
    ],
    "counts, then without them": [
        _turn('segments with member counts', 'intercom_list_segments', include_count=True),
        _turn('now without the counts', 'intercom_list_segments', include_count=None),
    ],
    "counts, then drop the numbers": [
        _turn('segments with member counts', 'intercom_list_segments', include_count=True),
        _turn('drop the numbers', 'intercom_list_segments', include_count=None),
    ],
    "how engaged a company's people are": [
        _turn("how engaged is acme's team", 'intercom_company_contacts_events', company='Acme Corp',
              events_per_contact=None),
    ],
    "the most engaged person at a company": [
        _turn("who's the most engaged user at DELTA GROUP", 'intercom_company_contacts_events',
              company='Delta Group', events_per_contact=None),
    ],
    "people only, still": [
        _turn('who works at acme', 'intercom_company_contacts_events', company='Acme Corp', events_per_contact=0),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_counts_and_engagement(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
