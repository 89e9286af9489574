"""Requests that lean on the conversation so far.

- paging: "next page", "more", "next 10", "page 3" continue the last list;
- picking: "the second one", "the last one's events", "the one with 5 users", "the other one";
- pronouns: "her events", "who works there?", "who's the customer on it?", "tell me about that company";
- refining: "only the closed ones", "just 5", "oldest first", "with counts", "same for last month" change
  the last call's arguments and run it again;
- switching: "what about Lumen Group?" runs the last call for another company, contact or segment.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner.dialogue import ASK_CONTACT, ASK_PERSON, Listing, State, customer
from graphs.planner.intents import (
    ACTIVITY,
    NO_EVENTS,
    OVERVIEW,
    PEOPLE,
    SUMMARY,
    Plan,
    events_args,
    fresh,
)
from graphs.planner.reading import Utterance

NEXT = (
    r"next(?: page| one| batch| set| \d+| few)?|more|keep going|continue|page after(?: that)?|go on|the rest|"
    r"another page"
)
SHE = r"she|her|hers|he|his|him|this (?:contact|user|person|customer|lead)|that (?:contact|user|person|customer|lead)"
THEY = r"they|their|them"
THERE = (
    r"there|that company|this company|the company|that account|this account|her company|his company|"
    r"their company|same company|that org|it"
)
COMPANY_DETAILS = r"spend|size|plan|industry|website|how big|created|details|tier|monthly|revenue|info"
IT = r"it|this conversation|that conversation|this one|that one|the conversation|this ticket|that ticket"
SWITCH = r"^(?:and |ok |okay |now |also |then )*(?:what|how) about\b|^(?:and|same for|same thing for|now for|ok and)\b"
ENTITY_KEYS = {"company", "company_id", "contact", "contact_id", "user_id", "email", "intercom_user_id",
               "conversation_id", "query", "text", "contact_email"}  # fmt: skip
PAGING_KEYS = {"page", "starting_after", "next_cursor"}


def _contact_key(contact: dict[str, Any]) -> tuple[str, str] | None:
    if contact.get("external_id"):
        return "user_id", contact["external_id"]
    if contact.get("id"):
        return "intercom_user_id", contact["id"]
    if contact.get("email"):
        return "email", contact["email"]
    return None


def _contact_name(contact: dict[str, Any]) -> str | None:
    found = contact.get("email") or contact.get("external_id") or contact.get("id")
    return str(found) if found else None


def _company_ref(company: dict[str, Any]) -> str | None:
    found = company.get("id") or company.get("name")
    return str(found) if found else None


def next_page(r: Utterance, state: State) -> Plan:
    listing = state.listing
    if listing is None or listing.kind == "candidates":
        return "Next page of what? Ask for a list first, e.g. 'List Intercom contacts'."
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    if count := r.count(None):
        args["per_page"] = count
    if listing.tool in ("intercom_list_companies", "intercom_list_all_teams", "intercom_list_segments"):
        if listing.tool == "intercom_list_companies" and not listing.has_more:
            return "That was the last page: there is nothing more to show."
        return (listing.tool, {**args, "page": (listing.page or 1) + 1})
    if not listing.has_more or not listing.next_cursor:
        return "That was the last page: there is nothing more to show."
    if listing.tool == "intercom_list_events":
        return (listing.tool, {**args, "next_cursor": listing.next_cursor})
    return (listing.tool, {**args, "starting_after": listing.next_cursor})


def _candidate(r: Utterance, state: State) -> dict[str, Any] | None:
    listing = state.candidates
    if listing is None:
        return None
    items = listing.items
    if r.ordinal is not None and -len(items) <= r.ordinal < len(items):
        return items[r.ordinal]
    if r.has(r"other(?: one)?|the rest"):
        chosen = state.last[1].get("company") if state.last else None
        others = [c for c in items if chosen not in (c.get("id"), c.get("company_id"))]
        return others[0] if others and len(others) < len(items) else None
    if r.has(r"bigger|biggest|larger|largest|more (?:users|contacts|people)"):
        return max(items, key=lambda c: (c.get("user_count") or 0, c.get("size") or 0))
    if r.has(r"smaller|smallest|fewer|less"):
        return min(items, key=lambda c: (c.get("user_count") or 0, c.get("size") or 0))
    for count in r.counts:
        key = "size" if r.has(r"employees|size|staff") else "user_count"
        matched = [c for c in items if c.get(key) == count.value]
        if len(matched) == 1:
            return matched[0]
    words = r.words
    for c in items:
        values = {str(c.get(k) or "").lower() for k in ("industry", "company_id", "website")}
        values |= {str((c.get("plan") or {}).get("name") or "").lower()}
        if any(v and (v in words or v in r.text) for v in values if len(v) > 2):
            return c
    return None


def pick(r: Utterance, state: State) -> Plan | None:
    """An item of the list shown last ("the second one"), or one of an ambiguous name's companies."""
    shown = state.listing is not None and state.listing.kind == "candidates"
    described = r.has(r"the one|other one|bigger|smaller|larger|the \w+ one|one (?:with|in|on|that|from)")
    if state.candidates is not None and ((shown and r.ordinal is not None) or (described and not r.names)):
        chosen = _candidate(r, state)
        if chosen is not None:
            name, args = state.candidates.tool, state.candidates.args
            return (name, {**args, "company": chosen["id"]})
    listing = state.listing
    if r.ordinal is None or r.identified or r.names:
        return None
    if (listing is None or listing.kind == "candidates") and any(
        r.mentions(k) for k in ("contact", "conversation", "company")
    ):
        return None
    if listing is None or listing.kind == "candidates":
        return (
            "Which list do you mean? Ask for one first, e.g. 'List Intercom contacts' or 'List recent conversations'."
        )
    try:
        item = listing.items[r.ordinal]
    except IndexError:
        return f"The last list has {len(listing.items)} items; which one do you mean?"
    return _about_item(r, listing, item)


