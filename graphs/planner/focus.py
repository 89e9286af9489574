"""The item of a list a request points at, and what to do with it: "the 2nd one's events", "who wrote the
first one", the same action again for another item ("and the 3rd?"), and what a question about one contact
asks for (events, conversations, profile). Pronouns and deictics ("her events", "who works there?") are in
:mod:`graphs.planner.referring`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.described import topic_alone
from graphs.planner.dialogue import Listing, State, contact_key, customer
from graphs.planner.event_words import DID, SUMMARY
from graphs.planner.gazetteer import fold
from graphs.planner.intents import ACTIVITY, NO_EVENTS, PEOPLE, Plan, events_args, overview
from graphs.planner.quiet import QUIET, TOUCH
from graphs.planner.reading import COMPANY_CUES, Utterance
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.words import ORDINALS

ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"

THERE = (  # ("the whole account", "her account": the company of the one in focus)
    r"there|(?:that|this|the|her|his|their|same|its) company|(?:that|this|her|his|their) account|that org|it|"
    r"at (?:that|this) one|that place|this place|(?:the|her|his|their|that) (?:whole|entire) (?:company|account|org)"
)
EXISTENTIAL = rx.compile(r"\b(?:are|were) there\b|\b(?:is|was) there (?=an?\b|any)")


def there(r: Utterance, pattern: str = THERE) -> bool:
    """Whether the request points at a place ("who works there?"), not "are there any open ones?"."""
    return rx.search(rf"(?<![\w'])(?:{pattern})(?![\w])", EXISTENTIAL.sub(" ", r.text)) is not None


OVERALL_LOOK = r"\b(?:look(?:s|ing)?|doing|going|seems?) (?:\w+ )?overall\b|\boverall (?:picture|health|state)\b"
COMPANY_WORDS = r"compan(?:y|ies)|co|account|org|employer"
IT = r"it|this conversation|that conversation|this one|that one|the conversation|this ticket|that ticket|that convo"
SHOWN = r"(?:one|ticket|conversation|convo|chat) (?:you )?(?:showed|opened|read|pulled up)|showed me (?:before|earlier)"
WHO_WROTE = (
    r"who(?:ever)? (?:wrote|sent|started|opened|asked|is it from|was it|is writing|was writing|reported|raised|filed|"
    r"submitted|logged)|customer|client|author|"
    r"from whom|whose|who(?:ever)?(?:'s| is|s) (?:on|behind) (?:the|that|this)\b|"
    r"\b(?:user or (?:a )?lead|lead or (?:a )?(?:paying )?(?:user|customer))\b|"
    r"who'?s (?:that|this|it)|who is (?:that|this|it)|who(?:'s| is) (?:he|she|they|the guy|the person)|"
    r"the (?:guy|person|customer|lady|user) (?:from|on|behind|in)|"
    r"\bwho(?:'s| is|s)? the (?:\w+ )?(?:person|guy|lady|sender)\b|"  # "whos the first person there"
    r"\bwho(?:'s| is|s) (?:the )?(?:\w+ )?(?:one|convo|conversation|ticket|chat) fro?m\W*$|"  # "whos the 4th one frm"
    r"\bwho(?:'s| is|s| are)? (?:still )?waiting (?:on|for) (?:it|that|this|that one|this one)\b"
)
WROTE = (
    r"conversations?|convos?|chats?|chatted|chatting|messaged|tickets?|talk(?:ed|ing|s)?|spoke|speaking|messages|"
    r"wrote|write|written|reached out|contacted|contact(?:ing)? (?:us|support)|e-?mailed|said|message (?:us|support)|"
    r"in touch|got in touch|(?:sent|sends|sending) (?:us|in)|complain\w*|ask(?:ed)? (?:us|about)|ask(?:ing)? us|"
    r"ask(?:ed|ing)? (?:support|the team|our team|the support team)|"
    r"report(?:ed)?|had (?:\w+ )?issues"
)
RAISED = (  # "has that customer raised anything else", "anything else she's raised w us?"
    r"\b(?:raised|brought up|filed|opened|submitted|reported) (?:anything|something)\b|"
    r"\b(?:anything|something|what) else (?:\S+ ){0,3}(?:raised|brought up|filed|submitted|reported)\b"
)
BARE_WORDS = {"what", "about", "and", "the", "how", "ok", "okay", "then", "now", "?", "one", "please", "same", "for",
              "very", "on", "in", "from", "that", "this", "list", "page", "there"}  # fmt: skip
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


def contact_name(contact: dict[str, Any]) -> str | None:
    found = contact.get("email") or contact.get("external_id") or contact.get("id")
    return str(found) if found else None


def company_ref(company: dict[str, Any], r: Utterance | None = None) -> str | None:
    """How to name a company to the flow: its name, or its id when other companies share the name."""
    name = company.get("name") or (r.company_names.get(str(company.get("id"))) if r is not None else None)
    if name and company.get("id") and r is not None and fold(str(name)) in r.shared_names:
        return str(company["id"])
    found = name or company.get("id")
    return str(found) if found else None


OPEN_THAT = (  # "open that", "msgs": the one conversation found
    r"(?:ok |so |then |and )?(?:(?:open|read|show(?: me)?|pull up) (?:that|this)(?: one)?|"
    r"(?:(?:open|read|show(?: me)?|pull up|see|view) )?(?:the |its )?"
    r"(?:msgs|messages|transcript|thread|(?:whole|full|entire) (?:thing|convo|conversation|chat|thread|transcript)))"
    r"(?: pls| please)?[?.!]?"
)


def open_conversation(r: Utterance, item: dict[str, Any]) -> Plan:
    args: dict[str, Any] = {"conversation_id": str(item["id"])}
    if (parts := r.count("message")) is not None:
        args["max_parts"] = parts
    return ("intercom_get_conversation_by_id", args)


FROM_THEM = (
    r"^(?:(?:and|now|ok|then|so) )*(?:from|by) (?:\w+ ){1,2}(?:, |- )?(?:the|that) \w+ (?:guy|person|lady|one)\b"
)
SEARCHES = ("intercom_search_conversations", "intercom_find_conversations")
ANY_TOO = r"\b(?:does|do|has|have|did) (?:she|he|they) (?:have |got )?any(?: too| as well)?\W*$"


def same_for(state: State, item: dict[str, Any]) -> Plan | None:
    """'and the 3rd?' after '2nd person's last 5 events': the same action for another item."""
    if state.last is None or state.last[0] not in ITEM_ACTIONS:
        return None
    name, args = state.last
    if name == "intercom_list_events" and (key := contact_key(item)):
        kept = {k: v for k, v in args.items() if k in ("per_page", "summary")}
        return (name, {key[0]: key[1], **kept})
    if name == "intercom_contact_overview" and (ref := contact_name(item)):
        return (name, {"contact": ref})
    if name in ("intercom_search_conversations", "intercom_find_conversations") and item.get("email"):
        kept = {k: v for k, v in args.items() if k not in ("contact_email", "contact_ids", "starting_after")}
        return (name, {**kept, "contact_email": item["email"]})  # "same check for the first person"
    return ("intercom_get_contact_by_id", {"contact_id": item["id"]})


