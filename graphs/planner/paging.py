"""Paging a list shown earlier: "next page", "more", "next 10", "previous page"."""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.checked import LARGEST_PAGE
from graphs.planner.dialogue import COMPANY_CONTACTS, Listing, State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import PAGING_KEYS

NEXT = (
    r"next(?: page| one| batch| set| \d+| few)?|more|keep going|continue|page after(?: that)?|go on|"
    r"the rest(?! of (?:\w+ ){0,3}at (?:her|his|their) )|"  # not "the rest of the people at his company"
    r"(?:the )?(?:following|subsequent)(?: \d+| page| ones| batch)?|"
    r"another page|next cursor|the cursor|follow the cursor|another \d+|another batch|"
    r"everything (?:that'?s |that is )?left|what'?s left|the remainder|remaining ones|the remaining|"
    r"(?:is|are) there (?:any )?more|any more|more of (?:these|those|them)|one more(?: page)?|next lot|another lot|"
    r"(?:the )?(?:\d+|ones|others) (?:after|past) (?:that|those|these|them)|what comes (?:after|next)"
)
PREVIOUS = (  # not "the previous 7 days", a window of time
    r"previous(?! (?:\d+ |few |couple of )?(?:days?|weeks?|months?|fortnight|years?|period|window)\b)(?: page| one)?|"
    r"go back (?:one|a page)|back one|back a page|prior page|page before"
)
PAGE_NUMBERED = ("intercom_list_companies", "intercom_list_all_teams", "intercom_list_segments")


def after_that(r: Utterance, state: State) -> bool:
    """'and the one after', said after "next" (no item picked): the page after the one just shown."""
    stepped = state.last is not None and any(k in state.last[1] for k in PAGING_KEYS) and state.picked is None
    return (
        stepped
        and rx.fullmatch(r"(?:(?:and|ok|okay|then|now) )*(?:the )?(?:one|page) after(?: that)?\W*", r.text) is not None
    )


WHOLE_LIST = r"\b(?:the|that|our|my) (?:contacts?|people|customers?) list\b|\ball (?:the )?contacts\b"
NOUNS = {"contacts": "contact", "companies": "company", "conversations": "conversation", "events": "event"}


def next_page(r: Utterance, state: State) -> Plan:
    listing = state.paged
    named = next((kind for kind, noun in NOUNS.items() if r.mentions(noun)), None)
    if named and (listing is None or listing.kind != named) and named in state.asked:
        listing = state.asked[named]  # "now the 10 convos after those first 5", after someone's events
    if named == "contacts" and listing is not None and listing.tool in COMPANY_CONTACTS and r.has(WHOLE_LIST):
        whole = [shown for shown in state.lists if shown.tool == "intercom_list_all_contacts"]
        listing = whole[-1] if whole else listing  # "next page of the contacts list", after one company's people
    picked = state.picked[0] if state.picked is not None and not named else None
    if r.has(r"\b(?:that|the|this) list\b") and picked is not None and picked.kind != "events":
        listing = picked  # "next page of that list", after its last one: the list it was picked from
    if listing is not None and listing.kind == "events" and not listing.has_more and state.listing is not None:
        listing = state.listing  # one person's events fit one page: "next page" is of the list they were picked from
    detour = listing is not None and listing.tool in ("intercom_contact_overview", "intercom_list_events")
    if detour and listing is not None and not listing.has_more and picked is not None and picked.has_more:
        listing = picked  # "next page", after the events and the overview of one picked from a list: the list's
    if listing is None or listing.kind == "candidates":
        return "Next page of what? Ask for a list first, e.g. 'List Intercom contacts'."
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    if count := r.count(NOUNS.get(listing.kind), None):
        args["per_page"] = count
    if listing.tool in ("intercom_list_companies", "intercom_list_all_teams", "intercom_list_segments"):
        if listing.tool == "intercom_list_companies" and not listing.has_more:
            return "That was the last page: there is nothing more to show."
        return (listing.tool, {**args, "page": (listing.page or 1) + 1})
    if not listing.has_more or not listing.next_cursor:
        return "That was the last page: there is nothing more to show."
    if listing.tool == "intercom_list_events":
        return (listing.tool, {**args, "next_cursor": listing.next_cursor})
    return (listing.tool, {**args, "starting_after": listing.next_cursor})


def previous_page(state: State) -> Plan:
    listing = state.paged
    if listing is None and state.last is None:
        return "Back to what? Nothing is listed yet: which list do you want (contacts, companies, conversations)?"
    if listing is None or not listing.page or listing.page <= 1:
        return "There is no earlier page to go back to. Ask for the list again, or a page number (contacts, companies)."
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    if listing.tool in (*PAGE_NUMBERED, "intercom_list_all_contacts"):
        if listing.per_page and "per_page" not in args:
            args["per_page"] = listing.per_page
        return (listing.tool, {**args, "page": listing.page - 1})
    return "Intercom's cursors only go forward: ask for this list again to start from its first page."


