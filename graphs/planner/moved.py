"""A time window moved from the last one asked about: "same but a month earlier", "and the same stretch the year
before?", "the weekend before", "and the week after that?", "and since then?", "make it the whole week starting
then", "make that since the tuesday before" (the last such day before the window began)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.points import WEEKDAYS
from graphs.planner.reading import Utterance
from graphs.planner.words import value

UNIT = r"(day|week|weekend|fortnight|month|quarter|year)"
COUNT = r"(a|one|an|\d{1,2}|two|three|four|five|six)"
EARLIER = r"earlier|before|back|prior|sooner"
SHIFTED = rx.compile(
    rf"\b(?:{COUNT} )?{UNIT}s? ({EARLIER}|later|after|on|forward|following)\b(?! (?:that|this|then|it)\b)|"
    rf"\bback (?:by )?(?:{COUNT} )?{UNIT}s?\b|\b(?:shift|move|push) (?:it|that|them|the window) (back|forward) "
    rf"(?:by )?(?:{COUNT} )?{UNIT}s?\b"
)
NEXT = rx.compile(rf"\bthe {UNIT} (after|following)(?: (?:that|this|it|then))?\b|\bthe (?:next|following) {UNIT}\b")
SPAN_AFTER = rx.compile(
    r"\bthe (\d{1,2}|two|three|four|five|six) (day|week)s (?:after|following)(?: (?:that|it|then))?\b"
)
YEAR_BEFORE = rx.compile(r"\bthe (year|weekend) (?:before|prior|earlier)\b|\b(?:previous|prior) (year|weekend)\b")
SINCE_THEN = rx.compile(r"^(?:(?:and|ok|okay|so|what about|how about|now)\W+)*(?:since|after) (?:then|that)\W*$")
WHOLE = rx.compile(r"\b(?:whole |full |entire )?(week|fortnight|month) (?:starting|from|beginning) (?:then|that day)\b")
DAY_BEFORE = rx.compile(rf"\b(?:since |from )?the ({'|'.join(WEEKDAYS)}) before\b(?! last)")
DAYS = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}


def _months(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover - a month always has 28 days


def _by(day: date, unit: str, n: int) -> date:
    if unit in DAYS:
        return day + timedelta(days=DAYS[unit] * n)
    return _months(day, n * {"month": 1, "quarter": 3, "year": 12}[unit])


def moved(r: Utterance, last: dict[str, Any]) -> dict[str, str] | None:
    """The window this request moves the last one to, or None when it moves none."""
    after, before = last.get("created_after"), last.get("created_before")
    if not after:
        return None
    start, end = date.fromisoformat(after), date.fromisoformat(before) if before else None
    if end is not None and SINCE_THEN.search(r.text):
        return {"created_after": end.isoformat()}  # "and since then?", after the first half of the year
    if (m := WHOLE.search(r.text)) is not None:
        return {"created_after": after, "created_before": _by(start, m[1], 1).isoformat()}
    if (m := DAY_BEFORE.search(r.text)) is not None:
        back = (start.weekday() - WEEKDAYS[m[1]]) % 7 or 7  # "since friday", then "the tuesday before": the 10th
        return {"created_after": (start - timedelta(days=back)).isoformat()}
    if end is None:
        return None
    if (m := NEXT.search(r.text)) is not None and (unit := m[1] or m[3]) != "year":
        return {"created_after": end.isoformat(), "created_before": _by(end, unit, 1).isoformat()}
    if (m := SPAN_AFTER.search(r.text)) is not None and (n := value(m[1])):  # "and the two days after": those two
        return {"created_after": end.isoformat(), "created_before": _by(end, m[2], n).isoformat()}
    if (m := YEAR_BEFORE.search(r.text)) is not None:
        unit, n = m[1] or m[2], -1
    elif (m := SHIFTED.search(r.text)) is not None and not r.dates:  # (not "convos from 2 weeks back")
        count, unit = (m[1], m[2]) if m[2] else (m[4], m[5]) if m[5] else (m[7], m[8])
        direction = m[3] or ("earlier" if m[5] else m[6])
        n = (value(count) or 1 if count and count not in ("a", "an", "one") else 1) * (
            -1 if rx.fullmatch(f"{EARLIER}|back", direction) else 1
        )
    else:
        return None
    return {"created_after": _by(start, unit, n).isoformat(), "created_before": _by(end, unit, n).isoformat()}


__all__ = ["moved"]
