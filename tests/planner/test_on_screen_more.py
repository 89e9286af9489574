"""The person or company on screen, asked about in a few more ways (dev set 96's leftovers and held-out
sets 26 and 27's misses, by kind only): "has she ever done anything in the app" is her all-time counts;
"how many convos has he had total" is his conversations, not his event totals; "what's her open refund
about" keeps the topic; after a company's details, "and the people attached?" and "get me the members"
are its attached contacts, not everyone's; "any tags or company on file?" and "which globex is he with" (a
name two companies share) are his record, which shows his tags and companies.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'ever done anything in the app: all-time counts': [
        _turn("contacts at willow analytics and what they've been up to", 'intercom_company_contacts_events',
              company='Willow Analytics'),
        _turn('the 6th one has nothing at all?? open her up', 'intercom_get_contact_by_id',
              contact_id='88671f384e74a5af369ae288'),
        _turn('has she ever done anything in the app', 'intercom_list_events', user_id='usr_00203', summary=True),
    ],
    'her conversations in total, not her events': [
        _turn('quartz group contacts, no events needed', 'intercom_company_contacts_events', company='Quartz Group',
              events_per_contact=0),
        _turn('omar there - the 4th - open him up', 'intercom_get_contact_by_id',
              contact_id='9c73db2bd9fbc53312435753'),
        _turn('how many convos has he had total', 'intercom_search_conversations',
              contact_email='omar.khan.165@example.com'),
    ],
    'her event totals stay events': [
        _turn('overview of usr_00005', 'intercom_contact_overview', contact='usr_00005'),
        _turn('her event totals', 'intercom_list_events', user_id='usr_00005', summary=True),
    ],
    'her open refund: the topic word': [
        _turn("who's at xenon works", 'intercom_company_contacts_events', company='Xenon Works', events_per_contact=0),
        _turn('the 4th person - profile', 'intercom_contact_overview', contact='ada.khan.159@example.com'),
        _turn("what's her open refund about", 'intercom_search_conversations', contact_email='ada.khan.159@example.com',
              state='open', query='refund'),
    ],
    'the people attached to the company on screen': [
        _turn('get company 6572920bd943d4ae90a4162a', 'intercom_get_company_by_id',
              company_id='6572920bd943d4ae90a4162a'),
        _turn('and the people attached?', 'intercom_list_attach_contacts_to_company',
              company_id='6572920bd943d4ae90a4162a'),
    ],
    'the members of the company on screen': [
        _turn('get company 6572920bd943d4ae90a4162a', 'intercom_get_company_by_id',
              company_id='6572920bd943d4ae90a4162a'),
        _turn('get me the members', 'intercom_list_attach_contacts_to_company', company_id='6572920bd943d4ae90a4162a'),
    ],
    "who works there stays the company's people": [
        _turn('get company 6572920bd943d4ae90a4162a', 'intercom_get_company_by_id',
              company_id='6572920bd943d4ae90a4162a'),
        _turn('who works there', 'intercom_company_contacts_events', company='Acme Corp', events_per_contact=0),
    ],
    'which globex is he with': [
        _turn('whos ben adams', 'intercom_contact_overview', contact='ben adams'),
        _turn('which globex is he with', 'intercom_get_contact_by_id', contact_id='6907e01f180d6201a578a7be'),
    ],
    'tags or company on file': [
        _turn('get contact b15b4c4a4f3e88423239299f', 'intercom_get_contact_by_id',
              contact_id='b15b4c4a4f3e88423239299f'),
        _turn('did he ever contact support', 'intercom_search_conversations', contact_email='hugo.chen.53@example.com'),
        _turn('any tags or company on file?', 'intercom_get_contact_by_id', contact_id='b15b4c4a4f3e88423239299f'),
    ],
    'tags on file': [
        _turn('get contact b15b4c4a4f3e88423239299f', 'intercom_get_contact_by_id',
              contact_id='b15b4c4a4f3e88423239299f'),
        _turn('any tags on file?', 'intercom_get_contact_by_id', contact_id='b15b4c4a4f3e88423239299f'),
    ],
    'which company is she with, a company of one name: as before': [
        _turn('who is iris.weber.213@example.com', 'intercom_contact_overview', contact='iris.weber.213@example.com'),
        _turn('which company is she with', 'intercom_get_contact_by_id', contact_id='eb40473e929c46bb5129ebc9'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_on_screen_more(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
