"""Dates in plain words, resolved against an explicit ``now`` (never the wall clock).

The result is the API's convention: ``after`` is the first day included, ``before`` the first day *not*
included ("yesterday" is after the day before today and before today; "in October" is after October 1 and
before November 1). A month or weekday named without a year is the most recent one not in the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from graphs.planner import needles as rx
from graphs.planner.date_forms import AFTER, forms
from graphs.planner.months import MONTH_NAMES, MONTH_WORDS, MONTHS, days_ago, loose
from graphs.planner.points import (
    DAY,
    MONTH,
    ONE,
    WEEKDAYS,
    day_of,
    month_start,
    next_month,
    point,
    quarter,
)
from graphs.planner.spans import named_span
from graphs.planner.words import NUMBER, number

ALONE = [n for n in MONTH_NAMES if n != "may"] + "feb apr jun jul aug sep sept oct nov dec".split()  # not jan, mar
SHORT_DAYS = {d[:3]: d for d in WEEKDAYS}  # "fri": friday
RANGE = r"(?:thru|through|to|till|until|-|and)"
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "month": 30, "months": 30}
SPAN = (
    r"(?P<n>\d{1,3}|" + NUMBER[1:-1] + r"|few)?(?: of)? ?(?P<unit>days?|weeks?|months?|fortnight)"
)  # "couple of days"

BEFORE = r"before|until|till|up to|prior to|earlier than|older than"


@dataclass(frozen=True)
class Period:
    after: str | None = None
    before: str | None = None

    def __bool__(self) -> bool:
        return bool(self.after or self.before)

    def args(self) -> dict[str, str]:
        return {k: v for k, v in (("created_after", self.after), ("created_before", self.before)) if v}


SLASHED = rx.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})(?:/(?:20)?\d\d)?(?![\w/.])")


_DAYS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second "
    "twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth "
    "thirty-first"
).split()


def _suffixed(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DAY_WORDS = {word: _suffixed(n) for n, word in enumerate(_DAYS, 1)}  # "fourteenth": 14th
DAY_WORD = rx.compile(
    rf"(\b(?:{MONTH_WORDS}) |\b(?:on|since|before|after|from|until|till) the )({'|'.join(DAY_WORDS)})\b"
)


def _spelled_out(m: re.Match[str]) -> str:
    """ "10/20" (month/day, as US teams write it; "20/10" read day/month, as it can be nothing else)."""
    a, b = int(m.group(1)), int(m.group(2))
    month, day = (a, b) if a <= 12 else (b, a)
    return f"{MONTH_NAMES[month - 1]} {day}" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


DATEISH = rx.compile(  # every date below has one of these (digits, a month, a weekday, a unit, a day's name)
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|morning|night|overnight|"
    r"week|month|year|ytd|quarter|day|fortnight|hour|hr|wk|halloween|christmas|xmas|new year|nye|thanksgiving|q[1-4]\b|"
    r"spring|summer|fall|autumn|winter|h[12]\b|" + "|".join(_DAYS) + ")"
)


NOT_A_DAYS = (
    r"(?<!\d of )(?<!\dst of )(?<!\dnd of )(?<!\drd of )(?<!\dth of )"  # "this month", not "the 1st of this month"
)
DEADLINE = (  # "before friday", said of what someone is to do: when by, not when the conversations came in
    r"(\b(?:wants? to|needs? to|going to|gonna|ha(?:s|ve) to|will|should|must|plans? to|hoping to)\b[^.,;?!]*?) "
    r"(?:before|by) (?:this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)


def period(low: str, now: float) -> Period:
    """The creation dates a request (lower case) names, or an empty :class:`Period`."""
    if DATEISH.search(low) is None:
        return Period()  # nothing that could name a date (most requests): no pattern below can match
    fixed = rx.search(r"\b(?:or maybe|let'?s (?:just )?say|make (?:it|that)|i mean|i meant)\b(.+)$", low)
    if fixed and (again := period(fixed[1], now)):  # "last week? or maybe the week before - let's say the past two
        return again  # weeks": the window said last
    today = datetime.fromtimestamp(now, UTC).date()
    if (beside := _beside(low, now, today)) is not None:
        return beside
    low = loose(days_ago(low, today))
    low = rx.sub(r"\bsame (?:last |past )?(\d{1,3}|[a-z]+) (days|weeks|months)\b", r"last \1 \2", low)  # "same 30 days"
    low = rx.sub(  # "since we shipped the new flow on oct 20": since oct 20
        rf"\b(since|after|before) (?:we|they|you|u|i) (?:[\w-]+ ){{1,5}}?(?:on|in) "
        rf"(?=(?:the )?(?:(?:{MONTH_WORDS})\b|\d))",
        r"\1 ",
        low,
    )
    low = rx.sub(
        r"\b(?:but )?(?:nothing|none|not|excluding|except) (?:\w+ ){0,2}?(?:(?:from|in|during) )?this (month|week|year)"
        r"(?:'s)?\b",
        r"before the start of this \1",
        low,
    )  # "api convos, nothing from this month": before it began
    other_day = (
        rx.search(r"\byesterday\b|\b(?:last|this|past|since)\b|\d", low) is not None
    )  # ("yesterday, not today's")
    low = rx.sub(
        r"\b(?:but )?(?:not|except|excluding)(?: the ones?| any)?(?: from)? today(?:'s)?\b",
        " " if other_day else "before today",
        low,
    )
    not_then = r"\b(?:not|excluding|except|nothing|none) (?:\w+ ){0,4}?(?:from|in|during|of) "
    not_then += rf"(?:(?:last|this) (?:year|month|week)|{MONTH_WORDS})\b"
    low = rx.sub(not_then, " ", low)  # "the ones since march, not the old stuff from last year": since march
    up_to = rf"(?<!from )\b((?:{MONTH_WORDS}) \d{{1,2}}(?:st|nd|rd|th)?) up to\b"
    low = rx.sub(up_to, r"from \1 up to", low)  # "sept 1 up to nov 4": from sept 1
    low = rx.sub(r"\b(?:up to|until|till|through|thru|to) but (?:not including|excluding|not)\b", "before", low)
    low = rx.sub(DEADLINE, r"\1", low)  # "our team wants to follow up with each of them before friday": a deadline
    low = rx.sub(  # "compare with november last year", "october this year": that month of that year
        rf"\b(?:(in|during|from|since|for|before|after|until) )?({MONTH_WORDS}) (last|this) year\b",
        lambda m: f"{m[1] or 'in'} {m[2]} {today.year - (m[3] == 'last')}",
        low,
    )
    low = rx.sub(r"\b(?:from |since |over )?(?:last night|overnight)\b", "since yesterday", low)  # "what came in
    # overnight": since yesterday (days are the finest the search takes)
    low = rx.sub(r"\b(?:from |over )?(?:yesterday (?:or|and|&|\+|n) today|today (?:or|and|&|\+|n) yesterday)\b",
                 "since yesterday", low)  # "any integration convos today or yesterday?": both days  # fmt: skip
    low = rx.sub(rf"\b(?:and )?not (?:in |for |from )?(?:{MONTH_WORDS})\b", " ", low)  # "september, not october"
    low = SLASHED.sub(_spelled_out, low)  # "since 10/20": since october 20
    low = rx.sub(  # "from 11/1 on", "nov 1 and after": since then
        rf"\b(?:from |starting )?((?:{MONTH_WORDS}) \d{{1,2}}(?:st|nd|rd|th)?) "
        r"(?:on(?=\s*(?:[,.;!?]|$))|onwards?|and (?:after|later|beyond)|or later|forward)\b",
        r"since \1",
        low,
    )
    low = rx.sub(  # "last fri", "on tues": the weekday
        r"\b(last|on|this|since|before|after|from|past|until|till) (mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat|sun)\b",
        lambda m: f"{m[1]} {SHORT_DAYS[m[2][:3]]}",
        low,
    )
    dated = rf"(?=(?:the )?(?:{MONTH_WORDS}) \d|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_WORDS}))"
    low = rx.sub(rf"\b(?:{'|'.join(WEEKDAYS)}),? {dated}", "", low)  # "tuesday nov 10": the date says the day
    low = DAY_WORD.sub(lambda m: m.group(1) + DAY_WORDS[m.group(2)], low)  # "the fourteenth of october": the 14th
    low = rx.sub(r"\b(\d{1,2}(?:st|nd|rd|th)|first) of the month\b", r"\1", low)  # "since the 1st of the month"
    low = forms(low, today)  # "wk45", "q4 last year", "fiscal q2 (fy starts july)", "the 20th of last month"
    if (ending := _week_ending(low, today)) is not None:
        return ending  # "integration convos w/e fri the 13th": the seven days up to that friday
    if nth_on := rx.search(
        r"\b(?:on|from) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|to|thru|through|-|and)\b)(?! \d{1,3} (?:day|week)s?\b)"
        r"(?! (?:one|ones|person|guy|lady|contact|user|customer|lead|company|convo|conversation|ticket|chat|item|row|"
        r"result|entry|page|list|week|half)\b)",  # "any other convos from the 2nd person": an item, not a day
        low,
    ):
        day = int(nth_on.group(1))  # "started on the 12th": that day of this month (or the last, if still to come)
        start = today.replace(day=1) if day <= today.day else (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        try:
            on = start.replace(day=day)
            return Period(on.isoformat(), (on + timedelta(days=1)).isoformat())
        except ValueError:
            pass
    if named := named_span(low, today):
        side = rx.search(r"\b(before|after|since) (?:the )?(?:last |this )?(?:spring|summer|fall|autumn|winter)\b", low)
        if side is not None:  # "before summer": until it began; "after summer": since it ended
            return (
                Period(None, named[0].isoformat())
                if side[1] == "before"
                else Period((named[1] if side[1] == "after" else named[0]).isoformat(), None)
            )
        return Period(named[0].isoformat(), named[1].isoformat())
    after: date | None = None
    before: date | None = None

    def span(after_: date | None, before_: date | None = None) -> None:
        nonlocal after, before
        after, before = after_ or after, before_ or before

    if m := rx.search(
        r"\b(?:(?:from )?(?:the )?(?P<a>\d{1,2})(?:st|nd|rd|th)? (?:thru|through|to|till|until|-)|between (?:the )?"
        r"(?P<a2>\d{1,2})(?:st|nd|rd|th)? and) (?:the )?(?P<b>\d{1,2})(?:(?:st|nd|rd|th)? (?:of )?"
        r"(?P<which>last month|this month|" + MONTH_WORDS + r")\b|(?:st|nd|rd|th)\b(?![/-]))",  # "between 1 and 15
        low,  # october"; "from the 3rd to the 9th": of this month (of the last, when the 3rd is still to come)
    ):
        if m.group("which") is None:
            start = today.replace(day=1)
            if int(m.group("a") or m.group("a2")) > today.day:
                start = (start - timedelta(days=1)).replace(day=1)
        elif m.group("which") == "last month":
            start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        elif m.group("which") == "this month":
            start = today.replace(day=1)
        else:
            start = month_start(today, MONTHS[m.group("which")], None)
        try:
            opening = int(m.group("a") or m.group("a2"))
            span(start.replace(day=opening), start.replace(day=int(m.group("b"))) + timedelta(days=1))
        except ValueError:
            pass
    elif rx.search(r"\b(?:last|previous|prior) (?:full|whole|complete|calendar) week\b|\blast week \(?mon", low):
        span(monday := today - timedelta(days=today.weekday() + 7), monday + timedelta(days=7))  # monday to sunday
    elif m := rx.search(
        rf"{NOT_A_DAYS}\b(?:in |over |during |within )?(?:the )?(?:last|past|previous|recent) " + SPAN + r"\b",
        low,
    ):
        count = (number(m.group("n")) or 3) if m.group("n") else 1  # "the last few days": three
        unit = m.group("unit")
        if m.group("n") is None and unit in ("week", "month") and "past" not in m.group(0):
            if unit == "month":  # "last month": the calendar month before this one
                start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
                span(start, today.replace(day=1))
            else:
                span(today - timedelta(days=7))
        elif unit.startswith("month") and m.group("n") is not None:
            month = today.month - (count or 0)
            span(date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, min(today.day, 28)))
        else:
            span(today - timedelta(days=(count or 1) * UNITS[unit]))
    elif m := rx.search(r"\b(?:last|previous|past) quarter\b", low):
        span(*quarter(today, None, back=1))
    elif rx.search(r"\bthis quarter\b", low):
        span(quarter(today, None)[0])
    elif rx.search(
        r"\b(?:over |this |on |during )?(?:the |this |last |past )*weekend\b|\bsat(?:urday)? ?/ ?sun(?:day)?\b", low
    ):
        saturday = today - timedelta(days=(today.weekday() - 5) % 7 or 7)
        span(saturday, saturday + timedelta(days=2))  # the last Saturday and Sunday
    elif rx.search(r"\bthis (?:past )?week\b", low):
        span(today - timedelta(days=today.weekday()))
    elif rx.search(rf"{NOT_A_DAYS}\bthis month\b", low):
        span(today.replace(day=1))
    elif rx.search(r"\bthis year\b|\bytd\b|\byear[- ]to[- ]date\b|\bso far this year\b", low):
        span(date(today.year, 1, 1))
    elif rx.search(r"\blast year\b", low):
        span(date(today.year - 1, 1, 1), date(today.year, 1, 1))

    spanned: tuple[date, date] | None = None
    for m in rx.finditer(rf"\b(?P<rel>{AFTER}|{BEFORE}|in|on|during|for|between) (?=(?P<rest>.+))", low):
        rest = rx.sub(r"^(?:the |a )", "", m.group("rest"))
        if rx.match(rf"(?:{'|'.join(WEEKDAYS)}) (?:sync|meeting|call|standup|stand-up|review|report|huddle)\b", rest):
            continue  # "the count for the wednesday sync": a meeting, not a date
        found = point(rest, today)
        if found is None:
            continue
        first, end = found
        rel = m.group("rel")
        if rel == "between" and (other := rx.search(r" (?:and|to|-) (.+)", rest)):
            last = point(rx.sub(r"^(?:the |a )", "", other.group(1)), today)
            span(first, last[1] if last else None)
        elif rx.fullmatch(BEFORE, rel):
            span(None, first)
        elif rel in ("since", "after", "starting", "beginning", "as of"):
            before = None if (first, end) == spanned else before  # "a fix in august ... since august": since
            span(first)
        elif rel == "from" and (end - first > timedelta(days=1) or rx.match(r"yesterday|today|last \w+day", rest)):
            span(
                first, end if end <= today or end - first > timedelta(days=1) else None
            )  # "from june", "from yesterday"
        elif rel == "from" and not rx.search(rf" {RANGE} ", rest):
            span(first, end)  # "convos from nov 4th": that day, as "from the 12th" is
        elif rel == "from":
            span(first)
        else:  # in / on / during: the span itself
            span(first, end if end > first else None)
            spanned = (first, end)
    if m := rx.search(rf"(?P<a>20\d\d-\d\d-\d\d),? {RANGE} (?P<b>20\d\d-\d\d-\d\d)\b", low):
        exclusive = rx.search(r"\bend exclusive\b|\bexclusive of the end\b|\bnot including the end\b", low)
        end_day = date.fromisoformat(m.group("b")) + timedelta(days=0 if exclusive else 1)  # inclusive, unless said
        span(date.fromisoformat(m.group("a")), end_day)
    elif m := rx.search(
        rf"\b(?P<a>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MONTH} {RANGE} (?:the )?(?P<b>\d{{1,2}})(?:st|nd|rd|th)? "
        rf"(?:of )?(?P<m2>{MONTH_WORDS})\b",
        low,
    ):  # "from 5 oct thru 12 oct"
        day_a = day_of(today, MONTHS[m.group("month")], int(m.group("a")), None)
        day_b = day_of(today, MONTHS[m.group("m2")], int(m.group("b")), None)
        if day_a and day_b and day_b >= day_a:
            span(day_a, day_b + timedelta(days=1))
    elif m := rx.search(
        rf"\b{MONTH} (?P<a>\d{{1,2}})(?:st|nd|rd|th)? {RANGE} (?:(?P<m2>{MONTH_WORDS})\.? )?"
        r"(?P<b>\d{1,2})(?:st|nd|rd|th)?\b",
        low,
    ):  # "sept 1 to 15", "oct 3 - oct 10"
        day_a = day_of(today, MONTHS[m.group("month")], int(m.group("a")), None)
        day_b = day_of(today, MONTHS[m.group("m2") or m.group("month")], int(m.group("b")), None)
        if day_a and day_b and day_b >= day_a:
            span(day_a, day_b + timedelta(days=1))
    widened = rx.search(
        r"\b(?:widen|expand|extend|stretch|make|change|go|open)\b.{0,12}\bto (?:the )?(?:last |past )?(\d{1,3}) "
        r"(days?|weeks?|months?)\b",
        low,
    )
    if after is None and before is None and widened:  # "widen it to 30 days"
        span(today - timedelta(days=int(widened.group(1)) * UNITS[widened.group(2)]))
    nth = rx.search(r"\bsince (?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! of)", low)
    if after is None and before is None and nth:
        nth_day = int(nth.group(1))  # "since the 1st": of this month (or the last, if that day is still to come)
        start = today.replace(day=1)
        start = start if nth_day <= today.day else (start - timedelta(days=1)).replace(day=1)
        try:
            span(start.replace(day=nth_day))
        except ValueError:
            pass
    if after is None and before is None and (m := rx.search(r"\b(?:first|second|1st|2nd|latter) half of \w+", low)):
        span(*(point(m.group(0), today) or (None, None)))  # "second half of october" (said without "in")
    if after is None and before is None and (m := rx.search(r"\bq([1-4])\b", low)):
        span(*quarter(today, int(m.group(1))))  # "shipping issues Q3"
    if after is None and before is None:
        if m := rx.search(r"\b(yesterday|today)\b", low):
            found = point(m.group(1), today)
            if found:
                span(found[0], found[1] if m.group(1) == "yesterday" else None)
    if after is None and before is None and (m := rx.search(rf"\blast ({'|'.join(WEEKDAYS)})\b", low)):
        span(*(point(m.group(0), today) or (None, None)))  # "billing convos last tues?": that day
    if after is None and before is None:  # "invoice convos nov 12th", "12 nov": that day
        if m := rx.search(rf"\b{MONTH} {DAY}\b", low) or rx.search(rf"\b(?:the )?{DAY} (?:of )?{MONTH}(?!\w)", low):
            if found_day := day_of(today, MONTHS[m.group("month")], int(m.group("day")), None):
                span(found_day, found_day + timedelta(days=1))
    if after is None and before is None:  # "and september?": a month named alone
        if m := rx.search(r"\b(" + "|".join(ALONE) + r")\b", low):
            start = month_start(today, MONTHS[m.group(1)], None)
            span(start, next_month(start))
    to_day = rx.search(
        rf"\b{MONTH} (?:thru|through|to|till|until|-) (?P<m2>{MONTH_WORDS})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b", low
    )
    if to_day and not rx.search(rf"\b(?:{MONTH_WORDS})\.? \d{{1,2}}\b (?:thru|through|to|till|until|-)", low):
        first_month = month_start(today, MONTHS[to_day.group("month")], None)  # "march thru sept 4"
        try:
            end = month_start(today, MONTHS[to_day.group("m2")], None).replace(day=int(to_day.group("d2")))
            if end >= first_month:
                after, before = first_month, end + timedelta(days=1)
        except ValueError:
            pass
    months = rx.search(rf"\b{MONTH} (?:thru|through|to|till|until|-|and) (?P<m2>{MONTH_WORDS})\b", low)
    if months and not rx.search(rf"\b(?:{MONTH_WORDS}) \d", low):  # "june thru august": the three months
        first_month = month_start(today, MONTHS[months.group("month")], None)
        last_month = month_start(today, MONTHS[months.group("m2")], None)
        if last_month >= first_month:
            after, before = first_month, next_month(last_month)
    week = rx.search(rf"\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last) week (?:of|in) {MONTH}\b", low)
    if week:  # "the first week of october": its 1st to 7th; "the last week of october": its last seven days
        start = month_start(today, MONTHS[week.group("month")], None)
        n = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}.get(week[1])
        first = start + timedelta(days=7 * n) if n is not None else next_month(start) - timedelta(days=7)
        after, before = first, first + timedelta(days=7)
    if (old := rx.search(r"\b(?:older than|more than) (\d{1,3}) (day|week|month)s?(?: old)?\b", low)) is not None:
        after, before = None, today - timedelta(days=int(old[1]) * UNITS[old[2]])  # "tickets older than 30 days"
    if (of := rx.search(r"\bweek of (?:the )?(.+)", low)) and (one := point(of[1], today)) and one[1] == one[0] + ONE:
        after, before = one[0], one[0] + 7 * ONE  # "the week of nov 2", "the week commencing 2 november": 7 days
    if after and before and after >= before:
        after = None
    return Period(after.isoformat() if after else None, before.isoformat() if before else None)


ENDING = rx.compile(r"\b(?:the )?(?:week|wk) ending (?:on )?|\bw/e ")
NTH = rx.compile(
    rf"(?:(?:{'|'.join(SHORT_DAYS)})\w*,? )?(?:the )?(\d{{1,2}})(?:st|nd|rd|th)\b(?! of| (?:{MONTH_WORDS}))"
)


def _week_ending(low: str, today: date) -> Period | None:
    """'the week ending friday', 'w/e fri the 13th', 'w/e nov 13': the seven days up to that day."""
    if (said := ENDING.search(low)) is None:
        return None
    rest, day = low[said.end() :], None
    if (nth := NTH.match(rest)) is not None:  # "fri the 13th": that day of this month (or the last)
        start = today.replace(day=1) if int(nth[1]) <= today.day else (today.replace(day=1) - ONE).replace(day=1)
        try:
            day = start.replace(day=int(nth[1]))
        except ValueError:
            return None
    elif (one := point(rx.sub(rf"^({'|'.join(SHORT_DAYS)})\b", lambda m: SHORT_DAYS[m[1]], rest), today)) is not None:
        day = one[0] if one[1] == one[0] + ONE else None
    return None if day is None else Period((day - 6 * ONE).isoformat(), (day + ONE).isoformat())


BESIDE = rx.compile(
    rf"\b(?:the |a )?(?:(?P<n>{NUMBER[1:-1]}|few|couple(?: of)?) )?(?P<unit>days?|weeks?|fortnight|months?) "
    r"(?P<side>after|following|before|leading up to|prior to|ahead of) "
    r"(?!(?:first|that|this|then|it|last|yesterday|today|now)\b)(?=[a-z0-9])(?P<rest>.+)"  # not "the week before first"
)


def _beside(low: str, now: float, today: date) -> Period | None:
    """'in the two weeks after we shipped on oct 20': the 20th and the 13 days after it; 'the week before nov 5':
    the seven days before it. None when no day is said after ('the week after that', 'a week after signup')."""
    if (m := BESIDE.search(low)) is None:
        return None
    inner = period(m["rest"], now)
    if inner.after is None or inner.before is None:
        return None
    first, end = date.fromisoformat(inner.after), date.fromisoformat(inner.before)
    n = m["n"] or "1"
    count = 3 if n == "few" else 2 if n.startswith("couple") else number(n) or 1
    months = m["unit"].startswith("month")
    length = timedelta(days=count * UNITS[m["unit"]])
    if m["side"] in ("after", "following"):
        start = first if end - first == ONE else end  # a day: from it; a month: from its end
        stop = next_month(start, count) if months and start.day == 1 else start + length
        return Period(start.isoformat(), min(stop, today + ONE).isoformat())
    opening = next_month(first, -count) if months and first.day == 1 else first - length  # "the month before june"
    return Period(opening.isoformat(), first.isoformat())


__all__ = ["MONTHS", "Period", "period"]
