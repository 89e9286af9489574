"""A time placed by a record on screen: "her convos since she signed up", "did we talk to him before he
joined?", after a contact's record was shown (its signed-up date, or the day the record was made); "any other
shipping convos since that one was opened?", "in the week after it came in", after a conversation was shown
(the day it was made). The request is read with that day in place of the words.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.explained import PERSON_NAMED

SIGNED_UP = rx.compile(
    r"\b(?P<side>since|after|before|prior to) (?:(?:she|he|they|it|the (?:contact|customer|user|lead)) (?:first )?"
    r"(?:signed up|joined|registered|was created|were created|got created|came on ?board|became (?:a )?(?:customer|"
    r"user))|(?:her|his|their|its) (?:sign ?-?up|signup|joining|registration)|signing up|joining|registering)\b",
    re.IGNORECASE,
)
OPENED = rx.compile(
    r"\b(?:in )?(?:the (?P<week>week|day|month) )?(?P<side>since|after|before|prior to) (?:that|this|the) "
    r"(?:one|convo|conversation|ticket|chat) (?:i|we) (?:just )?(?:opened|looked at|read|saw)\b|"
    r"\b(?:in )?(?:the (?P<week2>week|day|month) )?(?P<side2>since|after|before|prior to) (?:that one|that convo|that "
    r"conversation|that ticket|it|this one) (?:was )?(?:opened|created|came in|started|was raised)\b",
    re.IGNORECASE,
)
SPAN = {"day": 1, "week": 7, "month": 30}


def _day(record: dict[str, Any] | None, *keys: str) -> datetime | None:
    for key in keys:
        if record and isinstance(when := record.get(key), int | float) and when > 0:
            return datetime.fromtimestamp(when, UTC)
    return None


def _placed(m: re.Match[str], day: datetime, span: str | None, side: str) -> str:
    start = day.date()
    if span is None:
        return f"{'before' if side.lower() in ('before', 'prior to') else 'since'} {start.isoformat()}"
    length = timedelta(days=SPAN[span.lower()])
    first, last = (start - length, start) if side.lower() in ("before", "prior to") else (start, start + length)
    return f"between {first.isoformat()} and {(last - timedelta(days=1)).isoformat()}"


def record_dated(text: str, state: State) -> str | None:
    """``text`` with the day a record on screen gives in place of the words that point at it; None when it
    says none, or no such record is on screen."""
    if (m := SIGNED_UP.search(text)) is not None:
        if (day := _day(state.contact, "signed_up_at", "created_at")) is None:
            said = PERSON_NAMED.search(text)  # "what did <id> do the first week after signing up": her record first
            return f"profile of {said.group(0)}" if said is not None else None
        return text[: m.start()] + _placed(m, day, None, m["side"]) + text[m.end() :]
    if (m := OPENED.search(text)) is not None:
        if (day := _day(state.conversation, "created_at")) is None:
            return None
        return text[: m.start()] + _placed(m, day, m["week"] or m["week2"], m["side"] or m["side2"]) + text[m.end() :]
    return None


__all__ = ["record_dated"]