GOTO = (
    r"(?:(?:ok|okay|and|now|then|please|pls|go|skip|jump|flip|move|take me|show|show me|give me|me|to|the|straight)"
    r"\s)*page (?:\d+|\w+)(?:\s(?:please|pls|then|of (?:it|that|those|them|the list|(?:the|that|this|our) (?:companies|"
    r"contacts|segments|teams|accounts|(?:company|contact|account|segment|team) list))))?"
    r"(?:\s(?:too|as well|also|again))?(?:\s?(?:,|but|with|and|at)* \d+ (?:per page|a page|each|on it))?\s?[?.!]?"
)  # "page 3 again but 25 per page"


FINAL_PAGE = r"\b(?:the )?(?:final|last|very last) page\b|\bjump (?:straight )?to the end\b"


def _last_page(r: Utterance, listing: Listing) -> int | None:
    """The number of a list's last page: as its page said, or from the total the request gives ("9 in total")."""
    said = rx.search(r"\b(\d{1,5}) (?:in )?total\b|\btotal (?:of )?(\d{1,5})\b", r.text)
    if listing.total_pages or said is None or not listing.per_page:
        return listing.total_pages
    return -(-int(said[1] or said[2]) // listing.per_page)


LAST_FEW = (
    r"(?:(?:and|ok|okay|now|then|so) )*(?:(?:show|give)(?: me)? )?the (?:last|final) (couple|few|\d{1,3})"
    r"(?: (?:ones?|of them))?(?: (?:then|too|please|pls))?[?.!]*"
)


def _last_few(said: re.Match[str], listing: Listing) -> int | None:
    """The final page of a page-numbered list being paged through, when "the last 2" fit on it (None: not
    paged, already there, or more than a page: "the last 30" is an order, not a page)."""
    if listing.tool not in PAGE_NUMBERED or not listing.per_page or not listing.page or not listing.total_pages:
        return None
    count = listing.per_page if not said[1].isdigit() else int(said[1])
    return listing.total_pages if listing.page < listing.total_pages and count <= listing.per_page else None


AT_ONCE = r"\b(?:at once|on (?:one|a single) page|in one (?:go|shot|list|page))\b"
WHOLE = r"\b(?:all|everything|everyone|whole|entire)\b"
MOST_PER_PAGE = 150
ALL_OF_THEM = (
    r"(?:(?:just|ok|okay|now|then|pls|please|actually)\s)*(?:show|give|list)(?: me)? (?:them all|all of them)[?.!]*"
)


def _shown_last(listing: Listing | None, state: State) -> bool:
    """Whether the last answer showed a page of ``listing``, not all of it ("show me all of them": that list)."""
    last = state.last
    if listing is None or not isinstance(last, tuple) or last[0] != listing.tool:
        return False
    return listing.has_more or any(key in listing.args for key in ("page", "per_page", "starting_after"))


def _other_kind(r: Utterance, listing: Listing) -> bool:
    """Whether the request names another kind of record than the list's ("all companies at once", after teams)."""
    own = NOUNS.get(listing.kind, listing.kind.removesuffix("s"))
    kinds = ("contact", "company", "conversation", "segment", "team", "event")
    return any(r.mentions(kind) for kind in kinds if kind != own)


def before_that(r: Utterance, state: State) -> bool:
    """'and the one before that', said after "back" or "page 3" (no item picked): the page before."""
    stepped = state.last is not None and state.last[1].get("page") and state.picked is None
    return bool(stepped) and rx.fullmatch(rf"{STEER}(?:the )?(?:one|page) before(?: that)?\W*", r.text) is not None


STEER = r"(?:(?:and|ok|okay|then|now|so|pls|please|make it|use|can i (?:get|have)|give me|show(?: me)?|i want) )*"
RESIZED = rf"{STEER}(?:(?:a|the) )?(?:(bigger|larger|longer|more per|smaller|shorter|fewer per) (?:pages?|page size)|"
RESIZED += r"(more|fewer|less) (?:per|a|on (?:each|a|one|the)) page|(more) at (?:a time|once))(?: (?:please|pls))?\W*"


def resized(r: Utterance, state: State) -> Plan | None:
    """'bigger page', 'more per page', 'smaller pages': the list shown again from its start, 50 a page (the
    most a page holds when it had 50 or more already), or 10 (5 when it had 10 or fewer)."""
    listing, said = state.paged, rx.fullmatch(RESIZED, r.text)
    if said is None or listing is None or listing.tool not in (*PAGE_NUMBERED, *LISTS):
        return None
    size = int(listing.args.get("per_page") or listing.per_page or 20)
    bigger = (said[1] or said[2] or said[3]).casefold() in ("bigger", "larger", "longer", "more per", "more")
    top = LARGEST_PAGE.get(listing.tool, MOST_PER_PAGE)
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    return (listing.tool, {**args, "per_page": (50 if size < 50 else top) if bigger else (10 if size > 10 else 5)})


LISTS = ("intercom_list_all_contacts", "intercom_list_conversations", "intercom_search_conversations")


def goto_page(r: Utterance, state: State) -> Plan | None:
    """'jump to page 3', 'page 2 please': that page of the list shown, as it was asked (its page size); 'just
    show them all at once': the whole list on one page (as much as a page holds); 'the one before that', after
    a page: the page before; 'bigger page': see :func:`resized`."""
    if before_that(r, state):
        return previous_page(state)
    if (other_size := resized(r, state)) is not None:
        return other_size
    listing = state.paged
    whole = r.has(AT_ONCE) and r.has(WHOLE) or rx.fullmatch(ALL_OF_THEM, r.text) and _shown_last(listing, state)
    if listing is not None and whole and not r.identified and not _other_kind(r, listing):
        args = {k: v for k, v in listing.args.items() if k not in (*PAGING_KEYS, "per_page")}
        return (listing.tool, {**args, "per_page": MOST_PER_PAGE})
    if listing is not None and listing.kind == "events" and state.listing is not None:
        listing = state.listing  # "give me page 2", after one person's events: the list they were picked from
    if listing is not None and r.has(FINAL_PAGE) and not r.identified and (last := _last_page(r, listing)):
        args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}  # "330 total, so jump straight to
        return (listing.tool, {**args, "per_page": listing.per_page or 50, "page": last})  # the final page"
    if listing is not None and (few := rx.fullmatch(LAST_FEW, r.text)) and (last := _last_few(few, listing)):
        args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}  # "and the last couple", paging
        return (listing.tool, {**args, "per_page": listing.per_page, "page": last})  # through: the final page
    if r.page is not None and listing is None and state.last is None and rx.fullmatch(GOTO, r.text):
        return f"Page {r.page} of what? Ask for a list first, e.g. 'List Intercom contacts, page {r.page}'."
    sized = rx.fullmatch(r"(?:(?:ok|okay|now|then|pls|please|make it|show|use) )*(\d{1,3}) (?:per|a) page\W*", r.text)
    if sized and state.last is None:  # "set the page size to 50", said first
        return f"{sized[1]} a page of what? Ask for a list first, e.g. 'List Intercom contacts, {sized[1]} per page'."
    if r.page is None or listing is None or not rx.fullmatch(GOTO, r.text):
        return None
    named = rx.search(
        r"of (?:the|that|this|our) (companies|contacts|segments|teams|accounts|company|contact|account)", r.text
    )
    kinds = {"accounts": "companies", "company": "companies", "account": "companies", "contact": "contacts"}
    if named and kinds.get(named[1], named[1]) != listing.kind:
        listing = state.asked.get(kinds.get(named[1], named[1]))  # "page 3 of the companies too", after its people
        if listing is None:
            return None  # "page 2 of the companies", after contacts: the companies' own
    if listing.tool not in (*PAGE_NUMBERED, "intercom_list_all_contacts"):
        first = not listing.args.get("starting_after")
        if first and r.page == 2 and listing.has_more and listing.next_cursor:  # "page 2", after a cursor's first page
            return next_page(r, state)
        return None
    args = {k: v for k, v in listing.args.items() if k not in PAGING_KEYS}
    if listing.per_page and "per_page" not in args:
        args["per_page"] = listing.per_page
    if size := next((c.value for c in r.counts if c.per_page), None):
        args["per_page"] = size  # "page 3 again but 25 per page"
    return (listing.tool, {**args, "page": r.page})


OPEN_IT = (
    r"(?:(?:ok|okay|so|and|then|now|pls|please|can you|could you) )*(?:pull|bring|open|show|read|get)(?: me)? "
    r"(?:it|that|that one|this one)(?: up)?(?: please| pls)?(?: ?[?.!])?"
)


def which_of_several(r: Utterance, state: State) -> str | None:
    """'ok pull it up', after several refund conversations: which one?"""
    listed = state.listing
    if not rx.fullmatch(OPEN_IT, r.text) or listed is None or len(listed.items) < 2:
        return None
    return which_listed(listed)


def which_listed(listed: Listing) -> str:
    """Which of the items the last list shows is meant, asked."""
    return (
        f"Which one do you mean? The last list shows {len(listed.items)}: say which (the first, the second, "
        "the one from <name>) or give its id."
    )


__all__ = [
    "NEXT",
    "PAGE_NUMBERED",
    "PREVIOUS",
    "after_that",
    "goto_page",
    "next_page",
    "previous_page",
    "which_listed",
    "which_of_several",
]
