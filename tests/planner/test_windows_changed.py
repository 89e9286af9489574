"""Time windows changed in a follow-up: "only the ones before july" after "since march" (between the two),
"and leave out anything after august" / "nothing after september" (before the next month, the start kept),
"and the two weeks before that" (a window of weeks said in words or digits, just before the last); and
"swap to quartz group, keep everything else" (the company flow's other details kept).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'only the ones before, after a since': [
        _turn('password reset convos since march', 'intercom_search_conversations', created_after='2026-03-01',
              query='password reset'),
        _turn('hmm, only the ones before july', 'intercom_search_conversations', query='password reset',
              created_after='2026-03-01', created_before='2026-07-01'),
    ],
    'leave out what comes after': [
        _turn('api convos in the last 30 days', 'intercom_search_conversations', created_after='2026-10-19',
              query='api'),
        _turn('go back further, since june', 'intercom_search_conversations', query='api', created_after='2026-06-01'),
        _turn('and leave out anything after august', 'intercom_search_conversations', query='api',
              created_after='2026-06-01', created_before='2026-09-01'),
    ],
    'nothing after a month': [
        _turn('refund convos since may', 'intercom_search_conversations', created_after='2026-05-01', query='refund'),
        _turn('nothing after september please', 'intercom_search_conversations', query='refund',
              created_after='2026-05-01', created_before='2026-10-01'),
    ],
    'two weeks before that': [
        _turn('closed convos from the past 2 weeks', 'intercom_search_conversations', state='closed',
              created_after='2026-11-04'),
        _turn('and the two weeks before that', 'intercom_search_conversations', state='closed',
              created_after='2026-10-21', created_before='2026-11-04'),
    ],
    'three weeks before that, in digits': [
        _turn('billing convos from the last 3 weeks', 'intercom_search_conversations', created_after='2026-10-28',
              query='billing'),
        _turn('the 3 weeks before that', 'intercom_search_conversations', query='billing', created_after='2026-10-07',
              created_before='2026-10-28'),
    ],
    'swap to another company, the rest kept': [
        _turn('give me 3 people at delta group with the latest event for each', 'intercom_company_contacts_events',
              company='Delta Group', max_contacts=3, events_per_contact=1),
        _turn('more people — 8', 'intercom_company_contacts_events', company='Delta Group', max_contacts=8,
              events_per_contact=1),
        _turn('swap to quartz group, keep everything else', 'intercom_company_contacts_events', max_contacts=8,
              events_per_contact=1, company='Quartz Group'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_windows_changed(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
