"""A request on its own (no dialogue needed): what it names decides the tool, its slots fill the arguments.

The order is by specificity: an identifier beats a name, a name beats a kind of thing ("contacts"), and within each,
the cues of the request ("events", "who works", "transcripts", "how many") pick among the tools that take it. Every
slot the request fills reaches the tool (a count, a page, an order, a state, dates, a topic, a cursor), whichever."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.planner import described
from graphs.planner import needles as rx
from graphs.planner.arguments import cap as _cap
from graphs.planner.arguments import most as _most
from graphs.planner.arguments import parts, placed
from graphs.planner.arguments import put as _put
from graphs.planner.compared import first_record
from graphs.planner.described import A_FEW, ASKING, EVERY_EVENT, FEELING, LAST_THING, MOST_EVENTS, cases, subject
from graphs.planner.dialogue import ASK_CONTACT, ASK_CONVERSATION, ASK_FIND, ASK_PERSON, ASK_SEARCH
from graphs.planner.event_words import CONTACT_EVENTS, NOT_SUMMARY, SUMMARY
from graphs.planner.named_id import named_id
from graphs.planner.quiet import upset_or_quiet
from graphs.planner.reading import COMPANY_CUES, Utterance
from graphs.planner.remarks import on_a_team
from graphs.planner.topics import HEADS, NOT_STATE_ASKED, STATE_ASKED, TOPIC_WORDS, leftover_topic, singular
from graphs.planner.words import COMPARED, DID_EVENTS

Plan = tuple[str, dict[str, Any]] | str  # a tool call, or a direct answer

PEOPLE = r"who|who's|whos|works?|working|employees|staff|people|folks|contacts?|users?|members|customers?|" + (
    r"attached|belong(?:s|ing)?|there|leads?|everyone|everybody|persons?|ppl|team ?mates|colleagues"
)
ACTIVITY = (
    r"events?|activit(?:y|ies)|active|doing|done|up to|happening|going on|been up|lately|tracked|actions?|triggered|"
    r"did|logged|using|usage|use the (?:product|app)|uses? it|what (?:do )?(?:they|he|she) (?:do|does)\b|"
    r"engag(?:ed|ement|ing)|behaviou?r|log-?ins?|log(?:s|ged)? in\b|sign(?:s|ed)? in\b|sessions?|click(?:s|ed|ing)?|"
    r"(?:power|heavy|super|top|daily) ?users?"
)
NO_EVENTS = (
    r"no events|(?:0|zero) events|without (?:the |their |any )?events|names only|only (?:the )?names|"
    r"(?:contacts only|just (?:the )?contacts)(?![^.?!]{0,20}\b\d+ events?\b)"  # not "3 contacts only, 2 events each"
    r"|just (?:give me |show me |list |tell me )?(?:the |their )?names(?!\s*(?:\+|and|plus|&)[^.?!]{0,25}\bevents?\b)|"
    r"skip (?:the )?events|events? (?:are |is )?not (?:needed|necessary|required)|"
    r"no need (?:for|of) (?:the |any |their )?events|"
    r"(?:don'?t|do not|doesn'?t) need (?:all )?(?:the |any |their |that )?(?:events|activity)|"
    r"names and emails only|just names and emails|skip (?:the |their )?activity|"
    r"(?:just|only) (?:the )?(?:people|ppl|users|names)(?: only)?\b(?! (?:who|that|with)\b)"
    r"(?!\s*(?:\+|and|plus|&)[^.?!]{0,25}\bevents?\b)"
)
OVERVIEW = (
    r"360|overview|profile|everything|tell me about|rundown|what do we know|who is|who's|whos|full picture|details?|"
    r"complete picture|complete view|full view|whole picture|"
    r"info|information|look ?up|summary of|all about|background|on file|anything (?:on|about) (?:him|her|them)|"
    r"catch (?:me )?up on|brief me on|fill me in on|update on"
)
COUNTS = (
    r"biggest|largest|smallest|how many|how much|counts?|sizes?|how big|number of|members|membership|populat\w+|"
    r"head ?counts?|in each|totals?|tall(?:y|ies)|breakdown|#|per segment|busiest|quietest|crowded|populous"
)
NO_COUNTS = (  # "segments - just names, no counts", "without the member counts"
    r"(?:no|without|skip|w/o|sans|minus|not|don'?t need|no need for)(?: the| any| their)? (?:member |contact |people "
    r"|user )?(?:counts?|numbers|sizes?|totals?|how many)"
)
READING = (
    r"transcripts?|read|find|look up|dig up|track down|hunt down|word for word|verbatim|in full|"
    r"(?:full|whole|entire) (?:thread|conversation|convo|chat|ticket)s?|"
    r"(?:actual|the|full) messages|actual (?:\w+ )?(?:te?xts?|threads?|convos?|conversations?|chats?|wording)|"
    r"what they (?:said|wrote)|full conversations?|"
    r"what was said|what (?:did|do|does) (?:\w+ ){0,3}(?:say|said|write|wrote|tell|told)|what .* said|"
    r"show me what|full text|let me see what|"
    r"how (?:we|the agents?|our agents?|the team|support) (?:answered|replied|responded|handled)|"
    r"what we (?:said|replied|wrote)|with (?:the |their |full )?(?:text|bodies|body|contents?)|"
    r"(?:the |their )(?:texts?|contents?|bodies) (?:of|in|inside)\b|"
    r"(?:conversations?|convos?|tickets?) complete|complete (?:conversations?|convos?|threads?|tickets?)|full threads|"
    r"back[- ]and[- ]forth|(?:the )?(?:exact )?wording|exact words|(?:a )?couple of threads|\d+ threads|"
    r"(?:i|we) can quote|to quote|quotable|quotes? (?:from|for)|"  # "3 api threads i can quote in the report"
    r"summari[sz]e (?:the|what|those|these|them|(?:\w+ ){0,4}(?:convos?|conversations?|tickets?|threads?))|"
    r"what (?:are|were|have|is) (?:people|customers|users|folks|clients|they|everyone) (?:\w+ )?"
    r"(?:saying|writing|said|written)"
)
NO_TRANSCRIPTS = (
    r"(?:no|not|without|skip(?: the)?|don'?t need(?: the)?) (?:the )?(?:transcripts?|messages)|"
    r"(?<!not )just (?:list|the list)|as a list|the list,? not"
)
SEARCHING = r"search|mention(?:s|ing|ed)?|about|regarding|concerning|containing|re|ask(?:ed|ing)? for (?:\w+ )?help"
TALKED = (
    r"talked|talk|spoke|reached out|wrote in|contacted us|written|messaged|conversations?|convos?|chats?|tickets?|"
    r"transcripts?|threads?|back and forth|back-and-forth|exchanges?|correspondence"
)
WROTE = (
    r"write|wrote|written|say|said|ask(?:ed)?|complain\w*|talk\w*|spoke|reach(?:ed)? out|contact(?:ed)? us|"
    r"messag(?:e|ed|es|ing) (?:us|support|the team|our team)\b|"
    r"(?:tell|told|tells|telling) us|(?:sent|sends|sending) (?:us|in)|messages themselves|the (?:actual )?messages|"
    r"questions?|correspondence|did (?:anyone|anybody|someone|we|you) (?:ever )?(?:answer|reply|respond|get back)"
)
_ONE = r"(?:contact|user|customer|person|lead|company|account|conversation|convo|chat|ticket|thread|transcript|org)"
SINGULAR = (
    rf"(?:the|that|this|an?|one|my)(?: (?:big|main|key|important|new|old|vip|angry|upset|difficult|same))? {_ONE}"
    r"(?:'s)?(?! \w+s\b)|"
    rf"^(?:get|fetch|open|pull up|look up|lookup|show|find)"
    rf"(?: me)?(?: the)? {_ONE}(?: details| info| profile)?(?: by(?: its)? id)?(?: please| thanks)?$|"
    rf"^{_ONE} (?:details|info|profile)(?: please| thanks)?$"
)


def events_args(r: Utterance, key: str, value: str) -> dict[str, Any]:
    args: dict[str, Any] = {key: value}
    ever = r.has(r"\b(?:ever|in (?:her|his|their) (?:whole )?(?:life|lifetime))\b") and r.count("event") is None
    if (r.has(SUMMARY) or ever) and not r.has(NOT_SUMMARY):  # "has she ever done anything in the app": all-time
        args["summary"] = True
    else:
        one = r"\b(?:last|latest|most recent|newest) (?:single )?(?:thing|action|event|activity|step|move)\b(?!s)"
        _put(args, per_page=_cap(r.count("event", None) or (1 if r.has(one) else None), 150))  # "the last thing"
    return args


def by_id(r: Utterance) -> Plan | None:
    """An Intercom id, a conversation id, or a company's own company_id."""
    if company := r.company_hex:
        r = r.without(r"\b(?:not|no|without) (?:its |their |the )?(?:people|contacts|users|members|employees)\b")
        if r.has(PEOPLE) and r.has(r"\b(?:been (?:doing|up to)|what (?:they|theyve|they've) (?:did|done))\b|events"):
            return company_flow(r, company)  # "<its link> whos on this account + what theyve been doing"
        if r.has(PEOPLE) and not COMPANY_CUES.search(r.text):
            args = _put({"company_id": company}, per_page=_cap(r.count("contact", None), 150), starting_after=r.cursor)
            return ("intercom_list_attach_contacts_to_company", args)
        return ("intercom_get_company_by_id", {"company_id": company})
    if r.conversation_ids and not r.contact_ref and not r.company_codes:
        opened = rx.search(
            r"\b(?:open|read|show(?: me)?|pull up|start with) (?:conversation |convo |#)?qqconv(\d+)", r.text
        )
        index = int(opened[1]) if opened else placed(r, r.conversation_ids)  # "... can u open the middle one"
        args = _put({"conversation_id": r.conversation_ids[index]}, max_parts=parts(r))
        return ("intercom_get_conversation_by_id", args)
    if r.company_codes:  # "cmp-0003 details": its record, by the Intercom id the workspace gives the code
        hexed = r.code_ids.get(r.company_codes[0].lower())
        if hexed and (COMPANY_CUES.search(r.text) or r.has(r"details|info|record")) and not r.has(PEOPLE + "|events?"):
            return ("intercom_get_company_by_id", {"company_id": hexed})
        return company_flow(r, r.company_codes[0])
    return None


