"""Text-speak read as the words it stands for, before a request is read: numbers that are words ("same 4
sept": for; "the last 1?": one; "2day": today), "&" opening a follow-up, "->" between two asks, and a
possessive typed without its apostrophe after an ordinal ("1st persons evnets").

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites. Digits stay counts wherever they count something ("4 events", "top 4", "the
last 1 event", "page 1").
"""

from __future__ import annotations

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_COUNTED = (  # words a digit before them counts: the digit stays a number
    r"(?:events?|evnets?|evts?|convos?|conversations?|tickets?|chats?|contacts?|people|ppl|users?|leads?|"
    r"companies|compan(?:y|ies)|accounts?|segments?|teams?|messages?|msgs?|replies|parts?|results?|items?|"
    r"pages?|per|at|of|more|each|a|days?|weeks?|months?|hours?|mins?|minutes?|years?|[0-9]+)\b"
)
_FOR_BEFORE = (  # "4" before one of these is "for" ("pizza 4 the team", "360 4 priya hughes", "same 4 sept")
    rf"(?:the|her|his|him|them|me|us|that|this|these|those|my|our|their|its|today|yesterday|now|{_MONTH}|"
    r"[\w.+-]+@[\w.-]+|usr_\w+|cmp-\d+)\b"
)
_ONE_AFTER = (  # "1" after one of these is "one" ("the 1 w/ 5 users", "the last 1?", "which 1")
    r"(?:the|that|this|other|last|first|next|which|newest|oldest|latest|second|third|fourth|fifth|"
    r"\d+(?:st|nd|rd|th))"
)

REWRITES = [
    (  # "details 1st", "profile 3rd pls": that one of the list
        r"^(details|info|profile|events|convos) (1st|2nd|3rd|\d{1,2}th|first|second|third|last)(?: one)?"
        r"(?: pls| please)?\W*$",
        r"\1 of the \2",
    ),
    (r"\b2day\b", "today"),
    (r"\b2(?:moro+w?|morrow)\b", "tomorrow"),
    (r"\b2nite\b", "tonight"),
    (rf"(?<=\bsame )4\b(?! {_COUNTED})", "for"),  # "same 4 sept", "same 4 export"
    (  # "pizza 4 the team", "events 4 her"; not "top 4 the", "show me 4 her events"
        rf"(?<!\btop )(?<!\bfirst )(?<!\blast )(?<!\blatest )(?<!\bonly )(?<!\bjust )(?<!\bpage )(?<!\bpg )\b4"
        r"(?<!\bsince 4)(?<!\bafter 4)(?<!\buntil 4)(?<!\bon 4)(?<!\bto 4)(?<!\band 4)(?<!\bfrom 4)(?<!\btill 4)"
        r"(?<!\bbefore 4)(?<!\bbetween 4)"  # "since 4 nov": a day
        rf"(?= {_FOR_BEFORE})"
        rf"(?! (?:her|his|their|its|my|our) {_COUNTED})",
        "for",
    ),
    (rf"(?<=\b360 )4\b(?! {_COUNTED})", "for"),  # "customer 360 4 priya hughes"
    (
        rf"(?<!\bbetween )(?<!\bfrom )\b({_ONE_AFTER}) 1\b(?! {_COUNTED})(?!\.\d)(?! (?:and|to|till|until|thru|-) )",
        r"\1 one",
    ),
    (r"\b((?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last) )persons\b", r"\1person's"),
    (r"(?:(?<=\s)|^)@(?=\s)", "at"),  # "who else is @ her co"; an address keeps its @
    (r"^\s*(?:(?:ok|okay|k|so|now|then|hm+)\W+)?&\s*", "and "),  # "& the last 1?", "ok & eu customers?"
    (r"(?<=[,;]) ?&\s+", " and "),
    (r"\s*-+>\s*", ", "),  # "who else is @ her co -> ppl + evnets"
    (r"\b(last|top|first|latest|newest|oldest|next|pg|page)(\d{1,3})\b", r"\1 \2"),  # "last5 evts", "pg2"
    (
        r"\b(?=(?:accts?|accounts?|contacts?|compan(?:y|ies)|convos?|conversations?|segments?|teams?|users?)lists?\b)"
        r"([a-z]+?)(lists?)\b",  # (the lookahead first: only "list" is looked for before the pattern runs)
        r"\1 \2",
    ),  # "acctlist pg2"
]
