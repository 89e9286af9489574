"""The ``re`` functions the planner uses, each pattern compiled once and not run when it cannot match.

A request passes some hundreds of patterns, and most of them cannot match it: "page 2 of companies" holds
none of the words that "who works at", "between the 5th and the 12th" or "select * from" need. A pattern's
*needles* are literal strings of which every match must contain one, read once from the pattern's parse
(the longest run of letters it requires, or one per alternative); when none is in the text, the pattern
is not run and the answer is the one the regex engine would give: no match, the text unchanged. This
makes a turn about a quarter faster (see docs/benchmarks.md, "Planner speed").

A pattern whose needles cannot be told (it begins with a class such as ``\\d``, or sets flags inside)
always runs, and so does every pattern on text that is not ASCII (case folding beyond ASCII is the
engine's to judge). Use it as ``re``::

    from graphs.planner import needles as rx
    rx.search(r"\\bwho works at\\b", text)           # as re.search, compiled once
    WHO = rx.compile(r"\\bwho works at\\b", re.I)    # a pattern with .search, .sub, ... gated alike
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

try:  # the parser the re module itself uses; without it (a future Python) every pattern simply runs
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None

Replacement = str | Callable[[re.Match[str]], str]


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` contains (lower case under IGNORECASE), or
    None when that cannot be told."""
    if _parser is None:
        return None
    try:
        found = _required(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - an internal parser's surprise: the pattern just always runs
        return None
    if not found or not all(s.isascii() and s for s in found):
        return None
    folded = sorted(
        {s.lower() for s in found} if pattern.flags & re.IGNORECASE else set(found), key=lambda s: (len(s), s)
    )
    return tuple(folded)


def _required(items: list[Any]) -> frozenset[str] | None:
    """For a sequence: the needles of its most telling required part (every part of a match is in it)."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            best, run = _better(best, frozenset({run})), ""
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: nothing of the match
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return best  # flags set inside a group: what follows is not judged
            best = _better(best, _required(list(av[3])))
        elif op is _c.BRANCH:
            alternatives = [_required(list(a)) for a in av[1]]
            if all(alternatives):
                best = _better(best, frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _required(list(av[2])))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _required(list(av)))
        # a class, any character, an optional part, a back reference: nothing literal required of it
    return _better(best, frozenset({run})) if run else best


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a or b
    return a if min(map(len, a)) >= min(map(len, b)) else b


_LOWERED: tuple[str, str] = ("", "")  # the last ASCII text lowered, and its lower case (one tuple: thread-safe)


class Needled:
    """A compiled pattern whose methods answer at once when the text holds none of its needles."""

    __slots__ = ("compiled", "needles", "folded", "pattern", "flags")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.needles = needles(compiled)
        self.folded = bool(compiled.flags & re.IGNORECASE)
        self.pattern = compiled.pattern
        self.flags = compiled.flags

    def possible(self, text: str) -> bool:
        """Whether the pattern could match ``text`` (False only when it certainly cannot)."""
        global _LOWERED
        found = self.needles
        if found is None:
            return True
        hay = text
        if self.folded:  # ignoring case: the needles are looked for in the text's lower case
            last, hay = _LOWERED
            if last is not text:
                if not text.isascii():
                    return True  # case folding beyond ASCII ("K" for "k"): the engine's to judge
                hay = text.lower()
                _LOWERED = (text, hay)
        for needle in found:
            if needle in hay:
                return True
        return False

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos) if self.possible(text) else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos) if self.possible(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text) if self.possible(text) else None

    def sub(self, repl: Replacement, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.possible(text) else text

    def subn(self, repl: Replacement, text: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self.possible(text) else (text, 0)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text) if self.possible(text) else iter(())

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text) if self.possible(text) else []

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit) if self.possible(text) else [text]

    def __repr__(self) -> str:
        return f"Needled({self.compiled!r})"


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (the longest one at a place), as a trie: a few steps a place."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + walk(node[ch]) for ch in sorted(k for k in node if k)]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return walk(tree)


class Rewrites:
    """Many ``(pattern, replacement)`` pairs applied in turn, gated together: one scan of the text finds the
    needles it holds (a trie of all of them), and only the patterns those needles allow are run. A text
    a rewrite changes is scanned again for the patterns after it. The result is the text the pairs give when
    each is applied as ``re.sub`` in turn."""

    def __init__(self, pairs: Iterable[tuple[Needled, Replacement]]) -> None:
        given = list(pairs)
        self.pairs = [(p.compiled, said) for p, said in given]
        gated = [p for p, _ in given]
        self.always: frozenset[int] = frozenset(
            i for i, p in enumerate(gated) if p.needles is None or not p.folded
        )  # ("pattern that cannot be told, or minds case: always run")
        allowed: dict[str, set[int]] = {}
        for i, p in enumerate(gated):
            if i not in self.always:
                for needle in p.needles or ():
                    allowed.setdefault(needle, set()).add(i)
        self.allows = {  # a needle found: the patterns it and the needles inside it allow
            n: frozenset().union(*(allowed[m] for m in allowed if m in n)) for n in allowed
        }
        self.scan = re.compile(f"(?=({_trie(allowed)}))") if allowed else None

    def _run(self, low: str, after: int) -> list[int]:
        found = set(self.always)
        if self.scan is not None:
            for needle in {m.group(1) for m in self.scan.finditer(low)}:
                found |= self.allows[needle]
        return sorted(i for i in found if i > after)

    def __call__(self, text: str) -> str:
        pairs = self.pairs
        if not text.isascii():  # case folding beyond ASCII: every pattern runs
            for compiled, said in pairs:
                text = compiled.sub(said, text)
            return text
        todo, k = self._run(text.lower(), -1), 0
        while k < len(todo):
            i = todo[k]
            k += 1
            compiled, said = pairs[i]
            changed = compiled.sub(said, text)
            if changed != text:
                text = changed
                if not text.isascii():
                    for compiled, said in pairs[i + 1 :]:
                        text = compiled.sub(said, text)
                    return text
                todo, k = self._run(text.lower(), i), 0
        return text


Pattern = str | re.Pattern[str] | Needled
_CACHE: dict[tuple[Any, int], Needled] = {}


def compile(pattern: Pattern, flags: int = 0) -> Needled:  # noqa: A001 - as re.compile
    """``pattern`` compiled (once) and gated by its needles."""
    if isinstance(pattern, Needled):
        return pattern
    key = (pattern, flags)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        found = _CACHE[key] = Needled(re.compile(pattern, flags))
    return found


def search(pattern: Pattern, text: str, flags: int = 0) -> re.Match[str] | None:
    found = _CACHE.get((pattern, flags))
    return (found or compile(pattern, flags)).search(text)


def match(pattern: Pattern, text: str, flags: int = 0) -> re.Match[str] | None:
    found = _CACHE.get((pattern, flags))
    return (found or compile(pattern, flags)).match(text)


def fullmatch(pattern: Pattern, text: str, flags: int = 0) -> re.Match[str] | None:
    found = _CACHE.get((pattern, flags))
    return (found or compile(pattern, flags)).fullmatch(text)


def sub(pattern: Pattern, repl: Replacement, text: str, count: int = 0, flags: int = 0) -> str:
    found = _CACHE.get((pattern, flags))
    return (found or compile(pattern, flags)).sub(repl, text, count)


def subn(pattern: Pattern, repl: Replacement, text: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, text, count)


def finditer(pattern: Pattern, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(text)


def findall(pattern: Pattern, text: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(text)


def split(pattern: Pattern, text: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(text, maxsplit)


escape = re.escape

__all__ = ["Needled", "compile", "escape", "findall", "finditer", "fullmatch", "match", "needles", "search", "split",
           "sub", "subn"]  # fmt: skip