def about_contact(r: Utterance) -> Plan | None:
    """A contact named by email, external id or Intercom id."""
    if (ref := r.contact_ref) is None:
        return None
    key, value = ref
    if key == "email" and r.has(r"transcripts?|word for word|verbatim") and not r.has(r"events?|activity"):
        return conversations(r)  # "transcripts of everything <email> raised since september"
    record = r"(?:just|only) (?:the |their |his |her )?(?:contact |user )?(?:record|profile|details|attributes)\b"
    record += r"|[.?!,-] who\W*$"  # "<id> reported a blank screen after upgrading. who": who that is
    if key == "intercom_user_id" and r.has(record):  # "just the contact record for <id>, dont need events or convos"
        return ("intercom_get_contact_by_id", {"contact_id": value})
    both = r.has(r"events?|activity") and r.has(r"conversations?|convos?|tickets?|chats?|correspondence")
    both = both or (r.has(r"\baccount\b|\bprofile\b|\brecord\b") and r.mentions("conversation"))  # "acct + convos"
    both = both or (r.has(r"\bprofile\b") and r.has(r"activity")) or r.has(r"\bwho (?:s?he|they) (?:is|are)\b")
    did = r.has(r"\b(?:stuff|things?) (?:\S+ ){0,2}did\b|\bwhat did \S+ do\b|\bbeen (?:doing|up to)\b")
    both = both or (did and r.has(r"\b(?:talk\w*|spoke|wr[io]te|written|messaged|reach(?:ed)? out|contacted)\b"))
    whole = r"\b(?:recap|rundown|summary|overview|profile|snapshot|360) (?:of|on|for)\b"
    both = both or (r.has(whole) and r.has(r"\b(?:incl\w*|with|plus|w/) (?:the |their |his |her )?(?:last|latest)"))
    if both and not r.has(r"transcripts?"):  # "what is the client doing? events and conversations": the overview
        return overview(r, value)
    if upset_or_quiet(r):  # "why would <id> be unhappy", "<email> has no events?? did she ever contact support"
        return overview(r, value)  # (her conversations and her activity, both)
    tallied = r.has(r"events?") and r.has(SUMMARY) and not r.has(r"360|overview|profile")  # "a summary of everything"
    if (
        r.has(OVERVIEW + r"|going on|up to|happening|" + described.MOVED)  # "does usr_1 still belong to juniper?"
        and not tallied
        and not (r.has(r"events?") and not r.has(r"360|overview|everything|profile|(?:full|whole|complete) picture"))
    ):
        if key == "intercom_user_id" and not r.has(r"360|overview|everything"):
            return ("intercom_get_contact_by_id", {"contact_id": value})
        return overview(r, value)
    heard = key == "email" and r.has(r"^(?:\w+ )?anything (?:new |else )?from\b")  # "anything from <email>?"
    if (r.has(WROTE) or heard) and not r.has(r"events?|activity"):
        if key != "email":
            return overview(r, value)  # its recent conversations
        return conversations(r) or ("intercom_search_conversations", {"contact_email": value})
    joined = r"when did (?:\S+ ){0,3}(?:sign(?:ed)? ?up|join|register|start)|sign[- ]?up date|"
    joined += r"when (?:was|were) (?:\S+ ){0,3}created"
    if r.has(joined) and not r.has(r"events?|activity"):  # "when did 0ec0… sign up": the contact's own dates
        return (
            ("intercom_get_contact_by_id", {"contact_id": value}) if key == "intercom_user_id" else overview(r, value)
        )
    troubled = r.topic and r.has(r"\b(?:trouble|troubles|problems?|issues?|difficult(?:y|ies))\b")
    if key == "email" and troubled and not r.has(r"events?|activit|profile|compan(?:y|ies)|\baccount\b"):
        args = _put({"contact_email": value, "query": r.topic}, state=r.state)
        return ("intercom_search_conversations", {**args, **r.dates.args()})  # "... since september" too
    talked = r.mentions("conversation") and not r.has(r"events?|activity")  # "did <email> open any tickets"
    active = r"|\bactive\b(?! (?:convos?|conversations?|tickets?|chats?))"  # "is usr_00262 active?": her events
    if r.has(CONTACT_EVENTS + "|" + SUMMARY + active) and not r.has(r"compan(?:y|ies)|account|org") and not talked:
        return ("intercom_list_events", events_args(r, key, value))
    if r.has(TALKED) and key == "email":
        return conversations(r) or ("intercom_search_conversations", {"contact_email": value})
    if key == "email" and r.state is not None and r.has(STATE_ASKED) and not r.has(NOT_STATE_ASKED):
        return conversations(r)  # "anything still open w/ <email>?": only conversations have a state
    if key == "email" and r.state and r.topic and r.has(r"\b(?:snoozed|closed|open)\b") and not r.has(r"events?|activ"):
        return conversations(r)  # "a snoozed billing thing from <email>": a state and a subject, a conversation's
    if key == "intercom_user_id":
        return ("intercom_get_contact_by_id", {"contact_id": value})
    topic = described.topic_alone(r, dated=True) if key == "email" else None  # "refunds for <email>": hers about
    if topic and not r.has(r"events?|activity|profile|compan(?:y|ies)"):  # refunds ("in the last 30 days" too)
        args = _put({"contact_email": value, "query": topic}, state=r.state)
        return ("intercom_search_conversations", {**args, **r.dates.args()})
    return overview(r, value)


