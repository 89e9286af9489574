"""Choosing an item of a list by what it is, not where: "that snoozed convo", "the billing one", "the one
from lena rossi", "the june one" (conversations); "the most active one" (a company's people, by events);
"the other open one" (one not opened yet); "the one with 5 users" (among the companies a name matched)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import ASK_WHICH_ONE, Listing
from graphs.planner.people import spoken
from graphs.planner.reading import Utterance
from graphs.planner.topic_alone import narrowed_topic
from graphs.planner.topics import STATE_WORDS, TOPIC_WORDS, singular
from graphs.planner.words import ORDINALS

POSSESSED = r"\b\w+'s (?:\w+ )?(?:one|convo|conversation|ticket|chat)\b"  # "victor's shipping one"
SEARCHED = ("intercom_search_conversations", "intercom_find_conversations")
ABOUT_THEM = r"account|company|profile|who|plan|events?|activity|\borg\b|doing|details"


DAY = 86_400


def by_state_or_topic(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'that snoozed convo', 'the billing one', 'the one from lena rossi': the conversation that fits."""
    narrowed = r"^(?:\w+ )?(?:only|just) (?:the )?(?:open|closed|snoozed) ones?\b|"
    if r.has(narrowed + r"^(?:\w+ )?which one (?:is|are) (?:still )?(?:open|closed|snoozed)\b"):
        return None  # "only the open one please", "which one is still open?": the list narrowed, not one picked
    only = r"(?:\w+ )?(?:only|just)" if listing.tool == "intercom_find_conversations" else r"(?:\w+ )?only"
    if rx.match(only, r.text) and narrowed_topic(r.text) and listing.tool in SEARCHED:  # ("just the invoice one",
        return None  # after her conversations, picks it; "only the billing one": the search narrowed; after
        # transcripts of hers, "just the billing one" too: the transcripts narrowed
    owned = rx.fullmatch(r"(?:and |ok |now |what about |open |read |show me |show )?(\w+(?: \w+)?)'s ?[?.!]?", r.text)
    owned = owned if listing.tool != "intercom_contact_overview" else None  # (all hers: "and ben's" is about ben)
    if listing.kind != "conversations" or not (
        owned
        or r.has(r"(?:that|the|this|her|his|their) (?:\w+ ){0,3}(?:convo|conversation|chat|ticket|thread|one)")
        or r.has(r"\w+'s (?:\w+ )?(?:convo|conversation|chat|ticket|thread)\b(?!s)")
        or rx.match(r"(?:\w+ ){1,2}(?:one|convo|conversation|chat|ticket|thread)\b(?! ?s\b)", r.text)  # "login convo"
        or (r.has(POSSESSED) and not r.has(ABOUT_THEM))  # "grace silva's one", not "... - what's her account?"
    ):
        return None
    whose = rx.search(r"\b([a-z]+ [a-z]+)'s? (?:one|convo|conversation|ticket|chat|thread)\b", r.text)
    if whose and len(mine := [c for c in listing.items if _author(c).casefold() == whose[1]]) == 1:
        return mine[0]  # "is emma adams' one still waiting on us?": the one she wrote
    unclosed = [c for c in listing.items if c.get("state") != "closed"]
    if r.has(r"(?:not|never) closed") and len(unclosed) == 1:
        return unclosed[0]  # "the one that isn't finished yet": the one not closed (open or snoozed)
    named = rx.search(r"(?:\b(?:the|that|this) |^)(\w+(?: \w+)?) (?:one|ticket|convo|conversation|chat)\b", r.text)
    told = named.group(1).split() if named else []
    said = [w for w in told if w not in ("other", "the", "a", "an")]  # "the other refund one": refund (of those not
    # opened yet); "the one from saturday": no word (not every conversation with "the" in it)
    if said and not set(said) & (STATE_WORDS | {"last", "first", "latest", "same", "next"}):
        fits = [c for c in listing.items if all(w in words_of(c) for w in said)]  # "show me the shipping one"
        fits = fits or [c for c in listing.items if _author(c).casefold().split(" ")[0] == " ".join(said)]  # "milo"
        if r.state and len(fits) > 1 and len(both := [c for c in fits if c.get("state") == r.state]) == 1:
            return both[0]  # "the onboarding one which is still open"
        fits = by if len(by := [c for c in fits if f" {_author(c).casefold()} " in spoken(r)]) == 1 else fits  # by x y
        if len(fits) == 1 or (fits and len({_author(c) for c in fits}) == 1) or (fits and "other" in told):
            return fits[0]
    if owned and (mine := [c for c in listing.items if owned.group(1) in (_author(c).casefold(), _first(c))]):
        if len({_author(c) for c in mine}) == 1:
            return mine[0]  # "open tara baker's": hers (the verb is not her conversation's state)
    fits = [c for c in listing.items if r.state and c.get("state") == r.state]
    if fits and r.person is not None and " " in (who := r.person.name.casefold()):  # "the open one from kai garcia"
        fits = [c for c in fits if _author(c).casefold() == who]  # (not another open one, on a page without his)
    on_topic = [c for c in fits if (t := said_topic(r)) and all(w in words_of(c) for w in t.split())]
    fits = on_topic if len(fits) > 1 and on_topic else fits  # "the open one about the VAT number", of three open
    if not fits:  # "the one from lena rossi", "the kai chen one"
        text = spoken(r)
        fits = [c for c in listing.items if " " in (n := _author(c).casefold()) and f" {n} " in text]
    if not fits and (window := created_span(r)) is not None:  # "the june one": created then
        start, end = window
        fits = [c for c in listing.items if start <= int(c.get("created_at") or 0) < end]
        if not fits and end - start == DAY and r.has(r"\blast (?:mon|tues|wednes|thurs|fri|satur|sun)day\b"):
            week = 7 * DAY  # "the one from last tuesday", on a wednesday: the tuesday of last week, if that is listed
            fits = [c for c in listing.items if start - week <= int(c.get("created_at") or 0) < end - week]
    first = owned or rx.search(
        r"\b(?:from|by|with|of) (\w{3,})\b|\b(\w{3,})'s (?:(\w+) )?(?:one|convo|conversation|ticket|chat|thread)\b",
        r.text,
    )
    if not fits and first:
        called = first.group(1) or first.group(2)
        fits = [c for c in listing.items if _author(c).casefold().split(" ")[0] == called]
        full = r.person.name.casefold() if r.person is not None and r.person.name.casefold().startswith(called) else ""
        fits = [c for c in fits if not full or _author(c).casefold() == full]  # "iris baker": not iris adams's
        about = first.group(3) if first.lastindex and first.lastindex >= 3 and not owned else None
        if about and len(fits) > 1:  # "victor's shipping one", of two Victors' conversations
            fits = [c for c in fits if about in words_of(c)] or fits
        fits = fits if len({_author(c) for c in fits}) == 1 or about else []
    word = r.topic or (named.group(1) if named else None)
    if not fits and word:
        fits = [c for c in listing.items if word.lower() in words_of(c)]
    if not fits and word and (kin := KINDRED.get(singular(word.lower()))):  # "the one about money": the billing one
        fits = [c for c in listing.items if any(k in words_of(c) for k in kin)]
        fits = fits if len(fits) == 1 else []
    return fits[0] if fits else None


