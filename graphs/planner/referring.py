"""Requests that point at what the conversation is about: "her events", "who works there?", "who's the customer
on that ticket?", "what did she say in the api one", a kind noun alone for the thing in focus ("events", "co")."""

from __future__ import annotations

import dataclasses
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import (
    ABOUT_THEM,
    by_state_or_topic,
    named_one,
    said_topic,
    topic_fits,
    topic_named,
    words_of,
)
from graphs.planner.dialogue import State, customer
from graphs.planner.event_words import SUMMARY
from graphs.planner.focus import (
    ANYONE,
    COMPANY_WORDS,
    IT,
    OTHER_CONVERSATIONS,
    SHOWN,
    WROTE,
    about_contact,
    about_item,
    company_ref,
    customer_record,
    open_conversation,
    other_conversations,
    same_for,
    there,
)
from graphs.planner.intents import ACTIVITY, NO_EVENTS, OVERVIEW, Plan, overview
from graphs.planner.people import called_by_first_name, first_name_of, namesake
from graphs.planner.reading import COMPANY_CUES, Utterance, read
from graphs.planner.refine import SHE, THEY
from graphs.planner.said_people import refused_person
from graphs.planner.their_people import colleagues, company_of, company_people
from graphs.planner.topics import STATE_WORDS


def _the_one_she_wrote(r: Utterance, state: State) -> Plan | None:
    """'read me her convo', after 'whoever's on the oldest one': the conversation she was picked by."""
    if state.picked is None or state.focus != "contact" or state.contact is None:
        return None
    listing, index = state.picked
    if listing.kind != "conversations" or not -len(listing.items) <= index < len(listing.items):
        return None
    if not r.has(r"\b(?:her|his|their) (?:whole |full )?(?:convo|conversation|ticket|thread|chat|message)\b(?!s)"):
        return None
    item = listing.items[index]
    return open_conversation(r, item) if (customer(item) or {}).get("id") == state.contact.get("id") else None


def their_conversation(r: Utterance, state: State) -> Plan | None:
    """'her most recent one', 'his refund ticket', 'open her oldest convo': from the contact's overview."""
    other = r.emails and state.contact and state.contact.get("email") not in r.emails  # "<another's email> - her ..."
    items = [] if other else state.contact_conversations
    if not items or not r.mentions("conversation") and not r.has(r"one|it|question|issue|problem|request"):
        return None
    if r.ordinal is not None and -len(items) <= r.ordinal < len(items):
        return open_conversation(r, items[r.ordinal])
    only = r.has(r"\b(?:the|that|her|his|their) (?:only |one )?(?:conversation|convo|ticket|chat|thread)\b")
    if len(items) == 1 and only and not r.has(r"convos|conversations|chats|tickets|threads|other|else|more|any"):
        return open_conversation(r, items[0])  # "the conversation she have, show me the messages": her one
    one = r"(?:one|ticket|convo|conversation|chat|thread|question|issue|problem|request)"
    named = rx.search(rf"(?:\b(?:the|that|this|her|his|their|an?|another) |^)(\w{{2,}}(?: \w{{2,}})?) {one}\b", r.text)
    if named and not set(named.group(1).split()) & NOT_TOPICS:  # "her other convos - the api one", "the pw reset one"
        words = named.group(1).split()
        fits = [c for c in items if all(word in words_of(c) for word in words)]
        if len(fits) == 1:
            return open_conversation(r, fits[0])
    if r.has(r"convos|conversations|chats|tickets|threads|ones|transcripts"):
        return None  # "his refund convos": a search of that person's conversations, not one of them
    state_of = r.state or (
        "open" if r.has(r"\b(?:the|his|her|their|that) open (?:one|convo|ticket|chat|thread)\b") else None
    )
    fits = [
        c for c in items if state_of and c.get("state") == state_of
    ]  # "open his open one": the verb, then the state
    on_topic = [c for c in fits if (t := said_topic(r)) and all(w in words_of(c) for w in t.split())]
    fits = on_topic if len(fits) > 1 and on_topic else fits  # "show me the snoozed api one", of two snoozed
    if r.has(r"\banother\b"):
        return None  # "he has another open one doesnt he": his conversations (a question about them), not one opened
    if not fits and r.topic:
        fits = [c for c in items if r.topic.lower() in str((c.get("source") or {}).get("body") or "").lower()]
    return open_conversation(r, fits[0]) if fits else None


