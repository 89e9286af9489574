"""What picks one listed person, and the request without it: "the user w/ no company", "the lead with an
email", "the one with no events" (the people a list shows, by what they have or lack); "the one who's been
active this month - any convos?" (the detail set aside, so its dates do not narrow what is asked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dates import period
from graphs.planner.dialogue import Listing, contact_companies
from graphs.planner.reading import Utterance

DETAILS: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (  # what a listed person has or lacks
    (r"(?:no|without(?: an?)?|w/o(?: an?)?) (?:company|account|org)", lambda c: not contact_companies(c)),
    (r"(?:no|without(?: an?)?|w/o(?: an?)?) emails?", lambda c: not c.get("email")),
    (r"(?:with|has|have|w/) an? email", lambda c: bool(c.get("email"))),
    (r"(?:no|without(?: an?)?) external[ _]?id", lambda c: not c.get("external_id")),
    (  # "the one with just a single event - profile"
        r"(?:with|who has|who had|that has|w/) (?:just |only )?(?:a single|one single|just one|only one|one|1) event\b"
        r"(?! each| per| for| a piece)",
        lambda c: len(c.get("events") or []) == 1,
    ),
    (
        r"(?:no|zero|without(?: any)?) (?:recent )?(?:events|activity)|nothing (?:lately|recently|at all)|"
        r"\b(?:with|w/?|who has|that has) nothing\b|"
        r"been quiet(?! (?:the )?longest)|the quiet|nothing (?:logged|tracked|recorded)|"
        r"no (?:events? |activity )?(?:logged|tracked|recorded)",
        lambda c: "events" in c and not c.get("events"),
    ),
)

LEAVE_OUT = (  # "no events, just names", "just the people, no events": the list asked again without them
    r"^(?:(?:and|ok|okay|so|but|now|then|actually) )*(?:no|without(?: the| any)?|skip(?: the)?|drop(?: the)?) "
    r"(?:events|activity)\b|,? (?:but )?(?:no|without(?: the)?) (?:events|activity)(?: pls| please)?[?.!]?$"
)


def by_detail(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the user w/ no company', 'the lead with an email', 'the one with no events': the one listed person
    who has (or lacks) what is said, of the role said if one is."""
    if listing.kind != "contacts":
        return None
    if (seen := rx.search(SEEN_ON, r.text)) is not None:  # "the one who was on today": last seen that day
        start = int(r.now) - int(r.now) % 86_400 - (86_400 if "yesterday" in seen[0] else 0)
        fits = [c for c in listing.items if start <= int(c.get("last_seen_at") or 0) < start + 86_400]
        return fits[0] if len(fits) == 1 else None
    if (length := rx.search(r"\b(longest|shortest) (?:full )?name\b", r.text)) is not None:
        sizes = sorted({len(str(c.get("name") or "")) for c in listing.items if c.get("name")})
        size = sizes[-1 if length[1] == "longest" else 0] if sizes else -1  # "the one with the longest name"
        fits = [c for c in listing.items if c.get("name") and len(str(c["name"])) == size]
        return fits[0] if len(fits) == 1 else None
    tests = [test for said, test in DETAILS if r.has(said) and not (test is DETAILS[-1][1] and r.has(LEAVE_OUT))]
    if not tests:
        return None
    role = rx.search(r"\bthe (lead|user)\b", r.text)
    fits = [c for c in listing.items if all(t(c) for t in tests) and (role is None or c.get("role") == role[1])]
    return fits[0] if len(fits) == 1 else None


def aside(r: Utterance) -> Utterance:
    """The request without the detail that picked a person ("the one with no events - any convos?")."""
    for said, _ in DETAILS:
        r = r.without(said)
    for detail in (
        ACTIVE_SAID,
        CREATED_SAID,
        WITH_SAID,
        DID_SAID,
        SEEN_ON,
    ):  # "the one who's been active this month - any convos?"
        without = r.without(detail)
        if without is not r:
            r = replace(without, dates=period(" ".join(without.tokens), without.now))
    return r.without(SIZE_SAID).without(SEEN_SAID).without(RANKED_SAID)


DID_SAID = (  # up to what is asked of them ("whoever upgraded their plan most recently there give me ...")
    r"(?:whoever|who|whose|(?<!\bis )(?<!\bwas )that) (?!is (?:that|this|it)\b)(?:\w+ ){0,3}?"
    r"(?:\w+ed|used|did|\w+ing|event|events|activity)\b"
    r"(?: (?!(?:give|show|get|pull|open|list|tell|any|what|which|who|whos|and|pls|please|or|read|check)\b)[\w']+)*"
)
SEEN_ON = (
    r"\b(?:(?:was|were|been) (?:on|online|around|in|seen)|last seen|(?:logged|signed) (?:in|on)) (?:today|yesterday)\b"
)
SEEN_SAID = r"(?:who|that|one)(?: on this page)? (?:was |were )?seen (?:the )?(?:most |least )?recently"
CREATED_SAID = (
    r"(?:who|that|one|guy|person|lady|contact|user|lead) (?:was |were )?(?:created|signed up|joined|added|registered|"
    r"came in|showed up) (?:on |in |at )?(?:\w+ ){0,2}?(?:\w+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? \w+|"
    r"\d{4}-\d\d-\d\d|yesterday|today|last \w+|this \w+|halloween|christmas(?: eve)?|new year'?s(?: eve| day)?)"
)
WITH_SAID = (  # "tara meyer, the one w the exported report last week - any convos?": which tara, not when
    r"\bthe one (?:w/?|with|who had|that had) (?:the |an? )?(?:[\w-]+ ){0,2}?[\w-]+ "
    r"(?:(?:last|this|past) (?:week|month)|yesterday|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
ACTIVE_SAID = (
    r"(?:who|that|one) (?:[\w']+ ){0,2}?active(?: (?:this|last|past) (?:week|month|year)| today| yesterday| lately|"
    r" recently)?"
)


RANKED_SAID = (  # "the guy with the most events - when did he sign up": which of them, not what is asked
    r"\b(?:with|w/?|who has|who had|that has|having) (?:the )?(?:most|fewest|least) (?:events|activity|actions)\b|"
    r"\b(?:the )?(?:most|least) active\b"
)
SIZE_SAID = (
    r"(?:with|w/|has|having|that has) (?:the )?(?:only |just |exactly )?(?:most|fewest|least|\d{1,4}|a single|one) "
    r"(?:users?|people|contacts?|members?)|"
    r"most (?:users|people|contacts|members)"
)


__all__ = ["WITH_SAID", "aside", "by_detail"]
