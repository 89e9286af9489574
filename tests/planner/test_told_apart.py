"""People and conversations told apart by what the dialogue already showed, played against the sandbox
(reworded from what outside dev set 75 asked): a first name on a company's list gone back to, "how many of
those were refunds", a namesake picked by their place on a list as the answer to "which one?", "i meant ben
not quinn", the conversation of one of two people who share a first name and then "the other one".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "back to a company's list, one of them by first name": [
        _turn('customer 360 for hugo.tanaka.154@example.com', 'intercom_contact_overview',
              contact='hugo.tanaka.154@example.com'),
        _turn('who else is at his company', 'intercom_company_contacts_events', company='Indigo Analytics',
              events_per_contact=0),
        _turn('the zoe one - any convos with her?', 'intercom_search_conversations',
              contact_email='zoe.okafor.123@example.com'),
        _turn("go back to the indigo list, quinn's event counts", 'intercom_list_events', user_id='usr_00179',
              summary=True),
    ],
    'how many of those were a topic': [
        _turn('how many convos this month so far', 'intercom_search_conversations', created_after='2026-11-01'),
        _turn('and last month?', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01'),
        _turn('how many of those were refunds', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='refund'),
    ],
    'which namesake, answered by their place on a list: what was asked': [
        _turn('who at acme corp has been active lately, 2 events per person', 'intercom_company_contacts_events',
              company='Acme Corp', events_per_contact=2),
        _turn('priya garcia - full event breakdown', 'intercom_list_events', user_id='usr_00021', summary=True),
        _turn('and priya khan?', "ask"),
        _turn('the second priya khan on the acme list', 'intercom_list_events', user_id='usr_00020', summary=True),
    ],
    'a remark on an empty answer, then what about someone from a company': [
        _turn('who works at acme corp', 'intercom_company_contacts_events', company='Acme Corp',
              events_per_contact=0),
        _turn('any convos with priya garcia', 'intercom_search_conversations',
              contact_email='priya.garcia.20@example.com'),
        _turn('strange, nothing? what about priya ito from acme', 'intercom_search_conversations',
              contact_email='priya.ito.8@example.com'),
    ],
    'i meant one first name, not another': [
        _turn('show me the user usr_00042 please', 'intercom_contact_overview', contact='usr_00042'),
        _turn('and the other people working there?', 'intercom_company_contacts_events', company='Birch Health',
              events_per_contact=0),
        _turn('the person called quinn, which events he has', 'intercom_list_events', user_id='usr_00091'),
        _turn('sorry, i meant ben not quinn', 'intercom_list_events', user_id='usr_00117'),
    ],
    'whose conversation, asked and answered, then the other one': [
        _turn('integration convos last 30 days', 'intercom_search_conversations', created_after='2026-10-19',
              query='integration'),
        _turn('open the rosa one', "ask"),
        _turn('rosa hughes', 'intercom_get_conversation_by_id', conversation_id='101491'),
        _turn('no the other one', 'intercom_get_conversation_by_id', conversation_id='100084'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_told_apart_by_what_was_shown(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
