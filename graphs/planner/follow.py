"""Requests that lean on the conversation so far.

- paging: "next page", "more", "next 10", "previous page" continue the last list (:mod:`graphs.planner.paging`);
- going back: "back to the closed ones" (:mod:`graphs.planner.going_back`);
- picking: "the second one", "the last one's events", "the one with 5 users", "the other one", "the one
  from lena rossi", "3rd person at birch labs", "the first convo from that list before";
- then, in order: switching and refining (:mod:`graphs.planner.refine`), pronouns and what is in focus.
"""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.asked_about import first_read
from graphs.planner.authors import from_an_earlier_list, their_listed_one, topic_person
from graphs.planner.candidates import OTHER, candidate, coded, handled, not_chosen, still_which
from graphs.planner.choosing import (
    by_activity,
    by_age,
    by_created,
    by_event,
    by_industry,
    by_role,
    by_seen,
    by_size,
    by_state_or_topic,
    in_industry,
    not_yet_seen,
    several_fit,
    topic_fits,
)
from graphs.planner.details import aside, by_detail
from graphs.planner.dialogue import Listing, State
from graphs.planner.earlier import as_before, first_page, longer_list, read_in_turn
from graphs.planner.elsewhere import elsewhere as outside
from graphs.planner.focus import OPEN_THAT, SHOWN, WHO_WROTE, about_contact, about_item, again, there
from graphs.planner.going_back import back_to
from graphs.planner.her_company import which_of_them
from graphs.planner.intents import NO_EVENTS, Plan, fresh
from graphs.planner.listed_for import listing_for
from graphs.planner.naming import listed_person, mistyped
from graphs.planner.next_to import chose, neighbour, reopen
from graphs.planner.page_turns import page_turned
from graphs.planner.paging import (
    NOUNS,
    PREVIOUS,
    goto_page,
    next_page,
    previous_page,
    which_of_several,
)
from graphs.planner.people import someone_else, the_listed_one
from graphs.planner.reading import Utterance, read
from graphs.planner.recount import recounted
from graphs.planner.referring import names_a_kind, pronouns, their_conversation
from graphs.planner.refine import NARROWED, PAGING_KEYS, SEARCHES, SHE, THEY, WHOLE, refine
from graphs.planner.switching import last_one, same_for_kind, same_topic, switch
from graphs.planner.their_people import bare_kind
from graphs.planner.topics import TOPIC_WORDS
from graphs.planner.twins import another_namesake, namesake_picked
from graphs.planner.windows import same_day
from graphs.planner.words import ORDINALS

THERE = r"there|that company|this company|the company|her company|his company|their company"


NOW_THE = (  # "now the retail one from that top 5", after the flow for another of them: the same call for it
    r"(?:and |ok )?now (?:the |that )?(?:\w+ ){1,2}one(?: from (?:that|the|this) (?:\w+ ){0,2}(?:list|page|top \d+))?"
    r"[?.!]?"
)
CORRECTION = r"^(?:\w+ )?(?:no|nope|nah|actually|wait|sorry|oops|i meant|not that one)\b"


