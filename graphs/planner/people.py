"""People discussed in the conversation, named in words: "any convos from jonas?", "the first jonas" of
two namesakes, "ben evans on this page"."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State, customer
from graphs.planner.mentions import KNOWN
from graphs.planner.reading import Utterance
from graphs.planner.words import ORDINALS

Plan = tuple[str, dict[str, Any]] | str  # (as graphs.planner.intents has it)


def first_name_of(r: Utterance, contact: dict[str, Any]) -> bool:
    """Whether the request calls the contact being discussed by a first name ("any convos from wen?")."""
    names = {
        str(contact.get("name") or "").split(" ")[0].lower(),
        str(contact.get("email") or "").split(".")[0].lower(),
    }
    return any(len(n) >= 3 and (n in r.original or f"{n}'s" in r.original) for n in names)


def called_by_first_name(r: Utterance, contact: dict[str, Any]) -> bool:
    first = str(contact.get("name") or "").split(" ")[0].casefold()
    return len(first) >= 3 and rx.search(rf"\b{re.escape(first)}(?:'s)?\b", r.text.casefold()) is not None


def namesake(r: Utterance, state: State) -> dict[str, Any] | None:
    """'the first jonas', 'the other jonas': one of several people discussed who share a first name; 'the 2nd
    rosa from that list': of the namesakes offered when the planner asked which one was meant."""
    offered = state.candidates.items if state.candidates is not None else []
    nth = rx.search(r"\bthe (\w+) (\w+) (?:from|on|in|of) (?:that|the|this|your) (?:list|options)\b", r.text)
    if nth and offered and (n := ORDINALS.get(nth[1])) is not None and -len(offered) <= n < len(offered):
        if nth[2] in {str(c.get("name") or "").casefold().split(" ")[0] for c in offered}:
            return offered[n]
    m = rx.search(r"\b(first|original|earlier|initial|other|previous|second|last|latest) (\w{3,})\b", r.text)
    if m is None:
        return None
    called = [p for p in state.people if str(p.get("name") or "").split(" ")[0].casefold() == m.group(2)]
    if len({p.get("id") for p in called}) < 2:
        return None
    which = m.group(1)
    if which == "other":
        current = state.contact or {}
        others = [p for p in called if not any(p.get(k) and p.get(k) == current.get(k) for k in ("id", "email"))]
        return others[-1] if others else None
    if which in ("first", "original", "earlier", "initial"):
        return called[0]
    return called[1] if which == "second" else called[-1]


def spoken(r: Utterance) -> str:
    """The request's words as typed (lower case, possessives dropped), padded to match whole names."""
    return " " + " ".join(t.removesuffix("'s") for t in r.original) + " "


def named_in(r: Utterance, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one listed contact the request names: by full name anywhere ("evnts for felix novak", "ben
    evans on this page"), or by first name after from/by/with/for ("any open tickets from emma")."""
    text = spoken(r)
    full = [c for c in items if (n := str(c.get("name") or "").casefold()) and " " in n and f" {n} " in text]
    if len(full) == 1:
        return full[0]
    if full or r.person is not None:
        return None
    firsts = {m.group(1) for m in rx.finditer(r"\b(?:from|by|with|for|of) (\w{3,})\b", text)}
    firsts |= set(rx.findall(r"(?:^|[,-] |\b(?:list|page|people|ones) )(\w{3,})'s\b", r.text))  # "go back to the
    # indigo list, uma's events" (or with no comma)
    firsts |= set(rx.findall(r"\bthe (\w{3,}) (?:one|guy|lady|person|contact)\b", text))  # "..., the hugo one"
    firsts -= KNOWN
    named = [c for c in items if str(c.get("name") or "").casefold().split(" ")[0] in firsts]
    return named[0] if len(named) == 1 else None


def someone_else(r: Utterance, items: list[dict[str, Any]], state: State) -> bool:
    """The request names a person in full who is neither the one in focus nor anyone the list is by or of:
    "show me dev lopez's login convo", after hugo chen's conversations, is his, not the login one listed."""
    if r.person is None or " " not in r.person.name.strip():
        return False
    name = r.person.name.casefold().strip()
    people = [*items, *(customer(i) or {} for i in items), state.contact or {}]
    return not any(str(p.get("name") or "").casefold().strip() == name for p in people)


def namesakes_in(r: Utterance, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Listed people who share the name the request uses: "two priya webers?? the first one's profile",
    "events for the first priya". Empty unless at least two share it."""
    text = spoken(r)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for c in items:
        if (name := str(c.get("name") or "").casefold()) and " " in name:
            by_name.setdefault(name, []).append(c)
    for name, same in by_name.items():
        if len(same) > 1 and (f" {name} " in text or f" {name}s " in text):
            return same
    m = rx.search(r"\b(?:first|second|third|other|last|latest|earlier|previous) (\w{3,})(?: (\w+))?", r.text)
    if m is not None and m.group(1) not in KNOWN:
        same = [c for c in items if str(c.get("name") or "").casefold().split(" ")[0] == m.group(1)]
        full = f"{m.group(1)} {m.group(2)}"
        if any(str(c.get("name") or "").casefold() == full for c in items):  # "the other priya baker": not any
            same = [c for c in same if str(c.get("name") or "").casefold() == full]  # priya listed
        if len(same) > 1:
            return same
    return []


def the_other(item: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one other listed person with this person's name, if there is exactly one."""
    name = str(item.get("name") or "").casefold()
    same = [c for c in items if name and str(c.get("name") or "").casefold() == name]
    others = [c for c in same if c.get("id") != item.get("id")]
    return others[0] if len(others) == 1 else None


def listed_named(r: Utterance, state: State) -> dict[str, Any] | None:
    """The person the request names among the contacts listed (the list on screen first, then earlier ones)."""
    shown = [x for x in (state.listing, *reversed(state.lists)) if x is not None and x.kind == "contacts"]
    return next((p for x in shown if (p := named_in(r, x.items)) is not None), None)


def the_listed_one(found: Plan, r: Utterance, state: State) -> Plan:
    """'and priya ito', 'and ben silva?', after a page of contacts that shows that person (this page or one before):
    the one shown, by email (by id when they have none), not the name, which others in the workspace may share."""
    if not (isinstance(found, tuple) and found[0] == "intercom_contact_overview"):
        return found
    person = listed_named(r, state)
    if person is None or not (person.get("email") or person.get("id")):
        return found
    if str(found[1].get("contact", "")).casefold() != str(person.get("name") or "").casefold():
        return found
    return ("intercom_contact_overview", {**found[1], "contact": person.get("email") or person["id"]})


__all__ = [
    "called_by_first_name",
    "first_name_of",
    "listed_named",
    "named_in",
    "namesake",
    "namesakes_in",
    "spoken",
    "the_listed_one",
    "the_other",
]
