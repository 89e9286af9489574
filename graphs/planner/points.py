"""Named days and spans at the start of a phrase ("the 1st of this month", "q3", "christmas", "october 5",
"the start of the quarter"), resolved against an explicit ``today``: (the first day, the day after the end). A
month, weekday or holiday named without a year is the most recent one not in the future."""

from __future__ import annotations

from datetime import date, timedelta

from graphs.planner import needles as rx
from graphs.planner.months import MONTH_WORDS, MONTHS

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH = r"(?P<month>" + MONTH_WORDS + r")\.?"
DAY = (  # not a count said after a month ("snoozed convos in october 5 per page")
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?! (?:per|a|each|for each|at a|results?|rows?|items?|of them|max)\b)"
)
YEAR = r"(?P<year>20\d\d)"

ONE = timedelta(days=1)


def month_start(today: date, month: int, year: int | None) -> date:
    if year is None:
        year = today.year if month <= today.month else today.year - 1
    return date(year, month, 1)


def next_month(day: date, n: int = 1) -> date:
    """The first day of the month ``n`` months after ``day``'s (before it, for a negative ``n``)."""
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def day_of(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        found = date(year or today.year, month, day)
    except ValueError:
        return None
    if year is None and found > today:
        found = found.replace(year=today.year - 1)
    return found


def quarter(today: date, q: int | None, back: int = 0) -> tuple[date, date]:
    """Quarter ``q`` (the most recent one not in the future), or this quarter ``back`` quarters ago."""
    if q is None:
        index = today.year * 4 + (today.month - 1) // 3 - back
    else:
        index = today.year * 4 + q - 1
        if index > today.year * 4 + (today.month - 1) // 3:
            index -= 4
    start = date(index // 4, index % 4 * 3 + 1, 1)
    end_index = index + 1
    return start, date(end_index // 4, end_index % 4 * 3 + 1, 1)


def holiday(name: str, today: date) -> date | None:
    """A day people name by its holiday (the most recent one not in the future)."""
    for year in (today.year, today.year - 1):
        if name == "halloween":
            day = date(year, 10, 31)
        elif name in ("christmas", "xmas"):
            day = date(year, 12, 25)
        elif name in ("new year", "new years", "new year's", "nye") or name.endswith(" eve"):
            day = date(year, 1, 1) if name != "nye" and not name.endswith(" eve") else date(year - 1, 12, 31)
        elif name in ("labor day", "labour day"):  # the first monday of september
            first = date(year, 9, 1)
            day = first + timedelta(days=(0 - first.weekday()) % 7)
        elif name in ("thanksgiving", "black friday"):
            first = date(year, 11, 1)
            day = first + timedelta(days=(3 - first.weekday()) % 7 + 21 + (name == "black friday"))
        else:
            return None
        if day <= today:
            return day
    return None


HOLIDAY = r"halloween|christmas|xmas|new year'?s? eve|new year'?s?|nye|thanksgiving|black friday|labou?r day"


def point(text: str, today: date) -> tuple[date, date] | None:
    """A named instant or span at the start of ``text``: (its first day, the day after it ends)."""
    text = text.strip()
    if m := rx.match(r"(?:the )?(?:start|beginning) of (?:the |this )?(?:q|quarter )(?P<q>[1-4])\b", text):
        start = quarter(today, int(m.group("q")))[0]
        return start, start
    if m := rx.match(r"(?:the )?(?:start|beginning) of (?:the |this )?quarter\b", text):
        start = quarter(today, None)[0]
        return start, start
    if m := rx.match(r"(?:q|quarter )(?P<q>[1-4])\b", text):
        return quarter(today, int(m.group("q")))
    if m := rx.match(r"(?P<which>first|second|1st|2nd|latter) half of " + MONTH + r"\b", text):
        start = month_start(today, MONTHS[m.group("month")], None)
        middle = start.replace(day=16)
        return (start, middle) if m.group("which") in ("first", "1st") else (middle, next_month(start))
    if m := rx.match(rf"(?P<h>{HOLIDAY})\b", text):
        day = holiday(m.group("h").replace("'", "'"), today)
        return (day, day + timedelta(days=1)) if day else None
    if m := rx.match(r"(?:the )?(?:start|beginning) of (?:the |this )?year\b", text):
        return date(today.year, 1, 1), date(today.year, 1, 1)
    if m := rx.match(r"(?:the )?(?:start|beginning) of (?:the |this )?month\b", text):
        return today.replace(day=1), today.replace(day=1)
    if m := rx.match(r"(?:the )?" + DAY + r" of (?:the )?(?P<which>this|last|previous|current) month\b", text):
        start = today.replace(day=1) if m["which"] in ("this", "current") else next_month(today, -1)
        found = day_of(today, start.month, int(m["day"]), start.year)
        return (found, found + ONE) if found else None  # "before the 1st of this month"
    if m := rx.match(r"(?:the )?(?:start|beginning) of (?:the |this )?week\b", text):
        monday = today - timedelta(days=today.weekday())
        return monday, monday
    if m := rx.match(r"(?P<iso>20\d\d-\d\d-\d\d)\b", text):
        day = date.fromisoformat(m.group("iso"))
        return day, day + timedelta(days=1)
    if m := rx.match(MONTH + r" " + DAY + r"(?:,? " + YEAR + r")?\b", text) or rx.match(
        r"(?:the )?" + DAY + r" (?:of )?" + MONTH + r"(?:,? " + YEAR + r")?\b", text
    ):
        found = day_of(today, MONTHS[m.group("month")], int(m.group("day")), int(m["year"]) if m["year"] else None)
        return (found, found + timedelta(days=1)) if found else None
    if m := rx.match(MONTH + r"(?:,? " + YEAR + r")?\b", text):
        start = month_start(today, MONTHS[m.group("month")], int(m["year"]) if m["year"] else None)
        return start, next_month(start)
    if m := rx.match(r"(?:last )?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", text):
        back = (today.weekday() - WEEKDAYS[m.group("weekday")]) % 7 or 7
        day = today - timedelta(days=back)
        return day, day + timedelta(days=1)
    if rx.match(r"yesterday\b", text):
        return today - timedelta(days=1), today
    if rx.match(r"today\b|this morning\b", text):
        return today, today + timedelta(days=1)
    if m := rx.match(YEAR + r"\b", text):
        start = date(int(m.group("year")), 1, 1)
        return start, date(start.year + 1, 1, 1)
    return None
