"""Refining and switching: the last call again, changed by what this request says.

- refining: "only the closed ones", "just 5", "oldest first", "with counts", "same for last month",
  "just the shipping ones" change the last call's arguments (a count goes to whatever that tool counts
  with: per_page, top, max_contacts, events_per_contact, max_parts);
- switching: "what about Lumen Group?" runs the last call for another company, contact, segment or topic."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.counted import recount
from graphs.planner.described import subject
from graphs.planner.dialogue import State, contact_key
from graphs.planner.elsewhere import elsewhere, off_domain
from graphs.planner.event_words import SUMMARY
from graphs.planner.focus import company_ref
from graphs.planner.intents import NO_COUNTS, NO_EVENTS, NO_TRANSCRIPTS, Plan
from graphs.planner.people import first_name_of
from graphs.planner.reading import Utterance, read
from graphs.planner.topic_alone import narrowed_topic
from graphs.planner.topics import NOT_TOPICS, TOPIC_WORDS
from graphs.planner.widened import everyone_counted, widened
from graphs.planner.windows import before_that, outside, two_windows

SAME_FOR = (
    r"(?:(?:do |run )?the same|same (?:check|search|thing|query|question|q|qs|again|list|filters?|one|"
    r"overview|breakdown|rundown|summary|report|view|way|treatment)|"
    r"repeat (?:that|this|it)|likewise|(?:do |run )?(?:that|this|the) (?:exact |very |same )?(?:thing|one|check|query)|"
    r"(?:do |run )?(?:that|this|it) again) "
    r"(?:but )?(?:for|with|on|about)\b"
)
SWITCH = (
    r"^(?:and |ok |okay |now |also |then )*(?:what|how) about\b|^(?:and|same for|same thing for|now for|ok and)\b|"
    r"^(?:vs\.?|versus|compared to|compare with|or)\b|^qq\w+ \?$|"  # "usr_00026?", after someone's counts: theirs
    r"\bhow (?:does|do) (?:it|that|this|they) compare (?:to|with)\b|"
    r"^(?:\w+ ){1,3}(?:ppl |people |contacts |folks )?now[?.!]?$|"
    r"^(?:no,? |sorry,? )?wrong (?:company|account|org|one)\b|"
    r"^(?:(?:no|sorry|oops|wait|actually|hm+|ugh|wrong(?: one)?)\b ?,? ?)*i (?:meant|mean)\b|"  # "no wait, i meant x"
    r"^(?:ok |okay |and |now )*(?:go )?back to\b|\b(?:in )?the same way\s*[?.!]?$|"  # "do tidal works the same way"
    r"^(?:ok |okay |and )?(?:now|try|instead|(?:switch|swap)(?: it| that)? (?:over )?to)\b|"
    r"^(?:(?:ok|okay|actually|so|no)[\s,]+)*(?:make it |do )?(?:\w+ ){0,2}\w+ instead[?.!]?$|"  # "lumen group instead"
    r"^(?:(?:ok|okay|actually|so|no)[\s,]+)*make it (?!\d)(?:\w+ ){0,2}\w+[?.!]?$|"  # "make it lumen group"
    rf"^(?:ok |okay |and |now |can you )*{SAME_FOR}|\w (?:the )?same(?: thing| again| please| pls| too)? ?[?.!]?$"
)
CHATTER = (  # what opens a message before the request: "ok cool, ", "thanks! ", "haha ok. "
    r"^(?:(?:ok|okay|cool|thanks|thank you|thx|great|nice|right|alright|perfect|awesome|got it|so|haha|hmm|sure|"
    r"fine|wow|ugh|oh|ah|yep|yeah|lovely|brilliant|interesting|noted|wonderful|excellent|fantastic) ?[,.!]? )+"
)
ENTITY_KEYS = {"company", "company_id", "contact", "contact_id", "user_id", "email", "intercom_user_id",
               "conversation_id", "query", "text", "contact_email"}  # fmt: skip
NARROWED = r"\bsame\b|^(?:and |but |ok )?(?:only|just) (?:the ones |those |ones |them )?(?:from|by|of)\b"
PAGING_KEYS = {"page", "starting_after", "next_cursor"}
SHE = (
    r"she|her|hers|he|his|him|(?:this|that) (?:contact|user|person|customer|lead)(?:'?s)?|"
    r"(?:this|that|the) (?:guy|gal|lady|dude)"
)
THEY = r"they|their|them"

MEANT = r"^(?:\w+ )?(?:no|nope|sorry|actually|oops|wait)\b|i meant|i mean|(?:want|wanted) to say|not (?:in )?\w+$"

WHOLE = r"(?:the )?(?:whole|entire) (?:team|company|lot|list|bunch|crew|org|group)|all of them|the lot"


WHOLE_ONE = r"transcript\b|(?:full|whole|entire) (?:thread|conversation|convo|chat|ticket)|(?:open|show|read) it|"
WHOLE_ONE += r"read me it|read (?:me )?the (?:whole|full|entire) thing|read (?:me )?(?:that|this) one\b"
UPDATED = r"\b(?:(?:last|latest|most recently|recently|newest) (?:\d+ )?updated|updated (?:last|most recently))\b"
FALLBACK = r"\b(?:latest|newest|most recent|last) (?:\d+ |few )?(?:convo|conversation|chat|ticket)s?\b"
FALLBACK += r".*\b(?:then|instead)\b"  # "ok just show me the latest 3 convos then", after none were found
ANY_TIME = r"\ball[- ]time\b|\bany ?time\b|regardless of (?:the )?dates?|any dates?|no date limit"


def refine(r: Utterance, state: State) -> Plan | None:
    """The last call again, with what this request changes (state, dates, count, order, page, ...)."""
    if state.last is None:
        return None
    name, last = state.last
    if name == "intercom_company_contacts_events" and state.contact and first_name_of(r, state.contact):
        return None  # "and sam's last 10 events", after his company's people: his (not 10 each of theirs)
    if name in SEARCHES and r.has(UPDATED) and r.mentions("conversation") and not (r.topic or r.state or r.dates):
        return None  # "nothing. last 10 updated convos then", after a search: the list, newest updated first
    empty = state.listing is not None and state.listing.tool == name and not state.listing.items
    if empty and name in SEARCHES and r.has(FALLBACK) and r.mentions("conversation") and not (r.topic or r.state):
        return None  # "ok just show me the latest 3 convos then", after a search that found none: the newest 3
    if name == ITEM and (r.topic or r.dates) and r.has(r"\bother\b|\b(?:tickets|convos|conversations|chats)\b"):
        return None  # "other api tickets since october, top 3", after one conversation was read: a search
    if (said := rx.search(r"\bsame (\w+) (?:search|query|list|ones)\b", r.text)) is not None:
        for tool, args in reversed(state.calls):  # "same refund search but for october", after another search
            if tool in SEARCHES and str(args.get("query") or args.get("text") or "").casefold().startswith(said[1]):
                name, last = tool, args
                break
    if r.has(r"\b(?:counts|sizes|numbers) again\b") and "include_count" not in last:
        sized = [(tool, args) for tool, args in state.calls if args.get("include_count")]  # "just the counts again"
        name, last = sized[-1] if sized else (name, last)
    dated = ("created_after", "created_before")
    if name in CONVERSATION_CALLS and (two := two_windows(r, state)) is not None:
        base = {k: v for k, v in last.items() if k not in (*dated, *PAGING_KEYS)}
        about = {("query" if name == "intercom_search_conversations" else "text"): r.topic} if r.topic else {}
        about = about if name in SEARCHES else {}  # "both weeks together, login ones only": about login
        per = next((c.value for c in r.counts if c.per_page), None)  # "both weeks together, 3 per page"
        per_paged = {"per_page": per} if per else {}
        return (
            name,
            {**base, **({"state": r.state} if r.state else {}), **two, **about, **per_paged},
        )  # "same 2 weeks"
    if r.dates and not any(k in last for k in dated) and r.has(MEANT) and not (r.identified or r.names or r.topic):
        for tool, args in reversed(state.calls):  # "sorry, I want to say september, not october", two turns on
            if any(k in args for k in dated):
                name, last = tool, args
                break
    if r.order and name != "intercom_list_companies" and r.has(r"flip|reverse|instead|actually|\bnow\b"):
        for tool, args in reversed(state.calls):  # "actually flip it, newest first", after one company's people
            if tool == "intercom_list_companies":
                name, last = tool, {k: v for k, v in args.items() if k not in PAGING_KEYS}
                break
    shown = state.listing if state.listing is not None and state.listing.tool == "intercom_list_companies" else None
    if name == "intercom_get_company_by_id" and r.order and shown is not None:
        if not (r.identified or r.names or r.topic):  # "now newest first, top 10", after one company's details
            name, last = shown.tool, {k: v for k, v in shown.args.items() if k not in PAGING_KEYS}
    swap = r.has(r"^(?:\w+ )?same(?: thing| search)? but\b") and not (r.counts or r.mentions("message"))
    swap = swap or (r.has(r"^(?:\w+ )?same for\b") and bool(r.words & TOPIC_WORDS))  # "same for api", after one read
    if name == ITEM and state.last_search is not None and swap:  # "same but login", not "same but last 5 msgs"
        name, last = state.last_search[0], {k: v for k, v in state.last_search[1].items() if k not in PAGING_KEYS}
    if name in SEARCHES and r.emails and r.has(NARROWED) and not r.has(SHE + "|" + THEY):
        base = {k: v for k, v in last.items() if k not in PAGING_KEYS and k != "contact_ids"}
        if r.has(r"any ?time|all ?time|ever\b|no date"):
            base = {k: v for k, v in base.items() if k not in ("created_after", "created_before")}
        return (name, {**base, "contact_email": r.emails[0]})  # "same but only from kai.garcia@..., any time"
    if r.identified or r.person or everyone_counted(r, name) or (name == FLOW and r.has(r"\bcompanies\b")):
        return None  # "and how many contacts overall?", after a segment's size: the workspace's contacts
    if name == "intercom_list_events" and r.has(r"whole thing|360|overview|everything"):
        return None  # "now the whole thing but with 20 events", after her events: the overview
    if name == "intercom_company_contacts_events" and r.page is not None and r.mentions("contact"):
        return None  # "ok page 4 of contacts, 50 per page", after a company's people: the workspace's, paged
    paged = r.count(None, "contact", per_page=True)
    company_id = (state.company or {}).get("id")
    if name == "intercom_company_contacts_events" and paged and company_id and not r.mentions("event"):
        return ("intercom_list_attach_contacts_to_company", {"company_id": company_id, "per_page": min(paged, 150)})
    if name == ITEM and r.has(r"\b(?:list|search|find)\b") and r.has(r"conversations|convos|tickets|chats"):
        return None  # "list other api convos from last month", after reading one: a new search
    if name == "intercom_list_attach_contacts_to_company" and r.has(NO_EVENTS) and not r.counts:
        ref = company_ref({"id": last.get("company_id")}, r)  # "just names, skip the events": its people, no events
        return ("intercom_company_contacts_events", {"company": ref, "events_per_contact": 0}) if ref else state.last
    if name == "intercom_get_company_by_id" and r.has(NO_EVENTS) and not (r.counts or r.person) and company_id:
        return ("intercom_list_attach_contacts_to_company", {"company_id": company_id})  # after its plan: its people
    if name in ("intercom_company_contacts_events", "intercom_list_attach_contacts_to_company") and r.has(
        r"\b(?:she|her|he|his|him)\b"
    ):
        return None  # "her last 5 events", after her company's people: hers, not everyone's
    events_named = rx.search(r"\b(?:only|just) (?:the )?[a-z]+-[a-z-]+\b", r.text) and not r.has(SUMMARY)
    if name == "intercom_list_events" and events_named:
        return (name, {k: v for k, v in last.items() if k not in PAGING_KEYS})  # events cannot be filtered by name
    referring = r.has(REFERRING)
    converted = False
    email = (state.contact or {}).get("email")
    if name == "intercom_get_contact_by_id" and email and r.has(SHE) and (r.state or r.dates) and not off_domain(r):
        filters = {k: v for k, v in (("state", r.state), ("query", r.topic), *r.dates.args().items()) if v}
        return ("intercom_search_conversations", {"contact_email": email, **filters})  # "anything from her in august?"
    if (
        state.last_search
        and name not in SEARCHES
        and (
            r.has(r"same (?:search|filters?|query|complaints?|topic|ones)|search again")
            or (name in (ITEM, "intercom_get_contact_by_id") and (r.state or r.dates or r.topic))
            or (name == ITEM and r.has(r"\bof (?:those|them|these)\b|transcripts"))  # "the first 3 of those"
        )
    ):
        name, last = state.last_search  # "same search but closed", after opening one of its results
    if (wide := widened(r, name, last)) is not None:
        return wide  # "ok then just show me the 20 most recent convos overall", after a topic's search
    undated = name in CONVERSATION_CALLS and r.has(ANY_TIME) and not r.dates
    if undated:  # "ok all time then, open only, 5 at a time": the dates go, the rest still applies
        last = {k: v for k, v in last.items() if k not in ("created_after", "created_before")}
    also = r.has(ALSO_STATE) and not r.has(r"^\W*(?:(?:and|ok|so)\W+)*any (?:open|closed|snoozed)\b")  # (not "any
    both = bool(r.state) and r.state != last.get("state") and also  # closed ones too?"); "include closed ones too"
    every = r.has(ALL_OF) and not (r.state or r.topic or r.dates)  # "none? fine show all of his": any state
    every = every or also  # "incl closed", after the open ones: any state
    stateless = name in CONVERSATION_CALLS and ((r.has(ANY_STATE) or every) and not r.state or both) and "state" in last
    if stateless:  # "ok show me all of them then, any state"
        last = {k: v for k, v in last.items() if k != "state"}
    if name in SEARCHES | {"intercom_list_conversations"} and (dropped := _dropped(r, last)) is not None:
        if r.state and not r.has(DROP + r"(?:open|closed|snoozed|state)"):
            dropped["state"] = r.state  # "now without the date, only the open ones"
        if name == "intercom_search_conversations" and r.has(r"\btranscripts?\b|word for word"):
            renamed = {"query": "text", "per_page": "top"}  # "forget the dates, transcripts of the 3 newest"
            dropped = {renamed.get(k, k): v for k, v in dropped.items() if k not in ("starting_after", "contact_ids")}
            name = "intercom_find_conversations"
        size = next((c.value for c in r.counts if c.per_page or c.noun in (None, "conversation")), None)
        if size:  # "without the topic, 5 at a time"
            dropped["top" if name == "intercom_find_conversations" else "per_page"] = size
        if r.dates and not r.has(DROP + r"(?:dates?|time|window|period)"):  # "drop the open filter and since october"
            dropped = {k: v for k, v in dropped.items() if k not in ("created_after", "created_before")}
            dropped |= r.dates.args()
        return (name, dropped)  # "drop the open filter", "without the dates"
    person_only = name in SEARCHES and last.get("contact_email") and not (last.get("query") or last.get("text"))
    others = r.has(
        r"\bother\b|anyone|anybody|everyone|elsewhere|across|all customers|in general|who else|total|overall"
    )
    someone = name in SEARCHES and last.get("contact_email")
    if (
        someone and r.topic and others and not r.has(SHE + "|" + THEY + "|same")
    ):  # "any other password reset complaints", "total refund asks this month" after one person's invoice one
        if r.has(r"\bwho\b") and not r.has(r"transcripts?|read"):
            name = "intercom_search_conversations"  # "who else has an open billing question?": a list of them
        key = TOPIC_KEYS[name]
        filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
        return (name, {key: r.topic, **filters})
    short = r.leftover if r.has(r"^(?:just|only) \w+$") else None  # "just billing"
    short = (
        narrowed_topic(r.text) if rx.fullmatch(r"(?:only|just) (?:the )?\w+ ones?", r.text) else short
    )  # "...billing one"
    anew = (
        r.has(r"^(?:list|show(?: me)?|search|find|pull up|get)\b")
        and r.mentions("conversation")
        and not r.has(SHE + "|" + THEY)
    )
    if (
        person_only and (r.topic or short) and not (others or anew) and not r.mentions("event")
    ):  # "anything about integration"
        key = TOPIC_KEYS[name]
        filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
        return (name, {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, key: r.topic or short, **filters})
    last_n = rx.fullmatch(
        r"(?:(?:just|only) )?(?:the )?(?:last|latest|most recent) (\d{1,2})(?: only)?(?: pls| please)?[?.!]?", r.text
    )
    known = contact_key(state.contact or {}) if name == "intercom_contact_overview" else None
    totals = r.has(SUMMARY) and len(r.tokens) <= 6 and not any(map(r.mentions, ("conversation", "company", "contact")))
    if known and (last_n or totals):
        return (
            "intercom_list_events",
            {known[0]: known[1], **({"per_page": int(last_n[1])} if last_n else {"summary": True})},
        )  # "just the last 3", "just the all-time totals", after a 360
    more_events = r.count("event", None)
    if name == "intercom_contact_overview" and r.has(r"more events") and more_events and not r.has(SUMMARY):
        if known:  # "more events, last 30", after the 360: that many of their events
            return ("intercom_list_events", {known[0]: known[1], "per_page": min(150, more_events)})
        return (name, {**last, "events": min(50, more_events)})  # "more events, like 20", after the 360
    # "how did login look in october", after someone's overview: everyone's conversations, not theirs
    theirs = r.has(SHE) or r.has(rf"\b(?:{THEY})\b") or not (r.topic or TOPIC_WORDS & r.words)
    email = (state.contact or {}).get("email")
    in_app = r.has(r"\bactive\b|activity|been doing|been up to|logged in|using (?:the|our) (?:app|product)")
    again = r.has(r"\bsame (?:check|search|question|query)\b")  # "same check for october": the search before
    if (
        name == "intercom_contact_overview"
        and (r.state or r.dates)
        and theirs
        and email
        and not (in_app or again or elsewhere(r))
    ):
        dates = r.dates.args() or read(state.last_said, r.now).dates.args()  # "only the open ones", after "what
        filters = {k: v for k, v in (("state", r.state), ("query", r.topic), *dates.items()) if v}  # has X raised
        return ("intercom_search_conversations", {"contact_email": email, **filters})
    wants_transcripts = r.has(r"transcripts?|read (?:them|those)") and not r.has(r"no transcripts?|without|just list")
    if name == "intercom_find_conversations" and referring and wants_transcripts:  # "can I get transcripts of those?",
        args = {k: v for k, v in last.items() if k != "starting_after"} | ({"state": r.state} if r.state else {})
        args |= {"text": new} if (new := subject(r)) and r.has(r"\bones\b") else {}  # "api ones, top 3 transcripts"
        return (name, args | ({"top": top} if (top := r.count("conversation", None)) else {}))  # "the open ones, top 5"
    shown = state.listing
    bare = {k: v for k, v in last.items() if k not in PAGING_KEYS}
    same = shown is not None and {k: v for k, v in shown.args.items() if k not in PAGING_KEYS} == bare
    only = shown.items[0] if shown and shown.tool == name and len(shown.items) == 1 and same else None
    if r.dates or any(c.value > 1 for c in r.counts):
        only = None  # "transcripts of the top 3 api convos this month", after one found last week: a new search
    if only and name in SEARCHES and r.has(WHOLE_ONE):
        return ("intercom_get_conversation_by_id", {"conversation_id": str(only["id"])})  # the only one found
    read_them = (
        r"transcripts?|read (?:me )?(?:\d+ |two |three |a few |some |all |a couple )?(?:of )?(?:them|those|these|"
        r"the (?:\w+ )?ones)|"
        r"read (?:me )?(?:the )?(?:top|first|latest|newest) (?:\d+|two|three|four|five|few|couple)\b|"
        r"read (?:me )?(?:the )?(?:\d+|two|three|four|five) (?:most recent|latest|newest|first|top|oldest)\b|"
        r"actual (?:messages|convos|conversations|chats|tickets|threads)|let me read(?! (?:that|this|it)\b)|"
        r"summari[sz]e (?:the|those|these|them)|\bin full\b|word for word|verbatim|"
        r"with (?:the |their |full )?(?:te?xts?|bodies|body|contents?)\b|\b(?:the )?te?xts? of\b|"  # "text of 3"
        r"(?<!this )(?<!that )(?:conversations?|convos?) complete|(?:complete|full|whole|entire) threads|"
        r"complete (?:conversations?|convos?|thread)"
    )
    if name == "intercom_search_conversations" and r.has(read_them) and not r.has(NO_TRANSCRIPTS):
        renamed = {"query": "text", "per_page": "top"}  # "open ones only, and let me read 3 of them": transcripts
        last = {renamed.get(k, k): v for k, v in last.items() if k not in ("starting_after", "contact_ids")}
        name, referring, converted = "intercom_find_conversations", True, True
    if name == "intercom_find_conversations" and (r.has(NO_TRANSCRIPTS) or r.has(r"^(?:and |so |ok )?how many")):
        renamed = {"text": "query", "top": "per_page"}  # the list, not transcripts; what else is asked still applies
        name, last = "intercom_search_conversations", {renamed.get(k, k): v for k, v in last.items() if k != "top"}
        referring = converted = True
    if (
        name == ITEM
        and last.get("max_parts")
        and r.has(
            r"whole thing|full thing|all of it|everything|the rest|full (?:transcript|thread|conversation)|entire"
        )
    ):
        return (name, {k: v for k, v in last.items() if k != "max_parts" or v > 30})  # "show the whole thing"
    its_all = r"^(?:\w+ ){0,3}(?:its|the) (?:full |whole |entire )?(?:thread|transcript|messages|msgs)\W*$"
    if name == ITEM and r.has(its_all):
        whole = r.has(r"\b(?:full|whole|entire)\b") and not last.get("max_parts")  # "show me its full thread"
        return (name, {**last, "max_parts": 500} if whole else {k: v for k, v in last.items() if k != "max_parts"})
    if r.leftover and not referring and off_domain(r):
        return None  # "whats the weather like in dublin today" is not "same, but today"
    if name in CONVERSATION_CALLS and r.topic and r.mentions("conversation") and not referring:
        return None  # a new search ("any other invoice convos this month?", "are there other snoozed refund convos")
    same_page = r.has(r"those|these|this page|same page|them")  # "now with member counts for those"
    counted = r"^(?:\w+ )?(?:with|plus|add|incl\w*|\+) (?:the |member |their |contact )*(?:counts?|sizes?|numbers)\b"
    same_page = same_page or (name == "intercom_list_segments" and r.has(counted))  # "with counts", on page 2
    same_but = r.has(r"^(?:the )?same (?:thing )?but\b")  # "same but oldest first", on page 2: page 2 (not a cursor)
    same_but = same_but or any(c.per_page for c in r.counts)  # "page 2 of contacts", then "10 per page": page 2
    args = {k: v for k, v in last.items() if same_page or (same_but and k == "page") or k not in PAGING_KEYS}
    changed = False
    if name in CONVERSATION_CALLS and r.has(EVERYONE_ELSE) and ("contact_email" in args or "contact_ids" in args):
        args = {k: v for k, v in args.items() if k not in ("contact_email", "contact_ids")}
        changed = True  # "anyone else complaining about exports this month?": not only this person
    if name in SEARCHES | {"intercom_list_conversations"} and (earlier := outside(r, state) or before_that(r, last)):
        args = {k: v for k, v in args.items() if k not in ("created_after", "created_before")} | earlier
        changed = True
    elif r.dates and name in SEARCHES | {"intercom_list_conversations"}:
        bound = r.dates.args()
        other = {k: v for k, v in args.items() if k in ("created_after", "created_before") and k not in bound}
        if (
            len(bound) != 1
            or set(bound) & args.keys()
            or r.has(r"instead|rather|actually|any ?time|all ?time")
            or (
                r.has("only")
                and not r.has(
                    r"only (?:the ones |those |ones )?(?:before|until|up to|after)|"
                    r"\b(?:before|until|after|since) .+ only$"
                )
            )  # "after march 1 only"
            or not _ordered(other | bound)
        ):
            other = {}  # "since march", then "and before sept 5": between the two (not "yesterday", then "past week")
        args = {k: v for k, v in args.items() if k not in ("created_after", "created_before")} | other | bound
        changed = True
    if r.state and name in SEARCHES | {"intercom_list_conversations"} and not both:
        args["state"], changed = r.state, True
    topic = subject(r) if r.topic is not None else None  # "only the ones about someone's bill": billing
    swapping = r"same(?: thing| filters?| criteria| settings)?(?: ,)? but|same (?:filters?|criteria|settings) ,"
    swapped = r.has(r"instead|rather|switch to|swap") or (r.has(swapping) and not r.has(r"back to"))  # "same filters,"
    # "but shipping": the topic swapped
    if (
        not topic
        and name in SEARCHES
        and r.leftover
        and (swapped or r.has(r"^(?:no|nope|sorry|wait|i meant|same for)\b"))
    ):
        kept = [w for w in r.leftover.split() if w.casefold() not in NOT_TOPICS | SAID_OF_A_SEARCH and not w.isdigit()]
        topic = " ".join(kept) if kept and (swapped or all(w in TOPIC_WORDS for w in kept)) else None  # "no, X"
    plain = not topic and name in SEARCHES and bool(r.dates or r.state) and not r.has(r"\bsame\b")
    if plain and (kept := (r.leftover or "").split()) and all(w in TOPIC_WORDS for w in kept):
        topic = " ".join(kept)  # "refunds since march", after shipping in august: refunds, since march
    if topic and name in SEARCHES | {"intercom_list_conversations"} and (referring or changed):
        args["text" if name == "intercom_find_conversations" else "query"], changed = topic, True
    if name == "intercom_list_conversations" and changed:
        name = "intercom_search_conversations"
    if r.order == "asc" and name in CONVERSATION_CALLS and not changed:
        return (
            "Intercom lists conversations most recently updated first and cannot sort them the other way; "
            "narrow them by date instead (for example 'before October')."
        )
    flip = r"^(?:\w+ )?(?:flip|reverse)(?: it| that| the order| the sort)?\b|the other way(?: round)?|the \d* ?least$"
    if name == "intercom_list_companies" and r.has(flip) and not r.has(r"\b(?:oldest|newest|asc|desc)"):
        args["order"], changed = ("asc" if args.get("order", "desc") == "desc" else "desc"), True  # "flip it"
    elif r.order and name == "intercom_list_companies":
        args["order"], changed = r.order, True
    if r.page and name in ("intercom_list_companies", "intercom_list_all_contacts", *SMALL_LISTS):
        args["page"], changed = r.page, True
    sizes = r"counts?|how many|how much|sizes?|how big|members|numbers?|biggest|largest|smallest|bigger|smaller|larger|"
    sizes += r"most (?:people|members)|head ?counts?|headcounts?"
    if name == "intercom_list_segments" and r.has(
        NO_COUNTS + r"|^(?:\w+ )?(?:drop|remove|hide|lose) (?:the )?(?:counts?|numbers|sizes?)"
    ):
        args, changed = {k: v for k, v in args.items() if k != "include_count"}, "include_count" in args
    elif name == "intercom_list_segments" and r.has(sizes):
        args["include_count"], changed = True, True
    elif name == "intercom_list_all_teams" and r.has(sizes) and not r.named("segment"):
        changed = True  # "how many in engineering", after the teams: the teams, with their members
    if name == "intercom_list_events" and (r.has(SUMMARY) or r.has(r"^(?:just |only )?(?:the )?(?:counts?|totals?)$")):
        args = {k: v for k, v in args.items() if k != "per_page"} | {"summary": True}
        changed = True
    changed |= recount(r, name, args) | undated | converted | stateless
    return (name, args) if changed else None


SEARCHES = {"intercom_search_conversations", "intercom_find_conversations"}
TOPIC_KEYS = {"intercom_search_conversations": "query", "intercom_find_conversations": "text"}  # a search's topic
EVERYONE_ELSE = r"anyone else|anybody else|everyone else|who else|other customers|other people|from others|from anyone"
CONVERSATION_CALLS = SEARCHES | {"intercom_list_conversations"}
ITEM, FLOW = "intercom_get_conversation_by_id", "intercom_company_contacts_events"
REFERRING = (
    r"ones|those|them|both|same|instead|only|just|these|that one|this one|same filters?|"
    r"\bof the (?:open|closed|snoozed)\b|\bamong (?:them|those|these)\b|"  # "of the snoozed, anything about invoices"
    r"^(?:and |so )?(?:how many|which|what)(?: ones?)? (?:were|was|are|is) (?:about|regarding|re|related to)\b"
)
ALL_OF = (
    r"^(?:[\w'?!.,-]+ ){0,4}(?:show |give |list |get |pull )?(?:me )?(?:all|every one) (?:of )?"
    r"(?:them|his|hers|theirs|those|these|their ones|his ones|her ones)(?: then| instead| pls| please| again)? ?[?.!]*$"
)
ANY_STATE = (
    r"(?:all|any|every|whatever|each) (?:states?|status(?:es)?)|regardless of (?:the )?(?:state|status)|"
    r"(?:doesn'?t|does not|don'?t|do not) matter (?:if|whether) (?:it'?s |they'?re |its |theyre )?"
    r"(?:open|closed|snoozed)(?: or (?:open|closed|snoozed))+"
)
ALSO_STATE = r"\b(?:include|including|incl|inc|plus|add)(?: the)? (?:open|closed|snoozed)\b|\b(?:open|closed|snoozed) "
ALSO_STATE += r"(?:ones? |convos? |conversations? |tickets? )?(?:too|as well)\b"  # "include closed ones too"
SAID_OF_A_SEARCH = {"criteria", "settings", "conditions"}  # "same criteria but refund": refund
ANY_STATES = ("open", "closed", "snoozed")
DROP = r"(?:drop|remove|clear|ignore|lose|forget|without|no|skip|take off|get rid of) (?:the |that |any )?"


def _dropped(r: Utterance, last: dict[str, Any]) -> dict[str, Any] | None:
    """The last search without the filters this request drops, or None when it drops none."""
    keys: set[str] = set()
    if said := rx.search(DROP + r"(open|closed|snoozed|state|status)(?: filter| part| ones)?", r.text):
        if said[0].startswith("no ") and last.get("state") not in (None, said[1]) and said[1] in ANY_STATES:
            return {**{k: v for k, v in last.items() if k not in PAGING_KEYS}, "state": said[1]}  # "no open ones
        keys.add("state")  # i mean", after the closed ones: a correction, not a filter dropped
    if r.has(DROP + r"(?:date|dates|time|date range|period)(?: filter| part| range)?"):
        keys |= {"created_after", "created_before"}
    if r.has(DROP + r"(?:topic|query|keyword|search words?)(?: filter| part)?"):
        keys |= {"query", "text"}
    if r.has(DROP + r"(?:filters?|conditions)") and not keys:
        keys = {"state", "created_after", "created_before"}
    if not keys & set(last):
        return None
    return {k: v for k, v in last.items() if k not in keys | PAGING_KEYS}


SMALL_LISTS = ("intercom_list_segments", "intercom_list_all_teams")


def _ordered(window: dict[str, Any]) -> bool:
    """Whether a created_after comes before the created_before (a window that can hold something)."""
    after, before = window.get("created_after"), window.get("created_before")
    return not (after and before) or str(after) < str(before)


__all__ = [
    "ANY_STATE",
    "ANY_TIME",
    "CHATTER",
    "ENTITY_KEYS",
    "PAGING_KEYS",
    "SAME_FOR",
    "SEARCHES",
    "SHE",
    "SWITCH",
    "THEY",
    "TOPIC_KEYS",
    "refine",
]
