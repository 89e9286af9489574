"""Someone the conversation has shown, named in words: "ben silva's convos there?", "rosa's events",
"has milo been in touch?", "hugo weber?" (who is meant: :mod:`graphs.planner.who`)."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import ABOUT_THEM, POSSESSED
from graphs.planner.details import WITH_SAID, aside
from graphs.planner.dialogue import CONTACT_FIELDS, State, contact_companies, customer
from graphs.planner.earlier import for_contact
from graphs.planner.focus import about_contact, record_asked
from graphs.planner.intents import Plan
from graphs.planner.people import named_in
from graphs.planner.reading import Utterance, read
from graphs.planner.referring import shown_before
from graphs.planner.refine import SEARCHES, TOPIC_KEYS
from graphs.planner.topic_alone import narrowed_topic
from graphs.planner.who import ask_which, choose, known, meant, namesakes, one_person, same_person


def wrong_namesake(r: Utterance, state: State) -> Plan | None:
    """'oops wrong priya, i meant the other one': the one other person of that first name shown, for the last
    call (as this request refines it)."""
    m = rx.search(r"\bwrong (\w{3,})\b", r.text)
    if m is None or state.contact is None or state.last is None:
        return None
    named = [p for p in known(state) if str(p.get("name") or "").casefold().split(" ")[0] == m.group(1)]
    others = [p for p in named if not same_person(p, state.contact)]
    full = str(next((p.get("name") for p in named if same_person(p, state.contact)), "") or "").casefold()
    namesakes = [p for p in others if full and str(p.get("name") or "").casefold() == full]
    others = namesakes or others  # two priya khans among other priyas: the other priya khan
    if not one_person(others):
        return None
    plan = for_contact(*state.last, others[0])
    if isinstance(plan, tuple) and plan[0] == "intercom_list_events" and r.has(r"counts?|totals?|all[- ]time|summary"):
        return (plan[0], {**{k: v for k, v in plan[1].items() if k != "per_page"}, "summary": True})
    return plan or about_contact(r, others[0])


def other_namesake(r: Utterance, state: State) -> Plan | None:
    """'the other victor diaz at harbor partners - same', after one victor diaz's conversations: the one other
    contact the workspace has under that name, for what was asked of the first ("same"), else what is asked."""
    if r.person is None or not rx.search(rf"\bthe other {re.escape(r.person.written.casefold())}\b", r.text):
        return None
    name = r.person.name.casefold()
    shown = [p for p in known(state) if str(p.get("name") or "").casefold() == name]
    others = [p for p in state.named or namesakes(r, state) if not any(same_person(p, s) for s in shown)]
    if not shown or not one_person(others):
        return None
    if r.has(r"\bsame\b|\btoo\b|as well|likewise"):
        for tool, args in reversed(state.calls):
            if (same := for_contact(tool, args, others[0])) is not None:
                return same
    ref = others[0].get("email") or others[0].get("id")
    return about_contact(r, others[0]) or (("intercom_contact_overview", {"contact": ref}) if ref else None)


def _at_company(r: Utterance, state: State) -> Plan | None:
    """'no sorry, the nora baker at zephyr partners': the one of that name on that company's list, for the
    last call (a correction of who was meant); 'tara diaz from birch labs - full profile': what is asked, of her."""
    company = r.named("company")
    if company is not None and r.person is None and state.candidates is not None:  # "ok now the felix at delta
        ids = {str(e.get("id")) for e in company.entries}  # analytics", of the felix rossis the name matched
        there = [
            c for c in state.candidates.items
            if _name_words(c) & r.words and ids & {str(x.get("id")) for x in contact_companies(c)}
        ]  # fmt: skip
        if len(there) == 1 and (ref := there[0].get("email") or there[0].get("id")):
            return ("intercom_contact_overview", {"contact": ref})
    if r.person is None or company is None:
        return None
    for key in (*(e.get("id") for e in company.entries), company.name):
        listing = state.company_contacts.get(str(key).casefold()) if key else None
        named = [p for p in (listing.items if listing else []) if str(p.get("name") or "").casefold() == r.person.name]
        if len(named) != 1:
            continue
        if r.has(CORRECTING + r"|^(?:\w+ )?(?:what about|how about|same for)\b") and state.last is not None:
            return for_contact(*state.last, named[0])
        return about_contact(r, named[0])  # "tara diaz from birch labs - full profile", birch labs' people shown
    return None


BACK_TO = (
    r"(?:(?:and|ok|okay|so|now|then) )*(?:go )?back to (?:\w+ ?){1,2}(?:[-,:] ?(?:only|just) (?:the )?\w+ ones? ?)?"
    r"[?.!]?"
)
CORRECTING = r"^(?:no|nope|sorry|oops|wait|actually|ah|i mean|i meant)\b"


# a question typed without its "?" after a remark: "priya looks like the only active one. any convos w her"
QUESTION = rx.compile(r"[.!] ((?:any|anything|did|does|has|have|is|was|were|what|who|how|when)\b[^.!?]+?) *$")


def listed_person(r: Utterance, state: State) -> Plan | None:
    """'ben silva's convos there?', 'rosa's events', 'has milo been in touch?': someone this conversation
    has shown, named in words (see :mod:`graphs.planner.who`); a question when several share the name."""
    listing = state.listing
    if r.identified:
        return None
    if (other := other_namesake(r, state) or wrong_namesake(r, state) or _at_company(r, state)) is not None:
        return other
    theirs = r.has(r"\w+'s (?:\w+ )?(?:one|convo|conversation|ticket|chat|thread)\b")  # "open Ben Silva's one pls"
    theirs = theirs or (
        r.ordinal is not None and r.has(r"\b(?:read|open) (?:it|that)\b")
    )  # "2nd one, quinn's - read it"
    conversations = listing.items if listing is not None and listing.kind == "conversations" else []
    if (
        listing is not None
        and listing.tool == "intercom_contact_overview"
        and state.last
        and state.last[1] != listing.args
    ):
        conversations = []  # "and ben's", after his overview and then quinn's events: the same for him
    authors = {str((customer(c) or {}).get("name") or "").casefold() for c in conversations}
    wrote = r.person is None or r.person.name.casefold() in authors  # "the one from ben silva", listed
    hers = r"\b(?:her|his|their) (?:\w+ )?(?:one|convo|conversation|ticket|chat|thread)\b"
    theirs = theirs or (r.person is not None and wrote and r.has(hers))  # "tara garcia asked twice? her open one"
    author = r.person is not None and r.has(r"\bfrom the (?:\w+ )?one\b")  # "iris baker from the other one"
    owners = {m.group(1) for m in rx.finditer(r"\b(\w+)'s\b", r.text)} if conversations else set()
    owners = owners & _first_names(known(state)) if owners else owners
    others = bool(owners) and not any(w in a.split() for w in owners for a in authors)  # "iris's refund convos",
    # iris shown before and none of these hers: not one of these
    firsts_seen = {str(p.get("name") or "").casefold().split(" ")[0] for p in known(state)} & r.words
    others = others or bool(firsts_seen - {a.split(" ")[0] for a in authors})  # "and the tara one?", after another's
    if conversations and not others and wrote and ((_picks_a_conversation(r) and not author) or theirs):
        return None  # "the one from felix", "kai's": a conversation of the list, by who wrote it
    if r.named("company") and r.has(r"people|contacts|users|who works|employees|staff|colleagues|(?:who|anyone) else"):
        return None  # "is she the rosa at delta analytics? show me the delta analytics people"
    company = r.named("company")
    if company is not None and r.person is not None and r.has(r"\b(?:is|isn'?t|isnt) there (?:a|an|another)\b"):
        return (
            "intercom_company_contacts_events",
            {"company": company.name},
        )  # "isnt there a victor diaz at birch labs too?"
    found, several = meant(r, state)
    if found is None and len(several) > 1 and not r.names:
        if (chosen := choose(r, several)) is None:  # "events for the felix who was on most recently"
            return ask_which(several)
        found = chosen
    writer = customer(state.conversation) if state.focus == "conversation" and state.conversation else None
    elsewhere = writer is not None and not same_person(found or {}, writer)  # another's conversation on screen
    if found is not None and state.contact is not None and same_person(found, state.contact) and not elsewhere:
        if state.last is not None and state.last[0] != "intercom_contact_overview":
            mine = r.without(r"\w+'s")  # "kai's refund one, open it", after his events: one his overview showed
            return shown_before(mine, state, found)
        return None  # "milo's most recent conversation", about milo: what is known of him answers
    if found is None and listing is not None and listing.kind == "contacts" and not r.names:
        found = named_in(r, listing.items)
    if found is None:
        return None
    bare = (
        rx.fullmatch(r"(?:(?:and|ok|okay|so|now|then) )*(?:what|how) about (?:\w+ ?){1,2}\??", r.text)
        or rx.fullmatch(BACK_TO, r.text)  # "back to nora", "back to nora - only the api one"
        or rx.fullmatch(
            r"(?:and|or|also|ok and) \w+(?: \w+)?(?:'s)?(?: (?:, )?(?:the|a|our) \w+)?(?: (?:, )?(?:(?:from|at|on|in|"
            r"over) (?:that|the|this) (?:list|page|one)|(?:the )?\w+ (?:person|one|guy) (?:on|in|from) "
            r"(?:that|the|this) list))? ?[?.!]?",
            r.text,
        )  # "and ben?", "and sam's?", "and sam silva from that list"
        or rx.fullmatch(
            r"(?:(?:and|ok) )?(?:same for|what about|how about) \w+(?: \w+)?(?:'s)?(?: (?:, )?(?:the|a) \w+)?"
            r"(?: (?:w/?|with|without|who has) (?:an? |the |no )?\w+)?"  # "what about kai fischer, the lead w/ email"
            r"(?: (?:from|at|on|in) \w+(?: \w+){0,2})? ?[?.!]?",  # "what about priya ito from acme"
            r.text,
        )
        or rx.fullmatch(  # "sam silva too": the last call, for them
            r"(?:(?:and|ok|okay|so|now|then|also) )*(?:same for )?(?:\w+ ?){1,2}(?: too| as well| also)[?.!]?", r.text
        )
        or rx.fullmatch(  # "compare with nora, same thing", "and the same for dev tanaka"
            r"(?:(?:and|ok|okay|so|now|then) )*(?:(?:compare|compared) (?:it |that |them )?(?:with|to|against) "
            r"(?:\w+ ?){1,2}(?:(?:, ?)?(?:the )?same(?: thing| for (?:her|him|them))?)?|"
            r"(?:the )?same (?:thing )?for (?:\w+ ?){1,2}) ?[?.!]?",
            r.text,
        )
    )
    named_only = rx.fullmatch(r"(?:[\w'-]+ ?){1,2}\??", r.text) and set(r.text.rstrip(" ?").split()) <= set(
        str(found.get("name") or "").casefold().split()
    )  # "hugo weber?", after someone's events: his
    redo = r.has(r"^(?:\w+ )?(?:redo|re-?run|repeat|do the same for)\b")  # "redo tanaka's with 20 events"
    if redo and state.last is not None and state.last[0] == "intercom_contact_overview":
        again = for_contact(*state.last, found)
        if isinstance(again, tuple) and (events := r.count("event")) is not None:
            return (again[0], {**again[1], "events": events})
    owned = rx.fullmatch(r"(?:(?:and|ok|now|then) )*(?:[\w-]+ ){0,1}[\w-]+'s ?[?.!]?", r.text)  # "rosa khan's"
    if owned and state.last is not None and for_contact(*state.last, found) is None:
        person_calls = (
            same for name, args in reversed(state.calls) if (same := for_contact(name, args, found)) is not None
        )
        if (same := next(person_calls, None)) is not None:
            return same  # "rosa khan's", after uma's events and then the other globex's people: her events
    now_them = rx.fullmatch(r"(?:(?:ok|okay|and|so) )?(?:now|then) (?:for )?\w+(?: \w+)? ?[?.!]?", r.text)  # "now ben"
    if (
        (bare or named_only or owned or now_them)
        and state.last is not None
        and (same := for_contact(*state.last, found)) is not None
    ):
        if isinstance(same, tuple) and same[0] in SEARCHES and (topic := narrowed_topic(r.text)):
            return (same[0], {**same[1], TOPIC_KEYS[same[0]]: topic})
        return same  # "what about jonas", after the second person's conversations: his
    said = r.without(  # "who's uma hughes, the one on that ticket": who she is, not her tickets
        r"(?:the one|the person|the customer|the guy|the lady) (?:on|in|from|behind|who (?:wrote|sent|opened|raised)) "
        r"(?:that|the|this) (?:ticket|convo|conversation|chat|thread|one)"
    )
    colleagues = r"\bwho else (?:works|is|are)\b|\b(?:colleagues|co-?workers|teammates)\b"
    if r.has(colleagues) and r.has(r"\bcompany\b") and (ref := found.get("email") or found.get("id")):
        return ("intercom_contact_overview", {"contact": ref})  # "kai's company, who else works there": hers first
    plan = about_contact(aside(said) if said.has(WITH_SAID) else said, found)  # not "last week" of "the one w ..."
    asked = rx.search(r"[.!] ([^.!?]+\?) *$", r.text) or (None if "?" in r.text else rx.search(QUESTION, r.text))
    if asked is not None and not r.identified:
        plan = about_contact(read(asked.group(1), r.now), found) or plan  # "lena patel looks dead, no events. any
        # convos from her?": what the question asks, not what the remark before it says
    if (
        isinstance(plan, tuple)
        and plan[0] in SEARCHES
        and r.has(r"\bback to\b")
        and not {"query", "text"} & set(plan[1])
    ):
        ours = [
            str(a.get("query") or a.get("text"))
            for n, a in state.calls
            if n in SEARCHES and a.get("contact_email") == found.get("email") and (a.get("query") or a.get("text"))
        ]
        if ours:  # "back to ben's - the transcript", after his refund convos and another's: his refund ones
            plan = (plan[0], {**plan[1], TOPIC_KEYS[plan[0]]: ours[-1]})
    if isinstance(plan, tuple) and plan[0] in SEARCHES and (opened := shown_before(r, state, found)):
        return opened  # "back to kai - read his latest ticket": one his overview showed
    keyed = isinstance(plan, tuple) and plan[0] in ("intercom_list_events", *SEARCHES)
    on_list = plan is None and found.get("id") and listing is not None and listing.kind == "contacts"
    on_list = on_list and r.has(r"from (?:there|that list|the list|this list)|(?:in|on) (?:there|that list|the list)")
    on_list = on_list or (plan is None and author and bool(found.get("id")))  # "iris baker from the other one - is.."
    if r.person is not None and not keyed and not on_list:  # "pull up the priya ito from there": the one listed
        if isinstance(plan, tuple) and plan[0] == "intercom_contact_overview" and found.get("email"):
            return (plan[0], {**plan[1], "contact": found["email"]})  # the one listed, not a namesake
        if isinstance(plan, tuple) and plan[0] == "intercom_get_contact_by_id" and found.get("email"):
            if (record := record_asked(r, found)) is not None:
                return record  # "when did victor hughes sign up": what her record says, and the overview does not
            return ("intercom_contact_overview", {"contact": found["email"]})  # "who's uma hughes?": all of her
        if plan is None and bare and not found.get("email") and found.get("id"):
            return ("intercom_contact_overview", {"contact": found["id"]})  # "what about hugo weber?": the one
            # listed (a lead with no email; the name alone is shared)
        return None  # "overview of Wen Khan": the name as written does
    if plan is None:  # "pull up the priya ito from there": the contact itself
        return ("intercom_get_contact_by_id", {"contact_id": found["id"]}) if found.get("id") else None
    return plan


def _name_words(person: dict[str, Any]) -> set[str]:
    return set(str(person.get("name") or "").casefold().split())


def _first_names(people: list[dict[str, Any]]) -> set[str]:
    return {str(p.get("name") or "").casefold().split(" ")[0] for p in people if p.get("name")}


def _picks_a_conversation(r: Utterance) -> bool:
    if narrowed_topic(r.text):
        return False  # "back to nora - only the api one": her list narrowed, not one of the list shown picked
    return (
        r.has(
            r"\bthe (?:one|convo|conversation|ticket|chat) (?:from|by|with|of)\b|"
            r"^(?:and |ok |now |open |read |show me |show )?(?:\w+ )?\w+'s[?.!]?$|"
            r"\bthe (?:\w+ ){1,2}one\b"
        )
        or (r.has(POSSESSED) and not r.has(ABOUT_THEM))
        or _one_by(r)
    )


def _one_by(r: Utterance) -> bool:
    """'dev baker one at the bottom': a conversation by the person named."""
    name = r.person.name.casefold() if r.person is not None else ""
    return bool(name) and r.has(rf"\b{re.escape(name)} (?:one|convo|conversation|ticket|chat|thread)\b")


MEANT = rx.compile(r"^(?:(?:sorry|oops|no|nope|wait|ah|err?|ugh)\W+)*i mean[t]? (\w{3,}),? not \w+\W*$")


def mistyped(r: Utterance, state: State) -> Plan | None:
    """'ugh typo, usr_00155': the last call about a contact, for the one now named."""
    ref = r.contact_ref
    if ref is None and state.last is not None and (m := MEANT.search(r.text)) is not None:
        first = m.group(1)  # "sorry, i mean ben not quinn": the one of that first name shown, for the last call
        named = [p for p in known(state) if str(p.get("name") or "").casefold().split(" ")[:1] == [first]]
        distinct = {str(p.get("id") or p.get("email")) for p in named}
        if len(distinct) == 1 and (state.contact is None or not same_person(named[0], state.contact)):
            return for_contact(*state.last, named[0])
    if ref is None and state.last is not None and (person := _corrected(r, state)) is not None:
        return for_contact(*state.last, person)  # "no i meant the earlier one, kai", "actually i meant baker"
    if ref is None and state.last is not None and (person := _the_other(r, state)) is not None:
        return about_contact(r, person) or for_contact(*state.last, person)  # "the other one's event counts"
    fixing = r"\btypo\b|\bi meant\b|\bwrong (?:one|id|email|person|guy|contact|customer|user|address)\b|\bmeant to\b|"
    fixing += r"^(?:(?:sorry|sry|oops|whoops|no|nope|wait|ugh|ah|oh|actually|my bad|correction)\W+)*"
    fixing += r"(?:meant\W+)?qq\w+\W*$"  # "sorry meant usr_00042", "no wait usr_00042"
    if ref is None or state.last is None or not r.has(fixing):
        return None
    if len(r.tokens) > 8:
        return None  # a request of its own that mentions a typo
    return for_contact(*state.last, {CONTACT_FIELDS[ref[0]]: ref[1]})


CORRECTED = r"\bi mean[t]?\b|^(?:\w+ )?(?:no|nope|sorry|oops|wait|actually)\b(?! (?:more|other|events?|convos?))"


def _corrected(r: Utterance, state: State) -> dict[str, Any] | None:
    """The one person shown before whom a short correction names by first name, surname or both, other than
    the one just asked about ("no i meant the earlier one, kai"; "hmm actually i meant baker sorry")."""
    if len(r.tokens) > 10 or not r.has(CORRECTED):
        return None
    said = {w.removesuffix("'s") for w in r.original if len(w) >= 3} - NOT_NAMES
    people = [p for p in known(state) if not (state.contact and same_person(p, state.contact))]
    named = [p for p in people if said & set(str(p.get("name") or "").casefold().split())]
    if not one_person(named):
        return None
    return named[0]


OTHER_PERSON = (
    r"^(?:(?:and|now|ok|okay|so|what about|how about|same for) )*(?:the )?other "
    r"(?:one|guy|person|woman|lady|man|customer|contact|dude)\b"
)


def _the_other(r: Utterance, state: State) -> dict[str, Any] | None:
    """'the other one's event counts', after two people's overviews: the one not on screen."""
    if state.focus != "contact" or state.contact is None or r.names or not r.has(OTHER_PERSON):
        return None
    others = [p for p in state.people if not same_person(p, state.contact)]
    return others[0] if one_person(others) else None


NOT_NAMES = frozenset(
    "the one and not sorry meant mean earlier other first last before previous actually wait nope hmm oops that "
    "this her his him she guy person woman man lady instead again please pls".split()
)

__all__ = ["listed_person", "mistyped"]
