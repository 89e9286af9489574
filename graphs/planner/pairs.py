"""Two things asked about in turn: two companies named in one message, then taken one at a time ("I
want to see two companies, Lumen Group and Lumen Analytics. First the Group: who is inside?", then "now the
other one", "for both of them the plan and the spend, begin with the first", "and the other"); two topics
searched one after the other ("and do the open filter for the previous topic too"); a write refused, then
what can be read of what it pointed at ("close the first one" - "fine, just show me the whole thread");
two namesakes told apart by age ("and the newer one"); a list from before one person's conversations,
refined again ("still snoozed only", "from those same 2 weeks")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage

from graphs.planner import needles as rx
from graphs.planner.counted import COUNT_ARG
from graphs.planner.decide import decide
from graphs.planner.dialogue import State
from graphs.planner.earlier import as_before, for_contact
from graphs.planner.focus import about_contact, about_item
from graphs.planner.gazetteer import Names
from graphs.planner.intents import Plan
from graphs.planner.mentions import Mention
from graphs.planner.reading import COMPANY_CUES, Utterance, read
from graphs.planner.refine import ANY_STATE, TOPIC_KEYS, refine
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.who import choose
from graphs.planner.words import ORDINALS
from graphs.planner.writes import writes

OTHER = rx.compile(
    r"^(?:(?:and|now|ok|okay|then|so|next)[\s,]+)*(?:(?:what about|how about|same for|do|show me) )?"
    r"(?:the )?other(?: one| company| co| account)?(?: (?:please|pls|too|now))?\s*[?.!]?$"
)
FIRST = rx.compile(r"\b(?:begin|start) with (?:the )?(first|second|1st|2nd)\b")
COMPANY_TOOLS = {  # a call about one company, and the argument that names it
    "intercom_company_contacts_events": "company",
    "intercom_get_company_by_id": "company_id",
    "intercom_list_attach_contacts_to_company": "company_id",
}
LOOK_BACK = 4  # the user's messages searched for the two names


def _pair(history: Sequence[BaseMessage], now: float, names: Names) -> list[Mention] | None:
    """The two companies the user named together in one of their last few messages, in the order said."""
    asked = [m for m in history if isinstance(m, HumanMessage)][-LOOK_BACK:]
    for message in reversed(asked):
        said = read(str(message.content), now, names)
        companies = {m.name.casefold(): m for m in said.names if m.kind == "company" and len(m.entries) == 1}
        if len(companies) == 2:
            return list(companies.values())
    return None


def _is(mention: Mention, value: Any) -> bool:
    entry = mention.entries[0]
    return str(value).casefold() in (mention.name.casefold(), str(entry.get("id")), str(entry.get("company_id")))


def one_of_two(r: Utterance, history: Sequence[BaseMessage], state: State, names: Names) -> Plan | None:
    """The other of two companies named together ("now the other one"): asked what was asked of the one
    before, or its record when the request asks for plan or spend. "Begin with the first: who works there"
    names the first in the request (added to its names), for the rest of the planner to answer."""
    if r.names or r.identified or not history:
        return None
    other, first = OTHER.match(r.text), FIRST.search(r.text)
    if other is None and first is None:
        return None
    pair = _pair(history, r.now, names)
    if pair is None:
        return None
    last = next(((n, a) for n, a in reversed(state.calls) if n in COMPANY_TOOLS), None)
    if first is not None:
        chosen = pair[ORDINALS[first[1]]]
    else:
        touched = [m for m in pair if last is not None and _is(m, last[1].get(COMPANY_TOOLS[last[0]]))]
        if len(touched) != 1:
            return None
        chosen = pair[1] if touched[0] is pair[0] else pair[0]
    if first is not None or last is None:  # "begin with the first: who works there": the request, about it
        said = r.tokens.index(first[1]) if first is not None and first[1] in r.tokens else len(r.tokens)
        r.names.append(Mention("company", chosen.written, chosen.name, said, said + 1, chosen.entries))
        r.ordinal = None
        return None
    company_id = str(chosen.entries[0].get("id") or "")
    if COMPANY_CUES.search(r.text):
        return ("intercom_get_company_by_id", {"company_id": company_id}) if company_id else None
    name, args = last
    key = COMPANY_TOOLS[name]
    value = chosen.name if key == "company" else company_id
    return (name, {**args, key: value}) if value else None


TOPIC_BEFORE = rx.compile(
    r"\b(?:previous|earlier|other|first|last|old|original|prior) (?:topic|subject|search term|query|keyword)"
)


def previous_topic(r: Utterance, state: State) -> Plan | None:
    """The last conversation search, for the topic searched before it ("...for the previous topic too")."""
    if not TOPIC_BEFORE.search(r.text) or state.last is None or state.last[0] not in TOPIC_KEYS:
        return None
    name, args = state.last
    now = args.get(TOPIC_KEYS[name])
    for earlier, before in reversed(state.calls):
        topic = before.get(TOPIC_KEYS.get(earlier, ""))
        if topic and topic != now:
            kept = {k: v for k, v in args.items() if k not in ("starting_after", "page")}
            return (name, {**kept, TOPIC_KEYS[name]: topic})
    return None


SWAPPED = r"\binstead\b|^(?:(?:and|ok|okay|so|now|hmm) )*(?:what|how) about\b"


def topic_instead(r: Utterance, state: State) -> Plan | None:
    """'what about refunds instead', after a search and then one person's record or events: that search (its
    dates and state kept) for the new topic, not everyone's conversations of all time; 'same but closed and
    only since october': that search, refined."""
    refined = r.has(r"^(?:\w+ )?same (?:but|search|thing)\b") and bool(r.state or r.dates)  # "same but closed"
    bare = [w for t in r.tokens if (w := singular(t)) in TOPIC_WORDS] if len(r.tokens) <= 4 else []
    topic = r.topic or (bare[0] if len(bare) == 1 else None)  # "onboarding instead"
    if state.last is None or state.last[0] not in PERSONAL or not (refined or (r.has(SWAPPED) and topic)):
        return None
    if r.identified or r.names or r.person is not None or r.mentions("event") or r.has(r"\b(?:her|his|their)\b"):
        return None
    name, args = next(((n, a) for n, a in reversed(state.calls) if n in TOPIC_KEYS), (None, {}))
    if name is None:
        return None
    kept = {k: v for k, v in args.items() if k not in ("starting_after", "page")}
    if r.dates:
        kept = {k: v for k, v in kept.items() if k not in ("created_after", "created_before")} | r.dates.args()
    if r.state or r.has(ANY_STATE):
        kept = {k: v for k, v in kept.items() if k != "state"} | ({"state": r.state} if r.state else {})
    return (name, {**kept, **({TOPIC_KEYS[name]: topic} if topic else {})})


