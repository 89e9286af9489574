"""A count said of the last call: how many of a list ("only 5", "10 per page"), a company's people and their
events each ("2 per contact"), an overview's events and conversations; the most a tool shows ("max")."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.arguments import MOST
from graphs.planner.described import EVERY_EVENT, LAST_THING, MOST_EVENTS
from graphs.planner.intents import NO_EVENTS
from graphs.planner.reading import Utterance

PER_PAGE_TOOLS = {
    "intercom_list_all_contacts", "intercom_list_attach_contacts_to_company", "intercom_list_segments",
    "intercom_list_all_teams", "intercom_list_events", "intercom_list_conversations", "intercom_search_conversations",
}  # fmt: skip
COUNT_ARG = {
    "intercom_find_conversations": ("top", ("conversation", None), 20),
    "intercom_get_conversation_by_id": ("max_parts", ("message", None), 500),
    "intercom_list_companies": ("per_page", ("company", None), 60),
}


def recount(r: Utterance, name: str, args: dict[str, Any]) -> bool:
    if r.has(MOST) and (name in COUNT_ARG or name in PER_PAGE_TOOLS):
        key, _, top = COUNT_ARG.get(name, ("per_page", (None,), 150))
        args[key] = top  # "all companies, max per page"
        return True
    if name == "intercom_company_contacts_events":
        changed = False
        everyone = r"(?:show |see |list )?all of them|everyone|everybody|all (?:the )?people|"
        everyone += r"the whole (?:list|lot|team|company|bunch|group)"
        if r.has(everyone):
            changed = args.pop("max_contacts", None) is not None  # "ok show all of them"
        shown = r.mentions("event") or args.get("events_per_contact") != 0  # "only 2 per contact", after their events
        per_person = shown and r.has(r"per (?:person|contact|user|head)|apiece")
        n = r.count(None) if r.mentions("event") else r.count("contact", None)  # "2 per contact": 2 of their events
        if per_person and r.each("event") is None and r.count("event") is None and n is not None:
            args["events_per_contact"] = n  # "fewer events per person, like 1"
            return True
        if (n := r.count("contact", None)) is not None:
            args["max_contacts"], changed = n, True
        if r.has(NO_EVENTS):
            args["events_per_contact"], changed = 0, True
        elif (
            r.has(EVERY_EVENT) and r.each("event") is None and not r.has(r"\b(?:that|this|one) (?:person|contact|user)")
        ):
            args["events_per_contact"], changed = MOST_EVENTS, True  # "for those 2 I want every event you've got"
        elif (n := r.each("event") or r.count("event") or (1 if r.has(LAST_THING) else None)) is not None:
            args["events_per_contact"], changed = n, True
        elif r.has(r"with (?:their )?events|and (?:their )?events|events too|with activity"):
            args.pop("events_per_contact", None)
            changed = True
        return changed
    if name == "intercom_contact_overview":
        found = {k: r.count(noun) for k, noun in (("events", "event"), ("conversations", "conversation"))}
        bare = (
            r.count(None)
            if rx.fullmatch(r"(?:(?:only|just|show(?: me)?|max|top|first|last) )*\d{1,2}", r.text)
            else None
        )
        if bare is not None and not any(found.values()):  # "only 5", after the overview: of both its lists
            found = {"events": min(bare, 50), "conversations": min(bare, 20)}
        args.update({k: v for k, v in found.items() if v is not None})
        return any(v is not None for v in found.values())
    if name not in COUNT_ARG and name not in PER_PAGE_TOOLS:
        return False  # one object (a contact, a company): nothing to count
    key, nouns, top = COUNT_ARG.get(name, ("per_page", (None,), 150))
    if name == "intercom_list_events":
        nouns = ("event", None)
    n = r.count(*nouns) if name in COUNT_ARG or name == "intercom_list_events" else r.count(None, *_own(name))
    if n is None:
        return False
    if name == "intercom_list_events":
        args.pop("summary", None)
    args[key] = max(1, min(top, n))
    return True


def _own(name: str) -> tuple[str, ...]:
    for noun in ("contact", "conversation", "segment", "team", "company", "event"):
        if noun in name:
            return (noun,)
    return ()


__all__ = ["COUNT_ARG", "PER_PAGE_TOOLS", "recount"]
