"""One of two people of the same name: "the first one's profile" of "two priya webers", "events for the
first priya", "and the other one", "the other felix, overview"."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import Listing, State, customer
from graphs.planner.earlier import as_before
from graphs.planner.focus import about_contact, about_item, open_conversation
from graphs.planner.intents import Plan
from graphs.planner.next_to import reopen
from graphs.planner.people import namesakes_in, the_other
from graphs.planner.reading import Utterance, read
from graphs.planner.who import same_person
from graphs.planner.words import ORDINALS

ASKED = r"overview|360|profile|events?|evnts|convos?|conversations?|tickets?|chats?|threads?|activity|details"


def namesake_picked(r: Utterance, state: State, shown: Listing | None) -> Plan | None:
    """One of two people of the same name in a list: "the first one's profile" of "two priya webers",
    "events for the first priya", then "and the other one"."""
    if r.identified:
        return None
    if shown is not None and shown.kind == "conversations" and r.person is not None and state.contact is not None:
        writers = [
            p
            for c in shown.items
            if (p := customer(c)) and str(p.get("name") or "").casefold() == r.person.name.casefold()
        ]
        rest = {str(p.get("id")): p for p in writers if not same_person(p, state.contact)}
        if r.has(r"\bother\b") and len(rest) == 1 and len(writers) > len(rest):  # "and the other victor diaz on
            writer = next(iter(rest.values()))  # this page, who is he?": the other one who wrote one listed
            return about_contact(r, writer) or ("intercom_get_contact_by_id", {"contact_id": writer["id"]})
    lists = [x for x in (shown, *reversed(state.lists)) if x is not None and x.kind == "contacts"]
    lists = [x for i, x in enumerate(lists) if not any(y is x for y in lists[:i])]  # each list once
    listing, twins = next(((x, t) for x in lists if (t := namesakes_in(r, x.items))), (None, []))
    if listing is not None:
        if r.has(r"\bother\b") and state.contact is not None and (other := the_other(state.contact, twins)):
            asked = about_contact(r, other) if r.has(ASKED) else None  # "the other felix, overview": that, for him
            return asked or as_before(state, listing, other) or reopen(r, state, listing, other)
        if r.has(r"\bother\b") and state.contact is not None:
            others = [t for t in twins if not same_person(t, state.contact)]
            if len(others) == 1 and len(others) < len(twins):  # "same for the other tara", after Tara Meyer's
                asked = about_contact(r, others[0]) if r.has(ASKED) else None
                return asked or as_before(state, listing, others[0]) or reopen(r, state, listing, others[0])
        said = rx.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|last) (?=\w{3,})", r.text)
        index = r.ordinal if r.ordinal is not None else ORDINALS[said.group(1)] if said else None
        if index is not None and -len(twins) <= index < len(twins):
            if state.pending == "person" and state.unanswered and not r.has(ASKED):  # "which priya khan?" - "the
                asked = about_contact(read(state.unanswered, r.now), twins[index])  # first one on the acme list"
                if (answer := asked or as_before(state, listing, twins[index])) is not None:
                    return answer
            return _her_one(r, state, twins[index]) or about_item(r, listing, twins[index], state)  # "the second
            # felix, what's his story"
        return None
    if state.picked is not None and r.has(r"^(?:and |what about |how about |now )?(?:the )?other one\b"):
        before, index = state.picked
        if 0 <= index < len(before.items) and (other := the_other(before.items[index], before.items)) is not None:
            return reopen(r, state, before, other)
    return None


def _her_one(r: Utterance, state: State, person: dict[str, Any]) -> Plan | None:
    """'open the first priya's convo', when a search of her conversations found one: that one, opened."""
    if not r.has(r"\b(?:open|read|show(?: me)?|pull up)\b") or not r.has(
        r"\b(?:convo|conversation|ticket|thread|chat)\b(?!s)"
    ):
        return None
    email = person.get("email")
    theirs = [x for x in reversed(state.lists) if x.kind == "conversations" and x.args.get("contact_email") == email]
    return open_conversation(r, theirs[0].items[0]) if email and theirs and len(theirs[0].items) == 1 else None


def another_namesake(r: Utterance, state: State) -> bool:
    """'and the second company?', 'what about the second globex', after one of two companies with the name was
    picked and its people shown: the other of the two offered (not the second person listed)."""
    offered = state.candidates
    if offered is None or r.ordinal is None or r.identified or not offered.tool.startswith("intercom_compan"):
        return False
    named = bool(r.names) and all(m.kind == "company" and m.ambiguous for m in r.names)
    return (named or (not r.names and r.mentions("company"))) and not (
        state.listing and state.listing.kind == "companies"
    )


__all__ = ["ASKED", "another_namesake", "namesake_picked"]