PERSON_NOUN = r"\b(?:person|guy|gal|lady|man|woman|contact|customer|user|client)\b"  # "the first person": not a ticket


def shown_before(r: Utterance, state: State, found: dict[str, Any]) -> Plan | None:
    """One of the conversations an earlier overview of this person showed, picked as after that overview."""
    shown = state.conversations_of.get(str(found.get("id")))
    if not shown or r.has(PERSON_NOUN):
        return None
    return their_conversation(r, dataclasses.replace(state, contact=found, contact_conversations=shown))


RECORDS = ("intercom_get_contact_by_id",)  # after her overview the company was shown with it: her record again


SAID = (
    r"what (?:did |does |do )?(?:she|he|they|the (?:customer|user|contact|client|person|lead)) "
    r"(?:say|said|write|wrote|ask|asked)|what (?:she|he|they) (?:said|wrote|asked)"
)
SAID_IN = (
    r"\b(?:in|on) (?:it|that|this|there)\b|(?:in|on) (?:her|his|their|that|the) (?:[\w-]+ ){0,2}"
    r"(?:one|convo|conversation|chat|ticket|thread|message)"
)
ABOUT_ONE = r"(?:in|on|about) the ([\w-]+) (?:one|convo|conversation|chat|ticket|thread)\b"
NOT_TOPICS = {  # words that describe which one, not what it is about ("the other one", "the open one")
    "other", "same", "last", "latest", "first", "next", "previous", "open", "closed", "snoozed", "new", "old",
    "older", "newer", "recent", "newest", "oldest", "most", "right", "wrong", "whole", "full", "only",
}  # fmt: skip


READ_THEM = r"\bread\b(?: me)? (?:what (?:they|people|customers|folks) (?:said|wrote)|them|those|these|all of them)"


def said_in_it(r: Utterance, state: State) -> Plan | None:
    """'what did she say in the api one': a conversation of the list just shown (on that topic, else the newest)."""
    listed = state.listing
    if not r.has(SAID) or r.identified or r.names:
        return None
    bare = len(r.tokens) <= 5  # "what did they say?"
    if not (r.has(SAID_IN) or bare):
        return None
    if state.focus == "conversation" and state.conversation is not None and r.has(r"in it|in that|in there"):
        return open_conversation(r, state.conversation)  # the one just read, again
    several = listed is not None and len(listed.items) > 1 and state.last is not None and r.ordinal is None
    if several and state.last and state.last[0] == "intercom_search_conversations" and r.has(READ_THEM):
        kept = ("state", "created_after", "created_before", "contact_email", "query")
        args = {("text" if k == "query" else k): v for k, v in state.last[1].items() if k in kept}
        return ("intercom_find_conversations", args)  # "ok read me what they said", after open refund conversations
    if listed is not None and listed.kind == "conversations" and listed.items:
        index = r.ordinal if r.ordinal is not None and -len(listed.items) <= r.ordinal < len(listed.items) else 0
        m = rx.search(ABOUT_ONE, r.text)
        if m and m.group(1) not in NOT_TOPICS and r.ordinal is None:
            word = m.group(1).casefold()
            index = next((i for i, item in enumerate(listed.items) if word in words_of(item)), index)
        return open_conversation(r, listed.items[index])
    contact = state.contact if state.focus == "contact" else None
    if contact is not None and contact.get("email") and r.has(SHE + "|" + THEY):  # nothing listed yet: read hers
        return ("intercom_find_conversations", {"contact_email": contact["email"], "top": 1})
    return None


