"""Indexes of the workspace's company names, each built once per set of names (the gazetteer's ``Names``):
every word of them; the names by first letter and number of words; their first words by first letter; and by
first word, the companies and the second words of their names, with the last words of names of several words.
:mod:`graphs.planner.mentions` finds names in a request with them.
"""

from __future__ import annotations

from typing import Any

from graphs.planner.gazetteer import Names

_STARTS: dict[int, tuple[object, dict[tuple[str, int], list[tuple[str, list[str]]]]]] = {}
_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def words_of(names: Names) -> frozenset[str]:
    """Every word of the workspace's company names (built once per set of names)."""
    companies = names.companies
    cached = _WORDS.get(id(companies))
    if cached is None or cached[0] is not companies:
        if len(_WORDS) > 16:
            _WORDS.clear()
        cached = _WORDS[id(companies)] = (companies, frozenset(w for name in companies for w in name.split()))
    return cached[1]


def by_start(names: Names) -> dict[tuple[str, int], list[tuple[str, list[str]]]]:
    """The workspace's company names by first letter and number of words (built once per set of names)."""
    companies = names.companies
    cached = _STARTS.get(id(companies))
    if cached is None or cached[0] is not companies:
        index: dict[tuple[str, int], list[tuple[str, list[str]]]] = {}
        for name in companies:
            parts = name.split()
            if parts:
                index.setdefault((name[0], len(parts)), []).append((name, parts))
        if len(_STARTS) > 16:
            _STARTS.clear()
        cached = _STARTS[id(companies)] = (companies, index)
    return cached[1]


_LETTERS: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def starting(names: Names) -> dict[str, tuple[str, ...]]:
    """The first words of company names of one to four words, by their first letter (built once per names)."""
    companies = names.companies
    cached = _LETTERS.get(id(companies))
    if cached is None or cached[0] is not companies:
        index: dict[str, dict[str, None]] = {}
        for (letter, size), entries in by_start(names).items():
            if 1 <= size <= 4:
                index.setdefault(letter, {}).update(dict.fromkeys(parts[0] for _, parts in entries))
        if len(_LETTERS) > 16:
            _LETTERS.clear()
        cached = _LETTERS[id(companies)] = (companies, {k: tuple(v) for k, v in index.items()})
    return cached[1]


_FIRSTS: dict[int, tuple[object, tuple[dict[str, tuple[list[Any], frozenset[str]]], frozenset[str]]]] = {}


def first_words(names: Names) -> tuple[dict[str, tuple[list[Any], frozenset[str]]], frozenset[str]]:
    """By the first word of the workspace's company names: (the companies, the second words of their names);
    and the last words of names of several words ("works", "group"). Built once per set of names."""
    companies = names.companies
    cached = _FIRSTS.get(id(companies))
    if cached is None or cached[0] is not companies:
        owners: dict[str, list[Any]] = {}
        seconds: dict[str, set[str]] = {}
        for name, entries in companies.items():
            parts = name.split()
            owners.setdefault(parts[0] if parts else "", []).extend(entries)
            seconds.setdefault(parts[0] if parts else "", set()).update(parts[1:2])
        index = {first: (owned, frozenset(seconds[first])) for first, owned in owners.items()}
        suffixes = frozenset(n.split()[-1] for n in companies if " " in n)
        if len(_FIRSTS) > 16:
            _FIRSTS.clear()
        cached = _FIRSTS[id(companies)] = (companies, (index, suffixes))
    return cached[1]


__all__ = ["by_start", "first_words", "starting", "words_of"]
