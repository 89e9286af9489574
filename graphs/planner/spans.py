"""Spans of time named in words rather than dates: "the day before yesterday", "the first half of the year"
("h1"), a season ("over the summer", "last winter"), part of a month ("the last two weeks of october", "the last
day of last month", "the first 5 days of this month"), and this day a month, week or year ago ("on this exact day
last month")."""

from __future__ import annotations

from datetime import date, timedelta

from graphs.planner import needles as rx
from graphs.planner.months import MONTH_WORDS, MONTHS
from graphs.planner.points import HOLIDAY, holiday, month_start, next_month
from graphs.planner.words import NUMBER, number

SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # the month each begins (the north's)


def named_span(low: str, today: date) -> tuple[date, date] | None:
    """A span named in words: "the day before yesterday", "the first half of the year" (or "h2"), "over the
    summer" (the last one begun; "last summer" the last one over)."""
    if (part := _of_month(low, today)) is not None:
        return part
    if (m := rx.search(rf"\b({HOLIDAY}) (?:long )?weekend\b", low)) and (day := holiday(m[1], today)) is not None:
        return _long_weekend(day)  # "labor day weekend": saturday to monday; "thanksgiving weekend": thursday on
    if m := rx.search(
        r"\bthis (?:exact |very |same )?day (?:last|a) (week|month|year)\b|\b(a|one) (week|month|year) ago today\b", low
    ):
        unit = m[1] or m[3]
        if unit == "week":
            day = today - timedelta(days=7)
        else:
            back = today.month - 1 if unit == "month" else today.month
            year = today.year - (unit == "year") - (unit == "month" and today.month == 1)
            month = (back - 1) % 12 + 1 if unit == "month" else today.month
            day = date(year, month, min(today.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
        return day, day + timedelta(days=1)
    if rx.search(r"\bday before yesterday\b", low):
        return today - timedelta(days=2), today - timedelta(days=1)
    if m := rx.search(r"\b(first|1st|second|2nd|last) half of (?:the |this )?year\b|\bh([12])\b", low):
        first = m[1] in ("first", "1st") or m[2] == "1"
        return (
            (date(today.year, 1, 1), date(today.year, 7, 1))
            if first
            else (date(today.year, 7, 1), date(today.year + 1, 1, 1))
        )
    if m := rx.search(r"\b(?:(last|this|the|over the|during the|in the) )?(spring|summer|fall|autumn|winter)\b", low):
        if m[2] == "fall" and m[1] is None:
            return None  # "sales fall": not a season
        start = date(today.year, SEASONS[m[2]], 1)
        start = start if start <= today else start.replace(year=start.year - 1)
        end = date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1)  # three months on
        if m[1] == "last" and end > today:  # "last summer", in july: the summer before
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        return start, end
    return None


def _long_weekend(day: date) -> tuple[date, date]:
    """The days off around a holiday: from the saturday before a monday, from a thursday or friday to the
    sunday after, a weekend day's whole weekend; a midweek holiday alone."""
    start = {0: -2, 6: -1}.get(day.weekday(), 0)
    end = {0: 1, 3: 4, 4: 3, 5: 2, 6: 1}.get(day.weekday(), 1)
    return day + timedelta(days=start), day + timedelta(days=end)


OF_MONTH = rx.compile(
    rf"\b(?:the )?(?P<which>first|1st|last|final|closing|opening) (?:(?P<n>{NUMBER[1:-1]}|few|couple)(?: of)? )?"
    rf"(?P<unit>days?|weeks?) of (?:the )?(?P<month>last month|previous month|this month|month|{MONTH_WORDS})\b"
)


def _of_month(low: str, today: date) -> tuple[date, date] | None:
    """'the last two weeks of october', 'the last day of last month', 'first 5 days of this month': that part
    of the month (days counted from its first or last day)."""
    if (m := OF_MONTH.search(low)) is None:
        return None
    which, unit, month, n = m["which"], m["unit"], m["month"], m["n"]
    count = 1 if n is None else 3 if n == "few" else 2 if n == "couple" else number(n) or 1
    if month in ("last month", "previous month"):
        start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    elif month in ("this month", "month"):
        start = today.replace(day=1)
    else:
        start = month_start(today, MONTHS[month], None)
    length = timedelta(days=count * (7 if unit.startswith("week") else 1))
    end = next_month(start)
    return (start, start + length) if which in ("first", "1st", "opening") else (end - length, end)


__all__ = ["SEASONS", "named_span"]