def again(state: State, listing: Listing, item: dict[str, Any]) -> Plan | None:
    """The last call again for another item of the same kind ("what about the 5th company",
    "and the one after that"), or None when the last call was not about one item of this kind."""
    if listing.kind == "contacts":
        return same_for(state, item)
    if state.last is None:
        return None
    name, args = state.last
    if listing.kind == "companies" and name in COMPANY_ACTIONS:
        kept = {k: v for k, v in args.items() if k in ("max_contacts", "events_per_contact", "per_page")}
        return (name, {**kept, COMPANY_ACTIONS[name]: item["id"]})
    if listing.kind == "conversations" and name == "intercom_get_conversation_by_id":
        return (name, {**{k: v for k, v in args.items() if k == "max_parts"}, "conversation_id": item["id"]})
    person = customer(item) if listing.kind == "conversations" else None
    if person and person.get("id") and name == "intercom_get_contact_by_id":  # "same for the second one": its author
        return (name, {"contact_id": person["id"]})
    if person and name == "intercom_contact_overview" and (ref := person.get("email") or person.get("id")):
        return (name, {**{k: v for k, v in args.items() if k != "contact"}, "contact": ref})
    if person and (name == "intercom_list_events" or args.get("contact_email")):
        return same_for(state, person)  # "same for the nora baker one": her events, as the last person's
    return None