def overview(r: Utterance, contact: str) -> Plan:
    bare_events = r.count(None) if r.mentions("event") and not r.mentions("conversation") else None  # "last 5"
    bare_talks = r.count(None) if r.mentions("conversation") and not r.mentions("event") else None  # "up to four"
    events, talks = _cap(r.count("event") or bare_events, 50), _cap(r.count("conversation") or bare_talks, 20)
    return ("intercom_contact_overview", _put({"contact": contact}, events=events, conversations=talks))


def company_flow(r: Utterance, company: str) -> Plan:
    args: dict[str, Any] = {"company": company}
    people = r.count("contact", None)
    if people == 1 and r.has(LAST_THING) and not r.has(r"\b(?:one|1|single) (?:person|contact|user|customer)"):
        people = None  # "the single latest thing each of them did": one event each, not one person
    elif people is None and r.has(r"\b(?:just |only )?(?:one|a single) (?:person|contact|user|customer)\b"):
        people = 1  # "just one person from onyx works"
    _put(args, max_contacts=_cap(people, 200))
    events = r.each("event") or r.count("event")
    if r.has(NO_EVENTS):
        events = 0
    elif events is None and r.has(EVERY_EVENT):
        events = MOST_EVENTS
    elif events is None and r.has(LAST_THING):
        events = 1
    elif events is None and r.has(A_FEW):
        events = 3
    elif events is None and not r.has(ACTIVITY) and not r.has(DID_EVENTS):
        events = 0
    events = _cap(events, MOST_EVENTS) if events else events
    return ("intercom_company_contacts_events", _put(args, events_per_contact=events))


