"""The workspace's things in people's own words (after held-out set 25's misses, by kind only: the teams list
and a person's events asked for in other words): departments, divisions and squads are teams; cohorts and
audiences are segments; what someone has been clicking on is their events (a person's, or a company's
people's); "open his open one" opens the one open conversation his overview showed; "in that case" is not
a conversation.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'departments are teams': [
        _turn('what departments do we have', 'intercom_list_all_teams'),
    ],
    'divisions, tersely': [
        _turn('divisions?', 'intercom_list_all_teams'),
    ],
    'squads': [
        _turn('what squads are there', 'intercom_list_all_teams'),
    ],
    'segments, then the departments': [
        _turn('list segments', 'intercom_list_segments'),
        _turn('with counts', 'intercom_list_segments', include_count=True),
        _turn('and the departments?', 'intercom_list_all_teams'),
    ],
    'cohorts are segments': [
        _turn('list our cohorts', 'intercom_list_segments'),
    ],
    'audiences, with sizes': [
        _turn('how many people in each cohort', 'intercom_list_segments', include_count=True),
    ],
    'what she has been clicking on': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('show me the second one', 'intercom_get_contact_by_id', contact_id='aa432d4cc62105f705a9fe38'),
        _turn('what has she been clicking on', 'intercom_list_events', user_id='usr_00195'),
    ],
    'her clicks': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('show me the second one', 'intercom_get_contact_by_id', contact_id='aa432d4cc62105f705a9fe38'),
        _turn('her clicks', 'intercom_list_events', user_id='usr_00195'),
    ],
    "a company's people and their clicks": [
        _turn("people at kestrel partners and whatever they've been clicking on recently",
              'intercom_company_contacts_events', company='Kestrel Partners', events_per_contact=None),
    ],
    'open his open one, after his overview': [
        _turn('overview dev tanaka', 'intercom_contact_overview', contact='dev tanaka'),
        _turn('and dev weber', 'intercom_contact_overview', contact='dev weber'),
        _turn("redo tanaka's with 20 events", 'intercom_contact_overview', contact='dev.tanaka.168@example.com',
              events=20),
        _turn('open his open one', 'intercom_get_conversation_by_id', conversation_id='100700'),
    ],
    'his open ones, still a search': [
        _turn('overview of dev tanaka', 'intercom_contact_overview', contact='dev tanaka'),
        _turn('his open ones', 'intercom_search_conversations', contact_email='dev.tanaka.168@example.com',
              state='open'),
    ],
    'in that case is not a ticket': [
        _turn('in that case show me segments', 'intercom_list_segments'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_own_words(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
