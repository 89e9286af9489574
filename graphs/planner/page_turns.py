"""A page turned in words: "next 10", "other 10", "older ones", "the rest of them", "ok more convos", "the last
10 then" (paging through 30), "next contacts please", and "the 30 before that" after a contact's newest events
(they come newest first, so the older ones are the page after). Read by :func:`graphs.planner.follow.follow_up`
when the request names nothing of its own.
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.earlier import LIST_KINDS
from graphs.planner.intents import Plan
from graphs.planner.paging import NEXT, after_that, next_page
from graphs.planner.reading import Utterance
from graphs.planner.windows import outside as outside_window

THE_REST = r"\bthe rest of (?:the|them|those|these)\b(?!(?: \w+){0,2} (?:company|team|account|org|at (?:her|his))\b)"
EARLIER_EVENTS = (
    r"^(?:and |ok |now |then )*(?:the )?(?:\d+|ones?|events?) (?:before|prior to) (?:that|those|these|them)\b"
)


def page_turned(r: Utterance, state: State) -> Plan | None:
    """The page after the list shown, when the request asks for it in words; else None."""
    if state.last is not None and state.last[0] == "intercom_list_events" and r.has(EARLIER_EVENTS):
        return next_page(r, state)  # "and the 30 before that": events come newest first, so the page after
    if (
        r.has(
            r"(?:the )?next \d+|^(?:(?:and|ok|now|the|please) )*(?:an)?other \d{1,3}(?: please| pls)?\W*$|"
            r"older(?: ones)?|earlier ones|\bafter (?:those|these|them)\b|" + THE_REST
        )
        and (r.ordinal is None or r.has(r"after (?:those|these) first"))
        and not r.dates  # "older than september": a date, not the page after
        and outside_window(r, state) is None  # "ok now older", after last month's: before it
    ):
        return next_page(r, state)
    if (m := rx.search(r"\bnext (\w+)", r.text)) and state.paged is not None and r.ordinal is None:
        if LIST_KINDS.get(m.group(1).removesuffix("s")) == state.paged.kind:
            return next_page(r, state)  # "next contacts please, also 5"
    more = rx.fullmatch(
        r"(?:(?:and|ok|okay|then|now|show|give|get|me|some|please|pls)\s(?:[.,!] )?)*(?:\d{1,3} )?"
        r"more (\w+)(?: please| pls| then)*[?.!]?",
        r.text,
    )
    if more and LIST_KINDS.get(more.group(1), LIST_KINDS.get(more.group(1)[:-1])) in state.asked:
        return next_page(r, state)  # "ok more convos", after a conversation and its customer
    paged = state.paged
    rest = paged is not None and paged.has_more and paged.args.get("starting_after") and paged.per_page
    last_n = rx.fullmatch(r"(?:(?:and|ok|okay|so) ,? )*the last (\d+)(?: then| please| pls)?[?.!]?", r.text)
    if rest and last_n:
        return next_page(r, state)  # "ok, the last 10 then", paging 10 at a time through 30: the rest
    lead = r"(?:(?:and|ok|okay|then|now|show|give|get|me|the|please|some|even|yet|still|again)\s(?:[.,!] )?)*"
    if (rx.fullmatch(rf"{lead}(?:\d{{1,3}} )?(?:{NEXT})(?:\s(?:page|please|one|ones|batch|\d+|of (?:them|"
                     r"those|these|this|results)|again|too|still|pls))*(?: ?[?.!])?", r.text)
            or r.has(r"next page|page after|one more page|^keep going\b") or after_that(r, state)):  # fmt: skip
        return next_page(r, state)
    return None


__all__ = ["THE_REST", "page_turned"]
