"""The list an ordinal points at ("the second one"): the list shown last, unless the request names another: a
company's people ("the 3rd person at birch labs"), an earlier list ("from the list before", "on the first list"),
a page ("1st one on page 2", "on the first page"), or a kind of thing ("the 2nd co on the list")."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.choosing import SIZED
from graphs.planner.dialogue import Listing, State
from graphs.planner.earlier import first_page, unfiltered
from graphs.planner.going_back import ON_FIRST_PAGE
from graphs.planner.reading import Utterance
from graphs.planner.refine import SHE
from graphs.planner.words import classify

PERSON_WORDS = frozenset({"guy", "person", "lady", "woman", "man", "dude", "one's", "persons"})
OWNED = r"\b(?:one|person|guy|lady|contact|user|customer)'s\b"
PICKED_THEN_ASKED = r"^(?:and |ok |so )?(?:the )?\w+ (?:one|of (?:those|them|these))\b ?[-,:–—]"  # "first of those -"


SOMEONE = (  # an ordinal about a person, after one's overview: of the people listed, not of her conversations
    r"last seen|\b(?:person|people|guy|lady|contact|user|customer|member)\b|\bup to\b|been doing|"
    r"\b(?:events?|activity|profile)\b"
)


def listing_for(r: Utterance, state: State) -> Listing | None:
    """The list an ordinal points at: the named company's people, an earlier list of the kind named
    ("the first convo from that list before"), else the last list shown."""
    company = r.named("company")
    if company is not None and r.has(r"person|people|contact|guy|one|user|there"):
        for key in (*(e.get("id") for e in company.entries), company.name):
            if key and (found := state.company_contacts.get(str(key).casefold())):
                return found
    listing = state.listing
    if listing is not None and not listing.items:  # "the export one in full", after "any still open?" found none
        listing = next((x for x in reversed(state.lists) if x.kind == listing.kind and x.items), listing)
    if listing is not None and listing.args.get("state") and r.has(r"of all (?:his|her|their|the|of them)"):
        listing = next((x for x in reversed(state.lists) if unfiltered(x, listing)), listing)  # "of all his convos"
    overviewed = listing is not None and listing.tool == "intercom_contact_overview"
    if overviewed and r.ordinal is not None and r.has(f"{SHE}|{SOMEONE}") and "contacts" in state.by_kind:
        return state.by_kind["contacts"]  # "the last one in the list, when was she last seen", after one's overview
    if r.ordinal is not None and r.has(r"\b(?:the|that|our) (?:very )?(?:first|original|initial|1st) list\b"):
        first = next((x for x in state.lists if x.kind not in ("events", "candidates")), None)
        if first is not None and first.items:
            return first  # "the very first person from the first list", after paging another list
    if r.has(r"\b(?:the|that) list (?:before|from before)\b|\b(?:previous|earlier) list\b"):
        earlier = [x for x in state.lists if x is not listing and x.kind != "events"]
        if earlier and listing is not None and earlier[-1].items:
            return earlier[-1]  # "the snoozed one from the list before, show it", after another list
    numbered = [x for x in state.lists if r.page and r.page > 1 and x.page == r.page and x.kind != "events"]
    if r.ordinal is not None and numbered and numbered[-1] is not listing:
        return numbered[-1]  # "1st one on page 2, details", after a turn about someone on page 1
    if state.paged and r.has(ON_FIRST_PAGE):
        return first_page(state, state.paged) or listing  # "the very first one on the first page", after page 2
    companies = state.by_kind.get("companies")
    if company is not None and companies is not None and r.ordinal is not None and listing is not companies:
        ids = {e.get("id") for e in company.entries} - {None}
        if -len(companies.items) <= r.ordinal < len(companies.items) and companies.items[r.ordinal].get("id") in ids:
            return companies  # "umber partners, the third one on the list", after another company's people
    if r.ordinal is not None and companies is not None and listing is not companies and state.focus == "company":
        if r.has(r"\bcompare(?:d)? (?:it |that |this |them )?(?:with|to|against)\b"):
            return companies  # "compare to the first one in that list", after the third company's record
    said = rx.search(r"\b(\w+) (?:on|in|from|of) (?:the|that|this) (?:list|page)\b", r.text)  # "2nd co on the list"
    kind = {"company": "companies", "contact": "contacts", "conversation": "conversations"}.get(
        ("contact" if said[1] in PERSON_WORDS else classify(said[1]) or "") if said else ""
    )  # "ben silva, the first guy in that list"
    if kind and r.ordinal is not None and kind in state.by_kind:
        return state.by_kind[kind]
    stated = r.state and r.ordinal is None and r.has(r"\bone\b")
    stated = stated and listing is not None and listing.kind != "conversations"
    if stated and (asked := state.asked.get("conversations") or state.by_kind.get("conversations")) is not None:
        return asked  # "the snoozed shipping one from that list", after a company's people
    that_list = r.has(r"(?:that|this|the|same) list(?! (?:before|earlier|from before))")
    if that_list and state.picked is not None and state.picked[0] is not listing and r.has(r"^(?:and|or|then|now)\b"):
        return state.picked[0]  # "and the very last one on that list", after the fourth of an earlier list
    if that_list and listing is not None:
        return listing  # "first one on that list: any open tickets?": the list, whatever it is asked about
    recency = r.has(r"latest|newest|most recent|oldest|earliest")  # "the latest one": of the list on screen
    if state.picked is not None and listing is not state.picked[0] and r.ordinal is not None and not recency:
        before = state.picked[0]  # "customer 360 on the 5th", then "and the 12th": the list picked from
        bare = rx.fullmatch(r"(?:the )?\w+(?: one)?\??", r.text) and listing and listing.kind == "conversations"
        if rx.fullmatch(
            r"(?:and|or|then|now|ok|what about|how about)? ?(?:the )?\w+(?: one| person| contact)? ?\??", r.text
        ) and not (bare and listing and -len(listing.items) <= r.ordinal < len(listing.items)):
            if r.has(r"\b(?:person|contact)\b") and listing and listing.kind == "contacts" != before.kind:
                return listing  # "2nd person?", after the first company's people: of the people shown
            return before  # not "the second one", after ben silva's open conversations: the second of them
    at = r.has(r"(?:and |what about |how about )?at the \w+(?: one| company)?")  # "and at the first one?"
    if at and listing is not None and listing.kind == "contacts" and "companies" in state.by_kind:
        return state.by_kind["companies"]
    person = r.has(r"\bthe \w+ (?:person|guy|lady|contact|user|customer)\b")  # "the 3rd person - any conversation?"
    if listing is not None and (r.has(r"\b(?:on|in) this page\b") or (person and listing.kind == "contacts")):
        return listing  # "the last one on this page, their contacts + events": of the page on screen
    if person and listing is not None and listing.kind == "conversations" and "contacts" in state.by_kind:
        return state.by_kind["contacts"]  # "same for the first guy", after one of the people's conversations
    if listing is not None and listing.kind == "companies" and r.has(r"\bone'?s (?:ppl|people|contacts|users|folks)\b"):
        return listing  # "2nd one's ppl + their events": a company's people, not the second of the people shown
    if (r.has(OWNED) and r.ordinal is not None or r.has(PICKED_THEN_ASKED)) and listing and listing.kind == "contacts":
        return listing  # "the first one's convos", "first of those - open convos?", after people: that person's
    sized = r.has(SIZED)  # "the one w/ 12 users": a company
    for kind, noun in (("conversations", "conversation"), ("contacts", "contact"), ("companies", "company")):
        if sized and kind == "contacts" and "companies" in state.by_kind:
            return state.by_kind["companies"]
        if r.mentions(noun) and (listing is None or listing.kind != kind) and kind in state.by_kind:
            return state.by_kind[kind]
    return listing


__all__ = ["OWNED", "PERSON_WORDS", "PICKED_THEN_ASKED", "listing_for"]
