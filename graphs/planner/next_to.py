"""Items next to the one picked, and picking again: "and the one after that", "the previous one", "the
person just below him" (:func:`neighbour`); another item of a list picked from before (:func:`reopen`); the
call for one of the candidates an ambiguous name matched (:func:`chose`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.details import aside
from graphs.planner.dialogue import Listing, State
from graphs.planner.earlier import LIST_KINDS, for_contact
from graphs.planner.focus import about_contact, about_item, again
from graphs.planner.intents import ACTIVITY, NO_EVENTS, Plan
from graphs.planner.reading import COMPANY_CUES, Utterance

ITEM = r"(?:one|person|contact|customer|company|convo|conversation|chat|ticket|guy|user|lead)"
COUNTED = rx.compile(  # "the lead two below him", "three above her": that many places along the list
    r"\b(one|two|three|four|2|3|4) (?:rows? |places? |spots? )?(below|after|under|down from|above|before|up from) "
    r"(?:him|her|them|that|it|this)\b"
)
PLACES = {"one": 1, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
AFTER = (
    rf"(?:the )?{ITEM} (?:right |just |directly )?(?:after|below|under) (?:that|this|it|them|him|her)(?: {ITEM})?|"
    rf"(?:the )?next {ITEM}(?!s)|\bthe {ITEM} (?:right |just )?(?:below|after)"
    r"(?: (?:in|on) (?:the|that) (?:list|page))?\s*[?.!]*$"
)
BEFORE = (
    rf"(?:the )?{ITEM} (?:right |just |directly )?(?:before|above) (?:that|this|it|them|him|her)(?: {ITEM})?|"
    rf"(?:the )?previous {ITEM}(?!s)|\bthe {ITEM} (?:right |just )?(?:above|before)(?: (?:in|on) (?:the|that) "
    r"(?:list|page))?\s*[?.!]*$"  # "no sorry, the one above", "not her then, the one before"
)


WRITER_ASKED = ("intercom_contact_overview", "intercom_get_contact_by_id", "intercom_list_events")
PEOPLE_THERE = r"\bwho(?:'s| is| are|s)? (?:there|at|in|on|works)\b|\b(?:people|ppl|folks|employees|staff)\b"


def chose(state: State, chosen: dict[str, Any], r: Utterance) -> Plan:
    """The call for the candidate picked: the contact overview, or the company in the last company call."""
    assert state.candidates is not None
    name, args = state.candidates.tool, state.candidates.args
    if name == "intercom_contact_overview":
        last = state.last
        again = (
            r is not None
            and r.has(r"what about|how about|^and\b|\bsame\b")
            and not r.has(r"compan|account|profile|events?|who")
        )
        if again and last is not None and last[0] != name and (same := for_contact(last[0], last[1], chosen)):
            return same  # "what about the other dev rossi?" after the first one's conversations
        asked = aside(r)
        if asked.mentions("event") or asked.mentions("conversation"):
            if (plan := about_contact(asked, chosen)) is not None:
                return plan  # "the birch labs one, her 20 most recent events"
        return (name, {**args, "contact": chosen.get("email") or chosen["id"]})
    picked_by = r"\b(?:(?:on|with|has) (?:the |a )?\w+ (?:plan|tier)|\w+ (?:plan|tier) one)\b"  # "the growth plan one"
    picking = rx.sub(picked_by, " ", r.text)  # "the one on the growth plan": which one, not its record
    record = COMPANY_CUES.search(picking) or r.has(r"details|info|record")  # "cmp-0003 details": its record
    if name == "intercom_company_contacts_events" and record and not r.has(PEOPLE_THERE + "|" + ACTIVITY):
        return ("intercom_get_company_by_id", {"company_id": r.code_ids.get(str(chosen["id"]).lower(), chosen["id"])})
    people = state.last is not None and state.last[0] == "intercom_get_company_by_id" and r.has(PEOPLE_THERE)
    if state.last and state.last[0] in ("intercom_get_company_by_id", "intercom_list_attach_contacts_to_company"):
        if not people:  # ("and the other globex, just who's there", after one's record: its people)
            return (state.last[0], {"company_id": chosen["id"]})
        if not r.has(ACTIVITY):
            return (name, {**args, "events_per_contact": 0, "company": chosen["id"]})
    last = state.last
    if last is not None and last[0] == name and r.has(r"\bsame\b|what about|how about|^and\b"):
        args = last[1]  # "same for the other globex", after "only 2 events per person": 2 events each there too
    if args.get("events_per_contact") == 0 and r.has(ACTIVITY) and not r.has(NO_EVENTS):
        args = {k: v for k, v in args.items() if k != "events_per_contact"}  # "the other one. and show what they've
        # been doing this time": with their events
    elif name == "intercom_company_contacts_events" and r.has(NO_EVENTS):
        args = {**args, "events_per_contact": 0}  # "and the other globex? just the people this time"
    return (name, {**args, "company": chosen["id"]})


BESIDE = rx.compile(rf"\bthe {ITEM} (?:right |just |directly )?(under|below|after|above|before|over) (?:the )?")


def neighbour(r: Utterance, state: State, own: bool = False) -> Plan | None:
    """'and the one after that', 'the previous one': the item next to the one the last call was about; 'the
    one right under acme': next to the one named, on the latest list that shows it."""
    if (said := BESIDE.search(r.text)) is not None and (shown := _named_on_a_list(r, state, said.end())) is not None:
        step = -1 if said[1] in ("above", "before", "over") else 1
        if not 0 <= shown[1] + step < len(shown[0].items):
            return f"That one is the {'last' if step > 0 else 'first'} item of the list."
        segments = rx.split(
            r",| - | (?=(?:who|whos|who's|what|which|how|any|show|open|pull|its|their)\b)", r.text[said.start() :]
        )
        asked = r.without(rx.escape(segments[0]))  # what is asked of it ("..., who's there", "... who's there")
        item = shown[0].items[shown[1] + step]
        return about_item(asked, shown[0], item, state) or again(state, shown[0], item)
    counted = COUNTED.search(r.text)
    places = PLACES[counted[1]] * (-1 if counted[2] in ("above", "before", "up from") else 1) if counted else 0
    step = stepped(r, state) or places or (1 if r.has(AFTER) else -1 if r.has(BEFORE) else 0)
    people = state.listing if state.listing is not None and state.listing.kind == "contacts" else None
    him = state.contact if step and people and r.has(r"\b(?:him|her|them)\b") else None
    at = next((i for i, p in enumerate(people.items) if him and p.get("id") == him.get("id")), None) if people else None
    unpicked = state.picked is None or state.picked[0] is not people  # (him picked from it: as asked of him, below)
    if people is not None and at is not None and 0 <= at + step < len(people.items) and not own and unpicked:
        return about_item(r, people, people.items[at + step], state)  # "the person right after him on that list"
    if own or state.picked is None or r.ordinal is not None:
        return None
    listing, index = state.picked
    named = {LIST_KINDS[w] for w in r.words if w in LIST_KINDS}
    if step and named and listing.kind not in named and (earlier := _last_picked(state, named)) is not None:
        listing, index = earlier  # "next company on the list", after the first company's people
    if not step or not 0 <= index + step < len(listing.items):
        return None if not step else f"That was the {'last' if step > 0 else 'first'} item of the list."
    again_asked = r.has(r"what about|how about|\bsame\b")  # "what about the person above her": as asked of her
    item, before = listing.items[index + step], listing.items[index]
    was = {str(before[k]) for k in (("id", "email", "external_id") if again_asked else ("id",)) if before.get(k)}
    keys = {str(before[k]) for k in ("id", "email", "external_id") if before.get(k)}  # (her overview, by her email)
    about = next(
        ((n, a) for n, a in reversed(state.calls)
         if (keys if n == "intercom_contact_overview" else was) & {str(v) for v in a.values()}),
        None,
    )  # fmt: skip
    if about is not None and about != state.last:  # "ok next company on that list", after a detour: what was
        state = replace(state, last=about)  # asked of the one before it (its people), for this one
    if listing.kind == "contacts" and r.has(r"\bthe (?:person|guy|lady|contact|customer|user)\b") and not again_asked:
        if item.get("id"):
            return about_contact(r, item) or ("intercom_get_contact_by_id", {"contact_id": item["id"]})  # that person
    return reopen(r, state, listing, item)


