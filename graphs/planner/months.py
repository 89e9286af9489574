"""Month names, and dates as people abbreviate and round them, rewritten into the words
:mod:`graphs.planner.dates` reads ("last 2 wks", "the last 48 hours", "two weeks ago", "the one after august")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from graphs.planner import needles as rx
from graphs.planner.words import NUMBER, number

MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
]  # fmt: skip
MONTHS = {name: i + 1 for i, name in enumerate(MONTH_NAMES)}
MONTHS.update({name[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)})
MONTHS.update({"sept": 9})
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))


def _hours(m: re.Match[str]) -> str:
    """ "48 hours": 2 days (a part of a day counts as one); "the last hour": the last day."""
    word = m.group(1)
    hours = 1 if word in ("a", "an") else number(word)
    return f"{word} 1 day" if hours is None else f"{max(1, -(-hours // 24))} days"


def loose(low: str) -> str:
    """Dates as people abbreviate and round them, in the words the patterns below read: "last 2 wks" (weeks),
    "the last 48 hours" (two days), "two weeks ago" (the last two weeks), "since early october" (october)."""
    low = rx.sub(r"\b(\d+|an?|one|two|three|four|few|couple(?: of)?) ?wks?\b", r"\1 weeks", low)
    low = rx.sub(  # "since the start of oct": since october
        r"\b(since|from|after) (?:the )?(?:start|beginning|begining) of "
        r"(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        r"\1 ",
        low,
    )
    low = rx.sub(r"\b(\d+|an?|one|two|three|four|six|few|couple(?: of)?) ?mos\b", r"\1 months", low)
    low = rx.sub(r"\b(?:a )?(?:couple(?: of)?|few) (?=hours?\b|hrs?\b)", "2 ", low)  # "the last couple of hours"
    low = rx.sub(r"\b(\d+|an?|one|\w+) ?(?:hours?|hrs?)\b", _hours, low)
    low = rx.sub(r"\b(?:since )?(?:an?|one)( (?:day|week|month))s? ago\b", r"last 1\1", low)  # "a week ago"
    low = rx.sub(
        r"\b(?:since )?(\d{1,3}|" + NUMBER[1:-1] + r"|few|couple of) (days|weeks|months) ago\b", r"last \1 \2", low
    )
    low = rx.sub(  # "from the 1st of the month on", "from october 3 onwards": since then
        r"\bfrom ((?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of (?:the month|[a-z]+))?|[a-z]+ \d{1,2}(?:st|nd|rd|th)?) "
        r"(?:on|onwards?)\b",
        r"since \1",
        low,
    )
    low = rx.sub(  # "leave out anything after august": before september
        rf"\b(?:leave out|exclude|excluding|drop|skip|cut off|cut|nothing|none|not|without) (?:anything |everything "
        rf"|stuff |the ones |ones |convos |conversations )?(?:from )?after ({MONTH_WORDS})\b",
        lambda m: f"before {FOLLOWING[MONTHS[m[1]]]}",
        low,
    )
    low = rx.sub(  # "and the one after august", "the month before june": that month
        rf"\b(?:the )?(?:one|month) (after|before) ({MONTH_WORDS})\b(?!\.? ?\d)",
        lambda m: f"in {(FOLLOWING if m[1] == 'after' else PRECEDING)[MONTHS[m[2]]]}",
        low,
    )
    low = rx.sub(  # "anything after august": since september (august is over)
        rf"\bafter ({MONTH_WORDS})\b(?!\.? ?\d)", lambda m: f"since {FOLLOWING[MONTHS[m[1]]]}", low
    )
    low = rx.sub(  # "sept 1 to today": since september 1
        rf"\b(?:from )?((?:{MONTH_WORDS})\.? \d{{1,2}}(?:st|nd|rd|th)?|(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
        rf"(?:{MONTH_WORDS})|(?:{MONTH_WORDS})) (?:to|thru|through|till|until|up to|-) "
        r"(?:today|now|date|the present)\b",
        r"since \1",
        low,
    )
    return rx.sub(rf"\b(?:early|late|mid)[- ](?=(?:{MONTH_WORDS})\b)", "", low)  # "since early october"


_AGO = r"(\d{1,3}|an?|one|" + NUMBER[1:-1] + r") (days?|weeks?) ago"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


def _back(today: date, count: str, unit: str) -> date:
    n = 1 if count in ("a", "an", "one") else number(count) or 1
    return today - timedelta(days=n * (7 if unit.startswith("week") else 1))


def _suffix(n: int) -> str:
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _said(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}"


def days_ago(low: str, today: date) -> str:
    """Days counted back, as one day or a window between two: "from 3 days ago" and "a week ago today" (that day),
    "from 2 weeks ago up to 1 week ago" (between those days); "last tuesday (the 10th)" and "3 days ago (sunday
    the 15th)": the day in brackets, said to be sure."""
    if "ago" not in low and "(" not in low and "before last" not in low:
        return low
    low = rx.sub(  # "the week before last": the seven days before the last seven (as "last week" reads)
        r"\b(?:from |in |during |over )?the week before last\b",
        lambda m: f"from {_said(today - timedelta(days=14))} to {_said(today - timedelta(days=8))}",
        low,
    )
    low = rx.sub(  # the day said in brackets wins
        rf"(?:\b(?:last|this|on|past|from) )?(?:{_WEEKDAY}|{_AGO}|yesterday) \( ?(?:{_WEEKDAY} )?(?:the )?(\d{{1,2}})"
        r"(st|nd|rd|th)? ?\)",
        lambda m: f"on the {m[3]}{m[4] or _suffix(int(m[3]))}",
        low,
    )
    low = rx.sub(
        rf"\b(?:from |between )?{_AGO} (?:up to|to|until|till|thru|through|and|-) {_AGO}",
        lambda m: f"from {_said(_back(today, m[1], m[2]))} to {_said(_back(today, m[3], m[4]) - timedelta(days=1))}",
        low,
    )
    return rx.sub(
        rf"\b(?:from|on) (\d{{1,3}}|an?|one|{NUMBER[1:-1]}) (days?) ago\b(?! (?:on|onwards?|and after|or later))|"
        rf"\b(?:from |on )?(\d{{1,3}}|an?|one|{NUMBER[1:-1]}) (days?|weeks?) ago today\b",
        lambda m: f"on {_said(_back(today, m[1] or m[3], m[2] or m[4]))}",
        low,
    )


FOLLOWING = {n: MONTH_NAMES[n % 12] for n in range(1, 13)}  # the month after month n
PRECEDING = {n: MONTH_NAMES[(n - 2) % 12] for n in range(1, 13)}  # the month before month n


__all__ = ["FOLLOWING", "MONTHS", "MONTH_NAMES", "MONTH_WORDS", "PRECEDING", "days_ago", "loose"]