def names(r: Utterance) -> Plan | None:
    """A segment, team, company or person named in words."""
    segment, team, company = r.named("segment"), r.named("team"), r.named("company")
    if segment and not (company and (company.start < segment.start or not r.has(r"\bsegments?\b"))):
        return segments(r, force=True)  # (not "the power users at globex": its people, by what they do)
    if team and not on_a_team(r):
        return teams(r)
    if r.person and company and r.has(r"\b(?:who|anyone|anybody|everyone|everybody) else\b|\bco-?workers\b"):
        return company_flow(r, company.name)  # "kai baker is at lumen analytics right? who else is there"
    theirs = r.has(r"full picture|profile|360|overview|\b(?:his|her|named|called)\b")  # "the full picture on X there"
    if r.person and (theirs or not (company and company.start < r.person.start and r.has(PEOPLE + "|" + ACTIVITY))):
        return overview(r, r.person.name)
    named = {m.name.casefold() for m in r.names if m.kind == "company"}
    for one in (m.name for m in r.names if m.kind == "company") if len(named) >= 2 else ():
        head = re.escape(one.split()[0].casefold())  # "compare kestrel partners and xenon works. kestrel first"
        if r.has(rf"\b{head}(?: \w+)? first\b|\b(?:start|begin)(?:ing)? with (?:the )?{head}\b"):
            return company_flow(r, one)
    lately = r.has(r"\b(?:more|most) recent(?:ly)?\b(?!.*\b(?:contacts|people|events?)\b)")  # the records say when
    if len(named) >= 2 and r.has(COMPARED) and (lately or not r.has(r"who|contacts|people|" + ACTIVITY)):  # (usage)
        return first_record(r) or ("intercom_list_companies", {})  # "which made a request more recently, ..."
    if company and company.ambiguous:  # "the globex on enterprise": the one whose plan is named
        said = {str(e.get("plan") or "").casefold() for e in company.entries} & r.words
        said = {p for p in said if not r.has(rf"(?:not|no|isn't|not the) {re.escape(p)}")}  # "growth, not enterprise"
        planned = [e for e in company.entries if str(e.get("plan") or "").casefold() in said]
        if len(planned) == 1:  # the flow is then given its id: the name is still the other one's too
            company = replace(company, entries=(planned[0],), name=str(planned[0].get("id") or company.name))
    if company:
        plans = {str(e.get("plan") or "").casefold() for e in company.entries} - {""}
        on_plan = r"\bon (?:the )?(?:enterprise|growth|starter|pro|premium|basic|free|business|scale|trial|paid)\b"
        told = r.without(r"\b(?:our|my|an?|the) (?:\w+ )?\w+ (?:acct|account|customer|client)s?\b").words  # a remark
        attributes = COMPANY_CUES.search(r.text) or r.has(r"details|info|records?|" + on_plan) or bool(plans & told)
        sized = r.without(re.escape(company.written.lower()))  # "tidal works company record": not who works there
        sized = sized.without(r"(?:with|w/|has|having) (?:only |just |exactly )?\d{1,4} (?:users|people|contacts)")
        sized = sized.without(  # "how many users does acme have, and which plan are they on": its details
            r"how many (?:users|people|employees|members|seats|contacts)|user count|number of users|# of users|"
            r"\b(?:not|no|without|skip) (?:the |its |their )?(?:ppl|people|contacts|users|employees|staff)\b"
        )  # "company details for zephyr partners - plan and such, not the ppl"
        listed = r"|(?:\+|&|\band|\bwith) (?:their |the )?names\b"  # "zephyr group headcount + names": its people
        if attributes and len(company.entries) == 1 and not sized.has(PEOPLE + "|" + ACTIVITY + listed):  # details
            return ("intercom_get_company_by_id", {"company_id": company.entries[0]["id"]})
        paged = r.has(r"\bper page\b|a page\b|\bpages? of\b|at a time") or r.cursor is not None
        paged = paged and not r.has(ACTIVITY + r"|events?")
        if paged and len(company.entries) == 1 and company.entries[0].get("id"):  # "contacts at acme, 10 per page"
            args = _put({"company_id": company.entries[0]["id"]}, per_page=_cap(r.count("contact", None), 150))
            return ("intercom_list_attach_contacts_to_company", _put(args, starting_after=r.cursor))
        return company_flow(r, company.name)
    if r.other_company and (r.has(PEOPLE + r"|called|named|one of") or r.has(ACTIVITY)) and not r.mentions("team"):
        return company_flow(r, r.other_company)
    return None


