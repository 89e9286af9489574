"""Mixed-language follow-ups that pick from a list ("dame el overview del primero", "le profil du premier",
"die dritte davon aufmachen"): an article before an ordinal or a superlative is kept as "the" / "of the",
a German verb at the end goes first, a topic after "convos de" is the topic, and words of the language
are not taken for slips of English words ("en entier"). The English forms they become are answered too:
"the others at her company", "only 2 per contact" after their events, "the first with the last 5 msgs",
"the most recent, in full".
"""

from __future__ import annotations

import pytest

from graphs.planner.foreign import english
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("dame el overview del primero", "give me overview of the first"),
        ("le profil du premier", "profile of the first"),
        ("y el tercero?", "and the third ?"),
        ("die dritte davon aufmachen", "open the third of them"),
        ("die neueste aufmachen", "open the newest"),
        ("qui y travaille?", "who works there ?"),
        ("et les autres de sa company?", "and the others at their company ?"),
        ("convos de billing dos últimos 30 dias", "convos about billing of the last 30 days"),
        ("les convos de chloe.jensen.13@example.com", "convos chloe.jensen.13@example.com"),  # hers, not a topic
        ("show me la conversation", "show me the conversation"),
        ("la que tiene 5 users", "the one that has 5 users"),
    ],
)
def test_articles_and_word_order(said: str, meant: str) -> None:
    assert english(said) == meant


DIALOGUES = {
    'spanish: the overview of the first of a list': [
        _turn('ahora los contacts, solo 10', 'intercom_list_all_contacts', per_page=10),
        _turn('dame el overview del primero', 'intercom_contact_overview', contact='ada.ito.268@example.com'),
    ],
    'french: the colleagues of someone looked up': [
        _turn('qui est iris.diaz.88@example.com?', 'intercom_contact_overview', contact='iris.diaz.88@example.com'),
        _turn('et les autres de sa company?', 'intercom_company_contacts_events', company='Kestrel Partners'),
    ],
    'english: the others at her company': [
        _turn('who is iris.diaz.88@example.com?', 'intercom_contact_overview', contact='iris.diaz.88@example.com'),
        _turn('her 10 last events', 'intercom_list_events', user_id='usr_00089', per_page=10),
        _turn('and the others at her company?', 'intercom_company_contacts_events', company='Kestrel Partners'),
    ],
    'french: the most recent in full, a word of french not respelt': [
        _turn('les convos de chloe.jensen.13@example.com', 'intercom_search_conversations',
              contact_email='chloe.jensen.13@example.com'),
        _turn('la plus récente, en entier', 'intercom_get_conversation_by_id', conversation_id='100014'),
    ],
    'english: the most recent, in full': [
        _turn('convos from chloe.jensen.13@example.com', 'intercom_search_conversations',
              contact_email='chloe.jensen.13@example.com'),
        _turn('the most recent, in full', 'intercom_get_conversation_by_id', conversation_id='100014'),
    ],
    'german: a verb at the end': [
        _turn('die letzten 20 convos', 'intercom_list_conversations', per_page=20),
        _turn('mehr', 'intercom_list_conversations', per_page=20),
        _turn('die dritte davon aufmachen', 'intercom_get_conversation_by_id', conversation_id='101407'),
    ],
    'english: two per contact, after their events': [
        _turn('events for tidal works people', 'intercom_company_contacts_events', company='Tidal Works'),
        _turn('just 2 per person', 'intercom_company_contacts_events', company='Tidal Works', events_per_contact=2),
    ],
    'english: the first with its last messages': [
        _turn('password reset convos since august', 'intercom_search_conversations', query='password reset',
              created_after='2026-08-01'),
        _turn('only snoozed', 'intercom_search_conversations', state='snoozed'),
        _turn('open the first with the last 5 msgs', 'intercom_get_conversation_by_id', conversation_id='100476',
              max_parts=5),
    ],
    'portuguese: a topic after convos de': [
        _turn('convos de billing dos últimos 30 dias', 'intercom_search_conversations', query='billing',
              created_after='2026-10-19'),
    ],
    'spanish: an article alone asks which one': [
        _turn('show me la conversation', 'ask'),
    ],
    'spanish: closing is refused': [
        _turn('cierra la conversation 100133 pls', 'refuse'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
