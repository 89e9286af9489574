"""What the conversation is about right now: the contact, company or conversation being discussed, and the
item of a list a request points at.

- pronouns and deictics: "her events", "who works there?", "who's the customer on that ticket?",
  "tell me about that company", "the one you showed me before";
- a kind noun alone, for the thing in focus: "events", "convos", "co", "profile";
- an item of a list: what to do with it ("the 2nd one's events", "who wrote the first one"), and the same
  action again for another item ("and the 3rd?").
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner.dialogue import Listing, State, customer
from graphs.planner.gazetteer import fold
from graphs.planner.intents import ACTIVITY, NO_EVENTS, OVERVIEW, PEOPLE, SUMMARY, Plan, events_args, overview
from graphs.planner.people import called_by_first_name, first_name_of, namesake
from graphs.planner.reading import COMPANY_CUES, Utterance, read
from graphs.planner.refine import SHE, THEY
from graphs.planner.words import ORDINALS

THERE = (
    r"there|that company|this company|the company|that account|this account|her company|his company|"
    r"their company|same company|that org|its company|that company's|it"
)
COMPANY_WORDS = r"compan(?:y|ies)|co|account|org|employer"
IT = r"it|this conversation|that conversation|this one|that one|the conversation|this ticket|that ticket|that convo"
SHOWN = r"(?:one|ticket|conversation|convo|chat) (?:you )?(?:showed|opened|read|pulled up)|showed me (?:before|earlier)"
WHO_WROTE = (
    r"who (?:wrote|sent|started|opened|asked|is it from|was it)|customer|author|from whom|whose|"
    r"who'?s (?:that|this|it)|who is (?:that|this|it)"
)
WROTE = (
    r"conversations?|convos?|chats?|tickets?|talked|spoke|messages|wrote|write|written|reached out|contacted|said|"
    r"in touch|got in touch|complained|asked (?:us|about)|ask(?:ing)? us"
)
BARE_WORDS = {"what", "about", "and", "the", "how", "ok", "okay", "then", "now", "?", "one", "please", "same", "for"}
ITEM_ACTIONS = (
    "intercom_list_events",
    "intercom_contact_overview",
    "intercom_get_contact_by_id",
    "intercom_search_conversations",
    "intercom_find_conversations",
)
COMPANY_ACTIONS = {  # a company call, and the argument naming its company
    "intercom_company_contacts_events": "company",
    "intercom_get_company_by_id": "company_id",
    "intercom_list_attach_contacts_to_company": "company_id",
}
ANYONE = r"from anyone|from anybody|all customers|any customer|other customers|from others|from everyone"


def contact_key(contact: dict[str, Any]) -> tuple[str, str] | None:
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


def _company_ref(company: dict[str, Any], r: Utterance | None = None) -> str | None:
    """How to name a company to the flow: its name, or its id when other companies share the name."""
    name = company.get("name")
    if name and company.get("id") and r is not None and fold(str(name)) in r.shared_names:
        return str(company["id"])
    found = name or company.get("id")
    return str(found) if found else None


def _conversation(r: Utterance, item: dict[str, Any]) -> Plan:
    args: dict[str, Any] = {"conversation_id": str(item["id"])}
    if (parts := r.count("message")) is not None:
        args["max_parts"] = parts
    return ("intercom_get_conversation_by_id", args)


def _again(state: State, item: dict[str, Any]) -> Plan | None:
    """'and the 3rd?' after '2nd person's last 5 events': the same action for another item."""
    if state.last is None or state.last[0] not in ITEM_ACTIONS:
        return None
    name, args = state.last
    if name == "intercom_list_events" and (key := contact_key(item)):
        kept = {k: v for k, v in args.items() if k in ("per_page", "summary")}
        return (name, {key[0]: key[1], **kept})
    if name == "intercom_contact_overview" and (ref := _contact_name(item)):
        return (name, {"contact": ref})
    if name in ("intercom_search_conversations", "intercom_find_conversations") and item.get("email"):
        kept = {k: v for k, v in args.items() if k not in ("contact_email", "contact_ids", "starting_after")}
        return (name, {**kept, "contact_email": item["email"]})  # "same check for the first person"
    return ("intercom_get_contact_by_id", {"contact_id": item["id"]})