STEPS = (  # stepping through a list after one of its items: "next", "back one", "skip one, the one after"
    (2, r"\bskip (?:the next(?: one)?|one|the one after(?: it| that)?)\b.*\b(?:after|then|next)\b"),
    (1, r"^(?:(?:ok|okay|and|now|then|so|cool|thanks|thx|done)\W+)*(?:the )?next(?: one)?(?: pls| please)?\W*$|"
     r"^(?:(?:ok|and|now)\W+)*skip (?:that|this|it)(?: one)?\W*$|\bsame (?:for|with) the next\W*$"),
    (-1, r"^(?:(?:ok|and|now|no|sorry|wait|actually)\W+)*(?:the )?(?:go )?(?:back one|one back|previous one)\b"
     r"(?! page)"),
)  # fmt: skip


def stepped(r: Utterance, state: State) -> int:
    """How far along the list a step goes ("next" after one of its items opened: the next item, not the next
    page), or 0."""
    if state.picked is None or (state.last is not None and state.last[0] == state.picked[0].tool):
        return 0  # the list itself was the last answer: "next" is its next page
    return next((step for step, said in STEPS if r.has(said)), 0)


def _named_on_a_list(r: Utterance, state: State, after: int) -> tuple[Listing, int] | None:
    """The latest list with the company or person named after ``after`` in the text, and where it stands."""
    rest = r.text[after:]
    ids = {str(e.get("id")) for m in r.names if m.kind == "company" and m.written.lower() in rest for e in m.entries}
    person = r.person.name.casefold() if r.person is not None and r.person.written.lower() in rest else None
    for listing in reversed(state.lists):
        for i, item in enumerate(listing.items):
            if (listing.kind == "companies" and str(item.get("id")) in ids) or (
                person and listing.kind == "contacts" and str(item.get("name") or "").casefold() == person
            ):
                return listing, i
    return None


