"""'What about X?', 'same for the other globex': the last call again, for another company, contact, segment
or topic (the switch step of the follow-up reader; refinements of the same subject are in :mod:`refine`)."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import words_of
from graphs.planner.dialogue import State, contact_key
from graphs.planner.elsewhere import elsewhere
from graphs.planner.event_words import NOT_SUMMARY, SUMMARY
from graphs.planner.intents import NO_EVENTS, Plan, fresh
from graphs.planner.people import called_by_first_name, listed_named
from graphs.planner.reading import Utterance, read
from graphs.planner.referring import their_conversation
from graphs.planner.refine import (
    ALSO_STATE,
    ANY_STATE,
    ANY_TIME,
    CHATTER,
    ENTITY_KEYS,
    PAGING_KEYS,
    SAME_FOR,
    SEARCHES,
    SHE,
    SWITCH,
    THEY,
    TOPIC_KEYS,
    refine,
)
from graphs.planner.topic_alone import narrowed_topic
from graphs.planner.topics import TOPIC_WORDS
from graphs.planner.who import meant
from graphs.planner.windows import before_that, outside


def _substituted(r: Utterance, name: str, last: dict[str, Any], state: State) -> Plan | None:
    """The last call with this request's contact or company in place of its own."""
    if r.mentions("conversation") and name in ("intercom_list_events", "intercom_get_contact_by_id"):
        return None  # "and convos for <email>", after someone's events: hers, not her events
    if name in SEARCHES and r.has(r"\b(?:company|account|org|employer|events?)\b") and not r.mentions("conversation"):
        return None  # "ok and <his email>'s company, who else is there", after a search: not his conversations
    kept = {k: v for k, v in last.items() if k not in ENTITY_KEYS | PAGING_KEYS}
    if name == "intercom_list_events" and (n := r.count(None, "event")) is not None:
        kept["per_page"] = n  # "and the other chloe, usr_00194 - 5 latest"
    if name == "intercom_list_events" and r.has(SUMMARY) and not r.has(NOT_SUMMARY):
        kept = {k: v for k, v in kept.items() if k != "per_page"} | {"summary": True}  # "and usr_00021, summary"
    ref = r.contact_ref
    shown, _ = meant(r, state) if ref is None and r.person is not None else (None, [])
    if shown is not None:  # "the same for ada evans", someone the conversation has shown: by their keys
        if name == "intercom_list_events" and (key := contact_key(shown)):
            return (name, {**{k: v for k, v in kept.items() if k in ("per_page", "summary")}, key[0]: key[1]})
        if name in SEARCHES and "contact_email" in last and shown.get("email"):
            same = {k: v for k, v in last.items() if k not in PAGING_KEYS and k != "contact_email"}
            if topic := narrowed_topic(r.text) or r.topic:  # "back to nora ito - only the api one"
                same[TOPIC_KEYS[name]] = topic
            return (name, {**same, "contact_email": shown["email"]})
        if name == "intercom_contact_overview" and shown.get("email"):
            return (name, {**kept, "contact": shown["email"]})
    if ref and name == "intercom_list_events":
        return (name, {**kept, ref[0]: ref[1]})
    if r.person and name == "intercom_list_events" and kept.get("per_page") and not kept.get("summary"):
        return ("intercom_contact_overview", {"contact": r.person.name, "events": kept["per_page"]})  # by name: hers
    if (ref or r.person) and name == "intercom_contact_overview":
        return (name, {**kept, "contact": ref[1] if ref else r.person.name if r.person else ""})
    if r.emails and name in SEARCHES and "contact_email" in last:  # the same search, another person's
        same = {k: v for k, v in last.items() if k not in PAGING_KEYS and k != "contact_email"}
        return (name, {**same, "contact_email": r.emails[0]})
    if ref and ref[0] == "intercom_user_id" and name == "intercom_get_contact_by_id":
        return (name, {"contact_id": ref[1]})
    company = r.named("company")
    keyed = {"intercom_get_company_by_id": "company_id"}  # (people: the company flow answers, by name)
    asked = r.has(r"who|people|folks|contacts|users|events?|activity|convos?|conversations?|tickets?|there|details")
    if (
        company is not None
        and len(company.entries) == 1
        and name in keyed
        and company.entries[0].get("id")
        and not asked
    ):
        return (name, {**kept, keyed[name]: company.entries[0]["id"]})  # "and birch health?", after birch labs' record
    return None