def again(state: State, listing: Listing, item: dict[str, Any]) -> Plan | None:
    """The last call again for another item of the same kind ("what about the 5th company",
    "and the one after that"), or None when the last call was not about one item of this kind."""
    if listing.kind == "contacts":
        return _again(state, item)
    if state.last is None:
        return None
    name, args = state.last
    if listing.kind == "companies" and name in COMPANY_ACTIONS:
        kept = {k: v for k, v in args.items() if k in ("max_contacts", "events_per_contact", "per_page")}
        return (name, {**kept, COMPANY_ACTIONS[name]: item["id"]})
    if listing.kind == "conversations" and name == "intercom_get_conversation_by_id":
        return (name, {**{k: v for k, v in args.items() if k == "max_parts"}, "conversation_id": item["id"]})
    return None


def _bare(r: Utterance, *extra: str) -> bool:
    """Nothing asked but the item: "and the 3rd?", "what about the 5th company"."""
    ordinal_words = {w for w in r.words if w.removesuffix("'s") in ORDINALS}
    return not r.words - BARE_WORDS - ordinal_words - set(extra)


def about_item(r: Utterance, listing: Listing, item: dict[str, Any], state: State) -> Plan | None:
    """What the request asks of one item of a list."""
    bare = _bare(r, "company", "co", "account", "at")  # "what about the 5th company", "and at the first one?"
    if listing.kind == "companies" and bare and (same := again(state, listing, item)):
        return same
    if listing.kind == "conversations" and r.has(WHO_WROTE) and (person := customer(item)):
        return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    if listing.kind == "conversations":
        return _conversation(r, item)
    if listing.kind == "segments":
        counts = listing.args.get("include_count") or r.has(r"how many|counts?|size|how big|members|people|ppl")
        return ("intercom_list_segments", {**listing.args, **({"include_count": True} if counts else {})})
    if listing.kind == "teams":
        return ("intercom_list_all_teams", dict(listing.args))
    if listing.kind == "companies":
        if r.has(ACTIVITY):
            return ("intercom_company_contacts_events", {"company": item["id"]})
        if r.has(PEOPLE) and not r.has(r"\bone (?:there|in there|on there)\b"):  # "the first one there": itself
            return ("intercom_list_attach_contacts_to_company", {"company_id": item["id"]})
        return ("intercom_get_company_by_id", {"company_id": item["id"]})
    if listing.kind == "contacts":
        people = ("person", "one", "contact", "user", "guy", "lady", "customer", "lead")
        if _bare(r, *people) and (same := _again(state, item)) is not None:  # "and the 3rd?", "and the third person"
            return same
        return about_contact(r, item) or ("intercom_get_contact_by_id", {"contact_id": item["id"]})
    return None


def about_contact(r: Utterance, contact: dict[str, Any]) -> Plan | None:
    """A question about a contact known from the conversation."""
    key = contact_key(contact)
    name = _contact_name(contact)
    whole = r"full picture|360|overview|everything|profile and|all about|full profile|complete profile"
    if name and r.has(whole) and r.has(WROTE + "|events?"):
        return overview(r, name)  # "the full profile of the third, with their last 15 events"
    did = r"(?:she|he|they) did|did (?:she|he|they) do"
    used = r"events?|activit(?:y|ies)|actions?|doing|done|up to|used|uses|use|logg?ing in|log ?ins\b|logins"
    if not r.has(r"when did|last (?:logged|log|seen|signed)|last time"):  # "when did she last log in": her profile
        used += r"|logged in|signed in"
    if key and (r.has(rf"{used}|{did}") or r.has(SUMMARY)):
        return ("intercom_list_events", events_args(r, *key))
    support = (
        r"support (?:issues?|problems?|tickets?|requests?|history)|(?:any|had|have|has) (?:\w+ )?(?:issues|problems)"
    )
    if r.has(WROTE + "|" + support) or (r.mentions("conversation") and not r.has(r"events?")):  # "any open tickets?"
        filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
        if r.topic:
            filters["query"] = r.topic
        if contact.get("email"):
            return ("intercom_search_conversations", {"contact_email": contact["email"], **filters})
        if contact.get("id"):
            return ("intercom_search_conversations", {"contact_ids": [contact["id"]], **filters})
        if contact.get("external_id") and not filters:  # known by external id only: the overview has them
            return ("intercom_contact_overview", {"contact": contact["external_id"]})
    if r.has(
        r"compan(?:y|ies)|account|org|works? (?:at|for)|with|segments?|profile|who|details?|more|everything|about|"
        r"tell me|360|overview|email|phone|name|external id|id|history|sign(?:ed)? ?up|joined|last seen|when did|"
        r"where (?:is|are|does|do)|location|country|city|timezone|browser|tags?|role|lead or|a lead|a user"
    ):
        if contact.get("id") and not r.has(
            r"360|overview|everything|tell me|full picture|full profile|all about|history"
        ):
            return ("intercom_get_contact_by_id", {"contact_id": contact["id"]})
        return ("intercom_contact_overview", {"contact": name}) if name else None
    return None


