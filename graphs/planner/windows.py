"""Time windows said relative to the ones asked before: "and the week before that?", "the 7 days before
that", "closed ones, same two weeks" (the first of the last two windows asked about); "anything else come in
that same day?" (the day the conversation open came in)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.focus import SEARCHES
from graphs.planner.intents import Plan
from graphs.planner.months import MONTH_WORDS
from graphs.planner.moved import moved
from graphs.planner.reading import Utterance, read
from graphs.planner.words import value


def before_that(r: Utterance, last: dict[str, Any]) -> dict[str, str] | None:
    """'and the week before that?', 'and before that?': a window just before the last one (of the unit
    named, else of the last window's own length: a calendar month stays a month)."""
    m = rx.search(
        rf"\b(?:the )?(day|week|month|fortnight) (?:before|prior)(?: that| this| to that)?\b(?! (?:{MONTH_WORDS})\b)|"
        r"\b(?:previous|prior) (day|week|month)\b|"
        r"^(?:and |ok |what about |how about )*"
        r"(?:before (?:that|then|this)|earlier than (?:that|this)|the (?:one|period) before)(?: ?[?.!])?$|"
        r"\bsame (?:length of time|amount of time|length|stretch|span|number of days)(?: of time)?"
        r"(?: (?:right|just|immediately|directly))? (?:before|prior to) (?:that|then|this|it)\b",
        r.text,
    )
    start = last.get("created_after")
    if start and (half := _other_half(r, date.fromisoformat(start))) is not None:
        return half
    if start and last.get("created_before") and (week := _nth_week(r, start, last["created_before"])) is not None:
        return week
    days_before = (
        r"\b(?:the )?(\d{1,3}|two|three|four|five|six) (days?|weeks?) (?:before|prior)(?: that| this| to that)?\b|"
        r"\bthe previous (\d{1,3}|two|three|four|five|six) (days|weeks)\b"
    )
    if (n := rx.search(days_before, r.text)) and start:
        end_day = date.fromisoformat(start)  # "and the 7 days before that?", "and the two weeks before that"
        back = (value(n.group(1) or n.group(3)) or 1) * (7 if (n.group(2) or n.group(4)).startswith("week") else 1)
        return {"created_after": (end_day - timedelta(days=back)).isoformat(), "created_before": start}
    if m is None or not start:
        return moved(r, last)  # "same but a month earlier", "the weekend before", "and since then?"

    end = date.fromisoformat(start)
    unit = m.group(1) or m.group(2)
    if unit is None:  # bare "before that": the last window's length, or everything before an open one
        if not last.get("created_before"):
            if r.has(r"\bsame (?:length|amount|stretch|span|number)\b") and r.now:  # "the same length of time": to now
                length = (datetime.fromtimestamp(r.now, UTC).date() - end).days
                return {"created_after": (end - timedelta(days=length)).isoformat(), "created_before": end.isoformat()}
            return {"created_before": end.isoformat()}
        length = (date.fromisoformat(last["created_before"]) - end).days
        month = end.day == 1 and date.fromisoformat(last["created_before"]).day == 1 and 28 <= length <= 31
        unit = "month" if month else None
        if unit is None:
            return {"created_after": (end - timedelta(days=length)).isoformat(), "created_before": end.isoformat()}
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit]
    if unit == "month":
        first = (end.replace(day=1) - timedelta(days=1)).replace(day=1) if end.day == 1 else end - timedelta(days=30)
        return {"created_after": first.isoformat(), "created_before": end.isoformat()}
    return {"created_after": (end - timedelta(days=days)).isoformat(), "created_before": end.isoformat()}


OUTSIDE = (
    r"(?:(?:and|ok|okay|now|then|so|what about|how about|everything|all|anything|the ones|those|ones|convos|"
    r"conversations)\W+)*(?:(?:except|but|other than|outside(?: of)?|apart from|not in|not) (?:the )?\w+(?: then)?\W+)?"
    r"(?:only )?(?:the ones )?(before|after|since|older|earlier|newer|later)"
    r"(?: (?:it|that month|that window|that period|ones|convos|conversations|tickets)|(?= ?[?]?$))"
    r"(?: then| instead| too)?\W*"
)

SIDES = {"older": "before", "earlier": "before", "newer": "after", "later": "after"}


