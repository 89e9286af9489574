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
    OVERVIEW,
    PEOPLE,
    SUMMARY,
    Plan,
    events_args,
)
from graphs.planner.reading import Utterance, read
from graphs.planner.refine import PAGING_KEYS, SHE, THEY, refine, switch
from graphs.planner.words import ORDINALS

NEXT = (
    r"next(?: page| one| batch| set| \d+| few)?|more|keep going|continue|page after(?: that)?|go on|the rest|"
    r"another page"
)
THERE = (
    r"there|that company|this company|the company|that account|this account|her company|his company|"
    r"their company|same company|that org|it"
)
COMPANY_DETAILS = r"spend|size|plan|industry|website|how big|created|details|tier|monthly|revenue|info"
IT = r"it|this conversation|that conversation|this one|that one|the conversation|this ticket|that ticket"


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
    listing = state.paged
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
        last = state.last[1] if state.last else {}
        chosen = last.get("company") or last.get("company_id") or (state.company or {}).get("id")
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


def _chose(state: State, chosen: dict[str, Any]) -> Plan:
    """The call for the candidate picked: the contact overview, or the company in the last company call."""
    assert state.candidates is not None
    name, args = state.candidates.tool, state.candidates.args
    if name == "intercom_contact_overview":
        return (name, {**args, "contact": chosen.get("email") or chosen["id"]})
    if state.last and state.last[0] in ("intercom_get_company_by_id", "intercom_list_attach_contacts_to_company"):
        return (state.last[0], {"company_id": chosen["id"]})
    return (name, {**args, "company": chosen["id"]})


def _by_state_or_topic(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'that snoozed convo', 'the billing one': the item of a conversation list that fits."""
    if listing.kind != "conversations" or not r.has(
        r"(?:that|the|this) (?:\w+ )?(?:convo|conversation|chat|ticket|one)"
    ):
        return None
    fits = [c for c in listing.items if r.state and c.get("state") == r.state]
    if not fits and r.topic:
        fits = [c for c in listing.items if r.topic.lower() in str((c.get("source") or {}).get("body") or "").lower()]
    return fits[0] if fits else None


def pick(r: Utterance, state: State) -> Plan | None:
    """An item of the list shown last ("the second one"), or one of an ambiguous name's companies."""
    shown = state.listing is not None and state.listing.kind == "candidates"
    described = r.has(r"the one|other one|bigger|smaller|larger|the \w+ one|one (?:with|in|on|that|from)|other")
    same_name = all(m.ambiguous for m in r.names)
    if state.candidates is not None and ((shown and r.ordinal is not None) or (described and same_name)):
        chosen = _candidate(r, state)
        if chosen is not None:
            return _chose(state, chosen)
    listing = state.listing
    if r.ordinal is None and listing is not None and not r.identified and not r.names:
        found = _by_state_or_topic(r, listing)
        if found is not None:
            return _about_item(r, listing, found, state)
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
    return _about_item(r, listing, item, state)


BARE_WORDS = {"what", "about", "and", "the", "how", "ok", "okay", "then", "now", "?", "one", "please", "same", "for"}
WHO_WROTE = r"who (?:wrote|sent|started|opened|asked|is it from|was it)|customer|author|from whom|whose"
ITEM_ACTIONS = ("intercom_list_events", "intercom_contact_overview", "intercom_get_contact_by_id")


def _again(state: State, item: dict[str, Any]) -> Plan | None:
    """'and the 3rd?' after '2nd person's last 5 events': the same action for another item."""
    if state.last is None or state.last[0] not in ITEM_ACTIONS:
        return None
    name, args = state.last
    if name == "intercom_list_events" and (key := _contact_key(item)):
        kept = {k: v for k, v in args.items() if k in ("per_page", "summary")}
        return (name, {key[0]: key[1], **kept})
    if name == "intercom_contact_overview" and (ref := _contact_name(item)):
        return (name, {"contact": ref})
    return ("intercom_get_contact_by_id", {"contact_id": item["id"]})


def _about_item(r: Utterance, listing: Listing, item: dict[str, Any], state: State) -> Plan | None:
    if listing.kind == "conversations" and r.has(WHO_WROTE) and (person := customer(item)):
        return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
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
        ordinal_words = {w for w in r.words if w.removesuffix("'s") in ORDINALS}
        bare = not r.words - BARE_WORDS - ordinal_words  # "and the 3rd?", "what about the 6th"
        if bare and (again := _again(state, item)) is not None:
            return again
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


def _first_name_of(r: Utterance, contact: dict[str, Any]) -> bool:
    """Whether the request calls the contact being discussed by a first name ("any convos from wen?")."""
    names = {
        str(contact.get("name") or "").split(" ")[0].lower(),
        str(contact.get("email") or "").split(".")[0].lower(),
    }
    return any(len(n) >= 3 and n in r.original for n in names)


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
        if (
            person
            and r.has(r"conversations?|convos?|chats?|tickets?")
            and r.has(r"customer|contact|user|they|them|their")
        ):
            return about_contact(r, person) or ("intercom_contact_overview", {"contact": person["id"]})
        if person and r.has(r"customer|contact|user|who|person|lead|author"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    listed = state.listing
    single = listed.items[0] if listed and listed.kind == "contacts" and len(listed.items) == 1 else None
    if (state.contact or single) is not None and (r.has(SHE) or _first_name_of(r, state.contact or {})):
        return about_contact(r, state.contact or single or {})
    if listed and listed.kind == "conversations" and len(listed.items) == 1 and r.has(r"it|that one|this one"):
        return _about_item(r, listed, listed.items[0], state)
    if listed and state.unanswered and r.has(r"it|they|them|that one|this one|what \w+ said"):
        earlier = read(state.unanswered, 0.0)  # "close the first one" (refused), then "show me what they said"
        if earlier.ordinal is not None and -len(listed.items) <= earlier.ordinal < len(listed.items):
            return _about_item(r, listed, listed.items[earlier.ordinal], state)
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
    if r.has(r"(?:that|this) (?:email|address|id|user|customer|person|contact|lead|guy|account|one)") or r.has(
        r"(?:their|his|her) (?:account|company|org|profile|details)"
    ):
        return "Who or what do you mean? Give me the email, id or name (I have nothing earlier to refer to)."
    if r.has(r"works? there|who'?s there|that company|the company|their company|her company|his company"):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."
    if r.has(r"their (?:events|conversations|activity|convos|tickets)|(?:on|in|about|close|open) it"):
        return "Who or what do you mean? I have nothing earlier in this conversation to refer to."
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