NOT_TOPICS = {"other", "same", "last", "latest", "first", "next", "previous", "open", "closed", "snoozed", "new",
              "old", "older", "recent", "right", "wrong", "whole", "full", "only"}  # fmt: skip


def their_conversation(r: Utterance, state: State) -> Plan | None:
    """'her most recent one', 'his refund ticket', 'open her oldest convo': from the contact's overview."""
    items = state.contact_conversations
    if not items or not r.mentions("conversation") and not r.has(r"one|it"):
        return None
    if r.ordinal is not None and -len(items) <= r.ordinal < len(items):
        return _conversation(r, items[r.ordinal])
    named = re.search(r"\bthe (\w{2,}) (?:one|ticket|convo|conversation|chat|thread)\b", r.text)
    if named and named.group(1) not in NOT_TOPICS:  # "her other convos - the api one"
        word = named.group(1)
        fits = [
            c for c in items if word in f"{(c.get('source') or {}).get('body') or ''} {c.get('title') or ''}".lower()
        ]
        if len(fits) == 1:
            return _conversation(r, fits[0])
    if r.has(r"convos|conversations|chats|tickets|threads|ones"):
        return None  # "his refund convos": a search of that person's conversations, not one of them
    fits = [c for c in items if r.state and c.get("state") == r.state]
    if not fits and r.topic:
        fits = [c for c in items if r.topic.lower() in str((c.get("source") or {}).get("body") or "").lower()]
    return _conversation(r, fits[0]) if fits else None


def _company_of(state: State) -> dict[str, Any] | None:
    return state.company or (state.contact_companies[0] if state.contact_companies else None)


SAID = (
    r"what (?:did |does |do )?(?:she|he|they|the (?:customer|user|contact|client|person|lead)) "
    r"(?:say|said|write|wrote|ask|asked)|what (?:she|he|they) (?:said|wrote|asked)"
)
SAID_IN = (
    r"\b(?:in|on) (?:it|that|this|there)\b|(?:in|on) (?:her|his|their|that|the) (?:[\w-]+ ){0,2}"
    r"(?:one|convo|conversation|chat|ticket|thread|message)"
)
ABOUT_ONE = r"(?:in|on|about) the ([\w-]+) (?:one|convo|conversation|chat|ticket|thread)\b"
NOT_TOPICS = {
    "latest",
    "last",
    "first",
    "most",
    "recent",
    "newest",
    "oldest",
    "older",
    "newer",
    "only",
    "other",
    "same",
}


def _said(conversation: dict[str, Any]) -> str:
    """A listed conversation's title and first message, to find "the onboarding one" in."""
    source: dict[str, Any] = conversation.get("source") or {}
    if not isinstance(source, dict):
        source = {}
    return f"{conversation.get('title') or ''} {source.get('subject') or ''} {source.get('body') or ''}".casefold()


def said_in_it(r: Utterance, state: State) -> Plan | None:
    """'what did she say in it', 'show me what he wrote in his latest convo', 'what did she say in the api
    one': a conversation of the list just shown (the one about that topic, else the newest), opened."""
    listed = state.listing
    if not r.has(SAID) or r.identified or r.names:
        return None
    bare = len(r.tokens) <= 5  # "what did they say?"
    if not (r.has(SAID_IN) or bare):
        return None
    if state.focus == "conversation" and state.conversation is not None and r.has(r"in it|in that|in there"):
        return _conversation(r, state.conversation)  # the one just read, again
    if listed is not None and listed.kind == "conversations" and listed.items:
        index = r.ordinal if r.ordinal is not None and -len(listed.items) <= r.ordinal < len(listed.items) else 0
        m = re.search(ABOUT_ONE, r.text)
        if m and m.group(1) not in NOT_TOPICS and r.ordinal is None:
            word = m.group(1).casefold()
            index = next((i for i, item in enumerate(listed.items) if word in _said(item)), index)
        return _conversation(r, listed.items[index])
    contact = state.contact if state.focus == "contact" else None
    if contact is not None and contact.get("email") and r.has(SHE + "|" + THEY):  # nothing listed yet: read hers
        return ("intercom_find_conversations", {"contact_email": contact["email"], "top": 1})
    return None


