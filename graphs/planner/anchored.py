"""A time named by something the workspace does not date, with its day said in the same request: "since the
outage on the 12th", "the day of the outage (the 12th)", "anything snoozed since the outage? it was the 12th",
"before the launch on the 2nd". The day is put in place of the thing, and a day of the month said alone ("the
12th") is written with its month (this month's, or last month's when it is still to come), so that no reader
takes it for the twelfth item of a list. Said without its day, such a time is asked about
(:mod:`graphs.planner.loose_times`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from graphs.planner import needles as rx
from graphs.planner.months import MONTH_WORDS
from graphs.planner.shift_times import on_the_clock

ORDINAL_DAYS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"  # ("the 2nd" as plain writes it)
EVENTS = (
    r"release|launch|outage|incident|shift|deploy|deployment|migration|rollout|roll-out|downtime|offsite|off-site|"
    r"holiday|vacation|sprint|all-hands|price change|pricing change|price increase|redesign|rebrand|conference|webinar|"
    r"report|qbr|review"
)
DAY = (
    rf"the (?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_DAYS})\b|\d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"(?:{MONTH_WORDS})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_WORDS})\b|yesterday\b|(?:last )?(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day\b"
)
THING = (
    r"(?:(?:the|our|my|that|this) )?(?:(?!(?:since|after|before|from|until|till|during|around|on|in|of|the|and|"
    rf"but)\b)[\w-]+ )?(?P<ev>{EVENTS})\b"
)
_CLAUSE = (
    rf"(?:(?:it|which|that|this|(?:the )?(?:{EVENTS})) )?(?:was|is|happened|hit|started|went out|went live|shipped) "
)
SAID_WITH = rx.compile(  # "the outage on the 12th", "the outage (the 12th)", "the outage (outage was the 12th)"
    rf"\b{THING}(?:\s*[(,–-]\s*(?:{_CLAUSE})?(?:on )?|\s+(?:{_CLAUSE})(?:on )?|\s+on )(?P<day>{DAY})\)?",
    re.IGNORECASE,
)
SAID_APART = rx.compile(  # "since the outage? it was the 12th", "... (outage was the 12th)"
    rf"[\s(,;.?!-]*\(?\b(?:(?:the|our) )?(?:{EVENTS}|it) (?:was|happened|hit|started)(?: on)? (?P<day>{DAY})\)?",
    re.IGNORECASE,
)
NTH = rx.compile(rf"\bthe (\d{{1,2}}|{ORDINAL_DAYS})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)\b")
NUMBERED = {word: n for n, word in enumerate(ORDINAL_DAYS.split("|"), 1)}


def _with_month(day: str, now: float) -> str:
    """ "the 12th": with its month (this month's; last month's when that day is still to come)."""
    m = NTH.fullmatch(day.strip())
    if m is None:
        return day
    said = (m.group(1) or m.group(2)).lower()
    n = NUMBERED[said] if said in NUMBERED else int(said)
    today = datetime.fromtimestamp(now, UTC).date()
    month = today if n <= today.day else today.replace(day=1) - timedelta(days=1)
    return f"{month:%B}".lower() + f" {n}" if 1 <= n <= 31 else day


def anchored(text: str, now: float) -> str:
    """``text`` with each such thing whose day it says replaced by that day (see the module), and hours and
    working days read on the clock (:func:`graphs.planner.shift_times.on_the_clock`)."""
    text = on_the_clock(text, now)
    if not rx.search(rf"\b(?:{EVENTS})\b", text, re.IGNORECASE):
        return text
    text = SAID_WITH.sub(lambda m: _with_month(m["day"], now), text)
    apart = SAID_APART.search(text)
    if apart is not None and (thing := rx.search(rf"\b{THING}", text[: apart.start()], re.IGNORECASE)) is not None:
        day = _with_month(apart["day"], now)
        text = text[: thing.start()] + day + text[thing.end() : apart.start()] + text[apart.end() :]
    return rx.sub(rf"\b(?:on )?the day of (?=(?:{MONTH_WORDS})\b)", "on ", text, flags=re.IGNORECASE)


__all__ = ["EVENTS", "anchored"]