def _bare(r: Utterance, *extra: str) -> bool:
    """Nothing asked but the item: "and the 3rd?", "what about the 5th company"."""
    ordinal_words = {w for w in r.words if w.removesuffix("'s") in ORDINALS}
    return not r.words - BARE_WORDS - ordinal_words - set(extra) - {"bottom", "top"}  # "and the bottom one?"


def _them(r: Utterance, person: dict[str, Any]) -> bool:
    """ "top one - kai chen - what's his deal": the one who wrote it, named, is asked about (not the thread)."""
    name = str(person.get("name") or "").casefold()
    if r.person is None or not name or r.person.name.casefold() != name or r.has(r"\b(?:read|open|thread|messages)\b"):
        return False
    return r.has(r"\b(?:his|her|he|she|him)\b|\bwho(?:'s| is)\b") and not r.mentions("conversation")


def about_item(r: Utterance, listing: Listing, item: dict[str, Any], state: State) -> Plan | None:
    """What the request asks of one item of a list."""
    told = r"\b(?:on|from|in|of) (?:that|the|this|your) list(?: (?:you|u) (?:gave|showed|sent)(?: me)?)?"
    bare = _bare(r.without(r"\bvery\b").without(told), "company", "co", "account", "at")  # "and at the 1st one?"
    if listing.kind == "companies" and bare and (same := again(state, listing, item)):
        return same
    said = r"\bread\b|what (?:the customer|the user|he|she|they) (?:is |are |was |were )?(?:writ|say|said|ask)|"
    said += r"what (?:did|does) (?:the )?(?:customer|client|user|he|she|they) (?:write|say|ask)|what wrote the \w+"
    opened = r.has(r"\b(?:open|read|pull up) (?:it|that one)(?: up)?(?: pls| please)?\W*$")  # "who wrote it open it"
    if listing.kind == "conversations" and ((r.has(said) and not r.has(r"\bwho\b")) or opened):
        return open_conversation(r, item)  # "the first one, I want to read what the customer is writing"
    by_them = r"\b(?:from|by) the \w+ (?:person|guy|lady|customer|user|author|sender)\b"  # "convos from the 2nd person"
    if listing.kind == "conversations" and r.has(by_them) and (person := customer(item)) and person.get("email"):
        return about_contact(r, person) or ("intercom_search_conversations", {"contact_email": person["email"]})
    if listing.kind == "conversations" and r.has(WHO_WROTE) and (person := customer(item)):
        if not r.has(r"\bwho") and r.has(RAISED) and (theirs := about_contact(r, person)):
            return theirs  # "the second one - has that customer raised anything else with us?"
        whole = r.has(r"everything|360|overview|(?:full|whole) picture|all about")  # "everything about whoever wrote
        if whole and (ref := person.get("email") or person.get("id")):  # the first one": all of them
            return ("intercom_contact_overview", {"contact": ref})
        return ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    their = r"(?:which|what) (?:company|account|org)|company (?:is|are) (?:he|she|they)|(?:his|her|their) "
    their += r"(?:company|account)|(?:person|he|she|they) (?:belongs?|works?) (?:to|at|for)\b"
    if listing.kind == "conversations" and r.has(their) and (person := customer(item)):
        return ("intercom_contact_overview", {"contact": person.get("email") or person["id"]})  # "the milo one - ..."
    person_said = r"\b(?:that|the|this) (?:guy|person|lady|woman|man|dude)\b|last seen|last (?:active|online)|profile"
    if listing.kind == "conversations" and r.has(person_said) and (person := customer(item)) and person.get("id"):
        return about_contact(r, person) or ("intercom_get_contact_by_id", {"contact_id": person["id"]})  # "that guy"
    if listing.kind == "conversations" and (person := customer(item)) and person.get("id") and _them(r, person):
        return about_contact(r, person) or ("intercom_get_contact_by_id", {"contact_id": person["id"]})
    evented = r.has(r"\bevents?\b") and not r.mentions("conversation")  # "the second customer's events"
    if listing.kind == "conversations" and evented and (person := customer(item)) and contact_key(person):
        return about_contact(r, person)
    if listing.kind == "conversations":
        return open_conversation(r, item)
    if listing.kind == "segments":
        counts = listing.args.get("include_count") or r.has(r"how many|counts?|size|how big|members|people|ppl")
        return ("intercom_list_segments", {**listing.args, **({"include_count": True} if counts else {})})
    if listing.kind == "teams":
        return ("intercom_list_all_teams", dict(listing.args))
    if listing.kind == "companies":
        if r.has(ACTIVITY):  # "show 5 of its people with their events, 2 each"
            members = r.count("contact")  # (none: "who's at the third one? no events"; "their last 2 events")
            each = 0 if r.has(NO_EVENTS) else r.each("event") or r.count("event")
            limits = {"max_contacts": members or None, "events_per_contact": each}  # (0 events, said: kept)
            kept = {k: v for k, v in limits.items() if v is not None}
            return ("intercom_company_contacts_events", {"company": item["id"], **kept})
        details = COMPANY_CUES.search(r.text) or r.has(r"details|info|information|profile")
        itself = r.has(rf"\b(?:one|company|account|{ORDINAL_WORDS}) (?:there|in there|on there)\b") and not r.has(
            r"who|who's|whos|people|ppl"
        )
        if r.has(PEOPLE) and not details and not itself:
            size = r.count("contact", None, per_page=True) or r.count("contact", None)
            args = {"company_id": item["id"], **({"per_page": min(150, size)} if size else {})}
            return ("intercom_list_attach_contacts_to_company", args)
        return ("intercom_get_company_by_id", {"company_id": item["id"]})
    if listing.kind == "contacts":
        if item.get("id") and r.has(r"\b(?:open|pull up) (?:them|him|her|that one|their (?:record|profile))\s*[?.!]?$"):
            return ("intercom_get_contact_by_id", {"contact_id": item["id"]})  # "...seen most recently? open them"
        people = ("person", "one", "contact", "user", "guy", "lady", "customer", "lead")
        if _bare(r, *people) and (same := same_for(state, item)) is not None:  # "and the 3rd?", "and the third person"
            return same
        if r.has(FROM_THEM) and state.last is not None and state.last[0] in SEARCHES:
            return same_for(state, item)  # "and from ben silva, the first guy in that list": their conversations too
        searched = state.last_search
        if r.has(ANY_TOO) and searched is not None and searched[1].get("contact_email"):
            return same_for(replace(state, last=searched), item)  # "lena silva, last on that list - does she have any"
        if (found := about_contact(r, item)) is not None or not item.get("id"):  # (a pasted row has no id: its email)
            return found or (("intercom_contact_overview", {"contact": item["email"]}) if item.get("email") else None)
        return ("intercom_get_contact_by_id", {"contact_id": item["id"]})
    return None


