"""Lists and calls shown earlier in the conversation, found again: "the first page" of a list paged since,
the list that "the closed ones from before" describe, and the call last made for one item made again for
another ("same for the second")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphs.planner.dialogue import Listing, State
from graphs.planner.focus import COMPANY_ACTIONS, about_contact, about_item, contact_key
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import PAGING_KEYS
from graphs.planner.topics import STATE_WORDS
from graphs.planner.who import distinct_people
from graphs.planner.words import ORDINALS

LIST_KINDS = {"company": "companies", "companies": "companies", "account": "companies", "contact": "contacts",
              "contacts": "contacts", "people": "contacts", "conversation": "conversations", "convo": "conversations",
              "search": "conversations", "ticket": "conversations", "chat": "conversations", "thread": "conversations",
              "user": "contacts", "customer": "contacts", "ppl": "contacts", "folks": "contacts"}  # fmt: skip
WHOLE = {"full", "whole", "entire", "complete", "unfiltered", "main", "big", "all", "original", "initial", "first"}
EARLIER = {"previous", "earlier", "last", "other", "old", "prior"}
NEWEST = {"new", "newest", "latest", "recent"}  # "back to those 5 new ppl": everyone's newest, not a company's
PLAIN_LISTS = {"intercom_list_all_contacts", "intercom_list_conversations", "intercom_list_companies"}


def filters(listing: Listing) -> int:
    """How many filters a list was asked with (paging and page size are not filters)."""
    return sum(1 for k, v in listing.args.items() if v not in (None, "") and k not in {*PAGING_KEYS, "per_page"})


def first_page(state: State, listing: Listing) -> Listing | None:
    """The first page of the list ``listing`` is a page of (the same call without a cursor), if shown."""
    same = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    firsts = [
        shown for shown in state.lists
        if shown.tool == listing.tool and {k: v for k, v in shown.args.items() if k not in PAGING_KEYS} == same
        and not any(shown.args.get(k) for k in ("starting_after", "next_cursor")) and (shown.page or 1) <= 1
    ]  # fmt: skip
    return firsts[-1] if firsts else None


ORDER_WORDS = {"quiet": "asc", "quietest": "asc", "inactive": "asc", "dormant": "asc", "oldest": "asc",
               "busiest": "desc", "active": "desc", "newest": "desc"}  # fmt: skip


def described(desc: list[str], noun: str, state: State) -> Listing | None:
    """The list shown earlier that ``desc`` + ``noun`` describe, newest first; None when none fits."""
    words = [w for w in desc if w not in ("list", "of", "the", "very")]
    kind = LIST_KINDS.get(noun) or LIST_KINDS.get(noun.removesuffix("s"))
    kind = kind or next((LIST_KINDS.get(w) or LIST_KINDS.get(w.removesuffix("s")) for w in words if
                         LIST_KINDS.get(w) or LIST_KINDS.get(w.removesuffix("s"))), None)  # fmt: skip
    if noun == "page" and words and words[-1] in ("first", "1st", "opening", "start") and state.lists:
        return first_page(state, state.lists[-1])  # "back to the first page": of the list paged last
    nth = [ORDINALS[w] for w in words if w in ORDINALS and w not in EARLIER]
    met = {(x.tool, str(sorted((k, v) for k, v in x.args.items() if k not in PAGING_KEYS))): x for x in state.lists}
    shown = [x for x in met.values() if x.kind != "candidates" and (kind is None or x.kind == kind)]
    if nth and noun in ("list", "lists", "results") and len(words) == 1 and len({x.kind for x in shown}) > 1:
        return shown[nth[0]] if -len(shown) <= nth[0] < len(shown) else None  # "go back to the second list"
    states = [w for w in words if w in STATE_WORDS]
    whole = [w for w in words if w in WHOLE]
    earlier = [w for w in words if w in EARLIER]
    ordered = {ORDER_WORDS[w] for w in words if w in ORDER_WORDS}  # "back to the quiet list": the one oldest first
    known = set(states) | set(whole) | set(earlier) | {w for w in words if LIST_KINDS.get(w) or LIST_KINDS.get(w[:-1])}
    known |= (set(ORDER_WORDS) | NEWEST) & set(words)
    topic = [w for w in words if w not in known and len(w) > 2]
    found = [
        listing for listing in reversed(state.lists)
        if listing.kind != "candidates" and (kind is None or listing.kind == kind)
        and (not states or str(listing.args.get("state") or "").casefold() in states)
        and (len(ordered) != 1 or listing.args.get("order") in ordered)
        and all(w in str(listing.args.get("query") or listing.args.get("text") or "").casefold() for w in topic)
    ]  # fmt: skip
    sized = [int(w) for w in words if w.isdigit()]  # "back to those 5 new ppl": the list of five, of everyone
    found = [x for x in found if sized[0] in (len(x.items), x.per_page)] or found if sized else found
    if NEWEST & set(words):  # "back to those 5 new ppl", "back to the latest convos": the plain list of them
        found = [x for x in found if x.tool in PLAIN_LISTS]
        if not found:
            return None
    if earlier and found and found[0] is state.listing:
        found = found[1:]
    if noun.startswith("search") and any(x.tool == "intercom_search_conversations" for x in found):
        found = [x for x in found if x.tool == "intercom_search_conversations"]  # "the convo search": not transcripts
    if whole and found:  # the list with the fewest filters (the first of them for "the original list")
        fewest = min(map(filters, found))
        found = [listing for listing in found if filters(listing) == fewest]
        if set(whole) & {"original", "initial", "first"}:
            found = found[::-1]
    if found:
        return found[0]
    return state.asked.get(kind) if kind and not (states or topic) else None


def as_before(state: State, listing: Listing, item: dict[str, Any], totals: bool = False) -> Plan | None:
    """The last call made for an item of ``listing``, made again for ``item``; with ``totals``, the last event
    totals when there are any ("same counts for the first of them", after her profile and her company's people)."""
    summed = [c for c in state.calls if c[0] == "intercom_list_events" and c[1].get("summary")]
    if totals and summed and listing.kind == "contacts":
        return for_contact(*summed[-1], item)
    pages = [i for shown in state.lists if shown.tool == listing.tool for i in shown.items]  # its other pages too
    ids = {str(i.get("id")) for i in (*listing.items, *pages)} | {str(i.get("name")).casefold() for i in listing.items}
    for name, args in reversed(state.calls):
        key = COMPANY_ACTIONS.get(name) if listing.kind == "companies" else None
        if listing.kind == "conversations" and name == "intercom_get_conversation_by_id":
            key = "conversation_id"
        if key and (str(args.get(key)) in ids or str(args.get(key)).casefold() in ids):
            return (name, {**{k: v for k, v in args.items() if k not in PAGING_KEYS}, key: item["id"]})
        if listing.kind == "contacts" and (same := for_contact(name, args, item)) is not None:
            return same  # "same check for the first person from the zephyr list"
    return None


def for_contact(name: str, args: dict[str, Any], item: dict[str, Any]) -> Plan | None:
    """A call made about one contact, made for ``item`` instead."""
    kept = {k: v for k, v in args.items() if k not in PAGING_KEYS}
    if name in ("intercom_search_conversations", "intercom_find_conversations") and args.get("contact_email"):
        return (name, {**kept, "contact_email": item["email"]}) if item.get("email") else None
    if name == "intercom_list_events" and (key := contact_key(item)):
        rest = {k: v for k, v in kept.items() if k in ("per_page", "summary")}
        return (name, {key[0]: key[1], **rest})
    if name == "intercom_contact_overview" and (ref := item.get("email") or item.get("id")):
        return (name, {**kept, "contact": ref})
    if name == "intercom_get_contact_by_id" and item.get("id"):
        return (name, {"contact_id": item["id"]})  # "and lena silva?", after another customer's record
    return None


READ_ONE_BY_ONE = (
    ("intercom_get_company_by_id", "company_id", "companies"),
    ("intercom_get_conversation_by_id", "conversation_id", "conversations"),
)


def read_in_turn(r: Utterance, state: State) -> Plan | None:
    """With no list shown, an ordinal counts what was read one by one: the people discussed, the companies or
    conversations opened ("who's at the second one", "the first one again, just the last 2 msgs")."""
    if r.ordinal is not None and len(people := distinct_people(state)) >= 2:
        if -len(people) <= r.ordinal < len(people) and not r.mentions("conversation"):
            bare = r.has(
                r"^(?:and |what about |how about |ok |now )?(?:the |for the )?\w+(?: one| person| user)? ?\??$"
            )
            same = for_contact(*state.last, people[r.ordinal]) if bare and state.last else None
            return same or about_contact(r, people[r.ordinal])  # "who is that second one", after two people's
            # events; "and the second", after counts for the first: the same for the second
    for tool, key, kind in READ_ONE_BY_ONE:  # "who's at the second one", "the first one again, just the last 2 msgs"
        read = list(dict.fromkeys(str(a[key]) for n, a in state.calls if n == tool and key in a))
        if r.ordinal is not None and len(read) >= 2 and -len(read) <= r.ordinal < len(read):
            records = {**{str(c.get("id")): c for c in state.companies_read}, **state.conversations_read}
            read_before = Listing(tool, {}, [records.get(f) or {"id": f} for f in read], kind)
            item = read_before.items[r.ordinal]
            if kind == "companies" and r.has(r"\bwho\b|\bpeople\b|\bppl\b") and not r.has(r"page|attached|events?"):
                return (
                    "intercom_company_contacts_events",
                    {"company": item.get("name") or item["id"], "events_per_contact": 0},
                )  # not a
                # list's page: its people, as "who's at <name>" gets them
            return about_item(r, read_before, item, state)
    return None


__all__ = [
    "EARLIER",
    "LIST_KINDS",
    "WHOLE",
    "as_before",
    "described",
    "filters",
    "first_page",
    "for_contact",
    "longer_list",
    "read_in_turn",
    "unfiltered",
]


def longer_list(r: Utterance, state: State, shown: Listing) -> Listing | None:
    """An earlier list the ordinal fits, when the one shown last is too short: the list last picked from,
    else the latest list of the kind named ("the #2 account from that list")."""
    assert r.ordinal is not None
    named = {LIST_KINDS[w] for w in r.words if w in LIST_KINDS}
    earlier = [state.picked[0]] if state.picked is not None else []
    earlier += list(reversed(state.lists))
    for listing in earlier:
        if listing is not shown and (not named or listing.kind in named):
            if -len(listing.items) <= r.ordinal < len(listing.items):
                return listing
    namesakes = state.candidates
    if (
        namesakes is not None
        and namesakes.tool == "intercom_contact_overview"
        and r.has(r"\b(?:she|he|her|his|him)\b")
        and r.ordinal < len(namesakes.items)
    ):
        return replace(namesakes, kind="contacts")  # "and the 3rd one - what company is she at": of the namesakes
    people = distinct_people(state)  # "events for the second guy", after three people looked up one by one
    if len(people) > 1 and -len(people) <= r.ordinal < len(people) and r.has(r"\b(?:one|guy|person|lady|contact)\b"):
        return Listing("", {}, people, "contacts")
    return None


def unfiltered(shown: Listing, listing: Listing) -> bool:
    """Whether ``shown`` is ``listing``'s search without its state filter (of every state)."""
    keys = set(listing.args) - {"state", "starting_after"}
    return shown.tool == listing.tool and not shown.args.get("state") and keys == set(shown.args) - {"starting_after"}
