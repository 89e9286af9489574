"""The planner's patterns are skipped when they cannot match, and skipping never changes an answer."""

from __future__ import annotations

import re

import pytest

from graphs.evaluation import load
from graphs.planner import needles as rx
from graphs.planner import plan


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bwho works at\b", 0, ("who works at",)),
        (r"\bWHO works\b", re.IGNORECASE, ("who works",)),
        (r"\b(?:convo|conversation|ticket)s?\b", 0, ("convo", "ticket", "conversation")),  # one per alternative
        (r"(?<!for )\bthe (\d+) (?:oldest|newest)\b", 0, ("newest", "oldest")),  # the longest required part
        (r"\d+ per page", 0, (" per page",)),
        (r"\b\d+\b", 0, None),  # nothing literal is required
        (r"\b(?:a|\d)x", 0, ("x",)),  # one alternative has no literal: the part after it is still required
        (r"(?i:abc)def", 0, None),  # flags set inside a group: not judged
        (r"(?:ab)?c?", 0, None),  # every part optional
        (r"caf\u00e9", 0, None),  # not ASCII
    ],
)
def test_needles_are_what_every_match_contains(pattern: str, flags: int, expected: tuple[str, ...] | None) -> None:
    assert rx.needles(re.compile(pattern, flags)) == expected


def test_a_pattern_is_not_run_when_the_text_holds_none_of_its_needles() -> None:
    who = rx.compile(r"\bwho works at (\w+)", re.IGNORECASE)
    assert who.search("page 2 of companies") is None and who.sub("x", "page 2 of companies") == "page 2 of companies"
    assert who.possible("WHO WORKS AT acme") and who.search("WHO WORKS AT acme")[1] == "acme"  # type: ignore[index]
    assert rx.sub(r"\bpg\b", "page", "pg 2 pls") == "page 2 pls" and rx.findall(r"x(\d)", "a1 b2") == []
    assert rx.compile(r"\bstrasse\b", re.IGNORECASE).possible("STRAẞE")  # beyond ASCII: always run


def _texts() -> list[str]:
    requests = [case.q for case in load().requests][::3]
    return [*requests, *(q.upper() for q in requests[::4]), *(q.title() for q in requests[::7])]


def test_skipping_never_changes_what_a_pattern_finds() -> None:
    """Every pattern the planner compiles, run gated and ungated over corpus requests (as typed, in capitals,
    title case): where it was skipped, the engine finds nothing either."""
    texts = _texts()
    for text in texts[::10]:
        plan(text)  # compiles the patterns requests reach
    patterns = [p for p in list(rx._CACHE.values()) if p.needles is not None]
    assert len(patterns) > 300
    skipped = 0
    for p in patterns:
        for text in texts:
            if not p.possible(text):
                skipped += 1
                assert p.compiled.search(text) is None, (p.pattern, text)
    assert skipped > len(patterns) * len(texts) // 2  # most patterns are not run on most requests


def test_rewrites_gated_together_give_what_each_rewrite_in_turn_gives() -> None:
    """The planner's rewrites, gated by one scan of the text (and a new scan after a text changes), give
    exactly what running every pattern in turn gives: over corpus requests as typed, in capitals and in
    title case, and over text beyond ASCII."""
    from graphs.planner.plain import COMPILED, REWRITTEN

    def each_in_turn(text: str) -> str:
        for pattern, said in COMPILED:
            text = pattern.compiled.sub(said, text)
        return text

    texts = [*_texts(), "pourriez-vous lister les contacts créés depuis août", "STRAẞE pg2 acctlist"]
    assert [REWRITTEN(t) for t in texts] == [each_in_turn(t) for t in texts]


def test_a_rewrite_that_brings_a_later_patterns_words_lets_it_run() -> None:
    first, second = rx.compile(r"\bpg\b", re.IGNORECASE), rx.compile(r"\bpage (\d+)", re.IGNORECASE)
    rewrites = rx.Rewrites(iter([(first, "page"), (second, r"page number \1")]))  # any iterable of pairs
    assert rewrites("pg 2 pls") == "page number 2 pls"  # "page" was not in the text before the first rewrite
    assert rewrites("nothing to do") == "nothing to do"
    assert rewrites("PG 3") == "page number 3"