PERSONAL = ("intercom_contact_overview", "intercom_get_contact_by_id", "intercom_list_events")


INSTEAD = rx.compile(r"^(?:(?:fine|ok|okay|alright|sure|np|no problem|then)[\s,.!]+)*(?:just |at least |instead )?")
READABLE = r"\b(?:thread|conversation|convo|messages|transcript|details|profile|record|events)\b"
THEM_HERE = (  # "fine, just list them here", after a refused export: what it would have exported
    r"(?:(?:fine|ok|okay|alright|sure|then)[\s,.!]+)*(?:just |then |instead )?(?:list|show|give)(?: me)? "
    r"(?:them|those|it|that|the list|the people|the contacts)(?: here| instead| then| in (?:the )?chat)*[.!]?"
)
TAKEN = rx.compile(  # what a refused export or send would have taken: "export everyone at acme to a csv"
    r"\b(?:export|download|dump|send|email|pull|copy)(?: me)? (.+?)(?= (?:to|into|in|as) (?:an? |my |the )?"
    r"(?:csv|spreadsheet|excel|sheet|file|pdf|email|inbox)\b| and (?:email|send|mail)\b|[.!?]?$)",
    re.I,
)


def instead_of_a_write(r: Utterance, state: State) -> Plan | None:
    """After a refused write about an item of the list ("close the first one"), a read of that item
    asked without naming it again ("fine, just show me the whole thread then")."""
    if state.unanswered is None or state.listing is None or r.ordinal is not None or r.identified or r.names:
        return None
    lead = INSTEAD.match(r.text)  # "fine, just ...", "ok then ..."
    if not ((lead is not None and lead.end() and r.has(READABLE)) or r.has(r"\binstead\b")):
        return None
    before = read(state.unanswered, r.now)
    items = state.listing.items
    if before.ordinal is None or not -len(items) <= before.ordinal < len(items):
        return None
    return about_item(r, state.listing, items[before.ordinal], state)