def segments(r: Utterance, force: bool = False) -> Plan | None:
    if rx.search(r"^(?:and |so |ok )?how many (?:of them |of our contacts |of those )?(?:are )?leads\b", r.text):
        return ("intercom_list_segments", {"include_count": True})  # "how many are leads": the Leads segment's count
    said = [n for n in r.segment_names if " " not in n and n in r.words or " " in n and n in r.text]
    if len(said) >= 2 and r.has(r"more|fewer|less|bigger|larger|smaller|vs\.?|versus|compare"):
        return ("intercom_list_segments", {"include_count": True})  # "more enterprise users or trialists?"
    if r.has(r"sign[- ]?ups") and r.has(r"how many|counts?|number of"):
        return ("intercom_list_segments", {"include_count": True})  # "how many signups": the New signups segment
    named = said[0] if said else None
    if named and r.has(COUNTS) and not (r.mentions("company") or r.names or r.count("contact")):
        force = True  # "how many trialists are there right now?": the Trialists segment's count
    if not (force or r.mentions("segment")):
        return None
    sized = r.has(
        r"(?:most|fewest|least|more|fewer|biggest|largest|smallest) (?:contacts|people|users|members)|"
        r"biggest|largest|smallest|size|how big|more than \d+|over \d+|\b(?:big|bigger|large|larger|smaller)\b|"
        r"growing|shrinking|(?:actual|exact|real) (?:number|count|figure)|\bnumbers\b|(?:anybody|anyone|anyone at all) "
        r"(?:actually |really )?in\b|\bempty\b|"
        r"^(?:are there )?(?:more|fewer|less) \w+(?: \w+)? or\b|\bvs\.?\b|versus|compare"
    )  # "which segment has the most contacts", "more trialists or churn risk ppl?"
    args: dict[str, Any] = {"include_count": True} if (r.has(COUNTS) or sized) and not r.has(NO_COUNTS) else {}
    return ("intercom_list_segments", _put(args, per_page=_cap(r.count("segment", None), 150), page=r.page))


