"""Amounts said loosely.

- Words for a number: "half a dozen" (6), "a score of" (20), "20ish", "fifteen-ish" (that number), "the latest
  pair of" (2), "a couple of" (2, not "a couple of days": a span of time), "a handful of" (5), "a few" after a
  count's noun or alone at the end ("events for her, a few": 3); a page size as "in batches of 25", "25 at a
  time", "pages of 10"; "more events each, like five" (five each).

Each is a pattern (case ignored) that :func:`graphs.planner.plain.plain` applies with the others. Amounts said
relative to the last one ("double it") are :func:`graphs.planner.scaled.scaled`'s.
"""

from __future__ import annotations

from graphs.planner.words import NUMBER_WORDS

_SPAN = r"(?! (?:of )?(?:days?|weeks?|months?|hours?|years?|minutes?|seconds?|times?)\b)"
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
REWRITES = [
    (r"\bhalf (?:a )?dozen\b", "6"),
    (r"\b(max(?:imum)?|up to|at most|cap(?:ped)? at|limit) (?:of )?a dozen\b", r"\1 12"),
    (r"\ba score of\b", "20"),
    (rf"\b(\d{{1,3}}|{_WORDS}) ?-?ish\b", r"\1"),  # "20ish contacts", "fifteen-ish companies"
    (r"\b(?:the )?(latest|last|newest|most recent|first|oldest|top) pair of\b", r"the \1 2"),
    (rf"\ba pair of\b{_SPAN}", "2"),
    (rf"\b(?:a )?couple(?: of)?\b{_SPAN}(?=\s+\w)", "2"),  # "a couple of convos" (not "a couple of days")
    (r"(?:,|-|—)\s*(?:just |only )?a couple\W*$", ", just 2"),  # "convos from <email>, just a couple"
    (r"\ba handful(?: of)?\b", "5"),  # "a handful of the latest conversations", "a handful is fine"
    (r"(?:,|-|—)\s*(?:just |only )?a few\W*$", ", just 3"),  # "events for this person, a few"
    (r"\b(?:a|one) dozen\b", "12"),
    (r"\btwo dozen\b", "24"),
    (r"\b(?:in )?batch(?:es)? of (\d{1,3})\b", r"\1 per page"),  # "go through contacts in batches of 25"
    (r"\b(\d{1,3}) at a time\b", r"\1 per page"),
    (r"\bpages of (\d{1,3})\b", r"\1 per page"),
    (  # "more events each, like five": five each
        rf"\b(?:more|fewer|less) events (each|apiece|per (?:person|contact|head))\W+(?:like|say|maybe|about|around|"
        rf"only|just)? ?(\d{{1,2}}|{_WORDS})\b",
        r"\2 events \1",
    ),
]


__all__ = ["REWRITES"]