def exported_instead(r: Utterance, state: State, names: Names) -> Plan | None:
    """What a refused request named, read: "fine, just list them here", after "export everyone at kestrel partners
    to a csv and email it to me" (what the export would have taken); "ok fine, who's there then", after "email
    everyone at zephyr partners" (the company it named)."""
    if state.unanswered is None:
        return None
    existential = r.has(r"\b(?:what|which|how many|any) (?:[\w-]+ ){0,2}(?:are|were|is) there\b")  # no place
    if r.has(r"\bthere\b") and not (r.names or r.identified or r.person or existential):  # ("what teams are there")
        company = read(state.unanswered, r.now, names).named("company")  # "email everyone at zephyr partners about
        if company is not None:  # the outage" - "ok fine, who's there then": the company the refused request named
            there = read(rx.sub(r"\bthere\b", f"at {company.written}", r.text, count=1), r.now, names)
            return plan if isinstance(plan := decide(there, state), tuple) else None
    if not rx.fullmatch(THEM_HERE, r.text):
        return None
    if (taken := TAKEN.search(state.unanswered)) is None or writes(wanted := read(taken.group(1), r.now, names)):
        return None
    plan = decide(wanted, state)
    return plan if isinstance(plan, tuple) else None


def namesake_by_age(r: Utterance, state: State) -> Plan | None:
    """'and the newer one', 'same for the older one': of two listed people of one name, after one of them."""
    if state.contact is None or r.names or r.identified or not r.has(r"\b(?:newer|older|newest|oldest)\b"):
        return None
    name = str(state.contact.get("name") or "").casefold()
    for listing in reversed(state.lists):
        twins = [c for c in listing.items if listing.kind == "contacts" and str(c.get("name") or "").casefold() == name]
        if len(twins) > 1 and (chosen := choose(r, twins)) is not None and chosen.get("id"):
            if r.has(r"\bsame\b") and (same := as_before(state, listing, chosen)) is not None:
                return same  # "same for the older one", after the newer one's events
            return about_contact(r, chosen) or ("intercom_get_contact_by_id", {"contact_id": chosen["id"]})
    return None


def still_filtered(r: Utterance, state: State) -> Plan | None:
    """'ok widen to the last 30 days, still snoozed only', after one person's conversations: the snoozed list
    from before them, refined (the state said to be kept is that list's, not the last call's)."""
    said = rx.search(r"\bstill (open|closed|snoozed)\b", r.text)
    if (
        said is None
        or state.last is None
        or state.last[1].get("state") == said[1]
        or r.identified
        or r.names
        or r.topic
        or r.has(r"\b(?:that|this) (?:thread|convo|conversation|ticket|chat)\b")  # "the vat one is still open?? show
        or r.has(r"\b(?:of|from) (?:his|hers|her|him|theirs|them)\b")  # me that thread": one conversation, not a
    ):  # list; "is anything else of his still open": his
        return None
    listing = next((x for x in reversed(state.lists) if x.args.get("state") == said[1]), None)
    if listing is None:
        return None
    args = {k: v for k, v in listing.args.items() if k not in ("starting_after", "page")}
    refined = refine(r, replace(state, last=(listing.tool, args), last_search=None))
    return refined if isinstance(refined, tuple) else None


SAME_WINDOW = rx.compile(
    r"\b(?:those|these|the|that) same (?:\d+ |two |few )?(?:days?|weeks?|months?|period|window|dates)\b"
)


def same_window(r: Utterance, state: State) -> Plan | None:
    """'ok and how many snoozed from those same 2 weeks', after one person's conversations: the dated list
    from before them, refined (the window said to be kept is that list's)."""
    if not SAME_WINDOW.search(r.text) or state.last is None or r.identified or r.names:
        return None
    dated = ("created_after", "created_before")
    if set(dated) & state.last[1].keys():
        return None  # the last call has the window: an ordinary refinement
    listing = next((x for x in reversed(state.lists) if set(dated) & x.args.keys()), None)
    if listing is None:
        return None
    args = {k: v for k, v in listing.args.items() if k not in ("starting_after", "page")}
    refined = refine(r, replace(state, last=(listing.tool, args), last_search=None))
    return refined if isinstance(refined, tuple) else None


MEANT = rx.compile(r"\bmeant? (?:the )?(?P<new>\w+(?: \w+)?),? not (?:the )?(?P<old>\w+(?: \w+)?)\b")