def teams(r: Utterance) -> Plan:
    return ("intercom_list_all_teams", _put({}, per_page=_cap(r.count("team", None), 150), page=r.page))


def conversations(r: Utterance) -> Plan | None:
    """Conversations: one read out, found by topic and filters, or the latest ones."""
    asked = (
        r.mentions("conversation")
        or r.has(r"search|mention(?:s|ing|ed)?|transcripts?|complain\w*|said|say|saying|ask(?:ed|ing)? (?:about|for)")
        or (subject(r) is not None and r.has(ASKING))  # "customers asking us to walk their team through set up"
        or r.has(FEELING)
        or (r.has(r"^(?:find|grep|look for)\b") and r.topic is not None)  # "find slack integration top 3"
        or (r.quoted is not None and r.has(r"\bmatch(?:es|ing)?\b|\bhits?\b|full text"))  # 'best match for "x"'
        or (r.cursor is not None and bool(r.topic or set((r.leftover or "").split()) & TOPIC_WORDS))  # "more refund
        # results, starting after <cursor>"
        or (r.has(r"about|regarding|concerning|re") and bool(r.dates or r.state))
        or (bool(r.dates or r.state) and r.topic is None and any(cases(t) for t in r.tokens))  # "which refunds
        # from over the summer are still open": a topic's cases, in the plural
        or (
            r.state is not None
            and r.has(
                r"(?:what'?s|what is|anything|everything|show(?: me)?|list|all|any)(?: \w+ing)? "
                r"(?:in |still |currently )?(?:open|closed|snoozed)\b|"
                r"\b(?:open|closed|snoozed) (?:ones|stuff|items|right now|at the moment)"
            )
            and not any(r.mentions(k) for k in ("contact", "company", "segment", "team", "event"))
        )  # "what's snoozed right now?": only conversations have a state
    )
    topic = subject(r)
    opening = any(singular(t) in TOPIC_WORDS for t in r.tokens[: 1 + (r.tokens[:1] == [r.state])])  # "(open) refunds"
    if topic is None and r.leftover and (len(r.tokens) <= 6 or r.cursor or opening):  # "convos open refund": tersely
        topic = leftover_topic(r.leftover)  # "are password resets still a problem": password reset
    filters = _put({}, state=r.state, contact_email=r.emails[0] if r.emails else None, **r.dates.args())
    if not (asked or r.emails or (topic and r.words & HEADS)):
        return None
    count = r.count("conversation", None)
    one = r.ordinal == 0 or (r.ordinal is None and r.has(r"\bthe (?:most recent|newest|latest)\b"))  # "the newest
    count = 1 if count is None and (r.has(BEST_MATCH) or (one and r.has(ONE_LATEST))) else count  # open convo"
    paged = r.count("conversation", None, per_page=True) is not None  # "25 per page": pages are the search's
    if r.has(READING + "|full text") and not paged and not r.has(NO_TRANSCRIPTS):
        latest = r"\b(?:latest|newest|most recent|recent) (?:conversations|convos|chats)|" + described.WHAT_ABOUT
        if not topic and not filters and r.has(latest):  # "what's going on in the inbox, latest conversations first"
            return ("intercom_list_conversations", _put({}, per_page=_cap(count, 150)))  # "writing in about? last 15"
        if not topic and not filters:
            return ASK_CONVERSATION if r.has(SINGULAR) else ASK_FIND
        return ("intercom_find_conversations", _put({**filters}, text=topic, top=_cap(count, 20)))
    if topic or filters:
        args = _put({**filters}, query=topic, per_page=_cap(count, 150), starting_after=r.cursor)
        return ("intercom_search_conversations", args)
    if r.has(r"search|mention(?:s|ing|ed)?|(?:about|regarding)(?!\s*(?:[?.!,;]|$))") and not r.has(FEELING):
        return ASK_SEARCH  # (not "want to see what people have been writing in about": nothing after it)
    newest = r.has(r"(?:latest|newest|last|most recent) (?:conversation|convo|chat|ticket|thread)")  # not "20 newest"
    if r.ordinal == 0 and not count and newest:
        return ("intercom_list_conversations", {"per_page": 1})
    if r.has(SINGULAR) and not r.has(r"list|all") and not (count and r.has(r"(?:most )?recent \d+|latest \d+")):
        return ASK_CONVERSATION  # not "what does a convo look like? most recent 3": three of them
    return ("intercom_list_conversations", _put({}, per_page=_cap(count, 150), starting_after=r.cursor))