def _first(conversation: dict[str, Any]) -> str:
    return _author(conversation).casefold().split(" ")[0]


KINDRED = {  # what a conversation about a thing said in everyday words is found by
    "money": ("billing", "invoice", "refund", "charge", "payment", "price", "pricing", "subscription", "paid"),
    "payment": ("billing", "invoice", "refund", "charge", "paid", "card"),
    "delivery": ("shipping", "order", "package", "parcel", "shipment"),
    "access": ("login", "log in", "password", "locked", "sign in"),
}


ACTIVE = (
    r"(?:one|person|guy|contact|who) (?:who |that )?(?:was|were|has been|is|got) "
    r"(?:most |the most )?(?:recently )?active|who'?s been (?:the most |most )?(?:recently )?active|"
    r"most (?:recently )?active|last (?:one )?(?:to be )?active|busiest|least active|"
    r"(?:most|fewest|least) (?:events|activity|actions)"
)
FEWEST = r"least active|(?:fewest|least) (?:events|activity|actions)"


def by_activity(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the one who was active today', 'the most active one': a listed contact by their events."""
    if listing.kind != "contacts" or not r.has(ACTIVE) or not any(c.get("events") for c in listing.items):
        return None

    def latest(c: dict[str, Any]) -> int:
        return max((int(e.get("created_at") or 0) for e in c.get("events") or []), default=0)

    if r.has(FEWEST):
        return min(listing.items, key=lambda c: (len(c.get("events") or []), latest(c)))
    if r.has(r"most (?:events|activity|actions)|busiest|most active") and not r.has(r"recently|today|yesterday|last"):
        return max(listing.items, key=lambda c: (len(c.get("events") or []), latest(c)))
    return max(listing.items, key=latest)


OPENED = r"(?:opened|created|started|came in|arrived|raised|submitted|began)"
NOT_A_SPAN = r"(?! (?:\d+ |few |couple )?(?:weeks?|months?|days?|years?|hours?|quarters?|fortnight)\b)"  # "last week"
EARLIEST = rf"{OPENED} (?:the )?(?:earliest|first|longest ago){NOT_A_SPAN}|(?:earliest|first)[- ]{OPENED}|"
EARLIEST += r"\bthe (?:very )?earliest(?: one| convo| conversation| ticket| chat)?\b|"  # "open the earliest one"
EARLIEST += r"\bwhich (?:one )?of (?:these|those|them) is (?:the )?oldest\b|"  # "which of these is the oldest?"
EARLIEST += r"\bthe oldest (?:one )?(?:of|on|in) (?:these|those|them)\b"
LATEST = rf"{OPENED} (?:the )?(?:most recently|latest|last){NOT_A_SPAN}|(?:most recently|latest|newest)[- ]{OPENED}"


CREATED = r"\b(?:created|signed up|joined|added|registered|made|came in|showed up)(?: on| in| at)?\b"


def by_created(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the guy created on oct 20': the one listed contact created on that day (or in that period); 'who
    signed up most recently of these': the newest (or the first to)."""
    if listing.kind != "contacts" or not r.has(CREATED):
        return None
    made = [c for c in listing.items if c.get("created_at")]
    if made and r.has(rf"{CREATED} (?:the )?(?:most recently|latest|last|first|earliest)\b(?! (?:week|month|year))"):
        pick = min if r.has(r"\b(?:first|earliest)\b") else max
        return pick(made, key=lambda c: int(c.get("created_at") or 0))
    if (window := created_span(r)) is None:
        return None
    fits = [c for c in listing.items if window[0] <= int(c.get("created_at") or 0) < window[1]]
    return fits[0] if len(fits) == 1 else None


def by_seen(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'who on this page was seen most recently?': the listed contact last seen latest (or earliest)."""
    seen = [c for c in listing.items if c.get("last_seen_at")] if listing.kind == "contacts" else []
    quiet = r"(?:been )?quiet(?:est)? (?:the )?longest|quietest|gone quiet (?:the )?longest|least recently active"
    if not seen or not r.has(
        rf"seen (?:the )?(?:most |least )?recently|(?:last )?seen (?:the )?(?:longest ago|earliest)|{quiet}"
    ):
        return None
    pick = min if r.has(r"least recently|longest ago|earliest|" + quiet) else max
    return pick(seen, key=lambda c: int(c.get("last_seen_at") or 0))


def by_age(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'whichever on this page was opened earliest': the listed conversation created first (or last)."""
    if listing.kind != "conversations" or not listing.items or not r.has(EARLIEST + "|" + LATEST):
        return None
    pick = min if r.has(EARLIEST) else max
    return pick(listing.items, key=lambda c: int(c.get("created_at") or 0))


DID = rx.compile(
    r"\b(?:(?:one|person|guy|contact|user|lead|who|whoever) (?:who|that|whose) (?:\w+ ){0,3}?|whoever (?:\w+ )?|"
    r"^(?:and |ok |so )?who (?:has |have )?(?=\w+ed\b)|which of (?:them|em|those|these) (?:has |have )?)"
    r"(\w+ed|used|did|\w+ing|event|events|activity)\b(.*)"
)
DOING = frozenset({"used", "using", "did", "doing", "was", "were", "has", "have", "been", "the", "and", "event",
                   "events", "activity", "latest", "last", "most", "recent", "only", "just", "nothing", "but",
                   "all"})  # fmt: skip


def by_event(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the one who only used the api', 'the guy who exported a report', 'the one who was using the api
    yesterday', 'the one whose latest event was a plan upgrade': the one listed person whose events (a
    company flow's) have that name (only that name if 'only' is said; their latest if that is said)."""
    counted = rx.search(
        r"\b(?:one|person|guy|contact|user|lead) (?:w/?|with|who has|that has) (\d+) ([a-z]+-[a-z-]+)", r.text
    )
    if listing.kind == "contacts" and counted:  # "the one w 2 upgraded-plan events": that many of that event shown
        n, name = int(counted[1]), counted[2]
        fit = [c for c in listing.items if [e.get("event_name") for e in c.get("events") or []].count(name) == n]
        return fit[0] if len(fit) == 1 else None
    said = DID.search(r.text)
    if listing.kind != "contacts" or said is None or not any(c.get("events") for c in listing.items):
        return None
    words = {w[:4] for w in rx.findall(r"[a-z]{3,}", said[1] + " " + said[2]) if w not in DOING}

    def fits(event: dict[str, Any]) -> bool:
        return bool({part[:4] for part in str(event.get("event_name") or "").split("-")} & words)

    after, before = r.dates.args().get("created_after"), r.dates.args().get("created_before")

    def when(event: dict[str, Any]) -> bool:
        at = int(event.get("created_at") or 0)
        return (after is None or at >= _day(after)) and (before is None or at < _day(before))

    latest = r.has(r"(?:latest|last|most recent) (?:event|thing)")
    found = []
    for c in listing.items:
        events = [e for e in c.get("events") or [] if when(e)]
        if latest:
            events = sorted(events, key=lambda e: int(e.get("created_at") or 0))[-1:]
        if events and (all(map(fits, events)) if r.has(r"only|nothing but") else any(map(fits, events))):
            found.append(c)
    if len(found) > 1 and r.has(r"most recently|(?:the )?latest|last\b"):  # "whoever exported a report most recently"
        return max(found, key=lambda c: max(int(e.get("created_at") or 0) for e in c["events"] if fits(e)))
    return found[0] if len(found) == 1 else None


def _day(iso: str) -> int:
    return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp())


def created_span(r: Utterance) -> tuple[int, int] | None:
    """The request's dates as a span of epoch seconds (open ends unbounded), or None when it has none."""
    if not (r.dates and (r.dates.after or r.dates.before)):
        return None
    return (_day(r.dates.after) if r.dates.after else 0, _day(r.dates.before) if r.dates.before else 1 << 62)


def several_fit(r: Utterance, listing: Listing) -> str | None:
    """'open the refund one', when two listed conversations are about refunds (by different people): which?"""
    if listing.kind != "conversations" or r.state or r.ordinal is not None:
        return None
    spoken = f" {' '.join(r.tokens)} "
    theirs = [c for c in listing.items if (a := _author(c).casefold()) and " " in a and f" {a} " in spoken]
    theirs = [c for c in theirs if c in topic_fits(r, listing)] or theirs  # "the refund one from felix ito"
    picks = r.has(r"\b(?:one|convo|conversation|ticket|chat|thread|transcript)\b") and not r.has(r"\bwho\b")
    if (
        picks
        and len(theirs) > 1
        and not r.dates
        and not r.has(r"\b(?:older|newer|earlier|later|recent|other|both|all)\b")
    ):
        said = [f"#{c.get('id')} ({c.get('state')}, {_created(c)})" for c in theirs[:5]]  # "open the tara khan one"
        return f"{ASK_WHICH_ONE}{', '.join(said[:-1])} or {said[-1]}? Say its id, its date or its state."
    named = rx.search(r"\b(?:the|that|this) (\w+) (?:one|ticket|convo|conversation|chat)\b", r.text)
    if named is None:
        return None
    firsts = [c for c in listing.items if _author(c).casefold().split(" ")[:1] == [named[1]]]
    if len({_author(c) for c in firsts}) > 1:  # "open the rosa one", by rosa hughes and by rosa diaz: whose?
        said = [f"#{c.get('id')} ({_author(c)}, {c.get('state')})" for c in firsts[:5]]
        return f"{ASK_WHICH_ONE}{', '.join(said[:-1])} or {said[-1]}? Say its id, who wrote it or its state."
    fits = topic_fits(r, listing)
    if len(fits) < 2 or len({_author(c) for c in fits}) < 2:
        return None
    if any(set(_author(c).casefold().split()) & r.words for c in fits) or r.dates:
        return None  # "the refund one from ben silva": said which
    said = [f"#{c.get('id')} ({_author(c) or 'no author'}, {c.get('state')})" for c in fits[:5]]
    return f"{ASK_WHICH_ONE}{', '.join(said[:-1])} or {said[-1]}? Say its id, who wrote it or its state."


def said_topic(r: Utterance) -> str | None:
    """The topic of 'the open one about the VAT number', 'the snoozed api one' (after its state), lower case."""
    stated = rx.search(r"\bthe (?:open|closed|snoozed) (\w+(?: \w+)?) (?:one|ticket|convo|conversation)\b", r.text)
    return r.topic.lower() if r.topic else stated[1] if stated else None


def topic_fits(r: Utterance, listing: Listing) -> list[dict[str, Any]]:
    """The listed conversations about what 'the <word> one' names ("the refund one")."""
    named = rx.search(r"\b(?:the|that|this) (\w+) (?:one|ticket|convo|conversation|chat)\b", r.text)
    if named is None or named[1] in STATE_WORDS | {"other", "last", "first", "latest", "same", "next", "only", "new"}:
        return []
    return [c for c in listing.items if named[1] in words_of(c)]


QUESTION = r"question|issue|request|problem|complaint|message|convo|conversation|ticket|thread|chat"


def named_one(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'quinn meyer's billing question on there': the listed conversation of the person named in full (about
    the topic said, when they have several), or None."""
    owned = rx.search(rf"\b(\w+ \w+)'s (?:(\w+) )?(?:{QUESTION})\b(?!s)", r.text)
    if owned is None or r.person is None or r.person.name.casefold() != owned[1] or listing.kind != "conversations":
        return None
    theirs = [c for c in listing.items if _author(c).casefold() == owned[1]]
    if owned[2] and len(theirs) > 1:
        theirs = [c for c in theirs if owned[2] in words_of(c)]
    return theirs[0] if len(theirs) == 1 else None


THAT_TOPIC = rx.compile(r"\b(?:that|the|this) (\w+) (?:about|thing|issue|question|request|complaint|problem)\b")


def topic_named(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'what was that refund about, read it': the one listed conversation on that topic, or None."""
    said = THAT_TOPIC.search(r.text)
    if said is None or listing.kind != "conversations" or (word := singular(said[1])) not in TOPIC_WORDS:
        return None
    fits = [c for c in listing.items if word in words_of(c)]
    return fits[0] if len(fits) == 1 else None


def words_of(conversation: dict[str, Any]) -> str:
    """A listed conversation's first message, subject and title, lower case: what "the billing one" is found in."""
    source = conversation.get("source") or {}
    return f"{source.get('body') or ''} {source.get('subject') or ''} {conversation.get('title') or ''}".lower()


def _created(conversation: dict[str, Any]) -> str:
    at = conversation.get("created_at")
    return time.strftime("%Y-%m-%d", time.gmtime(at)) if isinstance(at, int | float) else "no date"


def _author(conversation: dict[str, Any]) -> str:
    return str(((conversation.get("source") or {}).get("author") or {}).get("name") or "")


SIZED = (
    r"(?:with|w/|has|having|that has) (?:only |just |exactly )?(\d{1,4}|a single|one) "
    r"(?:users?|people|persons?|contacts?|members?|employees?)"
)


def by_role(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the lead', 'events for the lead in there': the one listed contact of that role."""
    m = rx.search(r"\bthe (?:only |one )?(lead|user|visitor)\b(?! (?:list|segment)s?)", r.text)
    if listing.kind != "contacts" or m is None:
        return None
    fits = [c for c in listing.items if c.get("role") == m.group(1)]
    return fits[0] if len(fits) == 1 else None


def by_size(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the biggest', 'the one with the fewest users': the listed company by its user count (or size)."""
    if listing.kind != "companies" or not listing.items or r.has(r"\bcompanies\b|\baccounts\b"):
        return None

    def size(c: dict[str, Any]) -> tuple[int, int]:
        return (int(c.get("user_count") or 0), int(c.get("size") or 0))

    plans = {_plan(c) for c in listing.items} - {""}
    items = [c for c in listing.items if _plan(c) in plans & r.words] or listing.items  # "of the enterprise ones"
    if r.has(r"biggest|largest|bigger|larger|(?:most|more) (?:users|people|contacts|members|ppl)"):
        return max(items, key=size)
    if r.has(r"smallest|smaller|fewe(?:st|r) (?:users|people|contacts|members)|(?:least|less) (?:users|people)"):
        return min(listing.items, key=size)
    said = rx.search(rf"\b{SIZED}\b", r.text) or rx.search(r"\bthe one (?:w/?|with|that has) (\d{1,4}) ?\W*$", r.text)
    wanted = (1 if said[1] in ("a single", "one") else int(said[1])) if said else None  # ("and the one w 9?")
    fits = [c for c in listing.items if wanted is not None and int(c.get("user_count") or -1) == wanted]
    if len(fits) == 1:
        return fits[0]  # "the one w/ 12 users"
    plans = {_plan(c) for c in listing.items} - {""}
    named = plans & r.words
    if len(named) == 1:  # "first enterprise one": the first listed on that plan
        on_plan = [c for c in listing.items if _plan(c) in named]
        which = rx.search(r"\b(first|second|third|last|1st|2nd|3rd)\b", r.text)
        index = ORDINALS[which[1]] if which else 0
        if on_plan and (which or len(on_plan) == 1) and -len(on_plan) <= index < len(on_plan):
            return on_plan[index]
    return None


def in_industry(r: Utterance, listing: Listing) -> list[dict[str, Any]]:
    """'the media company on that page': the listed companies in that industry."""
    said = rx.findall(r"\bthe (\w+) (?:company|one|account|firm|business|co)\b", r.text)
    if listing.kind != "companies" or not said:
        return []
    return list({c.get("id"): c for c in listing.items if str(c.get("industry") or "").casefold() in said}.values())


def by_industry(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """The one listed company in the industry said, or None."""
    fits = in_industry(r, listing)
    return fits[0] if len(fits) == 1 else None


def _plan(company: dict[str, Any]) -> str:
    plan = company.get("plan")
    return str((plan.get("name") if isinstance(plan, dict) else plan) or "").casefold()


def not_yet_seen(
    r: Utterance, lists: list[Listing], found: dict[str, Any] | None, calls: list[tuple[str, dict[str, Any]]]
) -> tuple[Listing, dict[str, Any] | None]:
    """'the other open one': of the items that fit, the one no call was about yet, in the list shown (the
    first of ``lists``) or else an earlier list of the same kind; ``found`` in the list shown otherwise."""
    shown = lists[0]
    if found is None or not r.has(r"\bother\b"):
        return shown, found
    seen = {str(v) for _, args in calls for v in args.values()}
    if str(found.get("id")) not in seen:
        return shown, found
    for listing in lists:
        if listing.kind != shown.kind:
            continue
        fresh = [c for c in listing.items if str(c.get("id")) not in seen]
        fits = [c for c in fresh if by_state_or_topic(r, replace(listing, items=[c]))]
        if len(fits) == 1:
            return listing, fits[0]
    return shown, found


__all__ = [
    "created_span",
    "ABOUT_THEM",
    "POSSESSED",
    "by_activity",
    "by_role",
    "by_size",
    "by_state_or_topic",
    "named_one",
    "topic_named",
    "not_yet_seen",
    "said_topic",
    "several_fit",
    "topic_fits",
    "words_of",
]