def pronouns(r: Utterance, state: State) -> Plan | None:
    """'her events', 'who works there?', 'who's the customer on it?', 'tell me about that company'."""
    if (opened := said_in_it(r, state)) is not None:
        return opened
    names = [m for m in r.names if not (m.kind == "team" and r.has(SHE) and r.has(WROTE))]  # "...our support team"
    if r.identified or names or r.person or r.has(ANYONE):
        return None
    company = _company_of(state)
    wants_people = r.has(
        r"who else|works? there|who'?s there|people|contacts|employees|colleagues|everyone|staff|(?:other )?users|"
        r"folks|\bwho\b.*\bthere\b|ppl"
    )
    about_company = r.has(THERE) or (r.has(COMPANY_WORDS) and r.has(SHE + "|" + THEY + "|that|this|the"))
    focused = state.focus == "company" and r.has(THEY + r"|its")
    details = COMPANY_CUES.search(r.text) or r.has(r"details|info|information")
    if company and company.get("id") and (about_company or focused) and details and not wants_people:
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    how_many = r.has(r"how many (?:people|ppl|contacts|users|employees|folks|of them)")
    if company and (r.has(THEY + "|its") or how_many) and state.focus == "company" and wants_people:
        return _company_people(r, company, wants_people)
    if company and state.focus == "company" and wants_people and r.each("event") is not None:
        return _company_people(r, company, wants_people)  # "ppl + evts 1 each", after the company's details
    named_company = r.has(r"(?:that|this|their|his|her|its|the) (?:company|account|org|employer)")
    if company and company.get("id") and named_company and not wants_people and not r.has(ACTIVITY):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    if company and r.has(THERE) and (wants_people or r.has(OVERVIEW + r"|about") or r.has(ACTIVITY)):
        ref = _company_ref(company, r)
        if ref:
            return _company_people(r, company, wants_people)
    conversation = state.conversation
    if conversation is not None and (r.has(SHOWN) or (r.has(r"that ticket|that conversation|that convo|on it"))):
        person = customer(conversation)
        if person and r.has(r"who|customer|author"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
        if r.has(SHOWN) or r.count("message") is not None:
            return _conversation(r, conversation)
    if conversation is not None and state.focus == "conversation" and r.has(IT + "|customer|contact|who|author"):
        person = customer(conversation)
        if person and r.has(r"360|overview|all about|everything|full picture|full profile"):  # "author 360"
            return ("intercom_contact_overview", {"contact": person.get("email") or person["id"]})
        if person and r.has(r"who|customer's? (?:name|email)|author") and not r.has(r"other|else|more"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
        if person and r.has(r"conversations?|convos?|chats?|tickets?") and r.has(r"customer|contact|user|they|them"):
            return about_contact(r, person) or ("intercom_contact_overview", {"contact": person["id"]})
        if person and r.has(r"customer|contact|user|person|lead"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    listed = state.listing
    single = listed.items[0] if listed and listed.kind == "contacts" and len(listed.items) == 1 else None
    contact = state.contact or single
    if conversation is not None and state.focus == "conversation":
        contact = customer(conversation) or contact
    if state.unanswered and r.has(SHE + "|" + THEY):
        named = read(state.unanswered, 0.0).contact_ref  # "delete usr_00101" (refused), then "their profile"
        if named is not None:
            key = {"user_id": "external_id", "intercom_user_id": "id"}.get(named[0], named[0])
            return about_contact(r, {key: named[1]})
    if (twin := namesake(r, state)) is not None:  # "compare with the first jonas": of two discussed
        plan = about_contact(r, twin)
        if (
            r.has(r"compare|same|counts?|too|as well|likewise|what about|how about|^and\b")
            and (same := _again(state, twin)) is not None
        ):
            return same if plan is None or plan[0] == "intercom_get_contact_by_id" else plan
        return plan
    who = r"^(?:and |ok |so )?who(?:'s| is| was) (?:that|this|he|she|they|it)(?: again)?[?.!]?$"
    if contact is not None and state.focus == "contact" and re.fullmatch(who, r.text):
        return about_contact(r, contact)  # "who is that", after their events
    if contact is not None and (r.has(SHE) or first_name_of(r, contact)):
        return their_conversation(r, state) or about_contact(r, contact)
    recalled = [p for p in reversed(state.people) if called_by_first_name(r, p)]
    if len({str(p.get("name")).casefold() for p in recalled}) == 1:
        return about_contact(r, recalled[0])  # "and any convos from jonas?": the Jonas discussed before
    only = r"it|that one|this one|(?:that|this|the) (?:conversation|convo|chat|ticket|thread)"
    if listed and listed.kind == "conversations" and len(listed.items) == 1 and r.has(only):
        return about_item(r, listed, listed.items[0], state)
    if listed and state.unanswered and r.has(r"it|they|them|that one|this one|what \w+ said"):
        earlier = read(state.unanswered, 0.0)  # "close the first one" (refused), then "show me what they said"
        if earlier.ordinal is not None and -len(listed.items) <= earlier.ordinal < len(listed.items):
            return about_item(r, listed, listed.items[earlier.ordinal], state)
    if r.has(THEY) and state.focus == "company" and company and r.has(ACTIVITY):
        count = r.each("event") or r.count("event")
        args: dict[str, Any] = {"company": _company_ref(company, r)}
        args.update({k: v for k, v in (("events_per_contact", count), ("max_contacts", r.count("contact"))) if v})
        return ("intercom_company_contacts_events", args)
    if r.has(THEY) and state.contact is not None and state.focus == "contact":
        return about_contact(r, state.contact)
    if state.contact is not None and state.focus == "contact" and r.has(SUMMARY) and r.mentions("event"):
        return about_contact(r, state.contact)  # "all-time counts per event instead", after their 360
    doing = r"done|did|doing|logged|log in|used|using|clicked|in the app|activity|events?|how many times"
    if r.has(THEY) and contact is not None and state.focus == "conversation" and r.has(doing):
        return about_contact(r, contact)  # after reading their ticket: "what have they done in the app recently"
    return None


def _company_people(r: Utterance, company: dict[str, Any], wants_people: bool) -> Plan:
    """A company's people asked for in a follow-up: a page of its attached contacts when a page is asked
    for ("attached to it, 5 per page"), else the company flow."""
    paged = (
        r.has(r"attached|per page|a page|at a time|per pg|each page") or r.count("contact", per_page=True) is not None
    )
    if paged and company.get("id") and not r.has(ACTIVITY):
        args: dict[str, Any] = {"company_id": company["id"]}
        if (n := next((c.value for c in r.counts if c.per_page), None)) is not None:
            args["per_page"] = n
        return ("intercom_list_attach_contacts_to_company", args)
    return ("intercom_company_contacts_events", {"company": _company_ref(company, r), **_people_slots(r, wants_people)})


def _people_slots(r: Utterance, wants_people: bool) -> dict[str, Any]:
    """A company's people asked for in a follow-up: events or not ("contacts only, no events"), how many."""
    slots: dict[str, Any] = {}
    if r.has(NO_EVENTS + r"|no events?(?: needed)?|without events|skip events") or (
        wants_people and not r.has(ACTIVITY)
    ):
        slots["events_per_contact"] = 0
    elif (each := r.each("event") or r.count("event")) is not None:
        slots["events_per_contact"] = each  # "its people and their last 2 events"
    if (n := r.count("contact", None)) is not None:
        slots["max_contacts"] = n
    return slots


BARE_KINDS = {
    "events": r"events?|activity|evts|(?:events? )?summary|summary of (?:events|activity)|event counts",
    "conversations": r"convos?|conversations?|tickets?|chats?",
    "company": r"co|company|companies|account|org|employer",
    "profile": r"profile|details|info|overview|360",
    "people": r"people|ppl|contacts|who'?s there|everyone|staff|employees|users|folks|team members|members",
}


FILLER = {"?", ".", "!", "the", "their", "his", "her", "pls", "please", "and", "its", "show", "me", "them"}


ASKING = {"which", "what", "whats", "what's", "?", "and", "ok", "okay", "about", "how", "any"}


def bare_kind(r: Utterance, state: State) -> Plan | None:
    """A kind of thing named alone ("events", "co", "convos", "ppl"): that of the thing in focus."""
    words = [t for t in r.tokens if t not in FILLER and t not in ASKING]  # "which company?": the kind alone
    if not words or len(words) > 2 or r.identified or r.names or r.person:
        return None
    said = " ".join(words)
    kind = next((k for k, pattern in BARE_KINDS.items() if re.fullmatch(pattern, said)), None)
    contact, company = state.contact, _company_of(state)
    if kind is None:
        return None
    if state.focus == "contact" and contact is not None:
        if kind == "company" and company and company.get("id"):
            return ("intercom_get_company_by_id", {"company_id": company["id"]})
        return about_contact(read(f"their {said}", 0.0), contact)
    if state.focus == "company" and company is not None and kind in ("people", "events"):
        events = {} if kind == "events" else {"events_per_contact": 0}
        return ("intercom_company_contacts_events", {"company": _company_ref(company, r), **events})
    if state.focus == "company" and company is not None and kind in ("company", "profile") and company.get("id"):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    return None


__all__ = [
    "about_contact",
    "about_item",
    "again",
    "bare_kind",
    "contact_key",
    "pronouns",
]
