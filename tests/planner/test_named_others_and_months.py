"""Someone else named in full is not the person on screen ("compare with dev lopez's login convo", after hugo
chen's login ticket: dev's, not the login one listed); "his" after his company's people were listed (him
among them) is still the one discussed; a person placed "from that company" with her events asked is her
events, not her overview; "same for chloe, her password one" (the comma ends the name: password is the
subject); "all of his" after a search of his open ones drops the state; "the one after august" is
september, "after march" (with no day) is since april, "the month before june" is may; a topic said with a
date after another topic's search ("refunds since march 3rd") replaces it; "n" for "and" ("n the 3rd?");
"k what about the last guy at kestrel", after the fifth one's conversations, is his conversations; "the
other victor diaz at harbor partners - same" is the workspace's other victor diaz, for what was asked of the
first; "the 2nd rosa from that list" is the second of the namesakes offered; "anyone else at lumen partners?
show me the ppl + activity" is that company's people (was the workspace's contacts, or her events).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "another person's login convo": [
        _turn('hugo chen - who is he', 'intercom_contact_overview', contact='hugo chen'),
        _turn('his login ticket, show me the convo', 'intercom_get_conversation_by_id', conversation_id='100140'),
        _turn("compare with dev lopez's login convo", 'intercom_search_conversations',
              contact_email='dev.lopez.155@example.com', query='login'),
        _turn("dev's events", 'intercom_list_events', user_id='usr_00156'),
    ],
    'his, after his company people': [
        _turn('whos ben adams', 'intercom_contact_overview', contact='ben adams'),
        _turn('which globex is he with', 'intercom_get_contact_by_id', contact_id='6907e01f180d6201a578a7be'),
        _turn('who else is at that one?', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn("and his refund thing, where's that at", 'intercom_search_conversations',
              contact_email='ben.adams.324@example.com', query='refund'),
    ],
    'a person from that company, her events': [
        _turn('zephyr partners ppl + recent events', 'intercom_company_contacts_events', company='Zephyr Partners'),
        _turn("jonas's overview", 'intercom_contact_overview', contact='jonas.tanaka.248@example.com'),
        _turn('and uma from that company, her last 10 events', 'intercom_list_events', user_id='usr_00046',
              per_page=10),
    ],
    'same for another, her topic one': [
        _turn('customer 360 for zoe.novak.146@example.com', 'intercom_contact_overview',
              contact='zoe.novak.146@example.com'),
        _turn('now chloe jensen', 'intercom_contact_overview', contact='chloe jensen'),
        _turn("zoe's refund convo - what happened there", 'intercom_get_conversation_by_id',
              conversation_id='100154'),
        _turn('same for chloe, her password one', 'intercom_get_conversation_by_id', conversation_id='100385'),
    ],
    'all of his, after his open ones': [
        _turn("ok now milo garcia's open ones", 'intercom_search_conversations',
              contact_email='milo.garcia.267@example.com', state='open'),
        _turn('none? fine show all of his', 'intercom_search_conversations',
              contact_email='milo.garcia.267@example.com', state=None),
    ],
    'the month after, the month before a month': [
        _turn('shipping convos in august', 'intercom_search_conversations', query='shipping',
              created_after='2026-08-01', created_before='2026-09-01'),
        _turn('and the one after august', 'intercom_search_conversations', query='shipping',
              created_after='2026-09-01', created_before='2026-10-01'),
        _turn('the month before june', 'intercom_search_conversations', query='shipping',
              created_after='2026-05-01', created_before='2026-06-01'),
    ],
    'after a month, with no day': [
        _turn('refund convos after march', 'intercom_search_conversations', query='refund',
              created_after='2026-04-01', created_before=None),
        _turn('and after march 3rd', 'intercom_search_conversations', query='refund', created_after='2026-03-03'),
    ],
    'another topic with a date': [
        _turn('shipping convos in august', 'intercom_search_conversations', query='shipping'),
        _turn('refunds since march 3rd', 'intercom_search_conversations', query='refund',
              created_after='2026-03-03'),
    ],
    "'n' for and": [
        _turn('first 10 contacts', 'intercom_list_all_contacts', per_page=10),
        _turn("4th one's events", 'intercom_list_events', intercom_user_id='bb92c8e44b0b7fbc71d398a9'),
        _turn('n the 3rd?', 'intercom_list_events', user_id='usr_00290'),
    ],
    'what about the last guy at the company': [
        _turn('contacts at kestrel partners', 'intercom_company_contacts_events', company='Kestrel Partners',
              events_per_contact=0),
        _turn("the 5th one's convos", 'intercom_search_conversations', contact_email='emma.adams.162@example.com'),
        _turn('k what about the last guy at kestrel', 'intercom_search_conversations',
              contact_email='felix.evans.192@example.com'),
    ],
    'the other namesake, same': [
        _turn('birch labs ppl', 'intercom_company_contacts_events', company='Birch Labs', events_per_contact=0),
        _turn("victor diaz's convo", 'intercom_search_conversations', contact_email='victor.diaz.58@example.com'),
        _turn('open it', 'intercom_get_conversation_by_id', conversation_id='101295'),
        _turn('the other victor diaz at harbor partners - same', 'intercom_search_conversations',
              contact_email='victor.diaz.297@example.com'),
    ],
    'the nth of the namesakes offered': [
        _turn('rosa diaz', 'intercom_contact_overview', contact='rosa diaz'),
        _turn('the 3rd one pls', 'intercom_contact_overview', contact='rosa.diaz.59@example.com'),
        _turn('her convos since the start of oct', 'intercom_search_conversations',
              contact_email='rosa.diaz.59@example.com', created_after='2026-10-01'),
        _turn('and the 2nd rosa from that list, anythign from her?', 'intercom_search_conversations',
              contact_email='rosa.diaz.171@example.com'),
    ],
    'a company said, then the people asked for': [
        _turn("who's lena evans", 'intercom_contact_overview', contact='lena evans'),
        _turn('anyone else at lumen partners we should worry about? show me the ppl + activity',
              'intercom_company_contacts_events', company='Lumen Partners'),
    ],
    'a company said, then the people asked for, first thing': [
        _turn('lumen partners - show me the ppl + activity', 'intercom_company_contacts_events',
              company='Lumen Partners'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
