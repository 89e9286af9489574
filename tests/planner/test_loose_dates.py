"""Dates as people abbreviate and round them: "the last 2 wks", "the last 48 hours" (two days: the API
counts days), "the last hour", "since a week ago", "from two weeks ago", "since early october" (from
october 1, with no end), "last 3 mos".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'weeks abbreviated': [
        _turn('billing tickets from the last 2 wks', 'intercom_search_conversations', created_after='2026-11-04',
              query='billing'),
    ],
    'hours, rounded up to days': [
        _turn('refund convos in the last 48 hours', 'intercom_search_conversations', created_after='2026-11-16',
              query='refund'),
    ],
    'the last hour': [
        _turn('login convos from the last hour', 'intercom_search_conversations', created_after='2026-11-18',
              query='login'),  # (at 08:53 on the 18th the last hour is all today's; before 01:00 it reaches the 17th)
    ],
    'a week ago': [
        _turn('password reset convos since a week ago', 'intercom_search_conversations', created_after='2026-11-11',
              query='password reset'),
    ],
    'two weeks ago': [
        _turn('export issues from two weeks ago', 'intercom_search_conversations', created_after='2026-11-04',
              query='export'),
    ],
    'early october, since': [
        _turn('login issues since early october', 'intercom_search_conversations', created_after='2026-10-01',
              created_before=None, query='login'),
    ],
    'months abbreviated': [
        _turn('integration convos, last 3 mos', 'intercom_search_conversations', created_after='2026-08-18',
              query='integration'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_loose_dates(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
