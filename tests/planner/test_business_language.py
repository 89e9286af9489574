"""Managers' business language (`graphs/planner/business.py`): "the lay of the land on our book of business",
"logos that have gone dark", "stakeholders" and "our champion" at an account, "touchpoints", "escalations"
and "open items" on a topic, "the temperature on refunds", "bring me up to speed on", "double-click on the
third one", "usage" and "engagement" for events, "the roster, no activity". The football question with
"champions" in it stays off the workspace.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'the book of business, then a page and a logo': [
        _turn('give me the lay of the land on our book of business', 'intercom_list_companies'),
        _turn('next page', 'intercom_list_companies', page=2),
    ],
    'logos gone dark': [
        _turn('who are we losing? the 10 logos that have gone dark the longest', 'intercom_list_companies',
              order='asc', per_page=10),
    ],
    'the temperature on a topic': [
        _turn('whats the temperature on refunds this month', 'intercom_search_conversations', query='refund',
              created_after='2026-11-01'),
    ],
    'touchpoints with a customer': [
        _turn('any touchpoints with chloe.jensen.13@example.com since march?', 'intercom_search_conversations',
              contact_email='chloe.jensen.13@example.com', created_after='2026-03-01'),
    ],
    'the backlog of open items': [
        _turn("let's drill into the backlog - open billing items, gimme 5 transcripts", 'intercom_find_conversations',
              text='billing', state='open', top=5),
    ],
    'escalations on a topic, and who owns them': [
        _turn('any escalations on the api since october?', 'intercom_search_conversations', query='api',
              created_after='2026-10-01'),
        _turn('and who owns escalations on our side - what teams have we got', 'intercom_list_all_teams'),
    ],
    'the champion and the roster of an account': [
        _turn("who's our champion at Acme Corp? show me engagement by person", 'intercom_company_contacts_events',
              company='Acme Corp'),
        _turn('give me the roster at Quartz Group, no activity', 'intercom_company_contacts_events',
              company='Quartz Group', events_per_contact=0),
    ],
    'up to speed on one of a list': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('bring me up to speed on the first one', 'intercom_contact_overview', contact='ada.ito.268@example.com'),
    ],
    'the champions league is not a champion': [
        _turn('who won the champions league last year?', 'refuse'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
