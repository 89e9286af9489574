"""What a search looks for: the subject in the person's words, plurals as singulars, problem nouns dropped."""

from __future__ import annotations

import pytest

from graphs.planner import plan
from graphs.planner.topics import singular

NOW = 1_795_000_000.0


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("exports", "export"),
        ("refunds", "refund"),
        ("invoices", "invoice"),
        ("taxes", "tax"),
        ("addresses", "address"),
        ("batches", "batch"),
        ("APIs", "API"),
        ("access", "access"),
        ("status", "status"),
        ("analytics", "analytics"),
        ("policies", "policies"),
        ("news", "news"),
        ("sso", "sso"),
        ("ops", "ops"),
    ],
)
def test_a_regular_plural_is_searched_as_its_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("shoe me all the snozed convos abut exports", "query", "export"),
        ("anything come in over the weekend about login problems?", "query", "login"),
        ("read me the chats about login problems", "text", "login"),
        ("refunds from last month", "query", "refund"),
        ('conversations saying "exports failed"', "query", "exports failed"),  # quoted: exactly as typed
    ],
)
def test_the_subject_is_what_a_contains_search_should_look_for(text: str, key: str, expected: str) -> None:
    _, args = plan(text, now=NOW)
    assert args[key].lower() == expected