def _text(r: Utterance) -> dict[str, str]:
    return {"text": r.topic} if r.topic else {}


HIM = r"her|him|them|(?:this|that) (?:person|contact|customer|client|user|guy|lady)"  # "anything from that person"


def _topic_word(r: Utterance) -> str | None:
    """A topic word said without a noun after it ("what's her open refund about"): the topic, in the singular."""
    said = rx.finditer(r"\b(?:her|his|their|a|an|any) (?:(?:open|closed|snoozed) )?(\w+)\b", r.text)  # "a refund open"
    return next((singular(m[1]) for m in said if singular(m[1]) in TOPIC_WORDS), None)


TRANSCRIPTS = (  # the messages themselves, to read
    r"transcripts?|word for word|in full|full te?xts?|verbatim|(?:full|whole|entire) (?:thread|conversation|convo|chat|"
    r"ticket)s?|(?:full|actual) (?:messages|te?xts?)|read (?:me )?(?:them|those|what)|want to read|(?:exact )?wording|"
    r"what (?:did )?(?:she|he|they) (?:\w+ )?(?:said|say|wrote|write|told|tell)|"
    r"with (?:the |their |full )?(?:te?xt|bodies|body|contents?)\b"  # "her conversations, with the text"
)


OTHER_CONVERSATIONS = (
    r"(?:what|anything|something) else|other (?:conversations?|convos?|tickets?|issues?|problems?)|repeat customer|"
    r"another (?:\w+ )?(?:one|ticket|convo|conversation|chat)|"
    r"(?:written|wrote|writes|write) (?:in|to us)|before\?|(?:in|with us) before|"
    r"(?:anything|something|any(?: \w+)?) (?:earlier|older|previous|prior|before that) "
    r"(?:from|by) (?:the same|that|this)"
)


