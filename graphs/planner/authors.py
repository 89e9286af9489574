"""Who wrote what the conversation listed, and what they wrote: "the emma evans one from the snoozed list"
(a conversation of a list shown before the one on screen), "and the slack integration person - anything
else from them" (who wrote the one listed conversation about it), "omar lopez is there too, he had a
password one as well - open it" (the one conversation by that person about that, listed earlier)."""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.choosing import words_of
from graphs.planner.details import aside
from graphs.planner.dialogue import State, customer
from graphs.planner.earlier import LIST_KINDS, described, for_contact
from graphs.planner.focus import about_contact, about_item, open_conversation
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.words import ORDINALS


def from_an_earlier_list(r: Utterance, state: State) -> Plan | None:
    """'the emma evans one from the snoozed list': a conversation of a list shown before the one on screen."""
    said = rx.search(r"\b(?:from|in|on) (?:the|that|this|your) ((?:\w+ ){0,2}?)(?:list|answer|results|reply)\b", r.text)
    outside = f"{r.text[: said.start()]} {r.text[said.end() :]}".split() if said else []
    if said is None or (r.ordinal is not None and any(w in ORDINALS for w in outside)):
        return None  # (an ordinal of the list, "in that first list", is not one of its items)
    if r.text[: said.start()].split()[-1:] and r.text[: said.start()].split()[-1] in ORDINALS:
        return None  # "felix ito 2nd on that list - he has an invoice thing open too": about him, not that one
    kinds = {LIST_KINDS.get(w) or LIST_KINDS.get(w.removesuffix("s")) for w in said[1].split()} - {None}
    if kinds - {"conversations"}:
        return None  # "the X one from the contacts list": not a conversation
    earlier = described(said[1].split(), "conversations", state)  # whose author is named: a conversation
    if earlier is None or earlier.kind != "conversations":
        return None  # (the list on screen too: "the emma evans one from the snoozed list", after a turn aside)
    text = f" {r.text} "
    authors = [(c, str((customer(c) or {}).get("name") or "").casefold()) for c in earlier.items]
    by = [c for c, name in authors if name and f" {name} " in text]
    if len({c.get("id") for c in by}) != 1:
        return None  # not one listed conversation by the person named
    person = customer(by[0]) or {}
    if r.has(r"^(?:\w+ )?(?:same (?:for|with)|what about|how about)\b") and state.last and person:
        if (same := for_contact(*state.last, person)) is not None:
            return same  # "same for nora baker from the api list", after someone's events: hers
    return about_item(r, earlier, by[0], state)


AUTHOR = r"\bthe ((?:[a-z]+ ){1,3}?)(?:person|guy|girl|lady|customer|user|woman|man|dude|fellow|author|sender)\b"
NOT_A_TOPIC = {
    "other", "same", "first", "last", "next", "only", "new", "right", "wrong", "whole", "one", "open", "closed",
    "snoozed", "older", "newer", "oldest", "newest", "latest", "previous", "real", "actual", "main", "top", "bottom",
    "that", "this", "no", "an", "a", "acme", "enterprise", "quiet", "active", "inactive", "most", "least",
}  # fmt: skip


def topic_person(r: Utterance, state: State) -> Plan | None:
    """'the slack integration person - anything else from them': who wrote the one listed conversation about it."""
    m = rx.search(AUTHOR, r.text)
    if m is None or r.identified or r.names or r.person is not None or r.ordinal is not None:
        return None
    words = m[1].split()
    if set(words) & NOT_A_TOPIC:
        return None
    for listing in reversed(state.lists):  # the newest list that has it
        if listing.kind != "conversations":
            continue
        fits = [c for c in listing.items if all(rx.search(rf"\b{w}", words_of(c)) for w in words)]
        people = {str((customer(c) or {}).get("id") or "") for c in fits}
        if len(people) == 1 and (person := customer(fits[0])) and person.get("id"):
            return about_contact(aside(r), person)
        if fits:
            return None  # more than one person wrote about it: not one to pick
    return None


def their_listed_one(r: Utterance, state: State) -> Plan | None:
    """'omar lopez is there too, he had a password one as well - open it': the one conversation by that person
    about that, in a list shown earlier."""
    if r.person is None or not r.has(
        r"\b(?:open|read|show(?: me)?|pull up|give me|get me) (?:it|that|this|that one|this one)\b"
    ):
        return None
    said = rx.search(
        r"\b(?:a|an|the|his|her|their) ((?:[a-z]+ ){1,2}?)(?:one|convo|conversation|ticket|thread)\b", r.text
    )
    words = said[1].split() if said else []
    name = r.person.name.casefold()
    for listing in reversed(state.lists):
        if listing.kind != "conversations":
            continue
        by = [c for c in listing.items if str((customer(c) or {}).get("name") or "").casefold() == name]
        fits = [c for c in by if all(rx.search(rf"\b{re.escape(w)}", words_of(c)) for w in words)]
        if len(fits) == 1:
            return open_conversation(r, fits[0])
    return None


__all__ = ["from_an_earlier_list", "their_listed_one", "topic_person"]
