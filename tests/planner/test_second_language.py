"""Requests typed as people who write English as a second language, or very casually, type them: "more of
this please", "again next" and "next ones" are the next page; "the 4 one events", "the 3rd of this page
events", "of the third the events all", "events of first just 5" and "the 10th what about" pick from the
list (a position followed by "of this page" is not a day of a month); "kompanies" and "kontacts" are spelt
with a c; "give me text of 3 of them" and "show 2 of them with the text" are transcripts; "only contacts no
events", after a company's people with their events, is the list again without them (was the one with no
events); "detail of company" after a company's people is its record; "n convos?", after events asked by
external id, searches by the email her events carry (was her overview by external id).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

CONTACTS = _turn("list contacts 20", "intercom_list_all_contacts", per_page=20)
DIALOGUES = {
    'more of this': [
        _turn('companys list pls', 'intercom_list_companies'),
        _turn('more of this please', 'intercom_list_companies', page=2),
    ],
    'again next': [
        CONTACTS,
        _turn('next', 'intercom_list_all_contacts', starting_after='IjE1Mzc5NTYyZWEyNWVkYmU4MzY0MmYyMCI'),
        _turn('again next', 'intercom_list_all_contacts', starting_after='IjhiMGVmODYyMmViYjM3ZDMwZmY1ZjQxNSI'),
    ],
    'next ones': [
        _turn('show me 25 last convesation', 'intercom_list_conversations', per_page=25),
        _turn('next ones', 'intercom_list_conversations', starting_after='IjEwMDk1MiI'),
    ],
    'the 4 one': [
        _turn('5 contacts first page', 'intercom_list_all_contacts', per_page=5),
        _turn('the 4 one events', 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
    ],
    'the 3rd of this page': [
        CONTACTS, _turn('the 3rd of this page events', 'intercom_list_events', user_id='usr_00290'),
    ],
    'of the third the events': [
        CONTACTS, _turn('of the third the events all', 'intercom_list_events', user_id='usr_00290'),
    ],
    'events of first just 5': [
        CONTACTS, _turn('events of first just 5', 'intercom_list_events', user_id='usr_00269', per_page=5),
    ],
    'the 10th what about': [
        _turn('show me 25 last convesation', 'intercom_list_conversations', per_page=25),
        _turn('the 10th what about', 'intercom_get_conversation_by_id', conversation_id='100840'),
    ],
    'kompanies': [
        _turn('kompanies the oldest first 10 of them', 'intercom_list_companies', order='asc', per_page=10),
        _turn('page two', 'intercom_list_companies', order='asc', per_page=10, page=2),
    ],
    'text of some of them': [
        _turn('shipping problems last 30 days', 'intercom_search_conversations', query='shipping',
              created_after='2026-10-19'),
        _turn('give me text of 3 of them', 'intercom_find_conversations', text='shipping', created_after='2026-10-19',
              top=3),
    ],
    'with the text': [
        _turn('refunds of yesterday', 'intercom_search_conversations', query='refund', created_after='2026-11-17'),
        _turn('the last 30 days then', 'intercom_search_conversations', query='refund', created_after='2026-10-19'),
        _turn('show 2 of them with the text', 'intercom_find_conversations', text='refund',
              created_after='2026-10-19', top=2),
    ],
    'only contacts no events': [
        _turn('zephyr partners what contacts and what they do, max 4 people', 'intercom_company_contacts_events',
              company='Zephyr Partners', max_contacts=4),
        _turn('only contacts no events', 'intercom_company_contacts_events', company='Zephyr Partners',
              events_per_contact=0),
    ],
    'detail of company': [
        _turn('birch labs who works and what do', 'intercom_company_contacts_events', company='Birch Labs'),
        _turn('detail of company', 'intercom_get_company_by_id', company_id='57aa1aad1fc3825a99dc8ccc'),
    ],
    'n convos, after events by external id': [
        _turn('show me her events', 'ask'),
        _turn('usr_00266', 'intercom_list_events', user_id='usr_00266'),
        _turn('n convos?', 'intercom_search_conversations', contact_email='omar.tanaka.265@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
