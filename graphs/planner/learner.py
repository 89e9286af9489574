"""English written with another language's habits, read as English before a request is read: "I search the
contacts" (I look for them: a list), "he company" (his company), "people 10, each one event 2" (the count
after the noun), "do the needful for <id>" (the same for it), "no need the events" (none), "change to
<topic>" after a search (the same search, another subject).

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner.topics import TOPIC_WORDS, singular

_PEOPLE = r"(?:contacts|users|people|persons|ppl|employees|customers|clients|companies|accounts|segments|teams)"

_HERS = r"(?:company|account|org|employer|events|activity|conversations|convos|tickets|profile)"  # "he company"


def _about(m: re.Match[str]) -> str:
    """ "the ones of login": the ones about it, when the word is a subject people write about."""
    return f"{m[1]} about {m[2]}" if singular(m[2].lower()) in TOPIC_WORDS else m[0]


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (rf"^\W*(?:i|we) (?:search|seek|look for|looking for)(?: for)? (?=(?:the |all (?:the )?)?{_PEOPLE}\b)", "show "),
    *((rf"\b{said} (?={_HERS}\b)", f"{meant} ") for said, meant in (("he", "his"), ("she", "her"), ("they", "their"))),
    (rf"\b({_PEOPLE}) (\d{{1,3}})(?=\s*(?:,|$|\.|\?|each\b|and\b|with\b))", r"\2 \1"),  # "acme corp people 10, ..."
    (r"\beach(?: one)? events? (\d{1,2})\b", r"\1 events each"),  # "..., each one event 2"
    (r"\b(?:the )?page (?:following|next|after)\b(?! (?:this|that|it|the)\b)", "the next page"),  # "the page
    # following of contacts"
    (r"\bdo the needful (?=for\b)", "same "),  # "do the needful for usr_00239 also"
    (r"\bno need (?:of |for )?(?:the |any )?(?=events?\b|activity\b)", "no "),  # "no need the events"
    (r"\bthis (?=(?:ones|contacts|users|customers|clients|companies|accounts|conversations|convos|tickets|events)\b)",
     "these "),  # "this ones"
    (r"\b(the ones|those|these|the (?:conversations|convos|tickets|chats)) of ([a-z]+)(?=\W*$)", _about),  # "the ones
    # of login"
    (r"\b(?:the )?most (old|new)(?= ones?\b| first\b|\W*$)", r"the \1est"),  # "from the most old ones"
    (r"^\W*(?:(?:ok|okay|and|now|then|so)\W+)*change (?:it |that |this |the (?:topic|subject) )?to\b", "same but"),
]  # fmt: skip