def other_conversations(person: dict[str, Any]) -> Plan | None:
    """A customer's conversations ("does that customer have other tickets?")."""
    email = person.get("email")
    return ("intercom_search_conversations", {"contact_email": email}) if email else None


# "her onboarding convo" (not "her billing convo?", a question)
ONE_OF_HERS = r"^(?:and |ok |so |now )?(?:her|his|their) \w+ (?:convo|conversation|ticket|chat|thread) ?[.!]*$"


NOT_JUST = r",? ?\bnot (?:just|only) (?:the |about )?([\w-]+)"  # "all of his convos, not just invoices"


RECORD_ONLY = (  # what a contact's record says and the overview does not summarise
    r"\b(?:what|which) (?:\w+ )?plan\b|\bplan (?:is|are) (?:s?he|they)\b|'s plan\b|\bcustom (?:attributes?|fields?)\b|"
    r"\bphone\b|\bwhat tier\b|"
    r"(?:\bwhen\b|\bdate\b|how long ago).*\b(?:sign(?:ed)?[ -]?up|signup|join(?:ed)?|created|registered)\b|"
    r"\b(?:sign(?:ed)?[ -]?up|signup|join(?:ed)?|created|registered)\b.*(?:\bwhen\b|\bdate\b)"
)


def record_asked(r: Utterance, person: dict[str, Any]) -> Plan | None:
    """'what plan is hugo weber on', 'when did victor hughes sign up': the person's record, by id (the overview
    shows neither the sign-up date nor the plan as plainly), when it is the person asked about, not their
    company ("what plan is his company on") or what they did ("when did he upgrade his plan")."""
    if not person.get("id") or not r.has(RECORD_ONLY) or r.has(r"compan\w*|account|\borg\b|upgrad|downgrad|events?"):
        return None
    if r.mentions("conversation") or r.has(r"\b(?:activity|doing|up to|overview|360|everything|profile and)\b"):
        return None
    return ("intercom_get_contact_by_id", {"contact_id": person["id"]})


