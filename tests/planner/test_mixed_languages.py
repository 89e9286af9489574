"""English mixed with a few words of Spanish, German, French or Portuguese, as bilingual support teams write:
a short message with one telling word of the language ("und im september?", "y cerradas?", "só 3") is read
in it, as one with two is; common words of mixed messages ("ihre", "sus", "detalles", "quinto", "perfil")
are put in English; a tie between two languages is settled by the telling word ("só 2 por contact": pt).
"""

from __future__ import annotations

import pytest

from graphs.planner.foreign import english
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("und im september?", "and in september ?"),
        ("und ihre convos?", "and her convos ?"),
        ("y cerradas?", "and closed ?"),
        ("só 3", "only 3"),
        ("só 2 por contact", "only 2 per contact"),
        ("y sus contacts, sin events", "and their contacts , without events"),
        ("nur die offenen", "only open"),
        ("detalles del quinto", "details of the fifth"),
        ("tell me about el paso customers", "tell me about el paso customers"),  # a name, not Spanish
        ("show me the refunds and the invoices", "show me the refunds and the invoices"),
    ],
)
def test_a_few_words_of_another_language(said: str, meant: str) -> None:
    assert english(said) == meant


DIALOGUES = {
    'a german follow-up of one word': [
        _turn('zeig mir 3 refund convos vom letzten monat mit transcript', 'intercom_find_conversations',
              text='refund', created_after='2026-10-01', created_before='2026-11-01', top=3),
        _turn('und im september?', 'intercom_find_conversations', text='refund', created_after='2026-09-01',
              created_before='2026-10-01'),
        _turn('nur die offenen', 'intercom_find_conversations', text='refund', state='open'),
    ],
    'a spanish follow-up': [
        _turn('integration convos abiertas de los últimos 30 días', 'intercom_search_conversations',
              query='integration', state='open', created_after='2026-10-19'),
        _turn('y cerradas?', 'intercom_search_conversations', query='integration', state='closed',
              created_after='2026-10-19'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
