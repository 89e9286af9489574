"""Comparisons said around what is asked, read as the one thing a call can answer first: "open vs closed
refunds - start w the open ones" (the open ones), "export convos sept vs oct, read me the october ones"
(october's), "how does her activity compare to his? her last 10 events first" (her events), "..., comparing
them against the leads segment later" (a remark on what comes next), "already looked at the first 20
companies, show me the next 20" (page 2 of 20).

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them with
the other rewrites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner import needles as rx

VERSUS = r"\b([\w-]+) (?:vs\.?|versus) ([\w-]+)\b"


def _chosen(m: re.Match[str]) -> str:
    """'open vs closed refunds - start w the open ones': the side the request goes on with."""
    text = m.group(0)
    pair = rx.search(VERSUS, text, re.IGNORECASE)
    picked = rx.search(r"\bthe ([\w-]+) ones?\b", text[pair.end() :], re.IGNORECASE) if pair else None
    if pair is None or picked is None:
        return text
    word = picked[1].casefold()
    side = next((said for said in (pair[1], pair[2]) if said.casefold()[:3] == word[:3]), None)
    return text if side is None else text[: pair.start()] + side + text[pair.end() :]


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (
        rf"^.*?{VERSUS}.*?[,;:-]+\s*(?:start (?:with|w/?)|begin with|first|read me|show me|just|only|give me|open)"
        r"\b.*$",
        _chosen,
    ),  # fmt: skip
    (r"^\W*how (?:does|do|did|is|are) [^?]{3,80}? (?:compare|stack up|differ)\b[^?]*\?\s+(?=\S)", ""),  # "how does
    # her activity compare to his? her last 10 events first": what is asked first
    (
        r"(?<=[?.!,;])\s+(?:(?:i'?m|we'?re|i am|we are|and|then) )?(?:comparing|to compare|will compare|i'll compare|"
        r"going to compare)(?: (?:them|it|this|those|these|that))? (?:against|with|to)\b[^?]*$",
        "",
    ),  # "first 40 contacts, comparing them against the leads segment later"
    (
        r"\b(?:already |i've |i have |i )?(?:looked at|seen|saw|went through|gone through|checked|read) the first "
        r"(\d{1,3}) ([a-z]+)[,;.]?\s+(?:(?:now|so|pls|please|ok) )?(?:show me |give me |get me |list )?the next \1\b",
        r"\2 page 2, \1 per page",
    ),  # "already looked at the first 20 companies, show me the next 20"
]

__all__ = ["REWRITES"]
