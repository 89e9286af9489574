"""Arguments put together from what a request reads: only the values it gave, counts kept within what a tool
allows, and the largest page when the request asks for it ("all companies, max per page")."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.reading import Utterance

MOST = (
    r"max(?:imum)? per page|as many (?:\w+ )?as (?:possible|you can|allowed|it allows)|max page size|biggest pages?|"
    r"\d+ is the max|\b(?:all|every) (?:the |of the |our )?\w+ (?:on|in) (?:one|a single) page|"
    r"\ball (?:of )?(?:them|those|it) (?:on|in) (?:one|a single) page"  # "what companies do we have? all of them ..."
)


def put(args: dict[str, Any], **values: Any) -> dict[str, Any]:
    """``args`` with every value given (not None) set."""
    args.update({k: v for k, v in values.items() if v is not None})
    return args


def cap(value: int | None, top: int) -> int | None:
    """A count within 1..``top``, or None when none was said."""
    return None if value is None else max(1, min(top, value))


def most(r: Utterance, top: int) -> int | None:
    """The largest page a list allows, when the request asks for it."""
    return top if r.has(MOST) else None


def placed(r: Utterance, said: list[str]) -> int:
    """Which of several ids said in the request it picks ("[100049] [100056] [100063] open the middle one"): the
    index of the one its place names, else 0 (the first)."""
    place = rx.search(
        r"\bthe (first|1st|second|2nd|third|3rd|last|final|middle)(?: one| id| convo| conversation)?\b", r.text
    )
    if place is None or len(said) < 2:
        return 0
    at = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1, "final": -1}
    index = len(said) // 2 if place[1] == "middle" and len(said) % 2 else at.get(place[1], 0)
    return index if -len(said) <= index < len(said) else 0


__all__ = ["MOST", "cap", "most", "placed", "put"]


NO_PARTS = (
    r"\b(?:no |zero |0 |none of the |without (?:the |any )?(?:of the )?)(?:messages|parts|replies|msgs)\b|"
    r"\bjust the (?:header|headers|metadata|meta ?data)\b|\bdo(?:n'?t| not) (?:show|include|give) (?:me )?(?:any of "
    r")?the (?:messages|parts|replies|msgs)\b"
)


def parts(r: Utterance) -> int | None:
    """How many of a conversation's parts to show: none when the request says so ("just the header info",
    "without the messages"), else the count it gives (1..500), else None."""
    said = r.count("message", None)
    return 0 if said == 0 or r.has(NO_PARTS) else cap(said, 500)
