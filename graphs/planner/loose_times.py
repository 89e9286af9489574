"""Times said too loosely for a search that takes whole days: "early october", "towards the end of last month",
"around this time last month", "over the long weekend"; and times named by something the workspace does not
date: "since the last release", "the week of the outage", "since my last shift". The planner asks for the days
instead of guessing (a guessed window hides or adds conversations without saying so). The answer ("incident was
oct 20", "the 20th") puts its date in place of what the question was about, in the request asked before.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from graphs.planner import needles as rx
from graphs.planner.anchored import EVENTS
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.months import MONTH_WORDS
from graphs.planner.reading import Utterance, read

CONVERSATION_TOOLS = {"intercom_search_conversations", "intercom_find_conversations", "intercom_list_conversations"}
LOOSE = rx.compile(
    rf"(?<!since )(?<!after )(?<!before )(?<!until )\b(?:early|mid|late)[- ](?:{MONTH_WORDS})\b(?! ?\d)|"
    r"(?:^|\b(?:towards?|around|near|at|in|from|over|by)\s)(?:the )?(?:very )?(?:end|middle|tail end) of "
    r"(?:last|this|the|previous) (?:month|week|quarter)\b|"
    r"\b(?:around|about|roughly) (?:this|the same) time (?:last|a|the previous) (?:month|week|year)\b|"
    r"\b(?:the |this |that |over the |last )?long weekend\b|"
    r"\b(?:the|this|that|our|my) (?:reporting|review) (?:period|window|cycle)\b|"
    r"\bthe (?:mon|tues|wednes|thurs|fri|satur|sun)day before last\b"  # the last but one, or the one before the last?
)
ANCHOR = rx.compile(
    r"\b(?:since|after|before|during|around|from) (?:the|my|our|their|that|this|his|her) (?:last |latest |most recent |"
    rf"recent |big |previous |new )?(?:[\w-]+ )?(?P<what>{EVENTS})\b(?! (?:notes?|date|email|emails|convos?|"
    r"conversations?|tickets?|questions?|issues?|bugs?|problems?|complaints?))|"
    rf"\bthe (?:week|day|days|month) (?:of|after|before) (?:the|our|that|my) (?:[\w-]+ )?(?P<what2>{EVENTS})\b|"
    r"\b(?:since|after|before) (?:we|they|you|u|i) (?:\w+ )?(?P<what3>shipped|launched|released|deployed|went live|"
    r"migrated|rolled (?:it )?out)\b|"  # "all feedback since we shipped"
    r"\b(?:since|after|before|during|until|till) (?:the |their |his |her |my |our |its )?(?P<trial>trial) "
    r"(?:ended|ends|expired|was over|ran out|started|began)\b"  # not in the data either
)
DONE = {"shipped": "release", "launched": "launch", "released": "release", "deployed": "deploy", "went live": "launch",
        "migrated": "migration"}  # fmt: skip


def _what(m: re.Match[str]) -> str:
    return "end of the trial" if m["trial"] else str(m["what"] or m["what2"] or DONE.get(m["what3"], "rollout"))


def when_exactly(r: Utterance, decision: Plan, off_topic: tuple[str, ...]) -> Plan:
    """A question for the days, when the request names its time too loosely for a search of conversations;
    else ``decision`` unchanged. ``off_topic`` are the planner's replies a loose time also turns into it ("what
    happened over the long weekend" is about the workspace, however little else it names)."""
    conversations = isinstance(decision, tuple) and decision[0] in CONVERSATION_TOOLS
    if not (conversations or decision in off_topic):
        return decision
    if (m := ANCHOR.search(r.text)) is not None and (not r.identified or m["trial"]):
        dated = isinstance(decision, tuple) and {"created_after", "created_before"} & set(decision[1])
        if not dated:
            what = _what(m)
            return (
                f"When was the {what}? The workspace does not date it: give me the day, for example "
                f"'since october 20' or 'the week of november 9'."
            )
    if (m := LOOSE.search(r.text)) is not None:
        said = m.group(0).strip()
        month = date.fromisoformat(r.dates.after).strftime("%B") if r.dates.after else "October"
        example = f"'{month} 1 to 10' or 'the last 7 days of {month}'"
        if "weekend" in said:
            example = "'saturday to monday' or 'september 5 to 7'"
        if said.endswith("before last"):  # the last but one, or the one before last week's?
            last = datetime.fromtimestamp(r.now, UTC).date() - timedelta(days=1)
            while last.strftime("%A").casefold() != said.split()[1]:
                last -= timedelta(days=1)
            earlier = last - timedelta(days=7)
            return f"Which {said.split()[1]} do you mean: {_day(earlier)} or {_day(last)}?"
        return f"Which days exactly do you mean by '{said}'? The search takes whole days: for example {example}."
    return decision


def _day(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}"


def dated_anchor(r: Utterance, state: State) -> Utterance | None:
    """The request asked before with the day this answer gives put in place of what it was timed by
    ("refund convos after the incident" - "when was it?" - "incident was oct 20": refund convos after oct 20);
    None when the last question was not about such a time or the answer gives no day."""
    asked = state.unanswered
    nth = rx.fullmatch(r"(?:on |since |from )?(?:the )?\d{1,2}(?:st|nd|rd|th)\W*", r.text)  # "the 10th"
    if not asked or not (r.dates or nth) or len(r.tokens) > 12:
        return None
    if (m := ANCHOR.search(asked.casefold())) is None:
        loose = LOOSE.search(asked.casefold())
        return None if loose is None else read(asked[: loose.start()] + r.text + asked[loose.end() :], r.now)
    what = _what(m)
    day = rx.sub(
        rf"^(?:(?:the|our|my|it|that|his|her|their) )?(?:{re.escape(what)} |trial )?(?:was|is|happened|started|ended|"
        r"expired)?\s*(?:on )?",
        "",
        r.text,
    )
    day = rx.sub(  # "launch was oct 20, look at onboarding": the subject it adds
        r"\s*[,;.]?\s*(?:and |but |so |then )?(?:look(?:ing)? (?:at|into)|focus(?:ing)? on|check|just|only)"
        r"\s+(?=[a-z])",
        " about ",
        day,
    )
    opening = m.group(0).split()[0]
    told = (
        asked[: m.start()] + (f"{opening} {day}" if m["what"] or m["what3"] or m["trial"] else day) + asked[m.end() :]
    )
    return read(told, r.now)


__all__ = ["dated_anchor", "when_exactly"]
