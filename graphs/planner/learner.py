"""English written with another language's habits, read as English before a request is read: "I search the
contacts" (I look for them: a list), "he company" (his company), "people 10, each one event 2" (the count
after the noun), "do the needful for <id>" (the same for it), "no need the events" (none), "change to
<topic>" after a search (the same search, another subject).

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites.
"""

from __future__ import annotations

_PEOPLE = r"(?:contacts|users|people|persons|ppl|employees|customers|clients|companies|accounts|segments|teams)"

_HERS = r"(?:company|account|org|employer|events|activity|conversations|convos|tickets|profile)"  # "he company"

REWRITES = [
    (rf"^\W*(?:i|we) (?:search|seek|look for|looking for)(?: for)? (?=(?:the |all (?:the )?)?{_PEOPLE}\b)", "show "),
    *((rf"\b{said} (?={_HERS}\b)", f"{meant} ") for said, meant in (("he", "his"), ("she", "her"), ("they", "their"))),
    (rf"\b({_PEOPLE}) (\d{{1,3}})(?=\s*(?:,|$|\.|\?|each\b|and\b|with\b))", r"\2 \1"),  # "acme corp people 10, ..."
    (r"\beach(?: one)? events? (\d{1,2})\b", r"\1 events each"),  # "..., each one event 2"
    (r"\b(?:the )?page (?:following|next|after)\b(?! (?:this|that|it|the)\b)", "the next page"),  # "the page
    # following of contacts"
    (r"\bdo the needful (?=for\b)", "same "),  # "do the needful for usr_00239 also"
    (r"\bno need (?:of |for )?(?:the |any )?(?=events?\b|activity\b)", "no "),  # "no need the events"
    (r"^\W*(?:(?:ok|okay|and|now|then|so)\W+)*change (?:it |that |this |the (?:topic|subject) )?to\b", "same but"),
]  # fmt: skip
