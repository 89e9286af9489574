"""Dev set 143's kind of chat (yes/no and "whether" checks), in other words than its writer's: "have we
answered them yet?" after a search that found one conversation is that conversation; "did he log in this
week?" is his events, not conversations about login; "same check for october" after a look at someone is the
search checked before, for october; "did she ever ask about refunds" is a search of hers; "priya hughes'
one" is the listed conversation she wrote (a name ending in s, its possessive without the s).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'answered yet, after a search that found one': [
        _turn('anyone ask about the slack integration this month?', 'intercom_search_conversations',
              query='slack integration', created_after='2026-11-01'),
        _turn('have we answered them yet?', 'intercom_get_conversation_by_id', conversation_id='100133'),
    ],
    'did he log in': [
        _turn('acme corp people', 'intercom_company_contacts_events', company='Acme Corp'),
        _turn('is the second person on there a user?', 'intercom_get_contact_by_id'),
        _turn('did he log in this week?', 'intercom_list_events', user_id='usr_00010'),
    ],
    'the same check, another month': [
        _turn('refund convos from september', 'intercom_search_conversations', query='refund',
              created_after='2026-09-01', created_before='2026-10-01'),
        _turn('is hugo khan on a paid plan', 'intercom_contact_overview', contact='hugo khan'),
        _turn('same check for october', 'intercom_search_conversations', query='refund', created_after='2026-10-01',
              created_before='2026-11-01'),
    ],
    'did she ever ask about': [
        _turn('chloe.jensen.13@example.com events', 'intercom_list_events', email='chloe.jensen.13@example.com'),
        _turn('did she ever ask about refunds', 'intercom_search_conversations',
              contact_email='chloe.jensen.13@example.com', query='refund'),
    ],
    "a name ending in s, its possessive": [
        _turn('open login convos', 'intercom_search_conversations', query='login', state='open'),
        _turn("was priya hughes' one answered?", 'intercom_get_conversation_by_id', conversation_id='101442'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
