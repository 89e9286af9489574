"""A page size said as a setting ("page size 25", "page_size=25", "with a page size of 40", "batch size
10") is ``per_page``, with the request's other details kept."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'page size after a date': [
        _turn('onboarding conversations created before sept 5, page size 25', 'intercom_search_conversations',
              query='onboarding', created_before='2026-09-05', per_page=25),
    ],
    'page_size=': [
        _turn('companies page_size=25 oldest first', 'intercom_list_companies', per_page=25, order='asc'),
    ],
    'a page size of': [
        _turn('list contacts with a page size of 40', 'intercom_list_all_contacts', per_page=40),
    ],
    'a page size in words': [
        _turn('companies, page size of twenty', 'intercom_list_companies', per_page=20),
    ],
    'page size: with a colon': [
        _turn('conversations, page size: 30', 'intercom_list_conversations', per_page=30),
    ],
    'set the page size': [
        _turn('set page size to 15 and show me page 2 of companies', 'intercom_list_companies', per_page=15,
              page=2),
    ],
    'batch size': [
        _turn('all contacts, batch size 50', 'intercom_list_all_contacts', per_page=50),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
