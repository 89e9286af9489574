"""The planner's decision for one turn: a greeting, a refusal, the answer to its own question, a follow-up
of the dialogue, or the request read on its own; when nothing fits, requests that run as written."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.answered import answered
from graphs.planner.choosing import by_state_or_topic, topic_fits
from graphs.planner.date_forms import fiscal_told, fiscal_unknown
from graphs.planner.day_first import answered_day, which_day
from graphs.planner.dialogue import ASK_CONTACT, ASK_PERSON, CONTACT_FIELDS, State, customer
from graphs.planner.earlier import for_contact
from graphs.planner.elsewhere import (
    DOMAIN,
    ELSEWHERE,
    NOT_DATA,
    OPINION,
    PICTURED,
    SYSTEMS,
    TRANSLATED,
    UNAVAILABLE,
    unavailable,
    unconnected,
)
from graphs.planner.focus import about_contact, about_item, contact_key, open_conversation
from graphs.planner.follow import NOTHING_LISTED, follow_up
from graphs.planner.genders import and_her, by_address, gendered
from graphs.planner.gist import gist
from graphs.planner.groups import described_group, segment_members
from graphs.planner.in_focus import about_them, finished, her_events_again, on_file, reworded, scoped, whole_picture
from graphs.planner.intents import Plan, events_args, fresh
from graphs.planner.loose_times import dated_anchor, when_exactly
from graphs.planner.malformed import malformed
from graphs.planner.paging import next_page
from graphs.planner.people import spoken
from graphs.planner.reading import Utterance, read
from graphs.planner.refine import PAGING_KEYS, SEARCHES, TOPIC_KEYS
from graphs.planner.replies import our_reply
from graphs.planner.said_people import refused_item, refused_list, shown_person
from graphs.planner.suggest import SUGGESTED, suggestions
from graphs.planner.their_people import company_people_again
from graphs.planner.told_key import as_told
from graphs.planner.topics import TOPIC_WORDS, singular, spelled
from graphs.planner.unresolved import KIN, not_in_this_chat, unresolved
from graphs.planner.who import choose, lone_first_name, meant, namesakes, other_named
from graphs.planner.windows import other_day, same_window
from graphs.planner.words import POINTERS
from graphs.planner.writes import writes

HELP = """I can read your Intercom workspace. Try (each runs as written):
- "List contacts at Acme Corp and show their recent events"
- "Tell me about dev.rossi.0@example.com" (a contact overview)
- "Find conversations about refund" (with transcripts) / "Search conversations about billing"
- "Open conversations from last week" / "Conversation #100007"
- "List Intercom contacts" / "Show first 50 contacts"
- "List our Intercom companies" / "Companies oldest first"
- "Who works at Acme Corp?"
- "List segments" / "Segments with counts" / "List Intercom teams"
- "Events for usr_00001" / "Event summary for usr_00001" / "List recent conversations"
After a list: "next page", "the second one", "their events"."""

READ_ONLY = (
    "I can only read Intercom (contacts, companies, segments, teams, events, conversations): I cannot change, "
    "send or delete anything."
)
WHAT_TIME = r"\bwhat time (?:is it|it is)\b|\bwhat'?s the time\b|\bthat timestamp\b"  # (a timestamp to convert)
OFF_TOPIC = (
    "That is outside what I do: I answer questions about your Intercom workspace (contacts, companies, segments, "
    "teams, events, conversations)."
)
GREETING = (
    r"(?:hi|hello|hey|yo|hiya|help|good (?:morning|afternoon|evening)|thanks|thank you)(?: there)?(?: !)?"
    r"|what can you do|what do you do|commands|how does this work|what are you|\?"
)
ARRIVED = (
    r"\b(?:came|come|comes|coming|got|wr[io]te|writes|writing|written) in\b|\barrived\b|\blanded\b|"
    r"\b(?:came|come|comes|coming) (?:in ?to|through) (?:support|the inbox|the queue|intercom|us)\b|"
    r"^(?:(?:so|ok|okay|and|hey)\W+)?what (?:happened|went on)\b(?! (?:to|with|at|in) )|"
    r"\b(?:what's|whats|what is|anything|something) new\b|\b(?:did )?we (?:get|got|receive|received)\b|\bincoming\b|"
    r"\b(?:got|get|gets|was|were|been|anything|something) (?:opened|raised|submitted|filed|logged|created)\b"  # opened
)
VAGUE = (
    r"that|this|those|these|the one|the (?:client|customer|user|account)|we (?:talked|spoke) about|you mentioned|"
    r"our (?:partner|client|customer|account)s?|the (?:details|info|information|numbers|data)|"
    r"how (?:are|is) (?:we|it|things|everything|business) (?:doing|going)|the prospect|prospect's|the thing|"
    r"that thing|them|they|the other one|other one|the rest|(?:a |an |some )?(?:good |nice )?examples?|"
    r"the new (?:guy|girl|lady|person|customer|client|hire|fella|dude)|"
    r"(?:the )?(?:biggest|largest|smallest|best|worst)\b|"
    r"(?:the|that|my|our) (?:weekly |monthly |usual |new )?(?:report|dashboard|funnel)\b|"
    r"numbers|narrow|filter|the usual|same as (?:last|before)|the \w+ (?:thing|stuff|situation|saga)|"
    r"(?:got|was|been|get|is) (?:sorted|resolved|fixed|handled|dealt with)|"
    r"renewals?|qbr|(?:account|business) review|prep(?:are|aring|ping)? (?:for )?(?:a |the |my )?(?:call|meeting)"
)
NOT_SURE = (
    "I'm not sure what that refers to. Which contact, company, conversation or list should I look at (a name, email "
    "or id, or for example 'List recent conversations')?"
)
ONE_CONVERSATION = (
    r"(?:(?:the|a|that|this|one) )?(?:convo|conversation|ticket|thread|chat)(?: (?:pls|please|plz))?[?.!]*"
)
WHICH_CONVERSATION = (
    "Which conversation? Give me its id (for example 'conversation 100007'), or ask 'List recent conversations'."
)
QUESTION = r"^(?:who|what|what's|whats|how|where|when|why|which|is|are|do|does|can|could|tell)\b"


ELLIPTIC = r"(?:and |now |what about |how about |same for )?(?:[\w-]+ ){0,1}[\w-]+'s ?\??"  # "and felix's?"


THEY_DID = (
    r"(?:^(?:(?:so|and|ok|hmm|wait)\W+)?|\b(?:tickets?|convos?|conversations?|chats?) )"  # "how many tickets did they
    r"(?:did|have|has) they (?:ever |already |actually |recently |just )?\w+\b"  # open": who are they?
    r"(?![^?]*\b(?:customers|people|users|anyone|accounts|companies|clients|folks)\b)"
)
SAME_AS_BEFORE = r"\bsame (?:person|customer|user|guy|lady|account|company|contact) as (?:last time|before|yesterday)\b"
BARE_NUMBER = r"(?:pull up|open|show(?: me)?|get|look up|check|find)(?: number| no\.?| #)? ?(\d{1,4})"
ROLE = r"\b(?:champion|(?:economic )?buyer|decision[- ]maker|exec(?:utive)? sponsor|stakeholder|book of business|poc|"
ROLE += r"(?:main |primary |key )?point of contact|(?:main|primary|key) contact(?! (?:info|details|email|number)))\b"
AND_FOR = (
    r"(?:(?:and|ok and|so|now) (?:for|what about|how about)|(?:(?:ok|okay|so|and) )?(?:now )?(?:do |run )?(?:the )?"
)
AND_FOR += r"same(?: thing)? for|what about|how about) (?:the )?(.+?)"  # "ok now do the same for lumen group"
PICKABLE = ("contacts", "conversations", "candidates")  # lists whose items are people, or have a writer


UNNAMED = (
    r"\b(?:her|his|their|she|he|they|them|him)\b|\b(?:that|this|the) (?:customer|person|user|contact|client)(?:'s)?"
)


def answer_pending(r: Utterance, state: State) -> Plan | None:
    """A bare answer to the question the planner just asked."""
    pending = state.pending
    if (again := answered(r, state)) is not None:
        return again  # "give me its last 5 messages" - "which conversation?" - "101141": its last 5
    if pending == "events" and any(r.mentions(k) for k in ("conversation", "company", "segment", "team")):
        return None  # "convos w/ <email>": not the events asked about, a request of its own
    company = r.named("company")
    if pending == "events" and company is not None and not (r.contact_ref or r.person or r.mentions("conversation")):
        return ("intercom_company_contacts_events", {"company": company.name})  # "their events?" - "kestrel partners"
    if pending == "events" and (ref := r.contact_ref):
        args = events_args(r, *ref)
        if state.unanswered:  # "the event counts for this user" - "sorry: felix@...": the counts, for them
            before = events_args(read(state.unanswered, r.now), *ref)
            args = {**{k: v for k, v in before.items() if k in ("summary", "per_page")}, **args}
        return ("intercom_list_events", args)
    by_name = pending == "events" and r.person is not None and len(r.tokens) <= 4
    one = (state.named[0] if len(state.named) == 1 else meant(r, state)[0]) if by_name else None
    if one and (key := contact_key(one)) is not None:  # "his events" - "which contact?" - "kai baker": his events
        return ("intercom_list_events", events_args(r, *key))
    listed = state.listing
    middle = listed is not None and len(listed.items) % 2 == 1 and r.has(r"\bthe middle (?:one|person|guy|lady)\b")
    ordinal = len(listed.items) // 2 if middle and listed is not None else r.ordinal  # "the middle one" of three
    if pending == "events" and ordinal is not None and listed and listed.kind in PICKABLE:
        if -len(listed.items) <= ordinal < len(listed.items):
            item = listed.items[ordinal]  # a contact, or the person who wrote a conversation ("the top one's")
            person = customer(item) or {} if listed.kind == "conversations" else item
            if key := contact_key(person):
                return ("intercom_list_events", events_args(r, *key))
    if pending == "person" and state.unanswered and (typed := r.contact_ref) and len(r.tokens) <= 6:
        field = CONTACT_FIELDS.get(typed[0], typed[0])  # "the one w usr_00194"
        if (plan := about_contact(read(state.unanswered, r.now), {field: typed[1]})) is not None:
            return plan
        said = rx.sub(UNNAMED, "", state.unanswered).strip(" ?.!")  # "that customer's invoices" - "it's <email>"
        plan = fresh(read(f"{said} for {typed[1]}", r.now))
        return plan if isinstance(plan, tuple) else ("intercom_contact_overview", {"contact": typed[1]})
    if pending == "person" and state.unanswered:  # "which felix?" - "felix ito" / "the ito one": what was asked
        asked = read(state.unanswered, r.now)
        offered = state.candidates.items if state.candidates is not None and asked.person is None else []
        chosen = choose(r, meant(asked, state)[1] or namesakes(asked, state) or offered)  # or whom the workspace had
        if chosen is not None:  # "events for the 4th one" - "and felix's?" - "novak": his events
            again = for_contact(*state.last, chosen) if state.last and rx.fullmatch(ELLIPTIC, asked.text) else None
            return (
                about_contact(asked, chosen) or again or ("intercom_contact_overview", {"contact": chosen.get("email")})
            )
    bare = listed and (listed.kind == "conversations" or not any(map(r.mentions, ("event", "conversation", "company"))))
    if pending == "contact" and state.unanswered and listed and listed.kind in ("conversations", "contacts") and bare:
        found = None if r.identified else meant(r, state)[0]  # "show me that customer" - "the rosa diaz one"
        if found is None and r.ordinal is not None and -len(listed.items) <= r.ordinal < len(listed.items):
            found = (customer if listed.kind == "conversations" else dict)(listed.items[r.ordinal])  # "the second's"
        if found is not None and found.get("id"):
            asked = read(state.unanswered, r.now)
            return about_contact(asked, found) or ("intercom_get_contact_by_id", {"contact_id": found["id"]})
    if pending == "contact" and state.unanswered and (ref := r.contact_ref) and len(r.tokens) <= 4:
        said = rx.sub(UNNAMED, "", state.unanswered).strip(" ?.!")
        if isinstance(plan := fresh(read(f"{said} for {ref[1]}", r.now)), tuple):
            return plan  # "can you check her open conversations?" - "which contact?" - "grace.silva.25@..."
    if pending == "listed" and state.unanswered and state.listing is not None:  # "the closed one", to "which?"
        fits = topic_fits(read(state.unanswered, r.now), state.listing)
        if (found := by_state_or_topic(r, replace(state.listing, items=fits))) is not None:
            return about_item(r, state.listing, found, state)
        said = spoken(r)  # "rosa diaz", to "#101491 (rosa hughes) or #100084 (rosa diaz)?": hers
        items = fits or state.listing.items
        theirs = [c for c in items if (a := str((customer(c) or {}).get("name") or "").casefold()) and f" {a} " in said]
        if len(theirs) == 1 and state.listing.kind == "conversations":
            return open_conversation(r, theirs[0])
    newest = r"^(?:\w+ )?(?:the )?(?:very )?(?:most recent|latest|newest|last)(?: one| convo| conversation| chat)?\W*$|"
    newest += r"^(?:\w+ )?(?:whichever|whatever|the one that) (?:one )?(?:came in|arrived|was updated|updated) (?:last|"
    newest += r"most recently|latest)\W*$"
    if pending == "conversation" and not r.identified and rx.search(newest, r.text):
        return ("intercom_list_conversations", {"per_page": 1})  # "which conversation?" - "the most recent one"
    companies = listed if listed is not None and listed.kind == "companies" else None
    if pending == "company" and state.unanswered and companies and r.ordinal is not None and not r.names:
        if -len(companies.items) <= r.ordinal < len(companies.items):  # "who works there?" - "which company?" -
            return about_item(read(state.unanswered, r.now), companies, companies.items[r.ordinal], state)  # "the 1st"
    if pending == "company" and r.hex_ids and not r.company_hex:
        return ("intercom_get_company_by_id", {"company_id": r.hex_ids[0][0]})
    dropped = r.has(r"^(?:\w+ )?(?:forget it|never ?mind|scratch that|nvm)\b")  # "actually forget it what teams ..."
    if pending in ("search", "find") and not r.identified and len(r.tokens) <= 8 and not dropped:
        text = r.topic or r.leftover
        if text and not set(text.split()) <= POINTERS:  # "open it" is not a topic
            filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
            if pending == "search":
                return ("intercom_search_conversations", {"query": text, **filters})
            return ("intercom_find_conversations", {"text": text, **filters})
        if r.dates and not text:  # "find the complaint" - "what should I find?" - "the one from yesterday"
            return ("intercom_search_conversations", {**r.dates.args(), **({"state": r.state} if r.state else {})})
    return None


def terse_topic(r: Utterance, state: State) -> Plan | None:
    """'api?', 'just billing', 'api only', after a search: the same search about that subject instead."""
    terse = rx.fullmatch(r"(?:just |only )?([a-z][\w-]*) ?\??", r.text) or rx.fullmatch(
        r"([a-z][\w-]*) only(?: pls| please)? ?[?!]?", r.text
    )  # "api only"
    if state.last is None or state.last[0] not in SEARCHES or terse is None:
        return None
    if r.identified or r.names or r.person or r.state or r.dates:
        return None
    words = [singular(spelled(w)) for w in terse[1].split()]
    if not all(w in TOPIC_WORDS for w in words):
        return None
    name, last = state.last
    key = TOPIC_KEYS[name]
    return (name, {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, key: " ".join(words)})


def decide(r: Utterance, state: State) -> Plan:
    if (wrong := malformed(r)) is not None:
        return wrong  # "companies, 0 per page", "page -1", "get contact 100322": no tool takes it; what to say instead
    before, state = state, gendered(r, state)  # "how many events has she logged?", after hers and then his: hers
    if (same := and_her(r, before, state)) is not None:
        return same  # "and him?", then: the same for him
    r = dated_anchor(r, state) or r  # "refund convos after the incident" - "when?" - "oct 20": after oct 20
    decision = finished(r, state, as_told(r, state, _decided(r, state)))  # "... look him up by email": his email
    decision = when_exactly(r, decision, (OFF_TOPIC, NOT_SURE))  # "billing convos from early october": which days?
    if (other := other_named(r, state)) is not None:
        return other  # "tara baker and iris chen", then "now iris": hers
    if decision is not READ_ONLY and (which := lone_first_name(r, state, decision)) is not None:
        return which  # "whats priya been up to lately", with no priya shown: which one
    if decision in (OFF_TOPIC, NOT_SURE, ASK_PERSON, ASK_CONTACT) and (said := by_address(r, state)) is not None:
        return _decided(read(said, r.now), state)  # "all-time counts for grace then": by grace.adams.181@...
    return decision


def _decided(r: Utterance, state: State) -> Plan:
    if (theirs := gist(r, state) or whole_picture(r, state) or on_file(r, state)) is not None and not writes(r):
        return theirs  # "any red flags before i hop on a call w her?": all of her
    decision = scoped(r, state, _decide(r, state))  # "convos this month?", after her overview: hers
    contact = state.contact if state.focus == "contact" and not (r.identified or r.names or r.person) else None
    listed = r.has(r"\bevents? (?:list|log|stream|history)\b|\braw events?\b|per page")  # not "our launch event"
    if decision == ASK_CONTACT and contact and (key := contact_key(contact)) and listed:
        return ("intercom_list_events", events_args(r, *key))  # "and the raw event list, 50 per page": hers
    unknown = decision in (ASK_PERSON, OFF_TOPIC, NOT_SURE) or str(decision).startswith(SUGGESTED)
    if unknown and (more := her_events_again(r, state)) is not None:
        return more  # "show me 30 of them", after the overview a request for her events got
    advice = decision == OFF_TOPIC and rx.search(f"{NOT_DATA}|{WHAT_TIME}", r.text)  # "what time is it in Tokyo"
    if unknown and not r.words & ELSEWHERE and not advice and (theirs := about_them(r, state)) is not None:
        return theirs  # "is she a happy customer?", after her record: all of her, not "which contact?"
    return decision


def _decide(r: Utterance, state: State) -> Plan:
    text = r.text.strip(" ?.!")
    if not text or rx.fullmatch(GREETING, text):
        return HELP
    if rx.search(r"\b(?:that'?s|that is) (?:enough|all|it)(?: for (?:now|today))?(?: thanks?| thx| ty)?$", text):
        return "Glad to help. Ask again whenever you need something from your Intercom workspace."  # "thx thats enough"
    if writes(r):
        return READ_ONLY
    role = rx.search(ROLE, text) if state.last is None and not (r.identified or r.names) else None
    if role and not (r.person and not rx.search(ROLE, r.person.name)):  # "who's the buyer there?", said first
        mine = "which accounts are yours" if "book" in role[0] else f"who the {role[0]} is"  # "my book of business"
        return f"Intercom does not record {mine}. Who do you mean? Give me a person's name or email, or a company's."

    if state.pending == "date" and state.unanswered and (told := answered_day(r.text, state.unanswered)) is not None:
        return _decide(read(told, r.now), replace(state, pending=None))  # "04/11?" - "which day?" - "4 november"
    if state.pending == "fiscal" and state.unanswered and (told := fiscal_told(r.text, state.unanswered)) is not None:
        return _decide(read(told, r.now), replace(state, pending=None))  # "fiscal q2?" - "when?" - "july"
    if (fiscal := fiscal_unknown(r.text.lower())) is not None and not r.identified:
        return fiscal  # "billing convos in fiscal Q2": which months that is, only they know
    if state.last is None and rx.search(THEY_DID, text) and not (r.identified or r.names or r.person):
        return ASK_PERSON  # "did they downgrade?", said first: who are they?
    if state.last is None and (number := rx.fullmatch(BARE_NUMBER, text)) is not None:
        return (  # "pull up 21", said first: not a conversation's id as Intercom writes them, nor a count of anything
            f"What is {number[1]}: a conversation id, a page or a count? Say for example 'conversation 100007', "
            f"'page {number[1]} of the contacts' or 'the {number[1]} latest conversations'."
        )
    said_alone = (m := rx.fullmatch(AND_FOR, text)) and (named := r.named("company") or r.person) is not None
    if state.last is None and said_alone and m[1].strip().casefold() == named.written.casefold():  # type: ignore
        company = r.named("company")  # "and for globex?", said first: and what for it?
        said = company.name if company else str(r.person.name).title()  # type: ignore[union-attr]
        offer = "its people and their recent events, or its details" if company else "their profile, events or chats"
        return f"What would you like to know about {said}? For example {offer}."
    if r.dates and "/" in r.text and not r.conversation_ids and (which := which_day(r.text, r.now)) is not None:
        return which  # "convos from 04/11": 4 november or april 11?
    if r.person is not None and rx.search(rf"\banother {re.escape(r.person.written.casefold())}\b", text):
        return ("intercom_contact_overview", {"contact": r.person.name})  # "is there another ada rossi?": all of them
    if (members := segment_members(r)) is not None:
        return members  # "who's actually in churn risk? list every contact in that segment": no tool lists them
    if rx.search(WHAT_TIME, text) and not r.identified:
        return OFF_TOPIC  # "what time is it in tokyo btw": not even with one conversation on screen ("it")
    if (other := unconnected(text)) is not None:
        return other  # "pull the companies from our EU workspace too": another connection's
    if rx.search(SYSTEMS, text) and not (r.identified or r.mentions("conversation")):
        return OFF_TOPIC  # "grep our server logs for 500s": our own systems, not the workspace
    unlike = r.person and not rx.search(NOT_DATA, r.person.name)  # (not "pull up the deals pipeline for ...")
    if rx.search(NOT_DATA, text) and not (r.identified or unlike) or rx.search(TRANSLATED, text):
        return OFF_TOPIC  # "how do you say 'reembolso' in german?", "what's a good name for our new team"
    opinion = (m := rx.search(OPINION, text)) and next(w for w in m.groups() if w) not in DOMAIN
    opinion = opinion or (
        bool(r.words & ELSEWHERE) and r.has(r"\b(?:best|favou?rite|worst|greatest|good|nice|decent)\b")
    )
    if opinion and not (r.identified or r.named("company")):  # ("how healthy is juniper logistics?")
        return OFF_TOPIC  # "which CRM is better for a small sales team", "the best football team": opinions
    pictured = (m := rx.search(PICTURED, text)) and not (r.identified or r.person)  # "a funnel chart of signups"
    if pictured or (m := rx.search(UNAVAILABLE, text)) and not r.identified:  # "which team has the best CSAT?"
        what = unavailable(m.group(0) if m is not None else "")
        return (
            f"These read tools do not hold {what}: they cover contacts, companies, segments, teams, data events and "
            "conversations. Should I list the matching conversations instead?"
        )
    if (subject := terse_topic(r, state)) is not None:
        return subject  # "api?", after a search about exports
    if (again := company_people_again(r, state)) is not None:
        return again  # "ok now first 4 people with 3 events each", after one of a company's people
    sized = r"how many|more than|fewer than|less than|over \d+|under \d+|counts?|size|how big|members|contacts in"
    sized += r"|head ?counts?" + ("" if r.has(r"\bwho") else r"|biggest|largest|smallest")  # (not "who's in it?")
    sized += r"|\bany(?:one|body) (?:\w+ )?in\b|\bempty\b|\b(?:people|users|members|folks) in\b"  # "is anyone in it?"
    if (
        state.last
        and state.last[0] == "intercom_list_segments"
        and r.has(r"\b(?:it|they|that|those|each|them|one|add|there)\b")
    ):
        listed = r.has(r"^(?:list|show|give|pull)\b") and r.count("contact")  # "show me the 15 newest contacts, ..."
        listed = listed or r.has(
            r"\bhow many (?:contacts|people|users|customers)(?: (?:we|do we) have)? (?:overall|in "
            r"total|total|altogether|all together|in all)\b"
        )  # the workspace's, not a segment's
        if r.has(sized) and not (r.identified or r.names or r.mentions("team") or r.mentions("company") or listed):
            paged = next((c.value for c in r.counts if c.per_page), None)  # "4 per page, still with the counts"
            sizes = {**state.last[1], "include_count": True, **({"per_page": paged} if paged else {})}
            return ("intercom_list_segments", sizes)  # "more than 50 in it?"
    shown = state.paged
    if rx.fullmatch(r"(?:and|and then|then)", text) and shown and shown.kind != "events" and shown.has_more:
        return next_page(r, state)  # "and?", after a page of a list with more (not one person's events: "what else")
    if (item := refused_item(r, state) or refused_list(r, state)) is not None:
        return item  # "close the first" (refused), then "transcript of it": the first one's
    if state.last is None and r.has(SAME_AS_BEFORE) and not (r.identified or r.names or r.person):
        return NOT_SURE  # "they're getting 401s again, is it the same person as last time?": another chat's
    if (beyond := not_in_this_chat(r)) is not None:  # "the one we talked about yesterday", "is our office open"
        return NOT_SURE if beyond == "past" else OFF_TOPIC
    if (day := other_day(r, state)) is not None:
        return day  # "same for the 5th", after one day's conversations: the 5th's
    for step in (answer_pending, our_reply, follow_up):
        found = step(r, state)
        alone = isinstance(found, str) and found != NOTHING_LISTED and not r.has(KIN)  # ("open the second thread")
        if alone and state.last is None and isinstance(standalone := fresh(r), tuple):
            return standalone  # nothing earlier to refer to: "she said to ... give me the 25 latest conversations"
        if found is not None:
            return found
    if (group := described_group(r, state)) is not None:
        return group  # "the group of people marked as enterprise, how many are in it?"
    if (asked := unresolved(r, any("created_after" in a or "created_before" in a for _, a in state.calls))) is not None:
        if (told := reworded(r, state)) is not None and isinstance(theirs := _decided(read(told, r.now), state), tuple):
            return theirs  # "any convos from that one?", after a person named by email: hers
        if state.last is not None and "nothing earlier" in asked:  # something was shown, just not this
            kind = state.listing.kind if state.listing is not None else None
            if kind in ("companies", "contacts"):  # "who works at that one?", after a list of them: which (a bare
                which = "company? Give me its name or id" if kind == "companies" else "contact do you mean? Give me"
                which += " an email or name" if kind == "contacts" else ""  # "the 2nd" then answers it)
                return f"Which {which}, or pick one from the last list (for example 'the second one')."
            return (
                "Who or what do you mean exactly? Name the person or company, or pick from the last list "
                "(for example 'the first one's conversations')."
            )
        return asked
    told = r"(?:we|you) (?:discussed|talked about|spoke about|mentioned|agreed on)|i (?:told|showed|mentioned to|gave) "
    told += r"you|\byou (?:showed|listed|gave|pulled up|found)\b"  # "the first person you showed", said first
    told += r"|^(?:\w+ )?(?:go|going) back (?:\w+ )?(?:steps?|one|a (?:bit|step))\b|^undo\b"  # "go back two steps"
    kinds = ("contact", "company", "conversation", "segment", "team", "event")
    if not any(r.mentions(k) for k in kinds):  # "make it 15", "flip it", said first: nothing to refine
        told += r"|^(?:\w+ )?(?:make (?:it|that)|flip (?:it|that)|change (?:that|it) to)\b"
    if state.last is None and r.has(told) and not (r.identified or r.names or r.person):
        return NOT_SURE  # "the period we discussed", "the client i told you about yesterday": nothing earlier here
    outing = r"\b(?:for|with) (?:the |our |my )?team\b|\bteam (?=(?:lunch|dinner|outing|drinks|event|offsite)\b)"
    first = set(rx.split(r"[?.!]", rx.sub(outing, " ", r.text), maxsplit=1)[0].split())  # "lunch for the team"
    topical_aside = r.topic is not None and any(singular(w) in TOPIC_WORDS for w in r.topic.lower().split())
    if first & ELSEWHERE and not first & DOMAIN and not (r.identified or topical_aside):
        return OFF_TOPIC  # "best pizza near union sq? ordering for the team": lunch, not the team list
    if state.last is None and rx.fullmatch(ONE_CONVERSATION, r.text):
        return WHICH_CONVERSATION  # "convo pls", with nothing before: one conversation, not the list
    if (found := fresh(r)) is not None:
        return shown_person(r, state, same_window(r, state, found))  # "..., same window"
    if r.words & ELSEWHERE and not (r.identified or r.names or r.topic or r.mentions("conversation")):
        return OFF_TOPIC  # "intercom stock price today": not the workspace's data
    topical = r.leftover is not None and all(singular(spelled(w)) in TOPIC_WORDS for w in r.leftover.split())
    anything = r.has(r"^(?:(?:so|ok|okay|and|hey)\W+)?anything\b") and not (r.leftover or r.names or r.person)
    if r.dates and (r.has(ARRIVED) or anything) and not r.identified:  # "what came in over the past week?",
        subject = r.topic or (r.leftover if topical else None)  # "anything since yesterday": conversations
        topic = {"query": subject} if subject else {}
        return ("intercom_search_conversations", {**topic, **({"state": r.state} if r.state else {}), **r.dates.args()})
    lately = r.has(r"\b(?:recently|lately|of late|these days)\b") and not (r.topic or r.names or r.person or r.state)
    if lately and r.has(ARRIVED) and not r.identified:  # "whats been coming into support recently"
        return ("intercom_list_conversations", {})
    short = r.leftover is not None and len(r.leftover.split()) <= 2
    if r.state and not (r.leftover or r.identified or r.names or r.person or r.has(r"those|these|them|they|it|that")):
        return ("intercom_search_conversations", {"state": r.state, **r.dates.args()})  # "snoozed oct"
    question = bool(rx.search(QUESTION, text)) and not (topical and r.has(r"^how many\b"))  # "how many refunds
    compared = r.has(r"\b(?:compare|comparison|against|versus|vs)\b") and not topical  # "compare that against
    if (r.dates or r.state) and short and not question and not compared:  # last quarter"; "refunds since monday?"
        subject = r.topic or r.leftover  # "has anyone needed help with onboarding since march": onboarding, said so
        args: dict[str, Any] = {"query": subject, **({"state": r.state} if r.state else {}), **r.dates.args()}
        size = r.count(None, "conversation")  # "exports since march, twenty per page"
        return ("intercom_search_conversations", args | ({"per_page": min(size, 150)} if size is not None else {}))
    about = [singular(spelled(w)) for w in (r.leftover or "").split()] if short else []
    bare = not (r.identified or r.names or r.person or rx.search(QUESTION, text) or r.has(r"\bthing\b"))
    if about and all(w in TOPIC_WORDS for w in about) and bare:
        size = r.count(None, "conversation")  # "refunds, 10 per page": conversations about refunds
        return ("intercom_search_conversations", {"query": " ".join(about), **({"per_page": size} if size else {})})
    known = r.topic is not None and all(singular(w) in TOPIC_WORDS for w in r.topic.casefold().split())
    known = known and not r.has(r"\b(?:they|them|their|he|she|her|his|him)\b")  # "how engaged are they? ...": who?
    if known and r.topic and not (r.identified or r.names or r.person):  # "anything weird going on with billing?"
        return ("intercom_search_conversations", {"query": r.topic, **({"state": r.state} if r.state else {}),
                                                  **r.dates.args()})  # fmt: skip
    if not (r.words & DOMAIN or r.identified or r.names or r.person):
        if r.has(VAGUE):  # "pull the feedback for that feature we talked about": something unnamed, not elsewhere
            return NOT_SURE
        return OFF_TOPIC
    return suggestions(r)


__all__ = ["HELP", "OFF_TOPIC", "QUESTION", "READ_ONLY", "decide"]
