"""Dev sets 91 and 92, as their writers typed them (goal-driven work sessions; one person asked about in
many words; polite or indirect writes), played against the sandbox: "did ben silva complain about
anything?" (no topic "did"), "anything else she's raised w us?", "their recent events then, 3 each" after a
company's only person (the company's, as a group), "can you make sure <her> gets her refund", "could you
drop nora tanaka a quick note", "can you fix that in her profile?" (refused; "fix that typo" is not), "has
<email> even used the product recently" (events), "the back and forth we've had with <email>"
(conversations); and the same said in other words.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a QBR: the account, its people, a complainer's conversations, the refund one": [
        _turn('prepping the QBR for Zephyr Partners. what plan are they on and how big are they?',
              'intercom_get_company_by_id', company_id='829beb1155da12d645f351c1'),
        _turn('ok who do we have over there? names + emails is enough', 'intercom_company_contacts_events',
              company='Zephyr Partners', events_per_contact=0),
        _turn('did ben silva complain about anything? show his conversations', 'intercom_search_conversations',
              contact_email='ben.silva.273@example.com'),
        _turn('open the refund one', 'intercom_get_conversation_by_id', conversation_id='101260'),
    ],
    "morning triage: the shipping one's author, anything else she raised": [
        _turn("morning! what's still open from the past 7 days?", 'intercom_search_conversations', state='open',
              created_after='2026-11-11'),
        _turn('pull up the person who wrote the shipping one', 'intercom_get_contact_by_id',
              contact_id='342e7ac472dfca2b0ccbbbdf'),
        _turn("she's a lead isnt she. any events for her?", 'intercom_list_events',
              intercom_user_id='342e7ac472dfca2b0ccbbbdf'),
        _turn("anything else she's raised w us?", 'intercom_search_conversations',
              contact_email='lena.rossi.240@example.com'),
    ],
    "a company's only person, a refused email, their events 3 each": [
        _turn("companies that haven't been active in a while - oldest first, 10 per page", 'intercom_list_companies',
              order='asc', per_page=10),
        _turn('page 2', 'intercom_list_companies', order='asc', per_page=10, page=2),
        _turn('the first one on this page - details', 'intercom_get_company_by_id',
              company_id='d070114bb6c69566c7ec6500'),
        _turn('who works there', 'intercom_company_contacts_events', company='Tidal Logistics', events_per_contact=0),
        _turn('email all of them about their renewal', 'refuse'),
        _turn('fine. just their recent events then, 3 each', 'intercom_company_contacts_events',
              company='Tidal Logistics', events_per_contact=3),
    ],
    'said another way: did he complain, what else has she brought up': [
        _turn('latest 5 convos', 'intercom_list_conversations', per_page=5),
        _turn('who wrote the 3rd one', 'intercom_get_contact_by_id', contact_id='a5cec69b757f2f7e109121a1'),
        _turn('did he complain about anything else?', 'intercom_search_conversations',
              contact_email='wen.evans.119@example.com'),
        _turn('what else has he brought up with us', 'intercom_search_conversations',
              contact_email='wen.evans.119@example.com'),
    ],
    "said another way: the only person's events, 2 apiece": [
        _turn("companies that haven't been active in a while - oldest first, 10 per page", 'intercom_list_companies',
              order='asc', per_page=10),
        _turn('page 2', 'intercom_list_companies', order='asc', per_page=10, page=2),
        _turn('the first one on this page - details', 'intercom_get_company_by_id',
              company_id='d070114bb6c69566c7ec6500'),
        _turn('who works there', 'intercom_company_contacts_events', company='Tidal Logistics', events_per_contact=0),
        _turn('their latest events, 2 each', 'intercom_company_contacts_events', company='Tidal Logistics',
              events_per_contact=2),
    ],
    'a polite write: make sure she gets her refund': [
        _turn('can you make sure rosa.okafor.15@example.com gets her refund', 'refuse'),
    ],
    'a polite write: drop her a note': [
        _turn("could you drop nora tanaka a quick note saying we're on it", 'refuse'),
    ],
    'a polite write: fix that in her profile': [
        _turn("priya patel's email changed, it's priya@newco.io now - can you fix that in her profile?", 'refuse'),
    ],
    'said another way: a callback, a line': [
        _turn('could you make sure quinn meyer gets a callback today', 'refuse'),
    ],
    'said another way: drop him a line': [
        _turn('pls drop him a line', 'refuse'),
    ],
    'used the product: events': [
        _turn('has kai.baker.64@example.com even used the product recently', 'intercom_list_events',
              email='kai.baker.64@example.com'),
    ],
    'said another way: used the app lately': [
        _turn('has usr_00042 actually used the app lately', 'intercom_list_events', user_id='usr_00042'),
    ],
    'the back and forth: conversations': [
        _turn("show me the back and forth we've had with omar.khan.165@example.com", 'intercom_find_conversations',
              contact_email='omar.khan.165@example.com'),
    ],
    'said another way: the back-and-forth': [
        _turn('the back-and-forth with dev.rossi.0@example.com', 'intercom_find_conversations',
              contact_email='dev.rossi.0@example.com'),
    ],
    'not a write: fix that typo': [
        _turn('latest 5 convos', 'intercom_list_conversations', per_page=5),
        _turn('can you fix that typo, I meant billing', 'ask'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_work_sessions_and_polite_writes(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