def outside(r: Utterance, state: State) -> dict[str, str] | None:
    """'everything except october then - before it', 'and after it': before the start, or after the end, of the
    last bounded window asked about (a month, a week), not of what was said since."""
    m = rx.fullmatch(OUTSIDE, r.text)
    if m is None:
        return None
    window = next((a for _, a in reversed(state.calls) if a.get("created_after") and a.get("created_before")), None)
    since = str(state.last[1].get("created_after") or "") if state.last is not None else ""
    side = SIDES.get(m[1].casefold(), m[1].casefold())  # "ok now older", after last month's: before it
    if side == "before":  # (a window open at its end: before its start)
        return {"created_before": window["created_after"] if window else since} if window or since else None
    until = str(state.last[1].get("created_before") or "") if state.last is not None else ""
    if window is None and until and not since:  # "and after?", after "before the 10th": from where it ended
        return {"created_after": until}
    return {"created_after": window["created_before"]} if window else None


HALF = (
    r"^(?:and |ok |what about |how about |now )*(?:the |for the |in the )?(first|1st|second|2nd|other|latter|last) half"
    r"(?: of (?:the|that|this) month)?(?: ?[?.!])?$"
)


def _other_half(r: Utterance, start: date) -> dict[str, str] | None:
    """'and the second half of the month?', after the first half of october: the other half of that month."""
    m = rx.search(HALF, r.text)
    if m is None:
        return None
    first, middle = start.replace(day=1), start.replace(day=16)
    end = (first + timedelta(days=32)).replace(day=1)
    which = m.group(1)
    early = which in ("first", "1st") or (which == "other" and start.day >= 16)
    after, before = (first, middle) if early else (middle, end)
    return {"created_after": after.isoformat(), "created_before": before.isoformat()}


NTH_WEEK = (
    r"^\W*(?:(?:and|ok|okay|now|so|then|hm+)\W+)*(?:(?:only|just) )?(?:for |in |from )?(?:the )?"
    r"(first|1st|second|2nd|third|3rd|fourth|4th|final) week(?: of (?:it|that|them|those|the range|that range))?"
    r"(?: only)?(?: (?:pls|please))?\W*$"
)
WEEK_NUMBER = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}


def _nth_week(r: Utterance, after: str, before: str) -> dict[str, str] | None:
    """'only the second week', after a search over two weeks: those seven days of it (the last seven for
    "the final week")."""
    m = rx.search(NTH_WEEK, r.text)
    start, end = date.fromisoformat(after), date.fromisoformat(before)
    if m is None or (end - start).days < 8:
        return None
    first = end - timedelta(days=7) if m[1] == "final" else start + timedelta(days=7 * WEEK_NUMBER[m[1]])
    if first >= end:
        return None
    return {"created_after": first.isoformat(), "created_before": min(first + timedelta(days=7), end).isoformat()}


BOTH = (
    r"\bboth (?:days|dates|weeks|months|periods|windows|ranges)\b(?! (?:separately|apart))|"
    r"\bboth (?:of them |together|combined|at once)|\b(?:combine|merge|join) (?:them|both|the two|those|these)\b"
)


def two_windows(r: Utterance, state: State) -> dict[str, Any] | None:
    """'and closed ones, same two weeks - this week first': the first of the two windows asked about last (the
    older one if that is said); 'both days together': the two as one window."""
    both = r.has(BOTH) and not r.dates
    if not both and not r.has(r"\bsame (?:two|2|both) (?:weeks|periods|windows|months|ranges|time ?frames)\b"):
        return None
    keys = ("created_after", "created_before")
    windows = [tuple((k, a[k]) for k in keys if k in a) for _, a in state.calls if set(keys) & set(a)]
    two = list(dict.fromkeys(windows))[-2:]
    if len(two) < 2:
        return None
    if both:
        bounds = [dict(w) for w in two]
        if not all("created_after" in w for w in bounds):
            return None
        after = {"created_after": min(w["created_after"] for w in bounds)}
        if not all("created_before" in w for w in bounds):
            return after  # "both weeks together", after "last week" (open to now) and the week before it
        return {**after, "created_before": max(w["created_before"] for w in bounds)}
    older = r.has(r"\b(?:older|earlier|previous|before|prior) (?:one|week|month|period|first)\b")
    chosen = min(two, key=lambda w: dict(w).get("created_after", "")) if older else two[0]
    return dict(chosen)


SAME_WINDOW = r"\bsame (?:window|period|time ?frame|dates?|date range|range|months?|weeks?|days)\b"


LISTS = ("intercom_list_companies", "intercom_list_all_contacts", "intercom_list_conversations")


