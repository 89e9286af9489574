"""Short steering said after a list, read as the request it stands for, before a request is read: a lone
"back" (go back), "is that all?" and "that's everything?" (any more), "how many pages is that? show me the
last one" (the last page), "why only 10? give me 100" (the 100 asked for; the question alone is answered
where lists are explained), and "every event she has, not just the last 90 days" (all time: the summary's
counts are the only view of events older than Intercom's 90 days).

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them with
the other rewrites. What needs the list shown (a bigger page, the page before, older than a window) is read
in :mod:`graphs.planner.paging`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner.words import ORDINALS

_LEAD = r"^(?:(?:ok|okay|and|so|hm+|wait|erm?|uh+|then)\W+)*"
_TAIL = r"(?:\W+(?:pls|please|then|thx|thanks))?\W*$"

_ORDINAL = r"(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
_PLURAL = {"company": "companies", "contact": "contacts", "account": "companies", "person": "contacts"}


def _page_row(m: re.Match[str]) -> str:
    """ "page 2's first company": the companies' page 2 (a row is picked once the page is shown)."""
    return f"{_PLURAL[m[2].casefold()]} page {m[1]}"


def _nth(m: re.Match[str]) -> str:
    """ "3d one", "2d of them": the 3rd, the 2nd (a shorthand ordinal)."""
    number = int(m[1])
    return f"{number}{'nd' if number == 2 else 'rd'}"


_ORDINALS = re.compile(rf"\b{_ORDINAL}\b", re.IGNORECASE)


def _place(said: str) -> int:
    return ORDINALS.get(said.casefold(), int(said[:-2]) - 1 if said[:-2].isdigit() else -1)


def _first_of(m: re.Match[str]) -> str:
    """ "the third through fifth", "the 4th, 5th and 6th": one at a time, from the first of them."""
    places = [p.casefold() for p in _ORDINALS.findall(m[0])]
    if "last" in places or [*map(_place, places)] != sorted({*map(_place, places)}):
        return m[0]  # "the first, second and last": not a run of rows
    return f"the {m[1]}"


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "the third through fifth", "the 4th, 5th and 6th"; not "the first and second" (a comparison)
        r"(?<!from )(?<!since )(?<!between )(?<!on )(?<!till )(?<!until )(?<!during )"  # not days: "from the 3rd to
        rf"\bthe {_ORDINAL}(?:(?: ones?)? ?(?:-|–|to|through|thru|till)(?: the)? (?:{_ORDINAL[1:-1]})"
        rf"|(?:, ?(?:the )?(?:{_ORDINAL[1:-1]}))+,? and (?:the )?(?:{_ORDINAL[1:-1]}))\b(?: ones?\b)?"
        r"(?!,? (?:of|in) \w|,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",  # the 5th" (dates)
        _first_of,
    ),
    (rf"{_LEAD}back{_TAIL}", "go back"),
    (
        r"^((?:(?:ok|and|now|then|so|the) )*)(\d{1,3}) ?(?:-|to|through|thru) ?(\d{1,3})\W*$",
        r"\1rows \2 to \3",
    ),  # "4-6"  # "back", "ok back pls": as "go back" (not "back one": the row before)
    (
        rf"{_LEAD}(?:(?:is|was) (?:that|this) (?:all|everything|it|the lot|the whole (?:list|lot))(?: of (?:them|it))?"
        rf"(?: (?:there is|there are|you (?:have|got)))?{_TAIL}|(?:are|were) (?:those|these|they) all"
        rf"(?: of them| there is| you (?:have|got))?\W*$|that'?s (?:all|everything|it)\s*\?+\W*$)",
        "any more?",
    ),
    (  # "any others?", "are there others?", "anything else?": as "any more?"
        rf"{_LEAD}(?:(?:(?:are|is) there |got |have you got )(?:any )?|any )(?:others|other ones?)"
        rf"(?: (?:like (?:it|that|those|them)|on (?:the|that) list))?{_TAIL}|{_LEAD}anything else{_TAIL}",
        "any more?",
    ),
    (  # "did we ever answer milo's one?", "did anyone get back to the customer on that one?": read that one
        r"^(?:(?:so|and|ok|but) )?(?:did|has|have) (?:we|anyone|anybody|someone|somebody|support|the team|our team|you)"
        r" (?:ever |already |actually |even )?(?:answer(?:ed)?|repl(?:y|ied)(?: to| on)?|respond(?:ed)?(?: to| on)?|"
        r"(?:get|got|gotten) back (?:to (?:the customer|them|her|him|the user) )?(?:on|about))"
        r" (?=it\b|#?\d{5,}|(?:that|this|the|\w+'s) (?:\w+ )?(?:one|convo|conversation|ticket|chat|thread|question|"
        r"request|issue|complaint)s?\b)",
        "open ",
    ),
    (  # "how many pages is that? show me the last one": the last page
        r"(\bpages?\b[^?!.]*[?!.]\s*(?:(?:ok|so|and|then|just|now|show|give|get|me|jump to)\s+)*)"
        r"the (?:last|final) one\b",
        r"\1the last page",
    ),
    (r"^(?:(?:but|so|hm+|ok)\W+)*why (?:only|just) \d{1,3}\s*\?+\s*(?=\S)", ""),  # "why only 10? give me 100"
    (r"\b([23])d\b(?= (?:one|of|person|row|item|entry|convo|contact|company|guy|there)\b)", _nth),  # "3d one"
    (r"\bno\. ?(\d{1,2})\b(?=,? (?:of (?:them|those|these|the list)|one)\b)", r"the #\1"),  # "no.2 of them"
    (r"\b(?:row|item|entry|line) #?(\d{1,2})\b(?!\s*(?:per|a|of|to|-)\b)", r"the #\1"),  # "row 4's profile"
    (r"\b(?:the )?(?:last but one|second (?:to|from) last|2nd (?:to|from) last)\b", "the penultimate"),
    (rf"^{_ORDINAL}(?: one)? now\W*$", r"now the \1"),  # "3rd now": the third row, as "now the 3rd"
    (rf"\bpage (\d{{1,3}})'?s (?:{_ORDINAL[1:-1]}|top|bottom) (company|contact|account|person)\b", _page_row),
    (  # "last msg in convo 101029": its last message (one part)
        r"\b(last|latest|most recent|final) (msg|message|reply|comment|response)\b(?! (?:from|by|to)\b)"
        r"(?=.*\b(?:convo|conversation|ticket|thread|chat|it|that one|\d{6})\b)",
        r"\1 1 \2",
    ),
    (  # "not just the last 90 days": all time (only the summary reaches past 90 days)
        r"\b(?:not (?:just|only) (?:the )?|(?:beyond|past|further back than|outside) (?:the )?)"
        r"(?:last |past |recent )?(?:90|ninety) days\b",
        "all time",
    ),
]

__all__ = ["REWRITES"]