def _last_picked(state: State, kinds: set[str]) -> tuple[Listing, int] | None:
    """The latest list of one of these kinds and the item of it the calls were last about."""
    listing = next((x for x in reversed(state.lists) if x.kind in kinds), None)
    if listing is None:
        return None
    ids = [str(item.get("id")) for item in listing.items]
    for _, args in reversed(state.calls):
        values = {str(v) for v in args.values()}
        for i, key in enumerate(ids):
            if key in values:
                return listing, i
    return None


def reopen(r: Utterance, state: State, listing: Listing, item: dict[str, Any]) -> Plan | None:
    """Another item of a list picked from before: the same call for it, or what this request asks of it."""
    if listing.kind == "candidates":
        return chose(state, item, r)
    if r.has(r"\b(?:details|info|profile|record|plan|spend)\b"):  # "I meant the last one. details for that one"
        return about_item(r, listing, item, state) or again(state, listing, item)
    itself = r"\bthe (?:\w+ )?(?:one|convo|conversation|ticket|thread)\b|\brepl(?:y|ied)\b|waiting on us"
    bare = rx.fullmatch(rf"(?:and |what about |how about )?(?:{AFTER}|{BEFORE})\W*", r.text)
    if bare and listing.kind == "conversations" and state.last and state.last[0] in WRITER_ASKED:
        return again(state, listing, item) or about_item(r, listing, item, state)  # "and the one under it?": its
    if listing.kind == "conversations" and r.has(itself) and not r.has(r"\bwho\b|customer|person|compan"):  # writer
        return about_item(r, listing, item, state) or again(state, listing, item)  # the conversation itself
    kind = "conversation" if r.mentions("conversation") else "event" if r.has(r"\bevents?\b") else None
    last = state.last[0] if state.last else ""
    if listing.kind == "contacts" and kind and kind not in last:  # "i meant the 4th one's conversations", after
        return about_item(r, listing, item, state) or again(state, listing, item)  # the 4th one's events: hers
    return again(state, listing, item) or about_item(r, listing, item, state)


__all__ = ["chose", "neighbour", "reopen"]
