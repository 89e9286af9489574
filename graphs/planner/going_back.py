"""Going back to something shown earlier in the conversation.

- "back to the first company", "go back to the previous search": an earlier call, run again;
- "back to the closed ones, open the first", "back to the invoice list, same but september", "back to the
  full list, next page", "back to the first page, the 5th person": a list shown earlier, found by what it
  was (its kind, state, topic, or being the unfiltered one), then picked from, paged or refined.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import by_age, by_event, by_role, by_size, by_state_or_topic
from graphs.planner.counted import recount
from graphs.planner.details import aside, by_detail
from graphs.planner.dialogue import Listing, State, customer
from graphs.planner.earlier import LIST_KINDS, as_before, described, filters, first_page
from graphs.planner.focus import about_contact, about_item, open_conversation
from graphs.planner.intents import ACTIVITY, NO_EVENTS, Plan
from graphs.planner.paging import PAGE_NUMBERED, next_page
from graphs.planner.people import named_in
from graphs.planner.people_back import back_to_person, person_there, said_person
from graphs.planner.reading import Utterance, read
from graphs.planner.referring import NOT_TOPICS, their_conversation
from graphs.planner.refine import PAGING_KEYS, SEARCHES, refine
from graphs.planner.steps_back import steps_back
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.words import ORDINALS

ON_FIRST_PAGE = r"\b(?:on|from|of) (?:the )?(?:first|1st) page\b|\b(?:on|from|of) page (?:1|one)\b"
BACK = (
    r"(?:go |going |get |come )?back to (?:the |that )?(first|original|earlier|previous|other|last|initial) "
    r"(company|account|org|one|contact|person|search)"
)
PICKED_KINDS = {"account": "companies", "company": "companies", "person": "contacts", "contact": "contacts"}
SUBJECT = {
    "company": ("company", "company_id"),
    "contact": ("contact", "contact_id", "user_id", "email", "intercom_user_id"),
    "search": ("query", "text", "contact_email"),
}


BACK_TO_LIST = rx.compile(
    r"(?:(?:go|going|get|head|come) )?"
    r"(?P<verb>back to|continue(?: with| on)?|flip|reverse|re-?sort|sort|(?<=that )same|(?<=the )same) "
    r"(?:the |that |those |our |my )?"
    r"(?P<desc>(?:[\w'-]+ ){0,3}?)"
    r"(?P<noun>lists?|results|page|ones|search(?:es)?|companies|contacts|conversations|convos|people|ppl|folks|accounts|"
    r"tickets|threads|chats|customers|users)\b"
)


def _back_to_list(r: Utterance, state: State) -> Plan | None:
    """'back to the company list, page 2 of it', 'back to the closed ones, open the first': a list shown earlier,
    found by what it was (its kind, state, topic, or being the unfiltered one; see the module's docstring)."""
    m = BACK_TO_LIST.search(r.text)
    if m is None or r.identified or (m.group("verb") == "same" and m.group("noun") not in ("list", "lists")):
        return None  # "that same company list but oldest first": that list, refined (not "the same but closed ones")
    company = r.named("company")
    listing = _company_list(r, state, m) if company is not None else None
    if listing is None and r.names:
        return None
    if listing is None and r.page and r.page > 1:  # "go back to pg 3, the 5th person", "back to companies pg 2"
        words = [*m.group("desc").split(), m.group("noun")]
        kinds = {LIST_KINDS.get(w) or LIST_KINDS.get(w.removesuffix("s")) for w in words} - {None}
        numbered = [x for x in state.lists if x.page == r.page and (not kinds or x.kind in kinds)]
        numbered = numbered or [  # "back to the list, page 3", after the 4th company's people: the companies
            x for x in state.lists if x.tool in PAGE_NUMBERED and (x.page or 1) > 1 and (not kinds or x.kind in kinds)
        ]
        listing = numbered[-1] if numbered else None
    if listing is None and m.group("noun") == "page" and r.page == 1 and not m.group("desc").strip():
        paged = [shown for shown in state.lists if (shown.page or 1) > 1 or shown.args.get("starting_after")]
        listing = first_page(state, paged[-1]) if paged else None  # "back to p1 - first one": of the list paged
        if listing is None and paged and paged[-1].tool in PAGE_NUMBERED and r.ordinal is None:
            unpaged = {k: v for k, v in paged[-1].args.items() if k not in PAGING_KEYS}
            return (paged[-1].tool, {**unpaged, "page": 1})  # "go back to page 1", having started on page 2
    desc = m.group("desc")
    dated = (desc.split()[:1] in (["last"], ["this"]) or rx.match(r"\d+[ -]?(?:day|week|month)s?\b", desc)) and r.dates
    if dated and r.state and r.has(rf"\bthe {r.state} (?:one|convo|conversation|ticket)\b"):  # a pick of it
        r = replace(r, state=None)  # "back to the 30 day list - the snoozed one": not a snoozed list
    of = rx.findall(r"^ of (?:the )?(\w+)", r.text[m.end() :])  # "back to that page of companies"
    listing = (
        listing
        or (_dated(r, state) if dated else None)
        or described(m.group("desc").split() + of, m.group("noun"), state)
    )
    bare = m.group("verb") == "back to" and not m.group("desc").strip() and m.group("noun") == "list"
    if bare and listing is not None and listing is state.listing and state.last == (listing.tool, listing.args):
        before = [x for x in state.lists if x is not listing and x.kind == listing.kind]
        listing = before[-1] if before else listing  # "back to list. the 5th one", just after another: the one before
    picked = rx.search(r"\b(account|company|convo|conversation|ticket|person|contact)\b", r.text[m.end() :])
    picked = picked if m.group("noun") in ("list", "lists", "results", "page") else None  # "that list - 2nd account"
    kind = PICKED_KINDS.get(picked[1], "conversations") if picked else ""
    shown = [x for x in state.lists if x.kind == kind] if listing is not None and listing.kind != kind else []
    listing = shown[-1] if shown else listing  # "go back to that list - the 2nd account", after its first's people
    sized = rx.search(r"\blist of (\d+)\b", r.text)  # "going back to that list of 5 - second person"
    if sized is not None:
        n = int(sized[1])
        listing = next((x for x in reversed(state.lists) if n in (len(x.items), x.per_page)), listing)
    if listing is None:
        return None
    if listing.kind == "contacts" and r.ordinal is None and (person := named_in(r, listing.items)) is not None:
        return about_contact(r, person)  # "go back to the willow list - tara diaz, last 5 events"
    unnamed = r.without(r"(?:that |the |this )?(?:page of (?:the )?(?:companies|accounts)|(?:companies|accounts) page)")
    if listing.kind == "companies" and r.ordinal is None and (biggest := by_size(unnamed, listing)) is not None:
        return about_item(aside(r), listing, biggest, state)  # "back to that page of companies, which had most users?"
    if r.ordinal is not None and listing is not state.listing and not (r.page and r.page > 1):  # its top
        listing = first_page(state, listing) or listing
    if r.ordinal is not None and -len(listing.items) <= r.ordinal < len(listing.items):
        item = listing.items[r.ordinal]
        if listing.kind == "companies" and (on_plan := by_size(r, listing)) is not None:
            said = aside(r).without(r"(?:on|with) (?:the |a )?\w+ (?:plan|tier)")  # the plan picked it: not asked
            return about_item(said, listing, on_plan, state)  # "back to the company list. first one on growth plan"
        after = set(r.text[m.end() :].split()) - {"the", "one", "-", ",", "?", ".", "1", "on", "it", "of", "there"}
        bare = not {w for w in after if w.removesuffix("'s") not in ORDINALS}  # "back to p1 - first one"
        said_same = r.has(r"this time|instead|again|too|as well|same|likewise")
        if (said_same or bare) and (same := as_before(state, listing, item)):
            return same  # "back to the companies, the 4th one this time": what was asked of the 3rd
        return about_item(r, listing, item, state)
    rest = read(r.text[m.end() :], r.now) if listing.kind == "conversations" and r.ordinal is None else None
    narrowed = rx.match(r"^\W*(?:but )?(?:just|only) (?:the )?([a-z]+)(?: ones?)?\W*$", r.text[m.end() :])
    if narrowed and narrowed[1] in TOPIC_WORDS and listing.tool == "intercom_search_conversations":
        base = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
        return (listing.tool, {**base, "query": narrowed[1]})  # "ok back to open ones, just billing"
    if rest is not None and rest.has(r"transcripts|\b(?:top|first|last) \d+\b"):
        rest = None  # "back to the closed ones and give me transcripts of the top 2": the list, refined
    oldest = (
        rest is not None and listing.items and rest.has(r"\bthe (?:oldest|earliest)(?: one| convo| conversation)?\b")
    )
    if oldest:  # "back to the onboarding ones, open the oldest": the one created first
        return about_item(r, listing, min(listing.items, key=lambda c: int(c.get("created_at") or 0)), state)
    if rest is not None and (by := _by_author(rest, listing) or by_age(rest, listing)) is not None:
        return about_item(r, listing, by, state)  # "back to those open billing ones, open kai's" / "the oldest"
    if rest is not None and rest.tokens and (fits := by_state_or_topic(rest, listing)) is not None:
        return about_item(r, listing, fits, state)  # "back to the open export list - read me the grace fischer one"
    further = r"next page|next one|next \d+|\d+ more|page after|more of (?:it|them)|following page|subsequent page"
    if (r.has(further) or m.group("verb").startswith("continue")) and listing.kind != "candidates":
        return next_page(r, replace(state, paged=listing))  # "back to the contact list, next page"
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    if listing.per_page and "per_page" not in args and listing.tool != "intercom_search_conversations":
        args["per_page"] = listing.per_page
    if listing.tool in PAGE_NUMBERED and (listing.page or 1) > 1 and not r.has(r"\b(?:first|top|start)\b"):
        args["page"] = listing.page  # "back to that companies page", shown at page 2: that page
    if (
        r.has(r"\bsame\b|\bbut\b|instead") or r.dates or r.counts or r.state or r.order
    ):  # "back to the invoice list, same but september"
        said = r.without(re.escape(m.group(0)))  # "go back to the convo search and do onboarding instead": onboarding
        refined = refine(said, replace(state, last=(listing.tool, args), last_search=None))
        if isinstance(refined, tuple):
            return refined
    if r.page and listing.tool in (*PAGE_NUMBERED, "intercom_list_all_contacts"):
        args["page"] = r.page
    if listing.tool == "intercom_company_contacts_events":
        recount(r, listing.tool, args)  # "go back to zephyr group all ppl no evts"
    return (listing.tool, args)


def _by_author(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """The one listed conversation whose author the request names, in full or by first name ("kai's")."""
    said = {w.removesuffix("'s") for w in r.tokens}
    by = [
        c
        for c in listing.items
        if (n := str((customer(c) or {}).get("name") or "").casefold().split()) and n[0] in said
    ]
    full = [c for c in by if set(str((customer(c) or {}).get("name") or "").casefold().split()) <= said]
    found = full or by
    return found[0] if len({str((customer(c) or {}).get("name")) for c in found}) == 1 else None


def _back_to_first(r: Utterance, state: State) -> Plan | None:
    """'back to the first 10 - the lead w an email, evnts': the first page of the last list paged through, and
    the one person on it that the rest describes."""
    m = rx.search(r"\bback to (?:the )?(?:first|top) (\d+|page)\b", r.text)
    if m is None or state.listing is None or state.listing.kind != "contacts" or r.identified:
        return None
    first = first_page(state, state.listing)
    if first is None or first is state.listing:
        return None
    rest = aside(r.without(r"back to (?:the )?(?:first|top) (?:\d+|page)"))
    person = by_detail(r, first) or by_event(r, first) or by_role(r, first) or named_in(r, first.items)
    if person is None:
        return None
    return about_contact(rest, person) or about_item(rest, first, person, state)


def _company_list(r: Utterance, state: State, m: re.Match[str]) -> Listing | None:
    """'back to the zephyr list': the people of a company shown earlier, when the name is in what is gone back to."""
    company = r.named("company")
    if company is None or not (m.start() <= len(" ".join(r.tokens[: company.start])) <= m.end() + 1):
        return None
    for key in (*(e.get("id") for e in company.entries), company.name, company.written):
        if key and (found := state.company_contacts.get(str(key).casefold())):
            return found
    return None


def _dated(r: Utterance, state: State) -> Listing | None:
    """'back to last week's open ones': the list asked for with these dates (and this state, if one is said)."""
    wanted = r.dates.args()
    fits = [
        listing for listing in reversed(state.lists)
        if {k: v for k, v in listing.args.items() if k in ("created_after", "created_before")} == wanted
        and (r.state is None or listing.args.get("state") == r.state)
    ]  # fmt: skip
    return min(fits, key=filters) if fits else None  # "the 30 day list": the one that is only that window


def _back_to_dated(r: Utterance, state: State) -> Plan | None:
    """'ok back to october's - the snoozed one': the list of those dates, and the item the rest describes."""
    if not r.dates or not r.has(
        r"back to (?:the )?(?:\w+ )?\w+'s\b|back to (?:the )?(?:ones|list) (?:from|of)\b|"
        r"back to (?:the )?\w+ (?:ones|list|results|convos|conversations|tickets)\b|"
        r"back to (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?! \d)"  # "go back to october and ..."
    ):
        return None
    wanted = r.dates.args()
    for listing in reversed(state.lists):
        if {k: v for k, v in listing.args.items() if k in ("created_after", "created_before")} != wanted:
            continue
        fits = [c for c in listing.items if r.state and c.get("state") == r.state]
        if r.ordinal is not None and -len(listing.items) <= r.ordinal < len(listing.items):
            return about_item(r, listing, listing.items[r.ordinal], state)
        narrowed = r.has(r"\b(?:only|just) (?:the )?\w+ ones\b")  # "back to this month's list - only the open ones"
        narrowed = narrowed or r.has(r"\b(?:open|closed|snoozed)(?: ones)? only\b")  # "back to october, snoozed only"
        if not narrowed and (len(fits) == 1 or (fits and r.has(r"\bthe (?:\w+ )?one\b"))):
            return about_item(r, listing, fits[0], state)
        base = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
        plan = (listing.tool, {**base, **({"state": r.state} if r.state and narrowed else {})})
        if listing.tool in SEARCHES and (r.counts or r.has(r"transcripts?")):  # "... and the transcripts of the top 2"
            refined = refine(r, replace(state, last=plan, last_search=None))
            return refined if isinstance(refined, tuple) else plan
        return plan
    return None


TOPIC_BACK = rx.compile(
    r"\b(?:go(?:ing)? )?back to (?:the )?([a-z][\w-]*(?: [a-z][\w-]*)?)(?= ones?\b| convos?\b|"
    r" conversations?\b| tickets?\b| search\b|\s*[-,.:?!]|\s*$)"
)


def _back_to_topic(r: Utterance, state: State) -> Plan | None:
    """'go back to login. just the open ones from the last 30 days', 'back to api - anything from last week?':
    the earlier search about that topic, changed by what the rest says."""
    said = TOPIC_BACK.search(r.text)
    if said is None or r.identified or r.names or r.person:
        return None
    words = [singular(w) for w in said[1].split()]
    if not all(w in TOPIC_WORDS for w in words):
        return None
    topic = " ".join(words)
    for tool, args in reversed(state.calls):
        subject = str(args.get("query") or args.get("text") or "").casefold()
        if tool in SEARCHES and subject == topic and state.last is not None and args != state.last[1]:
            base = {k: v for k, v in args.items() if k not in PAGING_KEYS}
            rest = r.without(TOPIC_BACK.pattern)
            if rest.dates:
                base = {k: v for k, v in base.items() if k not in ("created_after", "created_before")}
            refined = refine(rest, replace(state, last=(tool, base))) if rest.tokens else None
            return refined if isinstance(refined, tuple) else (tool, base)
    return None


EARLIER_LIST = rx.compile(r"\bthe ((?:[\w'-]+ ){0,2}?)(ones|list|results|search) (?:from )?(?:before|earlier)\b")


def _earlier_list(r: Utterance, state: State) -> Plan | None:
    """'and for the open ones from before - the top 2 as transcripts': a list shown earlier, refined."""
    m = EARLIER_LIST.search(r.text)
    if m is None or r.identified or r.ordinal is not None:
        return None
    listing = described(m.group(1).split(), m.group(2), state)
    if listing is None or listing is state.listing:
        return None
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    refined = refine(r, replace(state, last=(listing.tool, args), last_search=None))
    return refined if isinstance(refined, tuple) else (listing.tool, args)


def back_to(r: Utterance, state: State) -> Plan | None:
    """'back to the first company', 'go back to the previous search': an earlier call, run again."""
    if r.ordinal is not None and r.has(ON_FIRST_PAGE):
        return None  # "go back to the very first one on the first page": an item, picked (see follow.pick)
    if (person := back_to_person(r, state)) is not None:
        return person
    topical = rx.search(r"\bthe (\w{2,}) (?:one|ticket|convo|conversation|chat|thread)\b", r.text)
    if topical and topical.group(1) not in NOT_TOPICS and r.ordinal is None and r.has(r"\b(?:her|his|their)\b"):
        if (theirs := their_conversation(r, state)) is not None:
            return theirs  # "go back to her other convos - the api one"
    if (top := _back_to_first(r, state) or steps_back(r, state)) is not None:
        return top
    if (listed := _back_to_list(r, state) or _earlier_list(r, state) or _back_to_item(r, state)) is not None:
        return listed
    if (read := _back_to_read(r, state)) is not None:
        return read
    if (dated := _back_to_dated(r, state) or _back_to_topic(r, state)) is not None:
        return dated
    if (conversation := _back_to_conversation(r, state)) is not None:
        return conversation
    m = rx.search(BACK, r.text)
    if m is None or r.identified or r.names:
        return None
    which, noun = m.group(1), {"person": "contact", "one": "", "account": "company", "org": "company"}.get(m[2], m[2])
    last = state.last[1] if state.last else {}
    kind = noun or next((k for k, keys in SUBJECT.items() if any(key in last for key in keys)), None)
    keys = SUBJECT.get(kind or "", ())

    def subject(args: dict[str, Any]) -> str | None:
        return next((str(args[k]).casefold() for k in keys if args.get(k)), None)

    seen: dict[str, tuple[str, dict[str, Any]]] = {}  # one call per subject, in the order first met
    for name, args in state.calls:
        if (about := subject(args)) and about not in seen:
            seen[about] = (name, args)
    calls = list(seen.values())
    first = which in ("first", "original", "initial", "earlier")
    companies = next((x for x in reversed(state.lists) if x.kind == "companies" and x.items), None)
    if kind == "company" and which == "first" and len(calls) < 2 and companies is not None:
        return about_item(r, companies, companies.items[0], state)  # one company read from a list: the list's first
    if not calls or (len(calls) < 2 and not first):
        return None
    chosen = calls[0] if first else calls[-2]
    if chosen[0] == "intercom_company_contacts_events" and r.has(ACTIVITY + "|" + NO_EVENTS):  # "what have those
        each = r.each("event") or r.count("event")  # people been up to? 2 events each": its people, with events
        each = 0 if r.has(NO_EVENTS) else each  # "back to the first company, just the ppl no events"
        rest = {k: v for k, v in chosen[1].items() if k not in PAGING_KEYS and k != "events_per_contact"}
        rest |= {"max_contacts": people} if (people := r.count("contact")) else {}  # "..., just 5 ppl no events"
        return (chosen[0], {**rest, **({"events_per_contact": each} if each is not None else {})})
    value = subject(chosen[1])
    if kind == "contact" and value and r.has(ASKED_OF_A_CONTACT):  # "go back to the last one - their events"
        who = said_person(value)
        keys = ("id", "email", "external_id")
        shown = (c for x in reversed(state.lists) for c in x.items if value in {str(c.get(k)).casefold() for k in keys})
        if (plan := about_contact(r, next(shown, who))) is not None:
            return plan
    if (theirs := person_there(r, state, chosen)) is not None:
        return theirs
    met = [c for c in state.companies_seen if value in (str(c.get("id")).casefold(), str(c.get("name")).casefold())]
    if chosen[0] == "intercom_company_contacts_events" and met and r.has(r"\b(?:details|record|info|plan)\b"):
        return about_item(r, Listing(chosen[0], {}, met, "companies"), met[0], state)  # "...first one, details"
    args = {k: v for k, v in chosen[1].items() if k not in PAGING_KEYS}
    people = r.count("contact") if chosen[0] == "intercom_company_contacts_events" else None  # "just 2 contacts"
    return (chosen[0], {**args, **({"max_contacts": people} if people else {})})


REGARDING_IT = (
    r"^(?:ok |and |now |so )?(?:for|re|on|about|regarding|wrt) (?:the|that) (?:ticket|convo|conversation|thread|chat)"
    r"(?= ?[:,-])|\bthe (?:ticket|convo|conversation|thread|chat)'s (?:customer|person|contact|writer|author|user)\b"
)


def _back_to_conversation(r: Utterance, state: State) -> Plan | None:
    """'go back to the grace adams one': a conversation of a list shown earlier (by author or topic), or read."""
    regarding = r.has(REGARDING_IT)  # "for the ticket - whats the customer's company", after a detour
    if not (regarding or r.has(r"back to (?:the|that) \w+")) or r.identified or r.ordinal is not None:
        return None
    read_before = r"back to (?:the|that) (?:conversation|convo|ticket|thread|chat)(?! ?(?:s|list)\b)"
    if regarding and not state.conversation:
        return None
    read_before = REGARDING_IT if regarding else read_before
    if state.conversation and r.has(read_before):
        if not r.has(r"\bwho\b|customer|profile|person|contact|compan"):
            return open_conversation(r, state.conversation)
        if (writer := customer(state.conversation)) and writer.get("id") and not r.has("compan"):
            return ("intercom_get_contact_by_id", {"contact_id": writer["id"]})  # "back to the ticket - who's that"
    for listing in reversed(state.lists):
        if listing.kind == "conversations" and (found := by_state_or_topic(r, listing)) is not None:
            return about_item(r, listing, found, state)
    return None


def _back_to_read(r: Utterance, state: State) -> Plan | None:
    """'back to that api convo - just the last 2 messages': the conversation read earlier in this chat that
    says the word, latest first (before a search: it was read, not listed)."""
    said = rx.search(
        r"\bback to (?:the|that) (\w{2,}) (?:conversation|convo|ticket|thread|chat)\b(?! ?(?:s|list)\b)", r.text
    )
    if said is None or said[1] in NOT_TOPICS or said[1] in ORDINALS or r.identified or r.ordinal is not None:
        return None
    word = singular(said[1])
    for conversation in reversed(state.conversations_read.values()):
        text = f"{conversation.get('title') or ''} {(conversation.get('source') or {}).get('body') or ''}".casefold()
        if rx.search(rf"\b{re.escape(word)}", text) and not r.has(r"\bwho\b|customer|profile|person|contact|compan"):
            return open_conversation(r, conversation)
    return None


ASKED_OF_A_CONTACT = r"events?|activity|convos?|conversations?|tickets?|chats?|profile|details|360|overview"
BACK_TO_ITEM = rx.compile(
    r"\bback to (?:the |that )?(\w+)(?:'s)?(?: (one|person|contact|company|account|convo|conversation|ticket))?\b"
)


def _back_to_most(r: Utterance, state: State) -> Plan | None:
    """'ok back to the most active one from before, same question': the top of the company list ordered so."""
    said = rx.search(r"\bback to the (most|least) (?:recently )?active(?: one| company| account)?\b", r.text)
    if said is None:
        return None
    order = "desc" if said[1] == "most" else "asc"
    listing = next((x for x in reversed(state.lists) if x.kind == "companies" and x.args.get("order") == order), None)
    if listing is None or not listing.items:
        return None
    item = listing.items[0]
    same = r.has(r"same (?:question|thing|one|again)|\bsame\b") and as_before(state, listing, item)
    return same or about_item(r, listing, item, state)


def _back_to_item(r: Utterance, state: State) -> Plan | None:
    """'go back to the 5th - only their conversations': an item of the last list asked for, and what is asked."""
    if (most := _back_to_most(r, state)) is not None:
        return most
    m = BACK_TO_ITEM.search(r.text)
    if m is None or r.ordinal is None or r.identified or r.names or not state.lists:
        return None
    showed = r.has(r"\b(?:you|u) (?:showed|listed|gave|sent|pulled)\b|\bon (?:the|that) list\b")
    if m.group(1) in ("first", "last", "previous", "original", "earlier", "other", "initial", "1st") and not showed:
        return None  # "back to the first one": the first subject discussed (below)
    kind = LIST_KINDS.get(m.group(2) or "")
    listing = state.asked.get(kind) if kind else state.lists[-1]  # "back to the 3rd company": the companies
    if showed and listing is not None:
        listing = first_page(state, listing) or listing  # "back to the first company you showed me"
    if listing is not None and r.has(r"\bvery first (?:page|list)\b"):  # "back to the 2nd convo on that very first
        listing = next((x for x in state.lists if x.kind == listing.kind), listing)  # page": the earliest shown
    if listing is None:
        return None
    if not -len(listing.items) <= r.ordinal < len(listing.items):
        return None
    item = listing.items[r.ordinal]
    if listing.kind == "contacts" and (plan := about_contact(r, item)) is not None:
        return plan
    return about_item(r, listing, item, state)


__all__ = ["ON_FIRST_PAGE", "back_to"]