def about_contact(r: Utterance, contact: dict[str, Any]) -> Plan | None:
    """A question about a contact known from the conversation."""
    r = r.without(NOT_JUST) if r.topic is None else r  # "all of his convos, not just invoices": no topic
    key = contact_key(contact)
    name = contact_name(contact)
    seen = r"last seen|when (?:was|were) (?:he|she|they) last|last (?:active|online)|still active"
    listed = r"events? (?:of|for|from)|(?:show|list|give)(?: me)? (?:the )?events|"
    listed += r"(?:recent|latest|last) (?:\d+ )?events?"  # "is quinn still active? recent evnets": his events
    if contact.get("id") and r.has(seen) and not r.has(listed):  # "no events at all?? when was he last seen"
        return ("intercom_get_contact_by_id", {"contact_id": contact["id"]})
    whole = r"full picture|360|overview|everything|profile (?:and|with|plus)|all about|full profile|complete profile|"
    whole += r"whole thing"
    placed = r.without(r"\b(?:from|at|in) (?:that|the|this|same) (?:company|account|org)\b")  # "uma from that company,
    # her last 10 events": where she is, not what is asked
    company = placed.has(r"compan\w*|accounts?|\borg") and not r.has(r"compan\w* (?:list|page)\b")  # (not a list)
    events = rx.search(r"(?<!\bno )\b(?:events?|activity)\b", r.text)  # ("nora ito has no events?? check her convos")
    who = r.has(r"\bwho(?:'s| is| are)? (?:that|this|they|he|she)\b")  # "who is that and what tickets do they have"
    several = [company, events is not None, r.mentions("conversation"), who]
    theirs = r"\bcompan\w*'s (?:other )?(?:people|ppl|contacts|users|colleagues|co-?workers|team)\b"
    if sum(several) >= 2 and not r.has(theirs) and (ref := contact.get("email") or contact.get("id")):
        return ("intercom_contact_overview", {"contact": ref})  # "anything on them? company, activity, convos?"
    said = r"everything (?:else )?(?:that )?(?:she|he|they)(?:'s|'ve| has| have)? (?:ever )?(?:sent|written|wrote)"
    if name and r.has(whole) and r.has(WROTE + "|events?") and not r.has(said):  # not "everything she's sent us"
        return overview(r, name)  # "the full profile of the third, with their last 15 events"
    with_events = r"(?:and|with|plus|\+) (?:\w+ ){0,3}events?|events? (?:and|with|plus)"
    story = r"\b(?:what'?s|what is) (?:their|his|her|the) (?:story|deal|situation)\b|\bworr(?:y|ied|ying)\b|red flags?"
    if (  # "the third one, what's their story?", "anything worrying from the first person": all of it
        r.has(story)
        and not r.has(r"events?|convos?|conversations?")
        and (ref := contact.get("email") or contact.get("id"))
    ):
        return ("intercom_contact_overview", {"contact": ref})
    everything = r"\b(?:full|complete|whole|entire) profile\b|\b(?:whole|full|complete|big) picture\b|\bthe works\b"
    if r.has(everything) and (ref := contact.get("email") or contact.get("id")):
        return ("intercom_contact_overview", {"contact": ref})  # "their full profile", "... the works": all of it
    if contact.get("id") and r.has(r"\bprofile\b") and not r.has(with_events):
        if r.has(r"\b(?:just|only) (?:the |their |his |her )?profile\b|\bprofile only\b"):
            return ("intercom_get_contact_by_id", {"contact_id": contact["id"]})  # "5th one's profile only"
        return ("intercom_contact_overview", {"contact": contact.get("email") or contact["id"]})  # "pull her profile"
    did = DID
    used = (
        r"events?|activit(?:y|ies)|actions?|doing|done|up to|used|uses|use|usage|logg?ing in|log ?ins\b|logins|tracked|"
        r"(?:anything|something|nothing) logged|click(?:s|ed|ing)|(?:upgrade|downgrade|plan change|login|usage) history"
    )
    if not r.has(r"when did|last (?:logged|log|seen|signed)|last time"):  # "when did she last log in": her profile
        used += r"|logged in|signed in|log in|sign in"  # "did the second one log in this month?"
    support = (
        r"support (?:issues?|problems?|tickets?|requests?|history)|"
        r"(?:any|had|have|has) (?:an? )?(?:\w+ )?(?:issues?|problems?)"
    )
    since = r"anything (?:new|recent)|lately|recently|\bsince(?: then| that)?\W*$"  # "has she been active since"
    lately = r.has(since) and not r.mentions("conversation") and not r.has(WROTE)
    lately = lately and not r.has(support)  # "omar patel had a slack issue recently didnt he": conversations
    if r.has(QUIET) and (r.has(TOUCH) or r.mentions("conversation")):  # "nora ito has no events?? check her convos"
        used = did = r"(?!)"
    last_n = r.has(r"\b(?:last|latest|recent) \d{1,3}(?: pls| please)?[?.!]?$") and not r.mentions("conversation")
    totals = r.has(SUMMARY) and not r.has(OVERALL_LOOK) and not (r.mentions("conversation") and not r.mentions("event"))
    if key and (r.has(rf"{used}|{did}") or totals or lately or last_n):  # "omar's last 3": his events
        return ("intercom_list_events", events_args(r, *key))
    place = r"(?!(?:first|second|third|fourth|fifth|last|top|bottom|\d\w*)\b)"  # "the second one": a person
    one = rf"(?:the|that|this) {place}\w+ (?:one|convo|conversation|ticket|chat)\b"  # "the snoozed one from rosa"
    if r.state and contact.get("email") and not r.has(r"events?|activity|profile|compan(?:y|ies)|" + one):
        filters: dict[str, Any] = {
            k: v for k, v in (("state", r.state), ("query", r.topic or _topic_word(r)), *r.dates.args().items()) if v
        }
        if r.has(TRANSCRIPTS) and not r.has(r"no transcripts?|without"):  # "what did he say in the snoozed ones"
            return ("intercom_find_conversations", {"contact_email": contact["email"], "state": r.state, **_text(r)})
        return ("intercom_search_conversations", {"contact_email": contact["email"], **filters})  # "anything open?"
    wrote_more = (
        rf"(?:anything |something )?(?:more|else|new) from|heard from (?:{HIM})|(?:her|his|their) other|"
        rf"anything from (?:{HIM})\b|"
        r"(?:sent|emailed|messaged) (?:us )?(?:something|anything|a message|an email|a note) about|"
        r"contact(?:ed|ing)? (?:us|support|the team)|reach(?:ed)? out|(?:got|get|been) in touch|"
        r"(?:what|anything) else (?:has|have|did) (?:\w+ ){0,2}(?:opened|raised|filed|sent|submitted|reported|asked)|"
        + RAISED
    )
    asked = WROTE + "|" + support + "|" + wrote_more + r"|transcripts?"  # "transcripts for dev baker's"
    alone = topic_alone(
        r, str(contact.get("name") or "")
    )  # "the tanaka one, refunds?": a topic said beside the person, nothing else
    hers_on = bool(r.topic) and r.has(r"\b(?:her|his|their) \w+ one\b")  # "same for chloe, her password one"
    hers_on = hers_on or bool(r.topic) and r.has(r"\b(?:anything|something) (?:about|regarding|re|on)\b")  # "the
    # first guy - anything about refunds from him"
    if r.has(asked) or (r.mentions("conversation") and not r.has(r"events?")) or alone or hers_on:
        filters = {k: v for k, v in (("state", r.state), *r.dates.args().items()) if v}
        if r.has(TRANSCRIPTS) and not r.has(r"no transcripts?|without") and contact.get("email"):  # "transcripts of
            # his convos", "read me what she said to us"
            top = {"top": min(count, 20)} if (count := r.count("conversation", None)) else {}  # "the top 3"
            return ("intercom_find_conversations", {"contact_email": contact["email"], **filters, **_text(r), **top})
        named = set(str(contact.get("name") or "").casefold().split())
        if r.topic and not set(r.topic.casefold().split()) & named:
            filters["query"] = r.topic  # not "felix" in "and felix, he had conversation also?"
        elif r.topic and len(others := [w for w in r.topic.split() if w.casefold() not in named]) == 1:
            filters["query"] = others[0]  # "victors invoice convo": invoice, victor's
        elif not r.topic and (word := _topic_word(r) or alone):
            filters["query"] = word  # "her refund about": a topic word, said without a noun after it
        topic = filters.get("query")
        count = r.count("conversation", None)
        if count and not (topic and r.has(ONE_OF_HERS)):
            filters["per_page"] = count  # "the first one's 3 latest convos"
        if topic and contact.get("email") and r.has(ONE_OF_HERS):  # "her onboarding convo": that one, to read
            rest = {k: v for k, v in filters.items() if k != "query"}
            return ("intercom_find_conversations", {"contact_email": contact["email"], **rest, "text": topic})
        if contact.get("email"):
            return ("intercom_search_conversations", {"contact_email": contact["email"], **filters})
        if contact.get("id"):
            return ("intercom_search_conversations", {"contact_ids": [contact["id"]], **filters})
        if contact.get("external_id") and not filters:  # known by external id only: the overview has them
            return ("intercom_contact_overview", {"contact": contact["external_id"]})
    if r.has(
        r"compan(?:y|ies)|account|org|works? (?:at|for)|with|segments?|profile|who|details?|more|everything|about|"
        r"tell me|360|overview|email|phone|name|external id|id|history|sign(?:ed)? ?up|joined|last seen|when did|"
        r"picture|where (?:is|are|does|do)|location|country|city|timezone|browser|tags?|role|lead or|a lead|a user|"
        r"record"
    ):
        if contact.get("id") and not r.has(
            r"360|overview|everything|tell me|full picture|picture|full profile|all about|history|story"
        ):
            return ("intercom_get_contact_by_id", {"contact_id": contact["id"]})
        return ("intercom_contact_overview", {"contact": name}) if name else None
    return None


def customer_record(r: Utterance, person: dict[str, Any]) -> Plan:
    """Who wrote a conversation: their record, or their events when those are asked ("who's the customer on it -
    their events?")."""
    if r.mentions("event") and (theirs := about_contact(r, person)) is not None:
        return theirs
    return ("intercom_get_contact_by_id", {"contact_id": person["id"]})


__all__ = [
    "RECORD_ONLY",
    "OTHER_CONVERSATIONS",
    "about_contact",
    "customer_record",
    "about_item",
    "again",
    "company_ref",
    "contact_key",
    "contact_name",
    "open_conversation",
    "record_asked",
    "other_conversations",
    "same_for",
    "there",
]