CORRECTED = rx.compile(  # "sorry, billing, not invoice"
    r"^(?:(?:sorry|oops|no|nope|wait|actually|ah|err?|ugh)\W+)*(?:it's |its )?(?P<new>\w+(?: \w+)?) ?,? not (?:the )?"
    r"(?P<old>\w+(?: \w+)?)\W*$|"  # "password, not login"; and "not login, password", "not integration but api"
    r"^(?:(?:sorry|oops|no|nope|wait|actually|ah|err?|ugh|hm+)\W+)*not (?:the )?(?P<old2>\w+(?: \w+)?)\b ?"
    r"(?:,|;|—|–|-)? ?(?:but |i meant |i mean |it'?s |its )?\b(?P<new2>\w+(?: \w+)?)\W*$"
)


def meant_topic(r: Utterance, state: State) -> Plan | None:
    """'wait i meant login not password', 'sorry, billing, not invoice', after a search about password (invoice):
    the same search about login (billing)."""
    said = MEANT.search(r.text) or CORRECTED.search(r.text)
    if said is None or state.last is None or state.last[0] not in TOPIC_KEYS:
        return None
    name, args = state.last
    key = TOPIC_KEYS[name]
    old, new = said["old"] or said.groupdict().get("old2"), said["new"] or said.groupdict().get("new2")
    if not old or not new or old not in str(args.get(key) or "").casefold():
        return None
    kept = {k: v for k, v in args.items() if k not in ("starting_after", "page")}
    new = rx.sub(r" (?:ones?|convos?|conversations?|tickets?|chats?|threads?)$", "", new)  # "the integration ones"
    return (name, {**kept, key: new})


SAME_Q = rx.compile(
    r"^(?:(?:and|ok|now|so) )*(?:the )?same (?:q|qs|question|questions|thing|check)(?: for| about| with) "
    r"(?:him|her|them)\W*$"
)


def same_question(r: Utterance, state: State) -> Plan | None:
    """'same q for him', after another person's open conversations and then his overview: the question asked
    of the one before, for him."""
    person = state.contact if state.last and state.last[0] == "intercom_contact_overview" else None
    if person is None or not SAME_Q.search(r.text):
        return None
    for name, args in reversed(state.calls[:-1]):
        if name in ("intercom_search_conversations", "intercom_find_conversations", "intercom_list_events"):
            said = {str(v).casefold() for v in args.values()}
            if not said & {str(person.get(k) or "").casefold() for k in ("email", "external_id", "id")}:
                return for_contact(name, args, person)
    return None


def same_counts(r: Utterance, state: State) -> Plan | None:
    """'same counts for usr_00043', after someone's event counts and then their profile: the counts, for them;
    'same q for him' (:func:`same_question`)."""
    if (asked := same_question(r, state)) is not None:
        return asked
    ref = r.contact_ref
    if ref is None or not r.has(r"\bsame (?:event |all-time )?(?:counts?|summary|numbers)\b"):
        return None
    if not any(name == "intercom_list_events" and args.get("summary") for name, args in state.calls):
        return None
    return ("intercom_list_events", {ref[0]: ref[1], "summary": True})


LISTS = ("intercom_list_all_contacts", "intercom_list_companies", "intercom_list_conversations")
WRONG_KIND = (
    r"\b(?:i meant|i mean|meant|i wanted|wanted|i asked for|asked for|i said|not (?:the )?(?:contacts|companies|"
    r"convos|conversations)|those are|these are|wrong (?:list|thing|one))\b|^(?:no+|nope|nah)\b"
)


def kind_instead(r: Utterance, state: State, decision: Plan) -> Plan:
    """'those are contacts?? I wanted companies', after 'the latest 10 contacts': 10 companies (the count, and
    the order where both lists have one, carried over to the list meant)."""
    if not isinstance(decision, tuple) or state.last is None or not r.has(WRONG_KIND):
        return decision
    (name, args), (before, said) = decision, state.last
    if name == before or name not in LISTS or before not in LISTS or args or r.counts or r.order:
        return decision
    top = COUNT_ARG.get(name, ("per_page", (), 150))[2]  # the most the list meant shows a page
    kept = {"per_page": min(top, int(said["per_page"]))} if said.get("per_page") else {}
    if said.get("order") and name == "intercom_list_companies":
        kept["order"] = said["order"]
    return (name, kept)


__all__ = [
    "instead_of_a_write",
    "kind_instead",
    "meant_topic",
    "namesake_by_age",
    "one_of_two",
    "previous_topic",
    "same_counts",
    "same_window",
    "still_filtered",
]