ONE_PERSON = r"\b(?:the|that) (?:contact|person|customer|user|lead|guy|lady|client)"
EARLIER_ONE = (  # "back to the contact from before — her events", after one of her conversations' search
    rf"{ONE_PERSON} (?:from |we had |i had )?(?:before|earlier)\b|"
    rf"{ONE_PERSON} (?:i|we) (?:looked up|looked at|started with)\b"
)
HER_CALLS = ("intercom_get_contact_by_id", "intercom_contact_overview", "intercom_list_events")
COMPANY_CALLS = ("intercom_company_contacts_events", "intercom_list_attach_contacts_to_company")


def pronouns(r: Utterance, state: State) -> Plan | None:
    """'her events', 'who works there?', 'who's the customer on it?', 'tell me about that company'."""
    if (opened := said_in_it(r, state)) is not None:
        return opened
    if (wrote_it := _the_one_she_wrote(r, state)) is not None:
        return wrote_it
    pointed = r.has(SHE + r"|\b(?:an?|another) \w+ (?:one|convo|ticket|thread)\b")  # "there's an invoice one too"
    if pointed and r.has(r"\b(?:read|open|show me) (?:it|that)\b") and (theirs := their_conversation(r, state)):
        return theirs  # "she had a login problem? read it", after her overview
    company = state.company if state.last and state.last[0] in COMPANY_CALLS else None
    record = r"\b(?:company|account|org)(?:'s)? (?:details?|info|information|record|profile|plan|spend|size)\b|"
    record += r"\bdetails? (?:of|for|on|about) (?:the |that |this )?(?:company|account|org)\b"  # "detail of company"
    unnamed = not (r.names or r.identified or r.has(r"\bcompanies\b"))
    if company and company.get("id") and r.has(record) and unnamed:
        return ("intercom_get_company_by_id", {"company_id": company["id"]})  # "company details too - plan, spend"
    of_hers = state.contact_companies if state.focus == "contact" else []
    if len(of_hers) == 1 and of_hers[0].get("id") and r.has(record) and unnamed:
        return ("intercom_get_company_by_id", {"company_id": of_hers[0]["id"]})  # "company details pls", after his 360
    topical = rx.search(r"(?<!only )(?<!just )\bthe (\w+) (?:one|convo|conversation|ticket)\b", r.text)
    on_screen = state.listing if state.listing is not None and state.listing.kind == "conversations" else None
    besides = r.has(r"besides|except|other than|apart from|aside from|excluding")  # "else from her besides the slack
    on_screen = None if r.conversation_ids or besides else on_screen  # thing"; "the onboarding one, 101358": that id
    if on_screen is not None and r.ordinal is None and topical and topical[1] not in STATE_WORDS:
        if (picked := by_state_or_topic(r, on_screen)) is not None:  # "the shipping one - what did we tell him?"
            return about_item(r, on_screen, picked, state)
    one = named_one(r, on_screen) or topic_named(r, on_screen) if on_screen is not None else None
    if one is not None and not r.has(ABOUT_THEM):
        return open_conversation(r, one)  # "quinn meyer's billing question on there", "that refund - read it"
    others = r"(?:(?:anyone|anybody|someone|who|others?) else|everyone|everybody|all the (?:people|ppl|folks)) "
    others += r"(?:is |works )?(?:at|in|from|with) (?:her|his|their|that|this|the) (?:company|account|org|employer)\b|"
    others += r"\b(?:her|his|their) compan\w*'s (?:other )?(?:people|ppl|contacts|users|colleagues|co-?workers|team)\b|"
    others += r"\b(?:the rest|(?:the )?others?|(?:the )?(?:team|people|ppl|folks|staff)) (?:at|in|of) "
    others += r"(?:her|his|their) (?:company|account|org|employer|team|colleagues)\b"
    if (company := company_of(state)) and r.has(others) and not r.mentions("conversation"):
        return company_people(r, company, True)  # "anyone else at her company w/ activity lately?"
    about = state.contact if state.focus == "contact" else None
    on_plan = r.has(r"\b(?:plan|tier|subscription)\b") and not r.has(r"compan\w*|accounts?|orgs?|spend|business|size")
    if on_plan and about and about.get("id") and r.has(SHE + "|" + THEY) and not (r.identified or r.names):
        return ("intercom_get_contact_by_id", {"contact_id": about["id"]})  # "what plan is she on": her attributes
    names = [m for m in r.names if not (m.kind == "team" and r.has(SHE) and r.has(WROTE))]  # "...our support team"
    if r.identified or names or r.person or r.has(ANYONE):
        return None
    told = r"(?:colleague|co-?worker|teammate) (?:also |too )?(?:has|had|is|was|says|said|got|gets)\b"  # about them
    if r.has(r"(?:her|his|their|the|that) (?:colleague|co-?worker|teammate)(?! ?s\b)") and not r.has(told):  # which?
        return "Which colleague do you mean? Name them, or ask who else works at their company."
    if state.picked is not None and r.has(r"\b(?:that|this) (?:one|person|guy|lady)\b") and not r.has(r"\bwho\b"):
        listing, index = state.picked  # "any convos with that one?", after the second person's events
        items = listing.items if listing is state.listing and listing.kind == "contacts" else []
        on_it = -len(items) <= index < len(items) and bool(items)
        if on_it and (theirs := about_contact(r, items[index])) is not None:
            return theirs
    found = state.listing.items if state.listing is not None and state.listing.kind == "conversations" else []
    just_read = state.last is not None and state.last[0] == "intercom_get_conversation_by_id"
    read_one = state.conversation if just_read else None  # one read since, from an earlier list
    found = [] if read_one is not None and found and read_one.get("id") != found[0].get("id") else found
    if state.contact is None and len(found) == 1 and (writer := customer(found[0])) is not None:
        who = r"who'?s (?:that|this|it)|whose|who (?:is|was) (?:that|it|this)|who wrote|(?:that|the) customer\b(?!'s)"
        if r.has(OTHER_CONVERSATIONS) and not r.has(r"\bwho\b") and (theirs := other_conversations(writer)) is not None:
            return theirs  # "does that customer have other tickets?", one found
        if r.has(who) and writer.get("id"):  # "show me that customer", "whose is that", one found
            return customer_record(r, writer)  # "who's the customer there - their events?": their events
        if r.has(SHE) and (plan := about_contact(r, writer)) is not None:
            return plan  # "that customer's evnts", after a search that found one conversation
    shown = state.last[0] if state.last else ""
    at = (
        r"(?:what|which) company(?:'s)? (?:is |are |was |were )?(?:she|he|they)\b|"
        r"what company (?:does|do) (?:she|he|they)|"
        r"^(?:and |ok |so )?(?:what|which) company (?:is )?(?:that|this)(?: (?:person|guy|one))?(?: with| at)? ?\??$"
    )  # "which company is that", after someone's record: theirs
    whose = r"\bwhose (?:account|profile|record|data|events?|activity) (?:is|are|was|were) (?:that|this|those|it)\b|"
    whose += r"^(?:and |ok |so )?who(?:'s| is) (?:that|this)(?: person| user| guy)? and (?:what|which) company\b"
    if state.focus == "contact" and state.contact is not None and r.has(whose):
        ref = state.contact.get("external_id") or state.contact.get("email") or state.contact.get("id")
        if ref:  # "whose account is that btw, name + email + company", after someone's events
            return ("intercom_contact_overview", {"contact": ref})
    right_after = state.focus == "contact" and shown in RECORDS
    right_after = right_after or r.has(r"\bagain\b")  # "what company's he with again", after his 360 and a thread
    if state.contact_companies and (right_after or COMPANY_CUES.search(r.text)) and r.has(at):
        hers = state.contact_companies[0]  # "what company is she at", after her record: its details
        if hers.get("id") and not r.has(r"people|ppl|contacts|who else|colleagues|works? there"):
            return ("intercom_get_company_by_id", {"company_id": hers["id"]})
    before = r"(?:the|that) (?:convo|conversation|ticket|thread|chat) (?:from before|from earlier|we (?:read|opened))"
    if state.conversation is not None and r.has(before):
        return open_conversation(r, state.conversation)  # "and the convo from before, just the last 2 msgs"
    shown_one = state.contact if state.focus == "contact" and not r.has(r"colleagues") else None  # (theirs)
    if shown_one and r.mentions("event") and r.has(r"\b(?:it|this one|that one|him|her)\b"):
        return about_contact(r, shown_one)  # "event summary for it", after a contact's record
    record = (
        r"^(?:\w+ )?(?:get|show|pull|open|see)(?: me| up)? the (?:contact|user|customer|lead)(?:'s)? ?"
        r"(?:record|profile|details)?$|"
        r"^(?:\w+ ){0,2}(?:just|only) (?:the|her|his|their) (?:contact |user )?(?:record|details|attributes)"
        r"(?: pl(?:ea)?se?)?$"
    )  # "ok now just the record", after her 360
    whole = r"(?<!read )(?<!read me )\bthe (?:whole thing|full picture|(?:whole |full )?(?:360|overview))\b|"
    whole += r"\beverything (?:on|about) (?:her|him|them)\b"
    mine = state.contact if state.focus == "contact" and not (r.names or r.identified or r.person) else None
    if mine and r.has(whole) and (ref := mine.get("email") or mine.get("id")):
        return overview(r, ref)  # "fine, now the whole thing but with 20 events", after her events
    any_of = r"^(?:and |ok |so |also )?any (?:\w+ )?(?:convos?|conversations?|tickets?|chats?)(?: (?:too|also))? ?\??$"
    if mine and state.last and state.last[0] in HER_CALLS and r.has(any_of) and (theirs := about_contact(r, mine)):
        return theirs  # "any open convos?", right after her overview: hers
    if state.contact is not None and r.has(record):
        return about_contact(r, state.contact) or (  # "get the contact record", after their events
            ("intercom_get_contact_by_id", {"contact_id": state.contact["id"]}) if state.contact.get("id") else None
        )
    company = company_of(state)
    wants_people = r.has(
        r"who else|works? there|\bwho (?:else |other )?(?:is |are )?(?:also )?work(?:s|ing)? (?:also |too )?"
        r"(?:at|for|in)|"
        r"who'?s there|"
        r"people|contacts|employees|colleagues|who other|who belongs? to|"
        r"everyone|everybody|staff|users|folks|\bwho\b.*\bthere\b|ppl|anyone else|anybody else|someone else|"
        r"^(?:and |so |ok )?who are (?:they|those)\??$|\bothers? (?:there|at (?:it|that one))\b|"
        r"\bwho\b.*\bon (?:their|its) (?:side|end|account)\b|\bwho (?:do|does) (?:they|it) have\b|"  # their side
        r"\bwho(?:'s| is| else is)? (?:at|in|with|from) (?:her|his|their|that|this|the) "
        r"(?:company|account|org|employer)"
    )
    about_company = there(r) or (r.has(COMPANY_WORDS) and r.has(SHE + "|" + THEY + "|that|this|the"))
    focused = state.focus == "company" and r.has(THEY + r"|its|(?:this|that) one(?:'s)?")
    terse = len(r.tokens) <= 6 and not any(r.mentions(k) for k in ("contact", "conversation", "event"))
    focused = focused or (state.focus == "company" and terse)  # "plan and monthly spend?", after its people
    own = r"size|spend|monthly|industry|website|employees|headcount|revenue|mrr|arr|how big|user count"
    focused = focused or (r.has(own) and r.has(THEY))  # "whats their plan and size", after one of its people
    details = COMPANY_CUES.search(r.text) or r.has(r"details|info|information|when did (?:\w+ ){0,2}(?:sign|join)")
    sizing = r.has(r"how big|size|user count|how many users") and not r.has(r"\bwho\b")  # "how big? users, plan"
    sizing = sizing or (r.has(r"how many (?:people|persons|ppl|employees)") and r.has(r"\b(?:plan|tier|spend)\b"))
    if company and company.get("id") and (about_company or focused) and details and (not wants_people or sizing):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    how_many = r.has(r"how many (?:people|ppl|contacts|users|employees|folks|of them)")
    if company and (theirs := colleagues(r, company, wants_people)) is not None:
        return theirs  # "and their coworkers?", after someone's profile
    listed_them = r"^(?:\w+ )?(?:list|show|give|name)(?: me)? (?:them|those|these|all of them)(?: all)?(?: please)?$"
    if company and state.focus == "company" and r.has(listed_them):
        return company_people(r, company, True)  # "list them", after "how many users do they have"
    only_one = (
        r"\bwho(?:'s| is| are)? (?:that|this|the|those|these) (?:one |only |\d+ )?(?:users?|people|persons?|contacts?)"
    )
    if company and state.focus == "company" and r.has(only_one):
        return company_people(r, company, True)  # "and who is that one user", after a 1-user company's details
    attached = r"\b(?:attached|linked|members|belong(?:s|ing)?(?: to (?:it|them|this|that)))\b"
    if company and state.focus == "company" and company.get("id") and r.has(attached) and not r.has(ACTIVITY):
        attach = {"company_id": company["id"], **({"per_page": n} if (n := r.count("contact", None)) else {})}
        return ("intercom_list_attach_contacts_to_company", attach)  # "and the people attached?", after its details
    bare = r"^(?:(?:ok|okay|and|now|then|so) )*(?:the |its )?(?:people|ppl|contacts|users|staff) ?(?:[,?.!-]|\d+|pls|$)"
    if company and state.focus == "company" and wants_people and r.has(bare) and not r.has(r"\ball\b|every"):
        return company_people(r, company, wants_people)  # "ok now the people, 10 at a time", after its record
    flow = state.last if state.last and state.last[0] == "intercom_company_contacts_events" else None
    if flow and r.has(r"\ball (?:of )?(?:their|its|the) (?:contacts|people|ppl|users)\b") and not r.has(NO_EVENTS):
        return (flow[0], {k: v for k, v in flow[1].items() if k != "max_contacts"})  # "make it all their contacts"
    if company and (r.has(THEY + "|its") or how_many) and state.focus == "company" and wants_people:
        return company_people(r, company, wants_people)
    if company and state.focus == "company" and wants_people and r.each("event") is not None:
        return company_people(r, company, wants_people)  # "ppl + evts 1 each", after the company's details
    named_company = r.has(r"(?:that|this|their|his|her|its|the) (?:company|account|org|employer)(?! list| page)")
    named_company = named_company or r.has(r"what (?:company|account) (?:this|that|it) is")  # "remind me what ..."
    if company and company.get("id") and named_company and not wants_people and not r.has(ACTIVITY):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    its_writer = state.focus == "conversation" and r.has(
        r"\bwho(?:ever)? (?:wrote|sent|opened|started|raised|filed) it\b"
    )
    its_writer = its_writer or (r.mentions("conversation") and r.topic is not None)  # "a ticket about x, is it.."
    if company and there(r) and not its_writer and (wants_people or r.has(OVERVIEW + r"|about") or r.has(ACTIVITY)):
        ref = company_ref(company, r)
        if ref:
            return company_people(r, company, wants_people)
    conversation = state.conversation
    if state.contact is not None and state.focus == "conversation" and r.has(EARLIER_ONE):
        return about_contact(r, state.contact) or about_contact(read("their profile", r.now), state.contact)
    if conversation is not None and (r.has(SHOWN) or (r.has(r"that ticket|that conversation|that convo|on it"))):
        person = customer(conversation)
        if (
            person
            and r.has(OTHER_CONVERSATIONS)
            and (theirs := about_contact(r, person) or other_conversations(person)) is not None
        ):
            return theirs  # "what else has this customer written in about?": their other conversations
        if person and r.has(r"who|customer|author"):
            return customer_record(r, person)
        if r.has(SHOWN) or r.count("message") is not None:
            return open_conversation(r, conversation)
    if (
        conversation is not None
        and state.focus == "conversation"
        and r.has(IT + "|customer|client|contact|who|whoever|author|person|(?:is|was) that an? (?:lead|user)|" + THEY)
        and not (r.mentions("team") or r.mentions("segment"))  # "list teams, to see who owns these"
    ):
        person = customer(conversation)
        if (
            person
            and r.has(OTHER_CONVERSATIONS)
            and (theirs := about_contact(r, person) or other_conversations(person)) is not None
        ):
            return theirs  # "is he a repeat customer? what else did he write in about"
        if person and r.has(r"360|overview|all about|everything|full picture|full profile|usage"):  # "author 360"
            return ("intercom_contact_overview", {"contact": person.get("email") or person["id"]})
        evented = r.mentions("event") or r.has(r"\bdoing (?:in|on|with) (?:the|our) (?:app|product|platform)\b")
        if person and evented and not r.has(r"\bwho") and (theirs := about_contact(r, person)):
            return theirs  # "the customer on that one - their event history", "what's he been doing in the app"
        if person and person.get("id") and r.has(r"\b(?:their|his|her) (?:company|account|org|employer)\b"):
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})  # "their company": the record says
        if person and r.has(r"who|whoever|whose|customer's? (?:name|email)|author") and not r.has(r"other|else|more"):
            return customer_record(r, person)
        if person and r.has(r"conversations?|convos?|chats?|tickets?") and r.has(r"customer|contact|user|they|them"):
            return about_contact(r, person) or ("intercom_contact_overview", {"contact": person["id"]})
        pronoun = r.has(r"(?:this|that|same) (?:customer|client|contact|user|person|lead)") and (
            r.state or r.dates or r.mentions("event")  # "and this customer, which events he have?"
        )
        if person and r.has(r"customer|client|contact|user|person|lead") and not pronoun:
            return ("intercom_get_contact_by_id", {"contact_id": person["id"]})  # "client in this one - what company?"
    listed = state.listing
    single = listed.items[0] if listed and listed.kind == "contacts" and len(listed.items) == 1 else None
    contact = state.contact or single or (customer(conversation) if conversation is not None else None)
    if conversation is not None and state.focus == "conversation":
        contact = customer(conversation) or contact
    if (refused := refused_person(r, state)) is not None:
        return refused  # "delete usr_00101" (refused), then "their profile"
    if (twin := namesake(r, state)) is not None:  # "compare with the first jonas": of two discussed
        plan = about_contact(r, twin)
        if (
            r.has(r"compare|same|counts?|too|as well|likewise|what about|how about|^and\b")
            and (same := same_for(state, twin)) is not None
        ):
            return same if plan is None or plan[0] == "intercom_get_contact_by_id" else plan
        return plan
    who = (
        r"^(?:and |ok |so )?who(?:'s| is| was) (?:that|this|he|she|they|it)(?: again| anyway)?(?: ?[?.!,])?"
        r"(?: (?:which|what) (?:company|account|org)(?: (?:is (?:he|she|it|that)|are they))?(?: (?:at|with|in))?\??|"
        r" ?[,-]? (?:(?:the|their|full) )?(?:profile|details|record|info)(?: pl(?:ea)?s[e]?)?\??|"
        r" ?[,-]? (?:a |an )(?:lead|user|customer|paying customer|trialist) ?\??)?$|"
        r"^(?:remind me|tell me) who (?:that|this|he|she|they)(?: person| guy)? (?:is|was|are)(?: again)?\W*$"
    )  # "who's that? which company", "who is this, profile", "who is that, a lead?", "remind me who this is"
    if contact is not None and state.focus == "contact" and rx.fullmatch(who, r.text):
        return about_contact(r, contact)  # "who is that", after their events
    own = r"profile|e-?mail|email address|phone|details|record|info"  # "whats their email then", after a conversation
    own_co = r"\bwhat (?:company|org) (?:is|are) they (?:at|with)"  # "what company r they at", after one
    their_own = state.focus == "conversation" and (r.has(r"\btheir\b") and r.has(own) or r.has(own_co))
    if contact is not None and (r.has(SHE) or their_own or first_name_of(r, contact)):
        return their_conversation(r, state) or about_contact(r, contact)
    recalled = [p for p in reversed(state.people) if called_by_first_name(r, p)]
    if len({str(p.get("name")).casefold() for p in recalled}) == 1:
        theirs = shown_before(r, state, recalled[0])  # "and felix's open integration one", after his overview
        return theirs or about_contact(r, recalled[0])  # "and any convos from jonas?": the Jonas discussed before
    only = r"it|that one|this one|(?:that|this|the) (?:conversation|convo|chat|ticket|thread)|the (?:whole|full) thing"
    if listed and listed.kind == "conversations" and len(listed.items) == 1 and r.has(only):
        return about_item(r, listed, listed.items[0], state)
    if listed and state.unanswered and r.has(r"it|they|them|that one|this one|what \w+ said"):
        earlier = read(state.unanswered, 0.0)  # "close the first one" (refused), then "show me what they said"
        if earlier.ordinal is not None and -len(listed.items) <= earlier.ordinal < len(listed.items):
            return about_item(r, listed, listed.items[earlier.ordinal], state)
        if earlier.ordinal is None and len(fits := topic_fits(earlier, listed)) == 1:
            return about_item(r, listed, fits[0], state)  # "close the billing one" (refused), then "show it to me"
    if r.has(THEY) and state.focus == "company" and company and r.has(ACTIVITY):
        count = r.each("event") or r.count("event")
        args: dict[str, Any] = {"company": company_ref(company, r)}
        args.update({k: v for k, v in (("events_per_contact", count), ("max_contacts", r.count("contact", None))) if v})
        return ("intercom_company_contacts_events", args)
    if r.has(THEY) and state.contact is not None and state.focus == "contact":
        return about_contact(r, state.contact)
    if state.contact is not None and state.focus == "contact" and r.has(SUMMARY) and r.mentions("event"):
        return about_contact(r, state.contact)  # "all-time counts per event instead", after their 360
    if state.contact is not None and state.focus == "contact" and r.mentions("event") and len(r.tokens) <= 6:
        return about_contact(r, state.contact)  # "only the last 3 events", after their 360
    doing = r"done|did|doing|logged|log in|used|using|clicked|in the app|activity|events?|how many times"
    if r.has(THEY) and contact is not None and state.focus == "conversation" and r.has(doing):
        return about_contact(r, contact)  # after reading their ticket: "what have they done in the app recently"
    return None