def _about_item(r: Utterance, listing: Listing, item: dict[str, Any]) -> Plan | None:
    if listing.kind == "conversations":
        args: dict[str, Any] = {"conversation_id": str(item["id"])}
        if (parts := r.count("message")) is not None:
            args["max_parts"] = parts
        return ("intercom_get_conversation_by_id", args)
    if listing.kind == "companies":
        if r.has(ACTIVITY):
            return ("intercom_company_contacts_events", {"company": item["id"]})
        if r.has(PEOPLE):
            return ("intercom_list_attach_contacts_to_company", {"company_id": item["id"]})
        return ("intercom_get_company_by_id", {"company_id": item["id"]})
    if listing.kind == "contacts":
        return about_contact(r, item) or ("intercom_get_contact_by_id", {"contact_id": item["id"]})
    return None


def about_contact(r: Utterance, contact: dict[str, Any]) -> Plan | None:
    """A question about a contact known from the conversation."""
    key = _contact_key(contact)
    if key and (r.has(r"events?|activit(?:y|ies)|actions?|doing|done|up to") or r.has(SUMMARY)):
        return ("intercom_list_events", events_args(r, *key))
    if r.has(r"conversations?|convos?|chats?|tickets?|talked|spoke|messages"):
        filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
        if contact.get("email"):
            return ("intercom_search_conversations", {"contact_email": contact["email"], **filters})
        if contact.get("id"):
            return ("intercom_search_conversations", {"contact_ids": [contact["id"]], **filters})
    if r.has(
        r"compan(?:y|ies)|account|org|works? (?:at|for)|with|segments?|profile|who|details?|more|everything|about|"
        r"tell me|360|overview"
    ):
        name = _contact_name(contact)
        if contact.get("id") and not r.has(r"360|overview|everything|tell me"):
            return ("intercom_get_contact_by_id", {"contact_id": contact["id"]})
        return ("intercom_contact_overview", {"contact": name}) if name else None
    return None