def _as_other_search(args: dict[str, Any]) -> dict[str, Any]:
    """A search's arguments for the other search tool (query <-> text; per_page <-> top)."""
    swap = {"query": "text", "text": "query", "per_page": "top", "top": "per_page"}
    return {swap.get(k, k): v for k, v in args.items() if k != "starting_after"}


FIRST_ONLY = r"(?:just|only) (?:the )?first (?:contact|person|one|user|guy)\b"


SAME_TOPIC = r"\b(?:the )?same (?:topic|subject|issue|problem|kind of (?:issue|problem|thing))\b"


def same_topic(r: Utterance, state: State) -> Plan | None:
    """'convos with same topic this month', after reading one about an invoice: conversations about that."""
    m = rx.search(SAME_TOPIC, r.text)
    if m is None or r.identified:
        return None
    said = words_of(state.conversation) if state.conversation is not None else ""
    found = sorted((i, w) for w in TOPIC_WORDS if (i := _at(said, w)) >= 0)
    search = state.last_search[1] if state.last_search is not None else {}
    topic = found[0][1] if found else search.get("query") or search.get("text")
    if not topic:
        return None
    plan = fresh(read(f"{r.text[: m.start()]} about {topic} {r.text[m.end() :]}", r.now))
    searched = isinstance(plan, tuple) and plan[0] in ("intercom_search_conversations", "intercom_find_conversations")
    return plan if searched else None  # not "he says a coworker has the same issue, what company is he at"


LAST_ONE = r"\b(?:that|the) last (?:user|person|contact|guy|one|customer)\b(?! (?:on|in|of|from) )"


def last_one(r: Utterance, state: State) -> Plan | None:
    """'recent ones for that last user, 5 of em', after event counts for one user then another: the events of
    the one asked about last (nothing listed to be the last of)."""
    if state.last is None or state.last[0] != "intercom_list_events" or not r.has(LAST_ONE) or r.identified:
        return None
    if state.listing is not None and state.listing.kind == "contacts":
        return None  # "the last one": of the people listed
    if r.has(r"overview|profile|360|details|info|conversations?|convos?|tickets?|chats?|compan\w*"):
        return None  # "ok full overview of that last one": another kind of answer
    said = rx.sub(LAST_ONE, "them", r.text)
    key = next(((k, v) for k, v in state.last[1].items() if k in ("user_id", "intercom_user_id", "email")), None)
    if key is None:
        return None
    args: dict[str, Any] = {key[0]: key[1]}
    if (n := read(said, r.now).count("event", None)) is not None:
        args["per_page"] = min(150, n)
    return ("intercom_list_events", args)


def _at(text: str, word: str) -> int:
    m = rx.search(rf"\b{re.escape(word)}\b", text)
    return m.start() if m else -1


def _same_question(r: Utterance, state: State) -> Plan | None:
    """The question that opened one person's conversation on a subject, asked of another person shown: that
    person's conversations on the subject (which of them it is, the planner cannot know before reading them)."""
    topic = read(state.last_said, r.now).topic
    person = listed_named(r, state)
    if not topic or person is None or not person.get("email"):
        return None
    return ("intercom_search_conversations", {"contact_email": str(person["email"]), "query": topic})


TOPIC_TOO = r"(?:and )?\w+(?: \w+)? (?:too|as well|also)[?.!]?"


CORRECTED = r"^(?:(?:no+|nope|sorry|oops|wait|actually|my bad)\b[\s,.!-]*)+(?=\w)"


