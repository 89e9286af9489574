"""What is asked by saying what is not wanted: "skip the first page" (page 2), "skip the first 2 pages" (page 3),
"skip that page" (the next one); "not today, yesterday" and "not 20 a page, 15" (what follows the "not");
"don't sort oldest first, most recently active first"; "don't include events" (none); "nothing older than a
week" (the last week); "nothing from the past 7 days, older than that" (before then).

Each is a pattern (case ignored) that :func:`graphs.planner.plain.plain` applies with the others. A "not" with
nothing after it ("contacts, not companies") is :mod:`graphs.planner.corrected`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}


def _past(m: re.Match[str]) -> str:
    said = (m.group(1) or "1").lower()
    skipped = int(said) if said.isdigit() else NUMBERS.get(said, 1)
    return f"page {skipped + 1}"


_STATES = "open|closed|snoozed|resolved|pending|unresolved|new|old|older|newer|recent"

REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "ok forget him, the woman from before - ...": the one dropped is not the one asked about
        r"^\W*(?:(?:ok|okay|so|right|alright)\W+)?(?:forget|never ?mind|scratch|drop) (?:about )?(?:him|her|them|"
        r"that (?:one|guy|person|lady|woman|man))\s*[,.;:-]+\s*(?=\S)",
        "",
    ),
    (  # "skip the first page", "skip page one", "(skip the first 2 pages)": the page after them
        r"\(?\bskip(?:ping)? (?:over )?(?:the )?first (?:(\d|one|two|three|four|five) )?pages?\b\)?|"
        r"\(?\bskip(?:ping)? page (?:one|1)\b\)?",
        _past,
    ),
    (r"\bskip(?:ping)? (?:that|this) page\b", "next page"),  # "skip that page, next": the next one
    (  # "no, not oldest first. newest": the other order
        r"\bnot (?:oldest|newest|latest|earliest|most recent)(?: first)?[,.;]?\s+(newest|oldest|latest|earliest|most "
        r"recent(?:ly (?:active|updated))?)\b(?! first)",
        r"\1 first",
    ),
    (r"^(?:no,? )?not (?:the |any |their )?(?:events|activity)(?=[,.;]|\s+-)", "no events"),  # "not the events, names"
    (  # "not today, yesterday i mean", "not 20 a page, 15": what follows the "not"
        r"(?:(?<=^)|(?<=[,.;:!-] ))(?:no,? )?not (?:from )?(?:the )?[\w' ]{1,30}?(?:[,.;]| -)\s+"
        r"(?:i mean |i meant |but |just |rather |instead )?(?=[a-z0-9])",
        "",
    ),
    (  # "don't sort oldest first, most recently active first": the order asked for
        r"\b(?:don'?t|dont|do not) (?:sort|order|show|list)(?: (?:it|them|by))? [\w' ]{1,30}?,\s*(?=[a-z])",
        "",
    ),
    (  # "that aren't from this month, october only": the month asked for
        r"\b(?:that|which) (?:are ?n[o']?t|aren'?t|arent|were ?n[o']?t|weren'?t) from (?:this|last) (?:month|week)"
        r"[,;\s]+(?=[a-z])",
        "",
    ),
    (  # "ok skip the events. what has she complained about?": the question that follows is what is asked
        r"^(?:(?:ok|okay|so|alright|fine)[\s,]+)?(?:(?:don'?t|dont|do not) (?:include|show|need|want|bother with)|"
        r"skip|leave out|drop|forget|no) (?:any |the |their |her |his )?(?:events|activity)[.;!]+\s+"
        r"(?=(?:what|which|who|any|how|show|list|has|have|did|does|is|are|give|pull|get)\b)",
        "",
    ),
    (  # "don't include events", "skip the events": none
        r"\b(?:(?:don'?t|dont|do not) (?:include|show|need|want|add|bother with)|skip|leave out|drop|w/o|without) "
        r"(?:any |the |their )?(?:events|activity|event history)\b",
        "no events",
    ),
    (  # "skip the people, just the company details", "don't need the people - just the company record"
        r"\b(?:(?:don'?t|dont|do not) (?:need|want|show)|skip|leave out) (?:the )?(?:people|contacts|employees)"
        r"[,;\s-]+(?:just |only )?",
        "just ",
    ),
    (  # "segments w/ counts but skip the EU one": one item set aside, which no tool can leave out: the whole list
        r"(?<=\w)[,;]?\s+(?:but |and )?(?:skip|except(?: for)?|excluding|leave out|ignore|minus) (?:the )?"
        r"(?!(?:open|closed|snoozed|first|last|next|\d+\w*)\b)[\w-]+ one\b",
        "",
    ),
    (  # "open convos except the billing ones", "anything but login issues": the topic set aside (no search leaves
        # one out): the rest, unsearched
        r"(?:(?<=\w)[,;]?\s+(?:but |and )?|[,;.?]\s*)(?:(?:anything|everything) (?:but|except|other than|apart from)|"
        r"except(?: for)?|excluding|but not|other than|apart from|minus|not including|leaving out|leave out) "
        rf"(?:the |any |anything (?:about |re )?)?(?!(?:the|any|{_STATES})\b)[\w-]+(?: (?!(?:{_STATES})\b)[\w-]+)? "
        r"(?:ones|convos|conversations|tickets|issues|stuff|problems|questions|requests|chats)\b",
        "",
    ),
    (  # "nothing from before september", "leave out anything from before october": since then
        r"\b(?:nothing|none|no (?:ones?|convos?|conversations?|tickets?)|(?:exclude|excluding|leave out|leaving out|"
        r"skip|drop|ignore|minus|without)(?: (?:anything|everything|stuff|ones?|the ones?|convos?|conversations?|"
        r"tickets?))?) (?:from |dated |created |that came in |opened )?(?:before|prior to|earlier than) ",
        "since ",
    ),
    (  # "exclude anything from november": before it (the window's last month, as it is asked)
        r"\b(?:exclude|excluding|leave out|leaving out|skip|drop|ignore|minus)(?: (?:anything|everything|stuff|"
        r"the ones|ones|convos|conversations|tickets))? (?:from|in) "
        r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
        "before ",
    ),
    (r"\b(\d{1,3}),? (?:not|instead of|rather than) \d{1,3}\b(?! ?(?:am|pm|[ap]\.m|days?|weeks?|months?)\b)", r"\1"),
    (  # "i don't need its contacts", "not his events" (said after what is asked): nothing asked
        r"[.,;]?\s*(?:i )?(?:don'?t|dont|do not) need (?:its|their|the|any) (?:people|contacts|employees|users|"
        r"ppl)\b\.?|[,;]?\s*(?:but )?(?:not|rather than|instead of) (?:his|her|their|the) (?:events|activity)(?=\W*$)"
        r"|,? ?\bnot (?:a |any )?(?:topic |keyword |text )?search\b,?",
        "",
    ),
    (  # "skip the profile stuff, just her events": what follows
        r"\b(?:skip|leave out|drop|forget|no|not|without) (?:the )?(?:profile|360|overview)"
        r"(?: stuff| bit| part| info)?[,;\s-]+(?:just |only )(?=\w)",
        "just ",
    ),
    (
        r"\bjust the basics\b|\b(?:the )?basics only\b|\bno events,? (?:and |or )?no (?:convos|conversations)\b",
        "just the profile",
    ),
    (r",? (?:starting )?from the (?:top|start|beginning)(?=\W*$)", ", page 1"),  # "oldest first instead, from the top"
    (  # "nothing older than a week": the last week
        r"\bnothing older than (?:a|one|(\d+)) (day|week|month)s?\b",
        lambda m: f"in the last {m[1]} {m[2]}s" if m[1] else f"in the last {m[2]}",
    ),
    (  # "nothing from the past 7 days, older than that": before then
        r"\b(?:but )?nothing (?:from )?(?:the )?(?:past|last) (\d+|a|one) (days?|weeks?|months?),? older than (?:that|"
        r"those)\b",
        r"older than \1 \2",
    ),
]

__all__ = ["REWRITES"]
