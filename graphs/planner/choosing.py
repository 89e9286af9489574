"""Choosing an item of a list by what it is, not where: "that snoozed convo", "the billing one", "the one
from lena rossi", "the june one" (conversations); "the most active one" (a company's people, by events)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from graphs.planner.dialogue import Listing
from graphs.planner.people import spoken
from graphs.planner.reading import Utterance
from graphs.planner.topics import STATE_WORDS

POSSESSED = r"\b\w+'s (?:\w+ )?(?:one|convo|conversation|ticket|chat)\b"  # "victor's shipping one"
ABOUT_THEM = r"account|company|profile|who|plan|events?|activity|\borg\b|doing|details"


def by_state_or_topic(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'that snoozed convo', 'the billing one', 'the one from lena rossi': the conversation that fits."""
    if r.has(r"^(?:\w+ )?(?:only|just) (?:the )?(?:open|closed|snoozed) ones?\b"):
        return None  # "only the open one please": the list narrowed, not one of it picked
    owned = re.fullmatch(r"(?:and |ok |now |what about |open |read |show me |show )?(\w+)'s[?.!]?", r.text)
    if listing.kind != "conversations" or not (
        owned
        or r.has(r"(?:that|the|this) (?:\w+ ){0,3}(?:convo|conversation|chat|ticket|one)")
        or (r.has(POSSESSED) and not r.has(ABOUT_THEM))  # "grace silva's one", not "... - what's her account?"
    ):
        return None
    named = re.search(r"\b(?:the|that|this) (\w+(?: \w+)?) (?:one|ticket|convo|conversation|chat)\b", r.text)
    if named and not set(named.group(1).split()) & (STATE_WORDS | {"other", "last", "first", "latest", "same", "next"}):
        word = named.group(1)  # "show me the shipping one" (3 still open): the topic, not a state
        fits = [c for c in listing.items if word in _words_of(c)]
        fits = fits or [c for c in listing.items if _author(c).casefold().split(" ")[0] == word]  # "the milo one"
        if len(fits) == 1 or (fits and len({_author(c) for c in fits}) == 1):
            return fits[0]
    fits = [c for c in listing.items if r.state and c.get("state") == r.state]
    if not fits:  # "the one from lena rossi", "the kai chen one"
        text = spoken(r)
        fits = [c for c in listing.items if " " in (n := _author(c).casefold()) and f" {n} " in text]
    if not fits and r.dates and (r.dates.after or r.dates.before):  # "the june one": created then
        start = _day(r.dates.after) if r.dates.after else 0
        end = _day(r.dates.before) if r.dates.before else 1 << 62
        fits = [c for c in listing.items if start <= int(c.get("created_at") or 0) < end]
    first = owned or re.search(
        r"\b(?:from|by|with|of) (\w{3,})\b|\b(\w{3,})'s (?:(\w+) )?(?:one|convo|conversation|ticket|chat)\b", r.text
    )
    if not fits and first:
        called = first.group(1) or first.group(2)
        fits = [c for c in listing.items if _author(c).casefold().split(" ")[0] == called]
        about = first.group(3) if first.lastindex and first.lastindex >= 3 and not owned else None
        if about and len(fits) > 1:  # "victor's shipping one", of two Victors' conversations
            fits = [c for c in fits if about in _words_of(c)] or fits
        fits = fits if len({_author(c) for c in fits}) == 1 or about else []
    word = r.topic or (named.group(1) if named else None)
    if not fits and word:
        fits = [c for c in listing.items if word.lower() in _words_of(c)]
    return fits[0] if fits else None


ACTIVE = (
    r"(?:one|person|guy|contact|who) (?:who |that )?(?:was|were|has been|is|got) "
    r"(?:most |the most )?(?:recently )?active|"
    r"most (?:recently )?active|last (?:one )?(?:to be )?active|busiest|least active|most events|fewest events"
)


def by_activity(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the one who was active today', 'the most active one': a listed contact by their events."""
    if listing.kind != "contacts" or not r.has(ACTIVE) or not any("events" in c for c in listing.items):
        return None

    def latest(c: dict[str, Any]) -> int:
        return max((int(e.get("created_at") or 0) for e in c.get("events") or []), default=0)

    if r.has(r"least active|fewest events"):
        return min(listing.items, key=lambda c: (len(c.get("events") or []), latest(c)))
    if r.has(r"most events|busiest|most active") and not r.has(r"recently|today|yesterday|last"):
        return max(listing.items, key=lambda c: (len(c.get("events") or []), latest(c)))
    return max(listing.items, key=latest)


def _day(iso: str) -> int:
    return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp())


def _words_of(conversation: dict[str, Any]) -> str:
    source = conversation.get("source") or {}
    return f"{source.get('body') or ''} {source.get('subject') or ''} {conversation.get('title') or ''}".lower()


def _author(conversation: dict[str, Any]) -> str:
    return str(((conversation.get("source") or {}).get("author") or {}).get("name") or "")


def by_role(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the lead', 'events for the lead in there': the one listed contact of that role."""
    m = re.search(r"\bthe (?:only |one )?(lead|user|visitor)\b(?! (?:list|segment)s?)", r.text)
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

    if r.has(r"biggest|largest|most (?:users|people|contacts|members)"):
        return max(listing.items, key=size)
    if r.has(r"smallest|fewest (?:users|people|contacts|members)|least (?:users|people)"):
        return min(listing.items, key=size)
    return None


__all__ = ["ABOUT_THEM", "POSSESSED", "by_activity", "by_role", "by_size", "by_state_or_topic"]
