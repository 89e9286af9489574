"""Times said the way a shift talks, read as the days the tools take (they filter by date, not by the hour):
"since 9am CET", "since standup", "since lunch (SGT)", "this morning PST", "shift started 6am utc" are today;
"first thing monday" is monday; "before friday close" is before saturday (all of friday); "thu-fri", "thu and fri
last week" are those days; "mondays convos" and a bare "fridays?" are that day's.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them with
the other rewrites. A time of day with no hour said ("since my shift started", "since i logged on") is not read
here: when it started is asked (:mod:`graphs.planner.loose_times`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

_ZONE = (
    r"(?:\s*\(?(?:utc|gmt|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ct|mst|mdt|mt|sgt|ist|aest|aedt|bst|jst|hkt|kst|"
    r"pacific|eastern|central)\b\)?|"
    r" (?:my|our|your|local) time| local)?"
)
_CLOCK = r"(?:\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|\d{1,2} ?o'?clock|noon|midday)"
_OF_DAY = (
    rf"(?:about |around |approx\.? |roughly )?(?:{_CLOCK}|lunch(?:time)?|(?:the |our |this morning'?s )?stand-?up|"
    r"breakfast|(?:the )?morning (?:huddle|sync|meeting))"
)
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_DAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"


def _day(said: str) -> str:
    """A day's name as written in full ("thu": thursday)."""
    low = said.casefold()
    return next((d for d in DAYS if low == d), DAYS[_SHORT.get(low[:4], _SHORT.get(low[:3], 0))])


def _after_close(m: re.Match[str]) -> str:
    """ "before friday close": before the day after (all of friday)."""
    return f"before {DAYS[(DAYS.index(_day(m[1] or m[2])) + 1) % 7]}"


def _between(m: re.Match[str]) -> str:
    """ "thu-fri", "thursday to friday": between the two days (both in)."""
    return f"between {_day(m[1])} and {_day(m[2])}"


def _days_own(m: re.Match[str]) -> str:
    """ "mondays convos": the conversations from monday."""
    return f"{m[2]} from {_day(m[1])}"


def _bare_day(m: re.Match[str]) -> str:
    """ "monday?", "now fridays": the conversations from that day (the rest as the last request asked)."""
    return f"{m[1]}from {_day(m[2])}"


_DAY_NAME = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"

REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "since lunch yesterday", "since 9am CET on monday": that day (a time of another day)
        rf"\b(?:since|from|after) {_OF_DAY}{_ZONE} (?:on )?(?=(?:yesterday|{_DAY_NAME})\b)",
        "since ",
    ),
    (rf"\b(?:since|from|after) {_OF_DAY}{_ZONE}(?: (?:today|this morning))?\b\)?", "since today"),  # "since 9am CET"
    (  # "shift started 6am utc, whats come in since": today
        rf"\b(?:my |the )?shift (?:started|began|starts|kicked off) (?:at )?{_CLOCK}{_ZONE}\b\)?",
        "since today",
    ),
    (  # "integration convos this morning PST"; not "the convo my agent flagged this morning" (one conversation)
        rf"\b(convos|conversations|tickets|chats|came in|come in|opened|created|since|new)((?: \w+)?) "
        rf"(?:this|earlier this) (?:morning|afternoon|evening){_ZONE}(?=\W|$)",
        r"\1\2 today",
    ),
    (  # "since i logged on": since the shift started (when, is asked)
        r"\bsince i (?:logged|signed|clocked) (?:on|in)\b|\bsince i (?:got|came) (?:in|online|back)\b",
        "since my shift started",
    ),
    (r"\bwhile i was (?:out|away|off|on leave|ooo)\b", "during my vacation"),  # (when, is asked)
    (  # "started at 7 utc", asked when the shift began: today
        rf"^(?:(?:it|that|the shift|my shift|i)\s+)?(?:started|began|was|came (?:in|on)|logged on) (?:at )?"
        rf"(?:{_CLOCK}|\d{{1,2}}){_ZONE}\W*$",
        "today",
    ),
    (  # "the whole of monday": monday
        rf"\b(?:(?:the )?(?:whole|all) of|all day) (?=(?:on )?(?:yesterday|today|{_DAY_NAME})\b)",
        "",
    ),
    (rf"\b(since|from|after) first thing (?:on )?(?={_DAY_NAME}\b|today\b)", r"\1 "),  # "since first thing monday"
    (rf"\bfirst thing (?:on )?({_DAY_NAME}|today)\b(?: onwards?| on)?", r"since \1"),  # "first thing monday onwards"
    (  # "before friday close", "before end of day friday": before saturday
        rf"\bbefore (?:(?:the )?(?:end|close) of (?:day |business )?(?:on )?{_DAY}|{_DAY}(?:'s)? (?:close|eod|cob|"
        r"end of day|close of business))\b",
        _after_close,
    ),
    (rf"(?<!between )\b{_DAY}\s*(?:-|–|\s(?:to|thru|through|and|&|-)\s)\s*{_DAY}\b", _between),  # "thu-fri"
    (rf"\b{_DAY}'?s (convos?|conversations|tickets|chats)\b", _days_own),  # "mondays convos"
    (rf"^((?:(?:and|ok|okay|now|so|what about|how about)\s+)*){_DAY}'?s?\s*\??\s*$", _bare_day),  # "monday?"
]
HOURS = re.compile(
    r"\b(?:the )?(?:last|past) (\d{1,2}|(?:a )?couple(?: of)?|(?:a )?few|two|three|four) (?:hours?|hrs?)\b|"
    r"\b(?:the )?(?:last|past) (hour)\b",
    re.IGNORECASE,
)
WORKING_DAY = re.compile(r"\b(?:the )?(?:last|previous|prior) (?:working|business|work) ?day\b", re.IGNORECASE)
COUNTS = {"couple": 2, "few": 3, "two": 2, "three": 3, "four": 4, "hour": 1}


def on_the_clock(text: str, now: float) -> str:
    """Hours and working days read on the clock: "the last couple of hours" is today when today is that old
    already (else it reaches into yesterday, as the date-level words say); "the last working day" is
    yesterday, or friday on a monday or a weekend."""
    today = datetime.fromtimestamp(now, UTC)
    if "hour" in text.lower() or "hr" in text.lower():
        text = HOURS.sub(lambda m: "since today" if _hours(m) <= today.hour else m[0], text)
    if "day" in text.lower():
        text = WORKING_DAY.sub("friday" if today.weekday() in (0, 6) else "yesterday", text)
    return text


def _hours(m: re.Match[str]) -> int:
    said = (m[1] or m[2]).casefold().removeprefix("a ").removesuffix(" of")
    return int(said) if said.isdigit() else COUNTS.get(said, 99)


__all__ = ["REWRITES", "on_the_clock"]
