"""Slashed dates that read two ways.

"11/4" is read month first, as US teams write it: November 4. But "04/11" is April 11 to them and 4 November
to most of the world. When both numbers could be the month and the day-first reading is the nearer past
day (so a writer in London is as likely as one in Boston), the planner does not guess:

- a reading said in the same request settles it: "03/11 - i'm in london so that's 3 nov", "04/10 (dd/mm)";
- else the planner asks which day, and a bare answer ("4 november", "dd/mm", "the uk way") completes the
  request it asked about.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from graphs.planner import needles as rx
from graphs.planner.months import MONTH_NAMES, MONTHS

SLASH = rx.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})(?:/((?:20)?\d\d))?(?![\w/.])")
DAY_FIRST = (
    r"\b(?:dd ?/ ?mm|d ?/ ?m|day[- ]first|day (?:before|then) (?:the )?month|uk|british|brit|european|euro|"
    r"london|aussie|australian|nz|indian|the rest of the world)\b"
)
MONTH_FIRST = (
    r"\b(?:mm ?/ ?dd|m ?/ ?d|month[- ]first|month (?:before|then) (?:the )?day|american|us (?:style|format|way|date))\b"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
SPELLED = rx.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\b|({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b)"
)
ASK_DAY = "Which day do you mean by "  # the marker a bare answer completes (see graphs.planner.dialogue)


def _readings(m: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(month, day) read month first and day first, when the two differ and both are days."""
    a, b = int(m[1]), int(m[2])
    if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
        return None
    return (a, b), (b, a)


def _said(month_day: tuple[int, int]) -> str:
    return f"{MONTH_NAMES[month_day[0] - 1]} {month_day[1]}"


def _chosen(text: str, readings: tuple[tuple[int, int], tuple[int, int]]) -> tuple[int, int] | None:
    """The reading ``text`` picks: a day spelled out that is one of them, a month named, or a convention."""
    for s in SPELLED.finditer(text):
        month, day = (MONTHS[s[2]], int(s[1])) if s[1] else (MONTHS[s[3]], int(s[4]))
        if (month, day) in readings:
            return month, day
    months = {MONTHS[w] for w in rx.findall(rf"\b(?:{_MONTH})\b", text)}
    if len(months) == 1 and (only := months.pop()) in (readings[0][0], readings[1][0]):
        return readings[0] if only == readings[0][0] else readings[1]
    if rx.search(DAY_FIRST, text):
        return readings[1]
    if rx.search(MONTH_FIRST, text):
        return readings[0]
    return None


def _convention(text: str) -> int | None:
    """Which reading (0 month first, 1 day first) the whole request settles: a convention named ("(dd/mm)"), or
    another slashed date that reads only one way ("between 03/04 and 17/04": day first)."""
    low = text.lower()
    if rx.search(DAY_FIRST, low):
        return 1
    if rx.search(MONTH_FIRST, low):
        return 0
    for m in SLASH.finditer(text):
        a, b = int(m[1]), int(m[2])
        if 12 < a <= 31 and 1 <= b <= 12:
            return 1
        if 12 < b <= 31 and 1 <= a <= 12:
            return 0
    return None


def _all_settled(text: str, reading: int) -> str:
    """Every slashed date read one way, and a bracketed convention ("(dd/mm)") dropped."""

    def said(m: re.Match[str]) -> str:
        month, day = (int(m[1]), int(m[2])) if reading == 0 else (int(m[2]), int(m[1]))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m[0]
        year = f" {int(m[3]) % 100 + 2000}" if m[3] else ""
        return _said((month, day)) + year

    text = rx.sub(rf"\s*\((?:{DAY_FIRST}|{MONTH_FIRST})(?: (?:dates?|format|style))?\)", "", text)
    text = rx.sub(r"(?<=\d)\s*[-–]\s*(?=\d{1,2}/)", " - ", text)  # "02/03-09/03": a range of two dates
    return SLASH.sub(said, text)


def settled(text: str) -> str:
    """A slashed date read as the request itself says it is meant, the saying dropped: "from 03/11 - i'm in
    london so that's 3 nov" is "from november 3"; "03/11 - 10/11 (dd/mm)" is "november 3 - november 10"."""
    if len(found := SLASH.findall(text)) > 1 or (found and rx.search(r"\(\s*(?:dd|mm|d|m) ?/", text)):
        if (reading := _convention(text)) is not None:
            return _all_settled(text, reading)
    m = SLASH.search(text)
    if m is None or (readings := _readings(m)) is None:
        return text
    rest = text[m.end() :]
    chosen = _chosen(rest.lower(), readings)
    if chosen is None:
        return text
    said = rx.search(r"\s*(?:\(|\s-+\s|,\s|;\s|\s–\s)[^()]*?(?:\)|$)", rest)  # the aside that said it
    tail = rest[said.end() :] if said is not None and _chosen(said[0].lower(), readings) is not None else rest
    return text[: m.start()] + _said(chosen) + tail


def _dates(m: re.Match[str], today: date) -> tuple[date, date] | None:
    readings = _readings(m)
    if readings is None:
        return None
    year = int(m[3]) % 100 + 2000 if m[3] else None
    found = []
    for month, day in readings:
        on = date(year or today.year, month, day)
        if year is None and on > today:
            on = on.replace(year=today.year - 1)
        found.append(on)
    return found[0], found[1]


def which_day(text: str, now: float) -> str | None:
    """The question to ask when a slashed date in ``text`` could be either of two past days, and the day-first
    one is the nearer (a month-first date still to come is a deadline, not a search: not asked about)."""
    today = datetime.fromtimestamp(now, UTC).date()
    for m in SLASH.finditer(text):
        dates = _dates(m, today)
        if dates is None:
            continue
        month_first, day_first = dates
        year = int(m[3]) % 100 + 2000 if m[3] else today.year
        if day_first <= month_first or day_first > today or date(year, month_first.month, month_first.day) > today:
            continue
        d, mf = f"{day_first.day} {day_first:%B}", f"{month_first:%B} {month_first.day}"
        return f"{ASK_DAY}{m[0]}: {d} (day first) or {mf} (month first)? Say '{d}' or '{mf}'."
    return None


def answered_day(reply: str, asked: str) -> str | None:
    """The request the planner asked about, with its slashed date as the reply reads it (None: the reply
    does not choose)."""
    m = SLASH.search(asked)
    if m is None or (readings := _readings(m)) is None:
        return None
    chosen = _chosen(reply.lower(), readings)
    if chosen is None:
        return None
    return asked[: m.start()] + _said(chosen) + asked[m.end() :]


__all__ = ["ASK_DAY", "answered_day", "settled", "which_day"]