def names_a_kind(r: Utterance, state: State) -> bool:
    """Whether the request names a kind of thing other than what the last call returned."""
    if state.last is None:
        return True
    name = state.last[0]
    kinds = {k for k in ("contact", "company", "segment", "team", "event") if r.mentions(k)}
    if r.mentions("conversation") and "conversation" not in name:
        return not (name == "intercom_contact_overview" and r.has(r"\b(?:only|just)\b"))  # "only the open convos"
    if "company_contacts" in name or "attach" in name:
        kinds -= {"contact", "company"}
    if r.has(NO_EVENTS) or r.has(r"(?:oldest|newest|latest|recent|least|most|by) (?:\w+ )?activity"):
        kinds -= {"event"}  # "just names, no events", "sort by oldest activity first": not a request for events
    if name == "intercom_contact_overview" and r.has(r"\bmore\b"):
        kinds -= {"event", "contact"}  # "more events, like 20", after the 360: its events
    if name == "intercom_list_segments" and r.has(r"members?|counts?|how many|how much|in (?:it|each|them)"):
        kinds -= set() if r.has(r"^(?:list|show|give|pull)\b") and r.count("contact") else {"contact"}  # not "list 20"
    return any(k not in name for k in kinds) or bool(r.has(r"(?<!the )list|search|find") and kinds)


__all__ = ["NOT_TOPICS", "names_a_kind", "pronouns", "said_in_it", "shown_before", "their_conversation"]
