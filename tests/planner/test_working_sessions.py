"""Dev set 84, as its writer typed it (whole working sessions of a support lead, an account manager, a
finance person, an on-call engineer, a founder), played against the sandbox: "drop the open filter, all
states"; a discount or a refund asked for is a write ("could you also give them 20% off", "just refund
quinn, it's fine"); "sorry, billing, not invoice"; "same list but with 2 events each" after a company's
people; "read me the snoozed one from before" (of the list before the one on screen) and "who's that" of
it; a remark on the states before the ask ("all closed huh. go back to september, open ones only");
"who's most active there? top 3 w/ events" after a company's people listed without events.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'drop the open filter': [
        _turn('any open login convos this month?', 'intercom_search_conversations', state='open',
              created_after='2026-11-01', query='login'),
        _turn('hm only one. drop the open filter, all states', 'intercom_search_conversations',
              created_after='2026-11-01', query='login'),
        _turn('pull up the full thread for the milo tanaka one', 'intercom_get_conversation_by_id',
              conversation_id='101183'),
        _turn('who is he, which company is he with', 'intercom_get_contact_by_id',
              contact_id='20272570acce4df88811c615'),
        _turn('has he written in about anything else?', 'intercom_search_conversations',
              contact_email='milo.tanaka.305@example.com'),
        _turn('ok reopen 101183 and assign it to me', 'refuse'),
    ],
    'a discount asked for is a write': [
        _turn('Hi! I have a renewal call with Juniper Logistics tomorrow morning, '
              'could you pull up the company for me?', 'intercom_company_contacts_events', company='Juniper Logistics',
              events_per_contact=0),
        _turn('Great, thanks. Who are their users? Just names and emails is fine.',
              'intercom_company_contacts_events', company='Juniper Logistics', events_per_contact=0),
        _turn('Milo Garcia is my usual contact there. Has he been in touch with support?',
              'intercom_search_conversations', contact_email='milo.garcia.267@example.com'),
        _turn("What's the snoozed one about?", 'intercom_get_conversation_by_id', conversation_id='101225'),
        _turn('And what has Milo been doing in the product lately? Last 5 events is plenty.', 'intercom_list_events',
              user_id='usr_00268', per_page=5),
        _turn('Perfect. Could you also give them 20% off for the next year so I can mention it on the call?', 'refuse'),
    ],
    'a topic corrected, a snoozed one read, a refund asked for': [
        _turn('refund requets in the last 30 days pls', 'intercom_search_conversations', created_after='2026-10-19',
              query='refund'),
        _turn('only the open ones', 'intercom_search_conversations', created_after='2026-10-19', query='refund',
              state='open'),
        _turn("the oldest of those, who's the customer?", 'intercom_get_contact_by_id',
              contact_id='ee1186ad1ffff03105332952'),
        _turn('now invoice convos from october', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='invoice'),
        _turn('sorry, billing, not invoice', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='billing'),
        _turn('read me the first snoozed one', 'intercom_get_conversation_by_id', conversation_id='100420'),
        _turn("just refund quinn, it's fine, I'll sign off on it", 'refuse'),
    ],
    'same list but with 2 events each': [
        _turn('customer 360 for usr_00187', 'intercom_contact_overview', contact='usr_00187'),
        _turn('his open convos', 'intercom_search_conversations', contact_email='felix.ito.186@example.com',
              state='open'),
        _turn('the invoice one, full thread', 'intercom_get_conversation_by_id', conversation_id='101141'),
        _turn("who else is at his company, I want to know if it's just him or the whole team",
              'intercom_company_contacts_events', company='Indigo Systems', events_per_contact=0),
        _turn('same list but with 2 events each', 'intercom_company_contacts_events',
              company='Indigo Systems', events_per_contact=2),
    ],
    'the snoozed one from before, and who wrote it': [
        _turn('snoozed onboarding convos in october', 'intercom_search_conversations', state='snoozed',
              created_after='2026-10-01', created_before='2026-11-01', query='onboarding'),
        _turn('what about open ones', 'intercom_search_conversations', state='open', created_after='2026-10-01',
              created_before='2026-11-01', query='onboarding'),
        _turn('actually read me the snoozed one from before', 'intercom_get_conversation_by_id',
              conversation_id='100364'),
        _turn("who's that & what company", 'intercom_get_contact_by_id', contact_id='b0c517f9075b7ccbe6857dd1'),
        _turn('same for september, all states', 'intercom_search_conversations', query='onboarding',
              created_after='2026-09-01', created_before='2026-10-01'),
    ],
    'a remark on the states, then open ones only': [
        _turn('api convos last week', 'intercom_search_conversations', created_after='2026-11-11', query='api'),
        _turn('last 30 days then', 'intercom_search_conversations', query='api', created_after='2026-10-19'),
        _turn('all closed huh. go back to september, open ones only, top 2 transcripts',
              'intercom_find_conversations', text='api', created_after='2026-09-01', state='open', top=2),
        _turn('is ada evans a lead or a user', 'intercom_contact_overview', contact='ada.evans.136@example.com'),
        _turn('escalate her convo to the engineering team', 'refuse'),
    ],
    'who is most active there, top 3 with events': [
        _turn('pull up that company for me', 'ask'),
        _turn('the big one. acme', 'intercom_company_contacts_events', company='Acme Corp', events_per_contact=0),
        _turn("who's most active there? top 3 w/ events", 'intercom_company_contacts_events', company='Acme Corp',
              max_contacts=3),
        _turn("summary of the top guy's events, all time", 'intercom_list_events', user_id='usr_00002', summary=True),
        _turn('does he have any convos with us', 'intercom_search_conversations',
              contact_email='wen.khan.1@example.com'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_working_session(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