def pronouns(r: Utterance, state: State) -> Plan | None:
    """'her events', 'who works there?', 'who's the customer on it?', 'tell me about that company'."""
    if r.identified or r.names or r.person:
        return None
    company = state.company
    wants_people = r.has(r"who else|works? there|who'?s there|people|contacts|employees|colleagues|everyone|staff")
    if company and r.has(THERE) and (wants_people or r.has(OVERVIEW + r"|about") or r.has(ACTIVITY)):
        if state.focus == "company" and wants_people and state.last and "company" in state.last[0]:
            pass  # fall through to the company's contacts below
        ref = (company.get("name") if company.get("name") else None) or _company_ref(company)
        if ref:
            events = {"events_per_contact": 0} if not r.has(ACTIVITY) and wants_people else {}
            return ("intercom_company_contacts_events", {"company": ref, **events})
    if (
        company
        and company.get("id")
        and state.focus == "company"
        and r.has(COMPANY_DETAILS)
        and r.has(THEY + "|" + THERE)
    ):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    if state.conversation is not None and state.focus == "conversation" and r.has(IT + "|customer|contact|who"):
        person = customer(state.conversation)
        if person and r.has(r"customer|contact|user|who|person|lead|author"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    listed = state.listing
    single = listed.items[0] if listed and listed.kind == "contacts" and len(listed.items) == 1 else None
    if (state.contact or single) is not None and r.has(SHE):
        return about_contact(r, state.contact or single or {})
    if r.has(THEY) and state.focus == "company" and company and r.has(ACTIVITY):
        ref = _company_ref(company)
        count = r.each("event") or r.count("event")
        return (
            "intercom_company_contacts_events",
            {"company": ref, **({"events_per_contact": count} if count else {})},
        )
    if r.has(THEY) and state.contact is not None and state.focus == "contact":
        return about_contact(r, state.contact)
    return None


def unresolved(r: Utterance) -> Plan | None:
    """A pronoun with nothing earlier to point at: ask whom or what it means."""
    if r.identified or r.names or r.person:
        return None
    if r.has(SHE + r"|that customer|the customer"):
        return ASK_CONTACT if r.mentions("event") else ASK_PERSON
    if r.has(r"(?:that|this) (?:email|address|id|user|customer|person|contact|lead|guy|account|one)"):
        return "Who or what do you mean? Give me the email, id or name (I have nothing earlier to refer to)."
    if r.has(r"works? there|who'?s there|that company|the company|their company|her company|his company"):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."
    if r.has(r"their (?:events|conversations|activity|convos|tickets)|(?:on|in|about|close|open) it"):
        return "Who or what do you mean? I have nothing earlier in this conversation to refer to."
    return None


def refine(r: Utterance, state: State) -> Plan | None:
    """The last call again, with what this request changes (state, dates, count, order, page, ...)."""
    if state.last is None or r.identified or r.person:
        return None
    name, last = state.last
    args = {k: v for k, v in last.items() if k not in PAGING_KEYS}
    changed = False
    if r.dates and name in SEARCHES | {"intercom_list_conversations"}:
        args = {k: v for k, v in args.items() if k not in ("created_after", "created_before")} | r.dates.args()
        changed = True
    if r.state and name in SEARCHES | {"intercom_list_conversations"}:
        args["state"], changed = r.state, True
    if name == "intercom_list_conversations" and changed:
        name = "intercom_search_conversations"
    if r.order and name == "intercom_list_companies":
        args["order"], changed = r.order, True
    if r.page and name in ("intercom_list_companies", "intercom_list_all_contacts", *SMALL_LISTS):
        args["page"], changed = r.page, True
    if name == "intercom_list_segments" and r.has(r"counts?|how many|sizes?|how big|members|number"):
        args["include_count"], changed = True, True
    if name == "intercom_list_events" and r.has(SUMMARY):
        args = {k: v for k, v in args.items() if k != "per_page"} | {"summary": True}
        changed = True
    changed |= _recount(r, name, args)
    return (name, args) if changed else None


SEARCHES = {"intercom_search_conversations", "intercom_find_conversations"}
SMALL_LISTS = ("intercom_list_segments", "intercom_list_all_teams")
COUNT_ARG = {
    "intercom_find_conversations": ("top", ("conversation", None), 20),
    "intercom_get_conversation_by_id": ("max_parts", ("message", None), 500),
    "intercom_list_companies": ("per_page", ("company", None), 60),
}


def _recount(r: Utterance, name: str, args: dict[str, Any]) -> bool:
    if name == "intercom_company_contacts_events":
        changed = False
        if (n := r.count("contact", None)) is not None:
            args["max_contacts"], changed = n, True
        if r.has(NO_EVENTS):
            args["events_per_contact"], changed = 0, True
        elif (n := r.each("event") or r.count("event")) is not None:
            args["events_per_contact"], changed = n, True
        elif r.has(r"with (?:their )?events|and (?:their )?events|events too|with activity"):
            args.pop("events_per_contact", None)
            changed = True
        return changed
    if name == "intercom_contact_overview":
        found = {k: r.count(noun) for k, noun in (("events", "event"), ("conversations", "conversation"))}
        args.update({k: v for k, v in found.items() if v is not None})
        return any(v is not None for v in found.values())
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


def _substituted(r: Utterance, name: str, last: dict[str, Any]) -> Plan | None:
    """The last call with this request's contact or company in place of its own."""
    kept = {k: v for k, v in last.items() if k not in ENTITY_KEYS | PAGING_KEYS}
    ref = r.contact_ref
    if ref and name == "intercom_list_events":
        return (name, {**kept, ref[0]: ref[1]})
    if (ref or r.person) and name == "intercom_contact_overview":
        return (name, {**kept, "contact": ref[1] if ref else r.person.name if r.person else ""})
    if r.emails and name in SEARCHES and "contact_email" in last:
        return (name, {**kept, "contact_email": r.emails[0]})
    if ref and ref[0] == "intercom_user_id" and name == "intercom_get_contact_by_id":
        return (name, {"contact_id": ref[1]})
    return None


def switch(r: Utterance, state: State) -> Plan | None:
    """'what about X?': the last call for another company, contact, segment or topic."""
    if state.last is None or not re.search(SWITCH, r.text) or r.has(SHE + "|" + THEY):
        return None
    name, last = state.last
    if (substituted := _substituted(r, name, last)) is not None:
        return substituted
    if not (r.identified or r.names or r.person or (name in SEARCHES and r.leftover) or r.dates or r.state):
        return None
    found = fresh(r)
    if isinstance(found, tuple):
        tool, args = found
        if tool == name and not set(args) & ENTITY_KEYS:
            return refine(r, state) or (tool, {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, **args})
        if tool == name:
            kept = {k: v for k, v in last.items() if k not in ENTITY_KEYS | PAGING_KEYS and k not in args}
            kept = {k: v for k, v in kept.items() if not (k in ("created_after", "created_before") and r.dates)}
            return (tool, {**kept, **args})
        return found
    if name in SEARCHES and r.leftover and not r.dates and not r.state:  # "what about refunds?"
        key = "query" if name == "intercom_search_conversations" else "text"
        return (name, {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, key: r.leftover})
    return None


def follow_up(r: Utterance, state: State) -> Plan | None:
    """A plan that needs the conversation so far, or None when the request stands on its own."""
    own = r.identified or bool(r.names) or r.person is not None or r.cursor is not None
    if not own and (re.fullmatch(rf"(?:(?:and|ok|okay|then|now|show|give|get|me|the|please|some)\s)*(?:{NEXT})"
                                 r"(?:\s(?:page|please|one|batch|\d+|of (?:them|those|results)))*(?: ?[?.!])?", r.text)
                    or r.has(r"next page|page after")):  # fmt: skip
        return next_page(r, state)
    first = (pronouns,) if r.has(SHE + "|" + THERE) else ()
    for step in (pick, switch, *first):
        found: Plan | None = step(r, state)
        if found is not None:
            return found
    if not own and not _names_a_kind(r, state) and (refined := refine(r, state)) is not None:
        return refined
    return pronouns(r, state)


def _names_a_kind(r: Utterance, state: State) -> bool:
    """Whether the request names a kind of thing other than what the last call returned."""
    if state.last is None:
        return True
    name = state.last[0]
    kinds = {k for k in ("contact", "company", "segment", "team") if r.mentions(k)}
    if r.mentions("conversation") and "conversation" not in name:
        return True
    if "company_contacts" in name or "attach" in name:
        kinds -= {"contact", "company"}
    return any(k not in name for k in kinds) or bool(r.has(r"list|search|find") and kinds)


__all__ = ["follow_up", "next_page", "pick", "pronouns", "refine", "switch", "unresolved"]
