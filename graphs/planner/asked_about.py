"""People and conversations asked about one after another, picked again by their place in the chat: "360 for
usr_00198", "and usr_00262", "and usr_00306", then "the first person I asked about - her open tickets" or
"the middle one's events" (:func:`asked_text`: the request, with that person's email in place of the place); "show me
101148", other things, then "what was the first ticket number again - open it" (:func:`first_read`).

Only when no list of people or companies is on screen (a list's "first one" is its first row) and a place
is said with a person's word or what only a person has ("the second one's company details").
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.arguments import parts
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import SEARCHES

NAMED_BY = {  # the arguments that name the person a call is about
    "intercom_contact_overview": ("contact",),
    "intercom_get_contact_by_id": ("contact_id",),
    "intercom_list_events": ("user_id", "email", "intercom_user_id"),
    **{name: ("contact_email",) for name in SEARCHES},
}
PLACE = (
    r"\bthe (first|1st|second|2nd|third|3rd|last|middle|other) (?:one|person|guy|lady|contact|user|customer)"
    r"(?:'s)?(?: (?:i|we) (?:asked|looked|checked)(?: about| at| up)?(?: (?:before|earlier))?)?"
)
CUE = (
    r"\b(?:i|we) (?:asked|looked|checked)\b|"
    r"\b(?:one|person|guy|lady)'s (?:\w+ ){0,2}(?:events?|event counts|counts|company|account|org|"
    r"tickets?|convos?|conversations?|profile|360|email)\b"
)
OPENED = "intercom_get_conversation_by_id"
AT = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}


def asked(state: State) -> list[dict[str, Any]]:
    """The people the chat's calls were about, in the order first asked (each once)."""
    found: list[dict[str, Any]] = []
    for name, args in state.calls:
        for value in (str(args[key]).casefold() for key in NAMED_BY.get(name, ()) if args.get(key)):
            keys = ("id", "email", "external_id", "name")
            person = next((p for p in state.people if value in (str(p.get(k) or "").casefold() for k in keys)), None)
            if person is not None and all(person.get("id") != other.get("id") for other in found):
                found.append(person)
    return found


def asked_text(text: str, state: State) -> str | None:
    """The request with the person its place picks said by email (or external id) in place of the place ("the
    middle one's events": "<her email>'s events"); else None."""
    m = rx.search(PLACE, text, re.IGNORECASE)  # (positions in the text as typed)
    shown = state.listing is not None and state.listing.kind in ("contacts", "companies", "candidates")
    if m is None or shown or not rx.search(CUE, text, re.IGNORECASE):
        return None
    people = asked(state)
    if len(people) < 2:
        return None
    place = m[1].lower()
    if place == "middle":
        person = people[len(people) // 2] if len(people) % 2 else None
    elif place == "other":
        focus = state.contact.get("id") if state.contact else None
        others = [p for p in people if p.get("id") != focus]
        person = others[0] if len(people) == 2 and len(others) == 1 else None
    else:
        person = people[AT[place]] if -len(people) <= AT[place] < len(people) else None
    said = person and (person.get("email") or person.get("external_id"))
    if not said:
        return None
    owner = "'s" if m.group(0).endswith("'s") else ""
    return f"{text[: m.start()]}{said}{owner}{text[m.end() :]}"


FIRST = (
    r"\b(?:what was |the )?(?:the )?(?:very )?first (?:ticket|conversation|convo|chat|thread)(?: number| id| #)?"
    r" (?:again|(?:we|i) (?:opened|looked at|read|saw))\b"
)


def first_read(r: Utterance, state: State) -> Plan | None:
    """'what was the first ticket number again - open it': the first conversation this chat read."""
    if r.identified or not state.conversations_read or not r.has(FIRST):
        return None
    kinds = [n for n, _ in state.calls if n in SEARCHES or n in ("intercom_list_conversations", OPENED)]
    if kinds[:1] != [OPENED]:
        return None  # a list came first: its first row ("open refund convos", "open the 2nd", then "the first")
    first = next(iter(state.conversations_read))
    args: dict[str, Any] = {"conversation_id": first}
    if (kept := parts(r)) is not None:
        args["max_parts"] = kept
    return ("intercom_get_conversation_by_id", args)


__all__ = ["asked", "asked_text", "first_read"]
