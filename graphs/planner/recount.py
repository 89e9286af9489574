"""Counts said again: the last call with another count ("bump that to 15 events", after an overview asked with
3), the whole of a company's people again ("actually the whole team, no events", "actually just names, no
events, all 30 of them", after one of them), its people with their events ("w/ events, 3 each")."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.described import MOST_EVENTS
from graphs.planner.dialogue import State
from graphs.planner.event_words import SUMMARY
from graphs.planner.intents import NO_EVENTS, Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import WHOLE
from graphs.planner.their_people import people_with_events

RECOUNT = r"instead|same but|bump|make (?:it|that)|increase|raise|up (?:it|that)|\bto \d"


def recounted(r: Utterance, state: State) -> Plan | None:
    """The last call with another count: "bump that to 15 events", after an overview asked with 3; "actually
    the whole team, no events", after the first two of a company's people with every event."""
    name, last = state.last if state.last is not None else ("", {})
    flow = "intercom_company_contacts_events"
    if name != flow and r.has(NO_EVENTS) and r.has(r"\ball (?:\d+ )?of them\b|\bthe whole \w+\b"):
        name, last = next(((t, a) for t, a in reversed(state.calls) if t == flow), (name, last))  # "actually just
        # names, no events, all 30 of them", after one of the company's people: its people again
    if name == flow and r.has(WHOLE + r"|\ball \d+ of them") and not (r.identified or r.names or r.person):
        args = {k: v for k, v in last.items() if k != "max_contacts"}
        if (m := rx.search(r"\ball (\d+) of them\b", r.text)) is not None:
            args["max_contacts"] = int(m.group(1))  # "all 30 of them": as many as said
        if r.has(NO_EVENTS):
            args["events_per_contact"] = 0
        elif (n := r.each("event") or r.count("event")) is not None:
            args["events_per_contact"] = min(n, MOST_EVENTS)
        return None if r.mentions("conversation") else (name, args)
    if (with_events := people_with_events(r, name, last)) is not None:
        return with_events  # "w/ events, 3 each", after a company's contacts: its people with their events
    if name != "intercom_contact_overview" or "events" not in last or r.has(SUMMARY) or not r.has(RECOUNT):
        return None
    return None if (n := r.count("event", None)) is None else (name, {**last, "events": min(50, n)})


__all__ = ["RECOUNT", "recounted"]
