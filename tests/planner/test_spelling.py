"""Typing slips (two letters swapped, one dropped, one typed twice) in any word the planner reads, fixed
before anything reads the request: months ("since ocotber"), topics ("the shippnig one"), verbs ("has he
ever talekd to us", "deltee him"), number words ("twnety contacts"), and the rest ("all-time counts
intsead"). Words of their own, names, ids, emails and quoted text stay as typed.

Found by a whole-corpus check that swapped two neighbouring letters inside one correctly spelt word of
every request and every dialogue turn: 78 of 3,589 requests and 225 of 1,837 dialogues changed their
answer before this module, 8 and 2 after it.
"""

from __future__ import annotations

import pytest

from graphs.planner import lexicon_build
from graphs.planner.lexicon import LEXICON, REAL_WORDS
from graphs.planner.spelling import respelled
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'a misspelt month, as a follow-up': [
        _turn('refund convos last 30 days', 'intercom_search_conversations', query='refund',
              created_after='2026-10-19'),
        _turn('just the ones since ocotber', 'intercom_search_conversations', query='refund',
              created_after='2026-10-01'),
    ],
    'a misspelt topic picks a listed conversation': [
        _turn('open convos from the last 7 days', 'intercom_search_conversations', state='open',
              created_after='2026-11-11'),
        _turn('open the shippnig one', 'intercom_get_conversation_by_id', conversation_id='100322'),
    ],
    'a misspelt verb about a person looked up': [
        _turn('who is dev.rossi.0@example.com', 'intercom_contact_overview', contact='dev.rossi.0@example.com'),
        _turn('has he ever talekd to us?', 'intercom_search_conversations', contact_email='dev.rossi.0@example.com'),
    ],
    'a misspelt write is still refused': [
        _turn('who is dev.rossi.0@example.com', 'intercom_contact_overview', contact='dev.rossi.0@example.com'),
        _turn('ok he left the company, deltee him', 'refuse'),
    ],
    'a misspelt number word': [
        _turn('show me twnety contacts', 'intercom_list_all_contacts', per_page=20),
    ],
    'a misspelt weekday': [
        _turn('onboarding convos since modnay', 'intercom_search_conversations', query='onboarding',
              created_after='2026-11-16'),
    ],
    'a misspelt word inside a hyphenated number': [
        _turn('contacts, page four, tewnty-five a page', 'intercom_list_all_contacts', page=4, per_page=25),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_typing_slip_is_read_as_the_word_meant(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("refund convos since ocotber", "refund convos since october"),
        ("Deltee him", "Delete him"),  # a sentence's capital is kept
        ("all-time counts intsead", "all-time counts instead"),
        ("the 4th pesrons convos", "the 4th persons convos"),
        ("a closer look at the closet", "a closer look at the closet"),  # words of their own
        ("at what speed do they spend", "at what speed do they spend"),  # a letter changed is not a slip
        ("felix fischer and Rosa Daiz", "felix fischer and Rosa Daiz"),  # names
        ("what about Zephyr Parnters", "what about Zephyr Parnters"),  # a capital inside a sentence: a name
        ('search "dpulicate charge"', 'search "dpulicate charge"'),  # searched as typed
        ("mail dpulicate@exmaple.com usr-abcde", "mail dpulicate@exmaple.com usr-abcde"),  # emails and ids
        ("the last 10 conversions", "the last 10 conversions"),  # a plural, not a slip
        ("summarise the havent", "summarise the havent"),  # the vocabulary's own spellings
        ("how's the acount doing", "how's the account doing"),  # a letter dropped, not one added before
        ("does wen actualy export", "does wen actually export"),  # the longer form
        ("nthing? try october", "nothing? try october"),
        ("the exprt one", "the exprt one"),  # export or expert: unsure, left
    ],
)
def test_what_is_respelt_and_what_is_not(typed: str, read: str) -> None:
    assert respelled(typed) == read


def test_a_workspace_word_is_never_respelt() -> None:
    assert respelled("who works at brihc labs", {"brihc", "labs"}) == "who works at brihc labs"


def test_the_lexicon_is_built_from_the_planners_phrases() -> None:
    """The lists in graphs/planner/lexicon.py are what the build makes of today's phrases (rebuild with
    ``python -m graphs.planner.lexicon_build`` after changing them)."""
    lexicon, real = lexicon_build.build()
    assert sorted(lexicon ^ LEXICON) == [] and sorted(real ^ REAL_WORDS) == []