def same_window(r: Utterance, state: State, plan: Any) -> Any:
    """A new search said with "same window" ("and the ones where people wanted their money back, same window"):
    the dates of the last call that had some. A page of a list asked for earlier ("now page 2 of the companies",
    after the 5 oldest and one of them opened): that list's page size and order."""
    if isinstance(plan, tuple) and plan[0] in LISTS and "page" in plan[1] and not {"per_page", "order"} & set(plan[1]):
        before: dict[str, Any] = next((a for tool, a in reversed(state.calls) if tool == plan[0]), {})
        return (plan[0], {**plan[1], **{k: before[k] for k in ("per_page", "order") if k in before}})
    if not (isinstance(plan, tuple) and plan[0] in SEARCHES and r.has(SAME_WINDOW)) or r.dates:
        return plan
    keys = ("created_after", "created_before")
    dated = next((a for _, a in reversed(state.calls) if set(keys) & set(a)), None)
    if dated is None or set(keys) & set(plan[1]):
        return plan
    return (plan[0], {**plan[1], **{k: dated[k] for k in keys if k in dated}})


OTHER_DAY = (
    r"^(?:(?:and|ok|okay|now|then|so)\W+)*(?:same (?:thing )?(?:for|on) |what about |how about |and on |same but "
    r"(?:for |on )?)(?:the )?(\d{1,2})(?:st|nd|rd|th)(?: (?:pls|please))?\W*$"
)


def other_day(r: Utterance, state: State) -> Plan | None:
    """'same for the 5th', after the conversations of one day: the same search on that day of its month
    (not the fifth item of the list shown)."""
    if state.last is None or state.last[0] not in (*SEARCHES, "intercom_list_conversations"):
        return None
    name, last = state.last
    m = rx.search(OTHER_DAY, r.text)
    after, before = last.get("created_after"), last.get("created_before")
    if m is None or not after or not before:
        return None
    start = date.fromisoformat(after)
    if (date.fromisoformat(before) - start).days != 1:
        return None
    try:
        day = start.replace(day=int(m[1]))
    except ValueError:
        return None
    kept = {k: v for k, v in last.items() if k not in ("page", "starting_after", "next_cursor")}
    return (name, {**kept, "created_after": day.isoformat(), "created_before": (day + timedelta(days=1)).isoformat()})


BACK_TO_A_MONTH = rx.compile(r"\bback since (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?! ?\d)")


def month_again(r: Utterance, state: State, plan: Any) -> Any:
    """'ok go back to october, only the open ones', after october's count and other months': all of october
    again. (Read as "since october": without an earlier october, the window is widened back to it.)"""
    if not (isinstance(plan, tuple) and plan[0] in SEARCHES) or plan[1].get("created_before"):
        return plan
    after = plan[1].get("created_after")
    if not after or not after.endswith("-01") or BACK_TO_A_MONTH.search(r.text) is None:
        return plan
    end = (date.fromisoformat(after) + timedelta(days=32)).replace(day=1).isoformat()
    asked = any(a.get("created_after") == after and a.get("created_before") == end for _, a in state.calls)
    return (plan[0], {**plan[1], "created_before": end}) if asked else plan


SAME_DAY = r"\b(?:that|the) same day\b|\bsame day\b|\b(?:on|from) that day\b"


def same_day(r: Utterance, state: State) -> Plan | None:
    """'anything else come in that same day?', with a conversation open: the conversations created that day
    (UTC), about the subject or in the state said, if one is."""
    opened = state.conversation if state.focus == "conversation" else None
    if opened is None or not isinstance(opened.get("created_at"), int | float) or not r.has(SAME_DAY):
        return None
    if r.identified or r.mentions("event") or r.mentions("contact") or r.mentions("company"):
        return None
    day = datetime.fromtimestamp(opened["created_at"], UTC).date()
    window = {"created_after": day.isoformat(), "created_before": (day + timedelta(days=1)).isoformat()}
    said = {k: v for k, v in (("query", r.topic), ("state", r.state)) if v}
    return ("intercom_search_conversations", {**said, **window})


THAT_DAY = r"\b(?:on |from |for )?(?:that|the same|that same) (?:day|date)\b"


def that_day(text: str, state: State, now: float) -> str | None:
    """'what convos did we get that day', after "how long were we down on the 12th?" (refused, or asked back): the
    request on the day said then."""
    if not state.unanswered or not rx.search(THAT_DAY, text) or read(text, now).dates:
        return None
    said = read(state.unanswered, now).dates.args()
    after, before = said.get("created_after"), said.get("created_before")
    if not (after and before) or (date.fromisoformat(before) - date.fromisoformat(after)).days != 1:
        return None
    return rx.sub(THAT_DAY, f" on {after} ", text, count=1)


__all__ = ["before_that", "month_again", "other_day", "same_day", "same_window", "that_day", "two_windows"]