PLAIN_LIST = {  # a kind of thing, and the tool that lists all of them (with whether it pages by per_page)
    "contact": ("intercom_list_all_contacts", True),
    "company": ("intercom_list_companies", True),
    "conversation": ("intercom_list_conversations", True),
    "segment": ("intercom_list_segments", False),
    "team": ("intercom_list_all_teams", False),
}
KIND_WORDS = {
    "contact": "contacts?|people|users?|customers?|leads?|ppl|persons?",
    "company": "compan(?:y|ies)|accounts?|orgs?|organi[sz]ations?",
    "conversation": "conversations?|convos?|tickets?|chats?|threads?",
    "segment": "segments?",
    "team": "teams?",
}
SAME_KIND = (
    r"^(?:(?:ok|okay|and|now|so|then|cool|great)\W+)*(?:(?:do|give me|show me|run|get) )?(?:the )?same(?: thing)?"
    r"(?: but| for| with| now)*(?: for)? (?:the |all |our |all the |all of the )?({kinds})(?: too| instead| as well|"
    r" please| pls| now)*\W*"
)

SAME_SIZE = (  # "teams too, same size pages"
    r"^(?:(?:ok|okay|and|now|so|then)\W+)*(?:the )?({kinds})(?: too| as well)?\W+(?:with |in )?(?:the )?"
    r"(?:same size(?: pages)?|same page size|pages? the same size|same paging|as many(?: at a time)?)\W*"
)


def same_for_kind(r: Utterance, state: State) -> Plan | None:
    """'now the same but the contacts', after 15 companies: that other list, as many at a time."""
    if state.last is None:
        return None
    kinds = "|".join(KIND_WORDS.values())
    sized = rx.fullmatch(SAME_SIZE.format(kinds=kinds), r.text)  # (teams and segments page by number, when asked)
    if (said := rx.fullmatch(SAME_KIND.format(kinds=kinds), r.text) or sized) is None:
        return None
    kind = next(k for k, words in KIND_WORDS.items() if rx.fullmatch(words, said[1]))
    lists = {tool for tool, _ in PLAIN_LIST.values()}
    tool, paged = PLAIN_LIST[kind]
    if state.last[0] not in lists or state.last[0] == tool:
        return None
    size = state.last[1].get("per_page")
    return (tool, {"per_page": size} if (paged or sized) and size else {})


