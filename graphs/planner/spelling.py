"""Typing slips fixed before anything else reads a request: "refund convos since ocotber" reads "since
october", "has he ever talekd to us" reads "talked", "deltee him" reads "delete" (and is refused).

A slip is two neighbouring letters swapped, one letter dropped or one added (a letter typed twice), the
slips people make on a keyboard; a letter swapped for another is left to the vocabulary's corrector
(:func:`graphs.planner.words.correct`), since too many real words are one letter apart ("speed",
"spend"). A word is corrected here when it is one slip from exactly one word the planner reads
(:data:`~graphs.planner.lexicon.LEXICON`), and it is not a word of its own: not in the lexicon, not among
the real words one slip from it (:data:`~graphs.planner.lexicon.REAL_WORDS`), not a name (given names
and surnames), not a word the vocabulary keeps or expands ("summarise", "havent"), not a word of the
workspace's names, and not a plural of the word ("conversions"). Only words of five letters or more (of
four, only two letters swapped in a few words: "fvie", "oepn"), in lower case (or a sentence's capital): a
capitalised word inside a sentence is a name, and ids, emails and quoted text are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from graphs.planner import needles as rx
from graphs.planner.first_names import FIRST_NAMES, SURNAMES
from graphs.planner.lexicon import LEXICON, REAL_WORDS
from graphs.planner.topics import TOPIC_WORDS
from graphs.planner.words import COMMON, NUMBER_WORDS, SLANG, distance

WORD = rx.compile(r"(?<![\w@.+/#'-])[A-Za-z]{4,}(?![\w@/#]|-[\w-]*\d|\.\w|'\w\w|'t\b)")  # "twnety-five", not "a-12"
SHORT = frozenset("five nine four open last next page show team list week".split())  # four letters, two swapped
QUOTED = rx.compile(r"\"[^\"]*\"|'[^']*'(?!\w)")
SENTENCE_START = rx.compile(r"(?:^|[.!?]\s+|[:;(]\s*)$")


def slips_of(word: str) -> set[str]:
    """What ``word`` is with two neighbouring letters swapped back, or one letter taken out."""
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1) if word[i] != word[i + 1]}
    if len(word) >= 6:
        found.update(word[:i] + word[i + 1 :] for i in range(len(word)))
    found.discard(word)
    return found


def _dropped(words: Iterable[str]) -> dict[str, set[str]]:
    """Each word of six letters or more with one letter dropped -> the words it could be."""
    index: dict[str, set[str]] = {}
    for word in words:
        if len(word) >= 6:
            for i in range(len(word)):
                index.setdefault(word[:i] + word[i + 1 :], set()).add(word)
    return index


_INDEX: dict[int, tuple[frozenset[str], dict[str, set[str]]]] = {}


def within_one_slip(word: str, lexicon: frozenset[str]) -> set[str]:
    """The words of ``lexicon`` that ``word`` is one slip from (``word`` itself aside)."""
    cached = _INDEX.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _INDEX[id(lexicon)] = (lexicon, _dropped(lexicon))
    found = {candidate for candidate in slips_of(word) if candidate in lexicon}
    found.update(cached[1].get(word, ()))
    found.discard(word)
    return found


KEPT = frozenset(FIRST_NAMES | SURNAMES | COMMON | set(SLANG) | set(NUMBER_WORDS))  # names, words of their own


@lru_cache(maxsize=8192)
def respelt(word: str) -> str:
    """The lexicon word a lower-case ``word`` was meant to be, or ``word`` when it is one or is unsure."""
    if word in LEXICON or word in REAL_WORDS or word in KEPT:
        return word
    if len(word) == 4:  # "fvie", "oepn": two letters swapped in a short word the planner reads (no more)
        return next(iter(short)) if len(short := slips_of(word) & SHORT) == 1 else word
    if word[0] == "k" and "c" + word[1:] in LEXICON:
        return "c" + word[1:]  # "kompanies", "kontacts": spelt as said
    found = {meant for meant in within_one_slip(word, LEXICON) if meant + "s" != word and word + "s" != meant}
    if len(found) > 1 and (kept := {meant for meant in found if meant[0] == word[0]}):
        found = kept  # "acount": account (a letter dropped), not count (one added before it)
    if len(found) == 2 and (pair := sorted(found, key=len)) and pair[1].startswith(pair[0]):
        found = {pair[0] if pair[1] == pair[0] + "s" else pair[1]}  # "actualy": actually, "exportd": exported (the
        # longer form, its end begun); "cloes": close (two letters swapped), not closes
    return found.pop() if len(found) == 1 else word  # ("conversions" is a plural, "companys" left to the vocabulary)


SPLIT = rx.compile(
    r"(?<![.@/#])\b((?:co|cn|cv|se|ev)[a-z]{0,7}) ([a-z]{2,9})\b", re.I
)  # "conver sations", "compa nies"
JOINED = frozenset(
    "contact contacts conversation conversations convo convos company companies segment segments event events".split()
)


def _own(word: str) -> bool:
    return word in LEXICON or word in REAL_WORDS or word in KEPT or len(word) <= 2


def _rejoined(m: re.Match[str]) -> str:
    a, b = m[1].lower(), m[2].lower()
    if a in JOINED or b in JOINED:
        return m[0]  # "contact us", "compare segments"
    spoken = (
        len(b) >= 3 and a != "com" and respelt(a) == a and not a.startswith(("contact", "compan", "convers", "segment"))
    )
    if spoken and (heard := _heard(a, b)) is not None and not (a in LEXICON and b in LEXICON):
        return heard  # "recent convert stations", "all the con tax": spoken, then written down as heard
    if _own(a) and _own(b):
        return m[0]  # two words of their own ("segment is")
    joined = a + b
    meant = joined if joined in JOINED else respelt(joined) if len(joined) >= 6 else joined
    return meant if meant in JOINED else m[0]


def _skeleton(word: str) -> str:
    """A word as it sounds, roughly: its consonants, spelt one way ("compa knees" and "companies": kmpns)."""
    for spelt, said in (("ph", "f"), ("ck", "k"), ("kn", "n"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s")):
        word = word.replace(spelt, said)
    return re.sub(r"(\w)\1+", r"\1", word[0] + re.sub(r"[aeiouyw]", "", word[1:]))


HEARD = {_skeleton(w): w for w in ("contacts", "companies", "conversations", "segments")}


def _heard(a: str, b: str) -> str | None:
    """The noun two words were heard for ("con tax", "convert stations"), when both sound like it."""
    said = _skeleton(a + b)
    found = {w for key, w in HEARD.items() if key[:2] == said[:2] and distance(said, key, 1) <= 1}
    return found.pop() if len(found) == 1 and len(said) >= 5 else None


TOPIC_SPLIT = rx.compile(  # "pass word reset", "re fund convos", "on boarding": a topic's word heard as two
    r"\b(pass|re|bill|cancel|charge|dash|down|on|renew|sales|ship|track|zen|web|sub) "
    r"(words?|funds?|ing|lations?|backs?|boards?|grades?|boarding|als?|force|ping|desk|hooks?|scriptions?)\b",
    re.I,
)
LETTERS = rx.compile(r"(?<![\w'])(?:[a-zA-Z] ){2,}[a-zA-Z](?![\w'])")  # "the a p i": api, spelt out letter by letter


def _topic_joined(m: re.Match[str]) -> str:
    joined = (m[1] + m[2]).lower()
    return joined if joined in TOPIC_WORDS else m[0]


def _spelt_out(m: re.Match[str]) -> str:
    joined = m[0].replace(" ", "").lower()
    return joined if joined in TOPIC_WORDS or joined in LEXICON else m[0]


def respelled(text: str, protected: Iterable[str] = ()) -> str:
    """``text`` with each slip corrected (see the module's docstring); ``protected``: the workspace's words.
    A noun the planner reads, typed in two pieces, is joined first ("show recnet conver sations")."""
    guard = protected if isinstance(protected, set | frozenset) else set(protected)
    text = SPLIT.sub(_rejoined, text)
    text = TOPIC_SPLIT.sub(_topic_joined, LETTERS.sub(_spelt_out, text)) if " " in text else text
    quoted = [m.span() for m in QUOTED.finditer(text)] if ('"' in text or "'" in text) else []

    def fixed(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in LEXICON or (word != low and (word[1:] != low[1:] or not SENTENCE_START.search(text[: m.start()]))):
            return word  # known, or a name (a capital inside a sentence, or capitals inside the word)
        if low in guard or any(a <= m.start() < b for a, b in quoted):
            return word
        meant = respelt(low)
        return word if meant == low else (meant if word == low else meant.capitalize())

    return WORD.sub(fixed, text)


__all__ = ["respelled", "respelt", "slips_of", "within_one_slip"]
