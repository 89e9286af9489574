"""Amounts said relative to the last one: "double it", "triple the convos", "half that", "half as many", "a
quarter of that", "twice as many": the last call again with its count (a page's size, a search's top, the
events of an overview, a company's people) scaled, as if that number had been said ("24 of them").
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance, read
from graphs.planner.refine import refine

FACTORS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "half": 0.5, "a quarter of": 0.25, "quarter": 0.25}
SCALED = (
    r"(?:(?:ok|okay|fine|nah|no|now|then|so|and|actually|hm+|yeah|pls|please)\W+)*(?:can you |could you |let'?s )?"
    r"(double|triple|half|a quarter of|twice)(?: as many| as much)?(?: (?:it|that|this|those|them|the \w+))?"
    r"(?:\W+(?:please|pls|then|instead))?\W*"
)
COUNT_KEYS = ("per_page", "top", "events", "max_contacts", "events_per_contact")


def scaled(r: Utterance, state: State) -> Plan | None:
    """'double it', 'half that', 'a quarter of that', after a call with a count: that call, the count scaled."""
    m = rx.fullmatch(SCALED, r.text)
    if m is None or state.last is None:
        return None
    args = state.last[1]
    base = next((int(args[k]) for k in COUNT_KEYS if isinstance(args.get(k), int)), None)
    if base is None and state.listing is not None and state.listing.tool == state.last[0]:
        base = len(state.listing.items)  # "double it", after a list at its own size: twice what was shown
    if not base:
        return None
    return refine(read(f"{max(1, round(base * FACTORS[m[1]]))} of them", r.now), state)


__all__ = ["scaled"]