def pick(r: Utterance, state: State) -> Plan | None:
    """An item of the list shown last ("the second one"), or one of an ambiguous name's companies."""
    if r.person is not None and r.has(r"\b(?:pull|bring|look) (?:him|her) up\b|\b(?:open|show me|get) (?:him|her)\W*$"):
        return None  # "kai chen is at the bigger globex right? pull him up": him, not the company
    if (twin := namesake_picked(r, state, listing_for(r, state))) is not None:
        return twin
    lone = state.listing if state.listing is not None and len(state.listing.items) == 1 else None
    if lone and r.dates and r.has(r"\bthe only (?:one|ones)\b") and state.last and state.last[0] in SEARCHES:
        return None  # "is that the only one this month?": the search, over that window
    if lone and lone.kind == "conversations" and state.last and state.last[0] == lone.tool and r.ordinal is None:
        said = r.has(r"\bwho(?:'?s|se)?\b") and r.has(WHO_WROTE) and r.has(r"\b(?:that|it|this)\b")
        if said and not (r.identified or r.names or r.person or r.mentions("event")):
            return about_item(r, lone, lone.items[0], state)  # "who sent that", one conversation found: its author
    if r.person is not None and r.ordinal is not None and _person_placed(r, state):
        return None  # "and victor diaz, the first one?": the person named, first of the people shown (not a convo)
    paged = r.has(r"\b(?:on|from|of) (?:the )?(?!(?:that|this) )\w+ page\b")  # "actually, the first on the first page"
    if state.picked is not None and r.ordinal is not None and r.has(CORRECTION) and not (r.identified or paged):
        before, _ = state.picked  # "no, the third": the list the last pick came from
        if r.named("company") is not None and (theirs := listing_for(r, state)) is not None:
            before = theirs if theirs.kind == "contacts" else before  # "no wait, birch labs, the last one there"
        if -len(before.items) <= r.ordinal < len(before.items):
            return reopen(r, state, before, before.items[r.ordinal])
    shown = state.listing is not None and state.listing.kind == "candidates"
    described = r.has(
        r"the one|other one|bigger|smaller|larger|the (?:\w+ ){1,2}(?:one|guy|person|lady|woman|customer)|the \S+ one|"
        r"one (?:with|in|on|that|from)|other|"
        r"(?:the|that|this) \w+ (?:company|account|org)\b|the (?:[.@-] ?)?\w+ one|"
        r"^(?:(?:no|oh|ok|and|sorry|i meant|i mean) ?,? )?the (?:lead|user)\b(?: ?,? not the (?:lead|user)\b)?\W*$"
    )  # "the lead, not the user": of two with the name, by role
    many = r"\bany (?:\w+ )?other\b|\bother (?:\w+ ){0,2}(?:requests|convos|conversations|tickets|questions|issues)\b"
    described = described and not r.has(many)  # "any other refund requests still open": not the other namesake
    same_name = all(m.ambiguous for m in r.names)
    namesakes = state.candidates.items if state.candidates is not None else []
    firsts = {str(c.get("name") or "").casefold().split(" ")[0] for c in namesakes}
    too = bool(firsts & r.words) and r.has(r"\btoo\b|as well|\balso\b|^and\b|\bsame\b")  # "the 186 felix, his too"
    anyone = r.has(r"\b(?:anyone|anybody|everyone|everybody)\b")  # "any other 429s from anyone": not one of them
    recalled = {str(p.get("name") or "").casefold().split(" ")[0] for p in state.people} & r.words - firsts
    anyone = anyone or bool(recalled)  # "ok back to ben, open his most recent convo": ben, not a namesake shown
    if (
        state.candidates is not None
        and not anyone
        and (
            (shown and (r.ordinal is not None or described or coded(r) or handled(r, state)))
            or (described and same_name and r.ordinal is None)
            or (too and not r.identified)
            or another_namesake(r, state)
        )
    ):
        chosen = candidate(r, state)
        if chosen is not None:
            return chose(state, chosen, r)
        if r.has(OTHER) and len(left := not_chosen(state)) > 1:  # "and the other one?", of three felix rossis
            keys = [str(c.get("email") or c.get("company_id") or c.get("id")) for c in left]
            return f"Which other one do you mean: {', '.join(keys[:-1])} or {keys[-1]}?"
    shown_people = state.listing if state.listing is not None and state.listing.kind == "contacts" else None
    whole = r.has(WHOLE)  # "the whole team, no events": all of them, not the one with none
    whole = whole or (r.has(NO_EVENTS) and not r.has(r"\b(?:one|person|guy|lady|whoever|who)\b"))  # "no events"
    if shown_people is not None and r.ordinal is None and not whole and (person := by_detail(r, shown_people)):
        return about_item(aside(r), shown_people, person, state)  # "the one with nothing lately - any convos?"
    listing = listing_for(r, state)
    if listing is not None and listing.kind == "companies" and r.ordinal is not None and not r.names:
        if (on_plan := by_size(r, listing)) is not None:  # "the first one thats on enterprise": of those on it
            return about_item(aside(r), listing, on_plan, state)
    company = r.named("company")
    if company is not None and listing is not None and listing.kind == "companies" and r.ordinal is None:
        ids = {e.get("id") for e in company.entries} - {None}
        listed = [c for c in listing.items if c.get("id") in ids]
        opened = r.has(r"^(?:ok |and |now |so )?(?:open|pull up|click(?: on)?|details (?:of|for|on))\b")
        if len(listed) == 1 and (r.has(r"\bone\b") or opened):  # "the globex one", "open willow systems"
            asked = r.has(r"^(?:and )?(?:what|how) about\b")  # "and what about the fjord one": the same for it
            return asked and as_before(state, listing, listed[0]) or about_item(r, listing, listed[0], state)
    segment = r.named("segment")
    if segment is not None and listing is not None and listing.kind == "segments" and r.has(r"\bone\b"):
        listed = [s for s in listing.items if str(s.get("name") or "").casefold() == segment.name.casefold()]
        if listed:  # "the churn risk one": the segments as listed (with their counts, if asked)
            return about_item(r, listing, listed[0], state)
    middle = r.has(
        r"\bthe middle (?:one|conversation|convo|ticket|chat|person|contact|company|account)\b|\bin the middle\b"
    )
    if middle and listing is not None and len(listing.items) % 2 == 1 and r.ordinal is None:
        return about_item(r, listing, listing.items[len(listing.items) // 2], state)  # "the middle one" of three
    if listing is None and (in_turn := read_in_turn(r, state)) is not None:
        return in_turn  # "and the second", after two people's events; "the first one again", after two threads
    about_her = (in_focus := state.contact is not None and state.focus == "contact") and r.has(SHE)  # "her convo"
    about_her = about_her and not r.has(r"\bof (?:these|those)\b")  # "who signed up last of these? her profile"
    about_her = about_her or (  # "and their conversations, only the closed one", after one contact's overview
        in_focus
        and r.has(r"\btheir\b")
        and listing is not None
        and (listing.kind != "contacts" or r.has(r"^(?:and |now |ok )?their\b"))  # "their conversations since
    )  # august", after the second listed person's events: hers, not the listed one created since
    theirs_listed = company is not None and listing is not None and listing.kind == "contacts"
    theirs_listed = theirs_listed and all(m.kind == "company" for m in r.names)
    theirs_listed = theirs_listed and r.has(
        r"\b(?:the|that|this) (?:\w+ ){0,3}(?:one|person|guy|lady|contact|user|lead)\b"
    )
    theirs_listed = theirs_listed and listing is not None and company is not None and _of_company(listing, company)
    unnamed = not r.names or theirs_listed  # "the onyx person who upgraded in october": of onyx's people, listed
    unnamed = unnamed and not (listing is not None and someone_else(r, listing.items, state))
    own = NOUNS.get(listing.kind) if listing is not None else None  # "the 50 least recently active companies",
    counted = any(c.noun in ("company", "contact", "conversation") and c.noun != own for c in r.counts)  # after
    counted = counted and not r.has(r"\bones?\b")  # people, "the 50 least recently active companies": a list
    if (
        r.ordinal is None
        and listing is not None
        and not r.identified
        and unnamed
        and not (about_her or whole or counted or r.has(many))  # ("other invoice requests like that one": a search)
    ):
        if (which := several_fit(r, listing)) is not None:
            return which  # "open the refund one", two refund conversations listed: which one?
        found = by_state_or_topic(r, listing) or by_detail(r, listing) or by_event(r, listing)
        found = found or by_activity(r, listing) or by_age(r, listing) or by_created(r, listing) or by_seen(r, listing)
        found = found or by_role(r, listing) or by_size(r, listing)
        found = found or by_industry(r, listing)
        if found is None and r.has(r"\bfrom (?:before|earlier)\b"):  # "read me the snoozed one from before"
            for before in [x for x in reversed(state.lists) if x is not listing and x.kind == listing.kind]:
                if (found := by_state_or_topic(r, before)) is not None:
                    listing = before
                    break
        earlier = state.by_kind.get("contacts")
        if found is None and listing.kind != "contacts" and earlier is not None:  # after a detour: the people shown
            found = by_detail(r, earlier) or by_event(r, earlier)
            found = found or (by_created(r, earlier) if r.has(A_PERSON) else None)
            listing = earlier if found is not None else listing
        companies = state.by_kind.get("companies")
        if found is None and listing.kind != "companies" and companies is not None:  # "the media company on p2"
            found = by_industry(r, companies) or by_size(r, companies)  # "and the one w 9?"
            listing = companies if found is not None else listing
        if found is None and len(several := in_industry(r, companies or listing)) > 1:
            names = [str(c.get("name")) for c in several]  # "the finance company on that page": two are
            return f"Which one do you mean: {', '.join(names[:-1])} or {names[-1]}? Say its name."
        listing, found = not_yet_seen(r, [listing, *reversed(state.lists)], found, state.calls)  # "the other open one"
        said_same = r.has(r"\bsame\b|likewise") or rx.fullmatch(NOW_THE, r.text)
        said_same = said_same or rx.fullmatch(
            r"(?:and|what about|how about) the one (?:w/?|with) \S+(?: \w+)? ?\W*", r.text
        )
        if found is not None and said_same and (same := again(state, listing, found)):
            return same  # "same for the nora baker one"
        if found is not None:
            return about_item(aside(r), listing, found, state)
    hers = r.mentions("conversation") or (bool(state.contact_conversations) and r.has(r"\b(?:her|his|their) \w+ one\b"))
    if about_her and listing is not None and listing.kind == "contacts" and hers:
        return None  # "her latest convo", "his newest one": hers, not the latest of the people listed
    company_named = company is not None and listing is not None and listing.kind == "contacts"
    if company_named and company is not None and listing is not None:  # its people shown, not another company's
        company_named = _of_company(listing, company)
    if company is not None and listing is not None and listing.kind == "companies" and r.ordinal is not None:
        ids = {e.get("id") for e in company.entries} - {None}
        at = listing.items[r.ordinal] if -len(listing.items) <= r.ordinal < len(listing.items) else {}
        company_named = at.get("id") in ids  # "umber partners, the third one on the list"
    if r.ordinal is None or r.identified or (r.names and not company_named):
        return None
    if r.person is not None and r.has(r"\b(?:she|he|they)(?:'s| is| are| was)? (?:on|in|from|under) (?:the|that)\b"):
        return None  # "pull up tara baker, she's on the 2nd one": the person named, not the item
    small = listing is not None and listing.kind in ("teams", "segments")  # "newest contact?", after segments
    kinds: tuple[str, ...] = ("contact", "conversation", "company") if small else ()
    kinds = ("contact", "conversation", "company") if listing is None or listing.kind == "candidates" else kinds
    nth = r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:convo|conversation|thread|ticket|chat)\b(?!s)"
    if listing is None and r.has(nth) and not (r.topic or r.state or r.dates):  # "open the second thread", with
        return NOTHING_LISTED  # nothing listed
    if any(r.mentions(k) for k in kinds):  # "the most recent open convo", after teams: not the first team
        return None
    if listing is None and r.topic is not None and r.has(r"\bone\b"):  # "the latest one about shipping": a convo
        return fresh(read(rx.sub(r"\bone\b", "conversation", r.text), r.now))
    if r.dates and r.has(r"\bon the \d{1,2}(?:st|nd|rd|th)\b(?! (?:one|page|list|row|item)\b)") and outside(r):
        return None  # "what's the weather in dublin on the 3rd": a day, not an item
    if listing is None or listing.kind == "candidates":
        return (
            "Which list do you mean? Ask for one first, e.g. 'List Intercom contacts' or 'List recent conversations'."
        )
    paged = listing.args.get("starting_after") or (listing.page or 1) > 1
    if r.page == 1 and paged and (top := first_page(state, listing)) is not None:
        listing = top  # "and the 4th one on the first page", after the 4th of page 2
    if not -len(listing.items) <= r.ordinal < len(listing.items):
        longer = longer_list(r, state, listing)  # "the 4th" after a profile's short list: the list picked from
        if longer is None:
            return f"The last list has {len(listing.items)} items; which one do you mean?"
        listing = longer
    listing = _of_topic(r, state, listing)  # "who filed the most recent api one", after the export search
    item = listing.items[r.ordinal]
    stated = [c for c in listing.items if r.state and c.get("state") == r.state]  # "the most recent snoozed one"
    item = stated[r.ordinal] if listing.kind == "conversations" and -len(stated) <= r.ordinal < len(stated) else item
    topical = (named := rx.search(r"\bthe (\w+) one\b", r.text)) is not None and named[1] in TOPIC_WORDS
    fits = (
        topic_fits(r, listing) if listing.kind == "conversations" and topical and not stated else []
    )  # "the invoice one near
    item = fits[r.ordinal] if -len(fits) <= r.ordinal < len(fits) else item  # the top": the first about invoices
    role = rx.search(r"\b(?:the )?(\w+) (lead|user)\b", r.text)  # "details of the first lead on that page"
    if role and role[1] in ORDINALS and listing.kind == "contacts":
        of_role = [c for c in listing.items if c.get("role") == role[2]]
        item = of_role[ORDINALS[role[1]]] if -len(of_role) <= ORDINALS[role[1]] < len(of_role) else item
    tried = r.has(  # "k what about the last guy at kestrel": the same for that one
        r"(?:^|[.,!] )(?:and )?(?:try|how about|what about) (?:the )?\w+"
        r"(?: one| person| contact| guy| lady| user| lead)?"
        r"(?: (?:at|from|on|in) \w+(?: \w+)?)? ?[?.!]?$"
    )
    shown_again = state.last is not None and state.last[0] == listing.tool and r.ordinal is not None  # "now the
    # fifth one", after going back to the list: picked from it, as the first was
    tried = tried or (bool(rx.fullmatch(NOW_THE, r.text)) and not shown_again)  # "now the third one"
    paged = state.last is not None and state.last[0] == listing.tool and len(state.calls) >= 2
    paged = paged and state.calls[-2][0] != listing.tool  # "the 4th's events", "next page", "and the 4th on this page?"
    paged = paged or (state.picked is not None and state.picked[0] is listing)  # "who's the first one from", then
    tried = tried or (paged and bool(rx.fullmatch(AND_THE, r.text)))  # "and the second one?": the same for it
    tried = tried or r.has(r"^and\b.*\banything (?:there|for (?:him|her|them)|on (?:him|her|them))\W*$")
    compared = r"\bcompare(?:d)? (?:it |that |this |them )?(?:with|to|against)\b|\bvs\.?|\bversus\b"
    if (r.has(r"\bsame\b|likewise|" + compared) or tried) and (
        same := as_before(state, listing, item, r.has(r"\b(?:counts?|totals?|tall(?:y|ies))\b"))
        or again(state, listing, item)
    ):
        return same  # "same check for the first person", "the same for the #2 account from that list"
    return about_item(r, listing, item, state)


def _of_topic(r: Utterance, state: State, listing: Listing) -> Listing:
    """The conversations searched for the subject the pick names ("the most recent api one"), when the list on
    screen was searched for another; else the list on screen."""
    said = rx.search(r"\b(\w+) (?:one|convo|conversation|ticket|thread|chat)\b", r.text)
    if said is None or listing.kind != "conversations" or listing.args.get("query") in (None, said[1]):
        return listing
    earlier = [x for x in reversed(state.lists) if x.kind == "conversations" and x.args.get("query") == said[1]]
    return earlier[0] if earlier and -len(earlier[0].items) <= (r.ordinal or 0) < len(earlier[0].items) else listing


NOTHING_LISTED = (
    "Which conversation do you mean? Nothing is listed yet: ask for a list first, e.g. 'Latest conversations'."
)


A_PERSON = r"\bthe (?:lead|user|contact|person|guy|customer)\b"  # "the lead that came in on nov 1", after a detour
AND_THE = (
    r"and (?:the )?\w+(?: one| person| guy| contact| user)?(?: (?:on|from|in) (?:this|the) (?:page|list)| there)? ?\??"
)


def _person_placed(r: Utterance, state: State) -> bool:
    """Whether the ordinal said with a name places that person on the people shown, while a list of another
    kind is on screen."""
    people, here = state.by_kind.get("contacts"), listing_for(r, state)
    if people is None or here is None or here.kind == "contacts" or r.person is None or r.ordinal is None:
        return False
    at = people.items[r.ordinal] if -len(people.items) <= r.ordinal < len(people.items) else {}
    return str(at.get("name") or "").casefold() == r.person.name.casefold()


def _of_company(listing: Listing, company: Any) -> bool:
    theirs = {str(v).casefold() for k, v in listing.args.items() if k in ("company", "company_id")}
    return not theirs or bool(
        theirs & {company.name.casefold(), *(str(e.get("id")).casefold() for e in company.entries)}
    )


HOW_MANY = (
    r"(?:(?:and|ok|okay|so|hmm|wow) )*(?:how many|count|total)(?: (?:are there|is that|of them|in total|total|results|"
    r"did we get|came in|were there))?(?: in total| altogether| all up)?(?: ?[?.!])*"
)


def follow_up(r: Utterance, state: State) -> Plan | None:
    """A plan that needs the conversation so far, or None when the request stands on its own."""
    fixed = mistyped(r, state) or same_day(r, state) or which_of_them(r, state) or still_which(r, state)
    fixed = fixed or first_read(r, state)  # "what was the first ticket number again - open it"
    if fixed := fixed or same_for_kind(r, state):  # "now the same but the contacts", after 15 companies
        return fixed  # (or "anything else come in that same day?", with a conversation open)
    own = r.identified or bool(r.names) or r.person is not None or r.cursor is not None
    if (earlier := neighbour(r, state, own) or (None if own else back_to(r, state))) is not None:
        return earlier
    of_its_list = bool(r.names) and all(m.kind == "company" for m in r.names) and state.picked is not None
    if of_its_list and state.picked is not None and _of_company(state.picked[0], r.names[0]) and not r.identified:
        if (beside := neighbour(r, state)) is not None:
            return beside  # "next person on the harbor list", after one of its people
    if r.emails and r.has(NARROWED) and isinstance(refined := refine(r, state), tuple):
        return refined  # "same but only from kai.garcia.253@example.com, any time"
    if own and not r.identified and r.has(r"back to") and (earlier := back_to(r, state)) is not None:
        return earlier  # "go back to the willow list - tara diaz": a list named by its company
    if (earlier_one := from_an_earlier_list(r, state)) is not None:
        return earlier_one  # "the rosa diaz one from the snoozed list", after another list
    if (author := topic_person(r, state)) is not None:
        return author  # "and the slack integration person - anything else from them"
    if (listed := their_listed_one(r, state)) is not None:
        return listed  # "omar lopez is there too, he had a password one as well - open it"
    if (person := listed_person(r, state)) is not None:
        return person
    if not own and state.last is not None and rx.fullmatch(HOW_MANY, r.text):
        return state.last  # "how many are there": the list just shown says
    if not own and (page := goto_page(r, state)) is not None:
        return page  # "skip to page 2", after picking someone from the list
    if not own and (turned := page_turned(r, state)) is not None:
        return turned  # "next 10", "and the 30 before that", "ok more convos"
    if not own and rx.fullmatch(
        r"(?:(?:and|ok|okay|now|then|do (?:it|that)|same|one more time|please) )*"
        r"(?:again|once more|one more time|repeat)(?: please| pls)?[?.!]?",
        r.text,
    ):
        if state.last is not None and any(k in state.last[1] for k in PAGING_KEYS) and state.paged is not None:
            return next_page(r, state)  # "next cursor", then "again": the page after
        return state.last if state.last is not None else None
    if not own and r.has(PREVIOUS) and r.ordinal is None and not r.mentions("conversation"):
        return previous_page(state)
    one = state.listing is not None and state.listing.kind == "conversations" and len(state.listing.items) == 1
    used = r"been doing|been up to|(?:doing|done|do) in the (?:product|app)|using (?:the|our) (?:product|app)|"
    in_app = r.has(used + r"(?:did|has|have) (?:she|he|they) (?:\w+ )?(?:do|done) (?:anything|something)\b")
    pointing = r.has(f"{SHE}|{SHOWN}") or there(r, THERE) or (r.has(THEY) and (names_a_kind(r, state) or in_app))
    narrowed = bool(r.dates or r.state or r.counts) or r.has(r"widen|expand|extend|narrow|filter|sort|change|instead")
    pointing = (
        pointing or (r.has(THEY) and state.focus == "conversation") or (r.has(r"\bit\b") and one and not narrowed)
    )
    asked = r.text.rsplit(" - ", 1)[-1]  # "it says snoozed - show me the whole thing": what is asked
    state_of_it = r"^(?:(?:and|so|but|ok) )?(?:is|was|has) (?:it|that(?: one)?) (?:still |now |already |been |ever )*"
    state_of_it += r"(?:open|closed|resolved|snoozed|answered|fixed|sorted|done|pending|replied(?: to)?)\W*$"
    if one and state.listing is not None and (rx.fullmatch(OPEN_THAT, asked) or r.has(state_of_it)):
        return ("intercom_get_conversation_by_id", {"conversation_id": str(state.listing.items[0]["id"])})  # one found
    alone = state.listing is not None and state.listing.kind == "contacts" and len(state.listing.items) == 1
    alone = alone and r.each("event") is None  # "their recent events then, 3 each": the company's, as a group
    about = r.mentions("event") or r.mentions("conversation")  # "any convos with them", after its only person
    if alone and not own and r.has(f"{SHE}|{THEY}") and about and state.listing is not None:
        if (theirs := about_contact(r, state.listing.items[0])) is not None:
            return theirs  # "their last 5 events?", after a company's only person
    opened = r"^(?:ok |and |now |so )?(?:open|read|show(?: me)?|pull up)? ?(?:the|that|her|his|their) (?:\w+ ){1,2}"
    bare_one = r"^(?!(?:the|that|this|which|any|every|no) )(?:\w+ ){1,2}(?:one|convo|ticket|thread)\b(?! ?s\b)"
    described = r.ordinal is None and r.has(opened + r"(?:one|question|issue|problem|request|ticket)\b|" + bare_one)
    elsewhere = r.has(r"\bfrom (?:that|the|this|your) (?:\w+ ){0,2}list\b")  # not one of the overview's
    everyone = state.last is not None and state.last[0] in SEARCHES and not state.last[1].get("contact_email")
    elsewhere = elsewhere or (everyone and not r.has(r"\b(?:her|his|their)\b"))  # "open the closed one": of those
    if state.contact_conversations and not own and described and not elsewhere:
        if (theirs := their_conversation(r, state)) is not None:
            return theirs  # "open the billing question, last 5 msgs only", after someone's overview
    said_before = r"(?:(?:and|now|so|then|maybe|try|how about|what about|nah|nope|actually) )?"
    alone_number = rx.fullmatch(said_before + r"(\d{1,3})\W*", r.text)
    if alone_number and state.last is not None:  # "convos" - "50": fifty of them; "her last 3 events" - "and 10"
        return refine(read(f"{alone_number[1]} of them", r.now), state)
    if not own and r.has(r"\b(?:widen|expand|extend|broaden|stretch)\b") and (wider := refine(r, state)) is not None:
        return wider  # "only one? please widen it to since october 1": the search, not the one found
    first = (pronouns,) if pointing else ()  # "anything else from them?" after a conversation; "the messages of it"
    for step in (recounted, same_topic, last_one, pick, switch, *first, bare_kind):
        found: Plan | None = step(r, state)
        if found is not None:
            return the_listed_one(found, r, state) if step is switch else found
    if not own and not names_a_kind(r, state) and (refined := refine(r, state)) is not None:
        return refined
    if (found := pronouns(r, state)) is not None:
        return found
    return None if own else which_of_several(r, state)


__all__ = ["follow_up", "pick"]
