"""Spans of time named in words rather than dates: "the day before yesterday", "the first half of the year"
("h1"), a season ("over the summer", "last winter")."""

from __future__ import annotations

from datetime import date, timedelta

from graphs.planner import needles as rx

SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # the month each begins (the north's)


def named_span(low: str, today: date) -> tuple[date, date] | None:
    """A span named in words: "the day before yesterday", "the first half of the year" (or "h2"), "over the
    summer" (the last one begun; "last summer" the last one over)."""
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


__all__ = ["SEASONS", "named_span"]
