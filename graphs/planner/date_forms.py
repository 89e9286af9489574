"""Dates written the ways logs, calendars and other countries write them, read as the dates they are.

Before a request is read (:data:`REWRITES`, which need no "today"):

- a unix timestamp copied from a log, after "since", "before", "from" ...: "after 1791970200" is after
  2026-10-14 (days are the finest the search takes; "before" a time of day keeps that whole day);
- a dotted day-first date, with its year or after a word that takes a date: "from 23.10.2026", "since 1.9.";
- a month with an apostrophed year: "dec '25" is December 2025, not the 25th;
- a time of day (with its zone), which the search cannot take: "since 9am CET monday" is since Monday.

When a request's dates are read (:func:`forms`, which knows today):

- an ISO week number: "wk45", "week 45", "KW 44" (German), "wk 42-43": Monday to Sunday of that week, in this
  year unless it is still to come;
- a quarter or half of a given year: "Q4 last year", "q2 2025", "H1 '25", "the first half of last year";
- a fiscal quarter, when the request says when the fiscal year starts ("last fiscal quarter - our FY starts
  1 Feb"); :func:`fiscal_unknown` tells when it does not (the planner then asks);
- a day of last or this month ("the fortnight before the 20th of last month"), and a range whose second day
  takes the first one's month ("from the 3rd of October to the 10th").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from graphs.planner import needles as rx
from graphs.planner.months import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
AFTER = r"since|after|from|starting|beginning|as of"  # words that open a date going on from it
_DATE_WORDS = rf"(?:{AFTER}|before|until|till|to|on|between|and|thru|through|-|–)"
ZONE = r"(?: ?(?:utc|gmt|cet|cest|bst|ist|aest|aedt|[pmce][sd]?t|z)\b)?"
TIME = rf"\d{{1,2}}(?::\d\d)? ?(?:am|pm)\b{ZONE}|\d{{1,2}}:\d\d\b{ZONE}"


def _timestamp(m: re.Match[str]) -> str:
    """A unix timestamp after a word that takes a date: its day (the next day after "before" a time of day)."""
    before = m.string[: m.start()].lower()
    if rx.search(r"\b(?:convert|translate|decode)\b[^.?!]{0,20}$", before) or rx.match(
        r"\s+(?:in|to|into|as) (?:a |the )?(?:normal|human|readable|real|local|utc|our|proper|date)",
        m.string[m.end() :],
    ):
        return "that timestamp"  # "what's 1794787200 in normal time?": a conversion, asked of the wrong tool
    if not rx.search(rf"\b(?:{_DATE_WORDS}|created|timestamp|ts|epoch|unix)[:=]?\s*$", before):
        return m.group(0)  # a long number said alone: a conversation's id, as Intercom may write one
    when = datetime.fromtimestamp(int(m.group(1)), UTC)
    day = when.date()
    if rx.search(r"\b(?:before|until|till|to)\s*$", before) and (when.hour, when.minute, when.second) != (0, 0, 0):
        day += timedelta(days=1)
    return day.isoformat()


def _dotted(m: re.Match[str]) -> str:
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m.group(0)
    if year is None and not rx.search(rf"\b{_DATE_WORDS}\s*$", m.string[: m.start()].lower()):
        return m.group(0)  # "2.3." said alone: a version, a section, not a date
    said = f"{list(MONTHS)[list(MONTHS.values()).index(month)]} {day}"
    return f"{said} {int(year) % 100 + 2000}" if year else said


def _day_of(m: re.Match[str]) -> str:
    try:
        said = date(int(m["y"] or m["y2"]), MONTHS[(m["m"] or m["m2"]).lower()], int(m["d"] or m["d2"]))
    except ValueError:
        return m.group(0)
    taken = rx.search(
        rf"\b{_DATE_WORDS}\s*$", m.string[: m.start()].lower()
    )  # "since oct 3 2025"; said alone: that day
    return said.isoformat() if taken else f"on {said.isoformat()}"


def _week_said(m: re.Match[str]) -> str:
    """ "KW41", "wk38-39": as a reader of dates and topics knows them ("wk41", "wk38 to wk39")."""
    return f"wk{m.group(1)}" + (f" to wk{m.group(2)}" if m.group(2) else "")


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "- our FY starts 1 Feb": "fy-february", one word that is no subject
        rf"[\s,;(-]*\b(?:our |the )?(?:fy|fiscal year|financial year)s?\b[^.?!]{{0,20}}?\b(?:starts?|begins?|"
        rf"starting|beginning|runs? from|kicks? off|is from)\b (?:on |in |at )?(?:the )?(?:(?:1|1st|first) (?:of )?)?"
        rf"({_MONTH})\b\)?",
        lambda m: f" fy-{m.group(1).lower()}",
    ),
    (r"(?<![\w.#/-])(1[5-9]\d{8}|20\d{8})(?![\w.])", _timestamp),  # "created after 1791970200"
    (r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d\d)(?![\w.]))?(?![\w]|\.\d)", _dotted),  # "from 23.10.2026"
    (  # "3 oct 2025", "the 3rd of october, 2025", "oct 3rd 2025": that day (not this year's)
        rf"\b(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{_MONTH})\.?,? (?P<y>20\d\d)\b|"
        rf"\b(?P<m2>{_MONTH})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>20\d\d)\b",
        _day_of,
    ),
    (rf"\b({_MONTH}|q[1-4]|h[12])\.? ['’‘](\d\d)\b", r"\1 20\2"),  # "dec '25": december 2025; "h2 '25"
    (r"(?<!\d )\b(?:kw|cw|wk|week)\.? ?#?(\d{1,2})(?:\s*(?:-|–|to)\s*(?:kw|cw|wk|week)?\.? ?(\d{1,2}))?\b", _week_said),
    (rf"\b(?:{AFTER}) (?:(?:at|@) ?)?(?:{TIME})(?: on)?(?= )", "since"),  # "since 9am CET monday"
    (r"\b(?:before|until|till|up to) (?:(?:at|@) ?)?(?:" + TIME + r")(?: on)?(?= )", "before"),
    (rf"(?:,? (?:at|@) ?| )(?:{TIME})(?=[\s,.;!?)]|$)", ""),  # "yesterday at 5pm pst": yesterday
]


def _iso_week(week: int, year: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _weeks(m: re.Match[str], today: date) -> str:
    if (m.group("w") or "").endswith("s") and not m.group("b"):
        return m.group(0)  # "the last 2 weeks 10 convos": no week's number
    first, last = int(m.group("a")), int(m.group("b") or m.group("a"))
    if not (1 <= first <= last <= 53):
        return m.group(0)
    year = int(m.group("y")) if m.group("y") else today.isocalendar()[0]
    try:
        if not m.group("y") and _iso_week(first, year) > today:
            year -= 1  # "wk50" in November: last year's
        start, end = _iso_week(first, year), _iso_week(last, year) + timedelta(days=6)
    except ValueError:
        return m.group(0)
    return f"between {start.isoformat()} and {end.isoformat()}"


WEEK = rx.compile(
    r"(?<!\blast )(?<!\bthis )(?<!\bpast )(?<!\bnext )(?<!\bprevious )(?<!\d )"
    r"\b(?:(?:iso |calendar )?(?P<w>wks?|weeks?|kw|cw)\.? ?#?|w(?=\d))(?P<a>\d{1,2})"
    r"(?:\s*(?:-|–|to|thru|through|and|&|\+)\s*(?:(?:wk|week|kw|cw|w)\.? ?)?(?P<b>\d{1,2}))?"
    r"(?:(?:,| of| in)? (?P<y>20\d\d))?\b(?! ?(?:days?|weeks?|months?|of (?:the|onboarding|their|her|his|trial)\b))"
)
PART_OF_YEAR = rx.compile(
    r"\b(?:(?:the )?(?P<half>first|second|1st|2nd) half|(?P<part>q[1-4]|h[12]))(?: of)? "
    r"(?P<year>last year|this year|20\d\d|'\d\d)\b|\b(?P<year2>20\d\d) (?P<part2>q[1-4]|h[12])\b"
)


def _part_of_year(m: re.Match[str], today: date) -> str:
    said = (m.group("year") or m.group("year2")).lstrip("'")
    year = {"last year": today.year - 1, "this year": today.year}.get(said) or int(said) % 100 + 2000
    part = (m.group("part") or m.group("part2") or "").lower()
    if m.group("half"):
        part = "h1" if m.group("half") in ("first", "1st") else "h2"
    first = (int(part[1]) - 1) * (3 if part[0] == "q" else 6) + 1
    start = date(year, first, 1)
    months = 3 if part[0] == "q" else 6
    end = date(year + (first + months - 1) // 12, (first + months - 1) % 12 + 1, 1)
    return f"between {start.isoformat()} and {(end - timedelta(days=1)).isoformat()}"


FISCAL = rx.compile(
    r"\b(?:fiscal|financial|fy) ?q(?:uarter)? ?([1-4])\b|\b(last|this|previous|current) fiscal quarter\b"
)
FY_START = rx.compile(rf"\bfy-({_MONTH})\b")  # (as the rewrite above writes it)


ASK_FISCAL = "When does your fiscal year start? "  # the marker a reply completes (see graphs.planner.dialogue)
FY_TOLD = rx.compile(  # the reply to it: "our FY starts 1 July" (rewritten "fy-july"), "july", "it begins in april"
    rf"\bfy-({_MONTH})\b|^\W*(?:(?:it|ours?|we|they) )?(?:starts?|begins?|start|begin)?\s*(?:in |on )?(?:the )?"
    rf"(?:(?:1|1st|first) (?:of )?)?({_MONTH})\b"
)


def fiscal_unknown(low: str) -> str | None:
    """The question to ask when a fiscal quarter is named with nothing to say when the fiscal year starts
    ("billing convos in fiscal Q2")."""
    if FISCAL.search(low) is None or FY_START.search(low) is not None:
        return None
    return (
        f"{ASK_FISCAL}Intercom does not know your fiscal calendar: say the month it starts (for example 'our FY "
        "starts 1 July'), or give the dates."
    )


def fiscal_told(reply: str, asked: str) -> str | None:
    """The request asked about, with the start of the fiscal year the reply gives (None: it gives none)."""
    told = FY_TOLD.search(reply.lower())
    return f"{asked} fy-{told.group(1) or told.group(2)}" if told else None


def _fiscal(low: str, today: date) -> str:
    quarter, start = FISCAL.search(low), FY_START.search(low)
    if quarter is None or start is None:
        return low
    first = MONTHS[start.group(1)]
    index = today.year * 12 + today.month - 1  # the month now, and the fiscal quarter it falls in
    current = index - (index - (first - 1)) % 3
    if quarter.group(1):  # "fiscal q2": the most recent one not in the future
        offset = ((today.month - first) % 12) // 3  # quarters of this fiscal year gone by
        begin = current - (offset - (int(quarter.group(1)) - 1)) * 3
        begin = begin - 12 if begin > current else begin
    else:
        begin = current - (3 if quarter.group(2) in ("last", "previous") else 0)
    start_day = date(begin // 12, begin % 12 + 1, 1)
    end_day = date((begin + 3) // 12, (begin + 3) % 12 + 1, 1) - timedelta(days=1)
    low = FY_START.sub(" ", low)
    return FISCAL.sub(f"between {start_day.isoformat()} and {end_day.isoformat()}", low, count=1)


def _of_month(m: re.Match[str], today: date) -> str:
    first = today.replace(day=1)
    month = (first - timedelta(days=1)).replace(day=1) if m.group(2) == "last" else first
    return f"{month:%B}".lower() + f" {m.group(1)}"


def _month_of(month: int, year: int) -> str:
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return f"between {date(year, month, 1).isoformat()} and {end.isoformat()}"


def forms(low: str, today: date) -> str:
    """``low`` (a request in lower case) with the dates above written as the reader of dates takes them."""
    if "w" in low or "kw" in low or "cw" in low:
        low = WEEK.sub(lambda m: _weeks(m, today), low)
    low = rx.sub(  # "september 2025", "in oct, 2025": that month of that year (not the 20th, nor this year's)
        rf"(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!of )\b({_MONTH})\.?,? (20\d\d)\b(?![/.-]\d)",
        lambda m: _month_of(MONTHS[m.group(1)], int(m.group(2))),
        low,
    )
    if "half" in low or rx.search(r"\b(?:q[1-4]|h[12])\b", low):
        low = PART_OF_YEAR.sub(lambda m: _part_of_year(m, today), low)
    if "fiscal" in low or "fy" in low or "financial" in low:
        low = _fiscal(low, today)
    if "yesterday" in low:  # "from yesterday or the day before": both days
        two = (today - timedelta(days=2)).isoformat(), (today - timedelta(days=1)).isoformat()
        low = rx.sub(r"\byesterday (?:or|and|&|\+) the day before(?: that)?\b", f"between {two[0]} and {two[1]}", low)
    low = rx.sub(
        r"(?<!thru )(?<!through )(?<!to )(?<!till )(?<!until )(?<!- )(?<!and )"
        r"\bthe (\d{1,2})(?:st|nd|rd|th)? of (last|this) month\b",
        lambda m: _of_month(m, today),
        low,
    )  # "the fortnight before the 20th of last month": before october 20
    low = rx.sub(  # "from the 3rd of october to the 10th", "oct 3rd - the 10th": the same month's 10th
        rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\.? (to|thru|through|till|until|-|–) (?:the )?"
        rf"(\d{{1,2}})(?:st|nd|rd|th)?\b(?! (?:of )?(?:{_MONTH})\b)",
        r"\2 \1 \3 \2 \4",
        low,
    )
    return rx.sub(
        rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)? (to|thru|through|till|until|-|–) (?:the )?(\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\b(?! (?:of )?(?:{_MONTH})\b)(?!\d)",
        r"\1 \2 \3 \1 \4",
        low,
    )


__all__ = ["AFTER", "ASK_FISCAL", "REWRITES", "fiscal_told", "fiscal_unknown", "forms"]