def switch(r: Utterance, state: State) -> Plan | None:
    """'what about X?': the last call for another company, contact, segment or topic."""
    said = rx.sub(CHATTER, "", r.text)  # "ok cool, and the same for ada rossi"
    if state.last is not None and state.last[0] in SEARCHES and rx.fullmatch(TOPIC_TOO, said):
        if not (r.person or r.identified or r.names):  # "api too", after integration convos of the last 30 days
            r, said = r.without(r"\b(?:too|as well|also)\b"), f"what about {said}"
    if (fixed := rx.match(CORRECTED, said)) and (r.names or r.person) and len(r.tokens) <= 6:
        said = f"i meant {said[fixed.end() :]}"  # "sorry, delta analytics": the same, for the one meant
    if state.last is None or not rx.search(SWITCH, said):
        return None
    if r.has(r"\b(?:pull up|open|look ?up|bring up|fetch) (?:the )?(?:contact |user |lead )?qq(?:hex|ext|email)\d"):
        return None  # "ok now pull up <id>", after someone's events: that one, looked up
    if r.has(SHE + "|" + THEY + r"|you showed|showed me|(?:the|that|this|its) (?:company|account|org)\b") and not (
        r.named("company")
    ):
        return None  # "what about their events": theirs, not a new subject ("same for their colleagues at X" is)
    named = state.focus != "contact" and any(called_by_first_name(r, p) for p in state.people)
    if named and not (r.person or r.identified or r.names):
        return None  # "and does wen have any open conversations", after hers and her coworkers: hers
    name, last = state.last
    segments = state.listing.items if state.listing is not None and state.listing.kind == "segments" else []
    if name == "intercom_list_segments" and any(_said(r, str(s.get("name") or "")) for s in segments):
        return (name, {k: v for k, v in last.items() if k not in PAGING_KEYS})  # "and in trialists?": counted there
    if r.has(r"\bsame list\b") and state.listing is not None and state.listing.tool != name:
        name, last = state.listing.tool, state.listing.args  # "same list for willow systems", after one's counts
    flow = "intercom_company_contacts_events"
    same_way = r"\bsame (?:overview|breakdown|rundown|summary|report|view|way|thing)\b|\blikewise\b"
    person_level = name in ("intercom_list_events", "intercom_get_contact_by_id", "intercom_contact_overview")
    if person_level:  # "same for indigo systems", after one of onyx's people: as onyx works was asked for
        same_way += r"|^(?:\w+ )?(?:the )?same (?:for|with)\b"
    about = rx.fullmatch(r"(?:and |ok |so |now )?(?:what|how) about (?:\w+ ){0,3}\w+ ?\??", r.text)
    bare = bool(about or rx.fullmatch(r"(?:and |ok |so )?(?:\w+ ){1,3}now ?[?.!]?", r.text)) and person_level
    if name != flow and r.named("company") and (r.has(same_way) or bare):  # "now zephyr partners in the same way",
        # "what about zephyr labs", after one of zephyr group's people: the flow as it was asked for the first
        # "same overview for willow systems", after a look at one of delta analytics' people: the company's flow
        name, last = next(((t, a) for t, a in reversed(state.calls) if t == flow), (name, last))
    opened = str((state.conversation or {}).get("id") or "")
    browsing = opened and opened in {str(c.get("id")) for c in state.contact_conversations}
    topic = r.topic or (r.leftover if r.leftover and set(r.leftover.casefold().split()) <= TOPIC_WORDS else None)
    if name == "intercom_get_conversation_by_id" and browsing and topic and not (r.identified or r.names or r.person):
        if (theirs := their_conversation(read(f"their {topic} one", r.now), state)) is not None:  # "and billing?"
            return theirs  # "what about billing?", after reading their refund conversation: their billing one
    if name == "intercom_get_conversation_by_id" and r.person is not None and rx.search(SAME_FOR, r.text):
        if (same := _same_question(r, state)) is not None:
            return same  # "same q for felix ito there", after "is that refund of his still open?": his refund ones
    same_dates = r.has(r"same (?:period|month|week|year|quarter)")
    filtered = (r.state or r.dates or same_dates) and not (r.identified or r.names or r.person)
    filtered = filtered and (not r.topic or same_dates)
    if state.last_search and name == "intercom_get_conversation_by_id" and (rx.search(SAME_FOR, r.text) or filtered):
        name, last = state.last_search  # "same check for <email>", after opening one of the search's results
    elif state.last_search and name not in SEARCHES and r.has(r"same (?:filters?|criteria|search|settings|check)"):
        name, last = state.last_search  # "now password reset, same filters", after a look at one result's author
        if r.dates and not (r.identified or r.names or r.person or r.topic):  # "same check for october"
            kept = {k: v for k, v in last.items() if k not in {*PAGING_KEYS, "created_after", "created_before"}}
            return (name, {**kept, **r.dates.args()})
    dates = ("created_after", "created_before")
    if r.has(r"same (?:period|month|week|time ?frame|dates?|window|range)") and not set(dates) & set(last):
        # "and for login problem, same period?", after someone's conversations: the dates asked before
        dated: dict[str, Any] = next((a for _, a in reversed(state.calls) if set(dates) & set(a)), {})
        last = {**last, **{k: dated[k] for k in dates if k in dated}}
    if before_that(r, last) is not None or outside(r, state) is not None:
        return None  # "and the 7 days before that?", "and after it": a refinement of the window, not a new subject
    if (substituted := _substituted(r, name, last, state)) is not None:
        return substituted
    if not (r.identified or r.names or r.person or (name in SEARCHES and r.leftover) or r.dates or r.state):
        return None
    found = fresh(r)
    if isinstance(found, tuple):
        tool, args = found
        if {tool, name} == SEARCHES and not r.has(r"transcripts?|read|word for word|search|list|find"):
            tool, args = name, _as_other_search(args)  # "what about login issues" after transcripts: transcripts
        if tool == name in SEARCHES and rx.search(SAME_FOR, said) and set(args) <= {"query", "text"} and args:
            base = {k: v for k, v in last.items() if k not in PAGING_KEYS}
            return (tool, {**base, **args})  # "same search but for invoice", after someone's conversations: theirs
        if tool == name and not set(args) & ENTITY_KEYS:
            return refine(r, state) or (tool, {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, **args})
        if tool == name and not r.mentions("event") and not r.has(NO_EVENTS):
            args = {k: v for k, v in args.items() if k != "events_per_contact"}  # a default, not asked for
        people_only = args.get("events_per_contact") == 0 and r.has(r"\bwho(?:'s| is| are)?\b")  # "what about zephyr
        # partners, who's there?": its people, not with the events just asked of one person
        people_only = people_only or r.has(NO_EVENTS)
        if tool == "intercom_company_contacts_events" and name == "intercom_list_events" and not people_only:
            events = {"events_per_contact": min(20, last["per_page"])} if last.get("per_page") else {}
            return (tool, {**{k: v for k, v in args.items() if k != "events_per_contact"}, **events})  # their events
        if tool == name == "intercom_company_contacts_events" and r.has(FIRST_ONLY):
            args = {**args, "max_contacts": 1}  # "and lumen analytics, just the first contact"
        if tool == name:
            kept = {k: v for k, v in last.items() if k not in ENTITY_KEYS | PAGING_KEYS and k not in args}
            mine = not (r.identified or r.person or r.names or r.has(r"\b(?:every|all|any|overall|across)\b"))
            if tool in SEARCHES and "contact_email" in last and mine:
                kept["contact_email"] = last["contact_email"]  # "what about billing ones", after hers on refunds
            undated = r.dates or r.has(ANY_TIME)  # "ok what about open api ones, any date": no window
            kept = {k: v for k, v in kept.items() if not (k in ("created_after", "created_before") and undated)}
            any_state = r.has(ANY_STATE) or (r.has(ALSO_STATE) and not r.state)  # "but all states", "incl closed"
            kept = {k: v for k, v in kept.items() if not (k == "state" and any_state)}
            if kept.get("events_per_contact") == 0 and r.mentions("event") and not r.has(NO_EVENTS):
                del kept["events_per_contact"]  # "ok now birch labs again but w/ their recent events"
            return (tool, {**kept, **args})
        if tool in SEARCHES and name in SEARCHES and r.has(r"same (?:period|time ?frame|dates?|window|range)"):
            return (tool, {**{k: last[k] for k in dates if k in last}, **args})  # "integration ones, same window"
        if {tool, name} == SEARCHES and not set(args) & {"query", "text", "contact_email"} and not r.topic:
            kept = {k: v for k, v in _as_other_search(last).items() if k in ("query", "text", "contact_email", "state")}
            return (tool, {**kept, **args})  # "and the last 30 days, top 3 transcripts", after refund requests
        return found
    if name in SEARCHES and last.get("contact_email") and r.mentions("event") and not r.mentions("conversation"):
        return ("intercom_list_events", {"email": last["contact_email"]})  # "what about events", after his convos
    left = r.leftover if r.leftover and not r.leftover.isdigit() else None  # ("the transcripts of those 3": no topic)
    if name in SEARCHES and (r.topic or (left and not r.dates and not r.state)) and not elsewhere(r):
        key = TOPIC_KEYS[name]
        base = {k: v for k, v in last.items() if k not in PAGING_KEYS}
        if r.dates:  # "and api, but all states this time, last 30 days"
            base = {k: v for k, v in base.items() if k not in ("created_after", "created_before")} | r.dates.args()
        if r.state or r.has(ANY_STATE):
            base = {k: v for k, v in base.items() if k != "state"} | ({"state": r.state} if r.state else {})
        plain = r.without(ANY_STATE).leftover if r.has(ANY_STATE) else None  # "and password reset, doesn't matter
        return (name, {**base, key: r.topic or plain or r.leftover})  # if open or closed": not part of the topic
    return None


__all__ = ["same_for_kind", "switch"]


def _said(r: Utterance, name: str) -> bool:
    """Whether the request names this (a segment's name, any case, "trialists" for "Trialists")."""
    return len(name) > 2 and rx.search(rf"\b{rx.escape(name.casefold())}\b", r.text) is not None
