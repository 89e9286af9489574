"""A word put right after it was typed, the way phones and chats do it: "expert questions in the past 7 days
*export", "kai okay for *okafor - profile", "logic issues yesterday (login, damn phone)"; and a surname autocorrect made
two words of, unmarked, after a given name or where a name is asked for ("customer 360 on tara okay for").

The correction takes the place of the word it is nearest to (by letters, with the same first letter), or of
the two or three words autocorrect made of it ("okay for" for *okafor); the mark goes. A correction near no
word is taken out and nothing else changes; a word already right is left as it is.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.first_names import FIRST_NAMES, SURNAMES
from graphs.planner.words import distance

STAR = rx.compile(r"(?:(?<=\s)|^)\*([a-z][\w'-]*)\*?(?=\s|[,.;:!?)]|$)", re.IGNORECASE)  # "*export"
PHONE = rx.compile(  # "(login, damn phone)", "(i meant shipping - autocorrect)": the word meant, and who is to blame
    r"\s*\((?:i meant |meant |\*)?([a-z][\w'-]*)\*?[,;:]?\s*-?\s*(?:(?:damn|stupid|dumb|bloody|silly|freaking|effing|"
    r"my|sorry|ugh|stupid)\s+)*(?:phone|autocorrect|auto-correct|autocorrected|keyboard|typo)\)",
    re.IGNORECASE,
)
WORD = rx.compile(r"[A-Za-z][A-Za-z'-]*")
SPLIT_NAME = rx.compile(  # "tara okay for", "pull up okay for": a given name or a lookup, then two short words
    r"\b(?:(?:on|up|of|about|for|find|show|check)|([a-z]+)) ([a-z]{1,5}) ([a-z]{1,5})\b"
    r"(?=\s*(?:$|[,.;:!?)-]|'s\b|(?:with|at|from|in|and)\b))",
    re.IGNORECASE,
)


def _surname(m: re.Match[str]) -> str:
    given, one, two = m.group(1), m.group(2), m.group(3)
    joined = (one + two).lower()
    if (given and given.lower() not in FIRST_NAMES) or len(joined) < 5 or one.lower() in SURNAMES:
        return m.group(0)
    close = [s for s in SURNAMES if s[0] == joined[0] and distance(joined, s, 1) <= 1]
    if len(close) != 1 or two.lower() in SURNAMES:
        return m.group(0)
    return m.group(0)[: m.start(2) - m.start(0)] + close[0].capitalize()


def starred(text: str) -> str:
    """``text`` with each correction it carries put in place of the word it corrects (see the module)."""
    for pattern in (PHONE, STAR):
        while (m := pattern.search(text)) is not None:
            text = _put(text[: m.start()] + text[m.end() :], m.group(1))
    return SPLIT_NAME.sub(_surname, text)


def _put(text: str, meant: str) -> str:
    """``text`` with the word (or run of up to three words) nearest to ``meant`` replaced by it."""
    low = meant.lower()
    words = list(WORD.finditer(text))
    if any(w.group(0).lower() == low for w in words):
        return text  # "the open ones *open": already said right
    allowed = 1 if len(low) <= 4 else 2 if len(low) <= 6 else 3
    best: tuple[int, int, int, int] | None = None  # (distance, -start, start, end)
    for i in range(len(words)):
        for j in range(i, min(i + 3, len(words))):
            joined = "".join(w.group(0).lower() for w in words[i : j + 1])
            if joined[0] != low[0] or abs(len(joined) - len(low)) > allowed:
                continue
            if j > i and text[words[i].end() : words[j].start()].strip(" "):
                continue  # ("okay, for": words a comma keeps apart are not one)
            found = distance(joined, low, allowed)
            if found <= allowed and (best is None or (found, -words[i].start()) < best[:2]):
                best = (found, -words[i].start(), words[i].start(), words[j].end())
    if best is None:
        return text
    return text[: best[2]] + meant + text[best[3] :]


__all__ = ["starred"]