ONE_LATEST = r"(?:latest|newest|last|most recent) (?:\w+ ){0,2}(?:conversation|convo|chat|ticket|thread)\b(?!s)"
BEST_MATCH = r"\b(?:single|one|the) best match\b|\bbest match(?:ing)? (?:one|conversation|convo)"


def lists(r: Utterance) -> Plan | None:
    """A kind of thing, listed: segments, teams, companies, contacts."""
    if found := segments(r):
        return found
    admins = r.has(r"\badmins?\b|\bteammates\b") and not r.mentions("contact")
    if (r.mentions("team") and not on_a_team(r)) or admins:
        return teams(r)  # "how many admins does support have": the teams list counts them
    unnamed = r"(?:contacts|people|ppl|users|everyone|folks|staff) (?:at|of|for|in|from) (?:a |my |our )(?!(?:biggest"
    unnamed += r"|largest|newest|oldest|top|most)\b)(?:[\w-]+ )?(?:company|account|org)\b(?!s)|"  # "my qbr account"
    unnamed += r"(?:attached to|works? (?:at|for)|belongs? to|contacts (?:at|of)|people at) (?:the |a )?company"
    details = r"\b(?:account|company) (?:details|info|overview|plan|spend)\b|details (?:of|for|on|about) (?:the|my|this"
    details += r"|our|an?) account"  # "the account details", "company details for the report row"
    if r.has(unnamed) or (r.has(details) and not r.has(r"\b(?:all|every|each|list)\b")):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."

    big = r.has(r"(?:biggest|largest|top[- ]paying|highest[- ]paying|most valuable) (?:customers|clients)")
    big = big or bool(r.order and r.has(r"\b(?:customers|clients)\b") and r.has(r"\brequests?\b|\bactive\b|activity"))
    if (r.mentions("company") or big) and not r.other_company:  # "our biggest customers": companies (size, spend)
        if r.has(SINGULAR) and not r.has(r"list|all|every|companies|company export|\brows\b|\bthe (?:most|fewest)"):
            return "Which company? Give me its name or id (see 'List our Intercom companies')."
        args = _put({}, order=r.order, per_page=_cap(r.count("company", None), 60) or _most(r, 60), page=r.page)
        return ("intercom_list_companies", args)
    if r.mentions("event") and not r.has(r"contacts|users|people|leads|customers|everyone"):
        return ASK_CONTACT
    if r.has(r"(?:contacts?|users?|people|everyone|who works?) (?:at|from|in|of|for) ?[?.!]?$"):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."
    if r.mentions("contact"):
        paged = r.cursor or r.page or r.has(r"\bper page\b")  # "page 2 of contacts - hunting for the user": a list
        if r.has(SINGULAR) and not r.has(r"list|all|every|export|rows") and not paged:
            return ASK_PERSON
        newest = r.has(r"\b(?:newest|latest|most recent) (?:contact|user|lead|person|sign ?up|signup)\b(?!s)")
        per_page = _cap(r.count("contact", None), 150) or _most(r, 150) or (1 if newest and not r.page else None)
        args = _put({}, per_page=per_page, page=r.page, starting_after=r.cursor)
        return ("intercom_list_all_contacts", args)
    if r.mentions("event"):
        return ASK_CONTACT
    return None


def fresh(r: Utterance) -> Plan | None:
    """The plan for a request read on its own, or None when it names nothing the tools know."""
    asked_kind = rx.search(r"(?:^|[.?!;,] )(?:(?:and|so|ok|okay|also) )?(?:what'?s?|which) (teams|segments)\b", r.text)
    asked_kind = asked_kind or rx.search(r"\b(?:inbox|queue)\b[^?]* split\b[^?]*?\b(teams)\b", r.text)  # split how?
    if asked_kind and not (r.identified or r.names or r.person):  # "which teams handle the tickets": the teams
        return teams(r) if asked_kind[1] == "teams" else segments(r)
    for intent in (named_id, by_id, about_contact, names, conversations, lists):
        if (
            intent is conversations
            and not (r.mentions("conversation") or r.has(SEARCHING) or r.emails or (r.has(FEELING) and subject(r)))
            and not (r.has(ASKING) and subject(r))  # "customers asking for refunds": their conversations
            and (r.mentions("company") or r.mentions("contact") or r.mentions("segment") or r.mentions("team"))
        ):
            continue
        if (found := intent(r)) is not None:
            return found
    return None


__all__ = ["NO_TRANSCRIPTS", "Plan", "company_flow", "conversations", "events_args", "fresh", "overview"]
