"""Words that tell the person just shown from her namesakes, said after she was already told apart.

A full name several contacts share, said with a company ("ben silva from zephyr partners", "sorry - tara
meyer, at birch labs"), is the one at that company: her overview is shown at once. People who expected the
question "which one?" then answer it anyway: "the one w the email, he's at zephyr partners", "the birch labs
one, her 20 most recent events". Those words describe the person shown; they are not a new request about the
company. What they leave is the request itself ("her 20 most recent events"); when they leave nothing, the
person shown is what was asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage

from graphs.planner import needles as rx
from graphs.planner.dialogue import State, contact_companies
from graphs.planner.earlier import for_contact
from graphs.planner.gazetteer import HANDLE, Names, fold
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.who import JOINED, choose

PRONOUN = r"(?:s?he|they)(?:'s| is| are)"
WITH_EMAIL = r"\bthe one (?:w/?|with) (?:the |an |her |his )?email\b"
FILLER = rx.compile(
    r"^[\s,.;:!?-]*(?:(?:yes|yeah|yep|ok|okay|right|so|and|sorry|i mean|i meant|no|nope|wait|oops|wrong \w+|"
    r"not (?:that|this) one)\b[\s,.;:!?-]*)*$",
    re.I,
)


NOT_HER = rx.compile(
    r"\b(?:not|rather than|instead of) (?:the |that )?(?:[\w'-]+ ){0,3}?"
    r"(?:one|user|lead|guy|person|contact|customer|client)\b"
)
DESCRIBED = rx.compile(
    r"^(?:(?:the|one|ones|at|from|with|in|over|who|that|works?|working|is|s?he|they|user|lead|contact|person|guy|"
    r"lady|customer|i mean|i meant|meant|sorry|pls|please|ok|yes|yeah|its|it's|ones?|'s|now|and|then|what about|"
    r"how about)\b[\s,.;:!?-]*)*$"
)


def answered(r: Utterance, state: State) -> Plan | None:
    """The reply to "2 contacts match 'uma patel' ... which one?" that tells them apart by their company
    ("acme", "the one at lumen") or their role ("the lead, not the acme user"): that one's overview."""
    shown = state.candidates
    picked = (
        shown is not None
        and state.contact is not None
        and any(  # "now the customer one", after the lead's
            p.get("id") == state.contact.get("id")
            for p in shown.items  # overview: the other, by role
        )
    )
    if shown is None or not (state.listing is shown or picked) or r.identified or len(r.tokens) > 10:
        return None
    kept = rx.sub(NOT_HER, " ", r.text.lower())  # "the lead, not the acme user": the lead
    company = r.named("company")
    said = "|".join(re.escape(w.lower()) for w in {company.written, company.name} if w) if company else ""
    if company is not None and rx.search(rf"\b(?:{said})\b", kept):
        ids = {str(c.get("id")) for c in company.entries if c.get("id")}
        there = [p for p in shown.items if ids & {str(c["id"]) for c in contact_companies(p)}]
        rest = rx.sub(rf"\b(?:{said})\b", " ", kept).strip()
        chosen = there[0] if len(there) == 1 and DESCRIBED.match(rest) else None  # "acme", "the one at lumen"
    else:
        role = rx.search(r"\b(lead|user|customer|client)\b", kept)  # a customer, a client: a user
        fits = [p for p in shown.items if role and p.get("role") == {"lead": "lead"}.get(role[1], "user")]
        chosen = fits[0] if len(fits) == 1 and DESCRIBED.match(kept.strip()) else None
    if chosen is None and r.has(JOINED):  # "the one who signed up in july", "the one that joined more recently"
        chosen = choose(r, list(shown.items))
    key = chosen and (chosen.get("email") or chosen.get("id"))
    return ("intercom_contact_overview", {"contact": key}) if key else None


WRONG_ONE = r"^(?:\w+ )?(?:no|nope|nah|wait|sorry|oops|wrong \w+|i meant|not (?:that|this) one)\b"


def named_before(history: Sequence[BaseMessage], names: Names | None, text: str = "") -> list[dict[str, Any]]:
    """The people the workspace was asked about whose full name this conversation said; with those the request
    names when it sets one of them right ("no i meant the emma evans at xenon works": her namesakes too)."""
    if names is None or not names.people:
        return []
    said = " ".join(fold(str(m.content)) for m in history if isinstance(m, HumanMessage))
    said += f" {fold(text)}" if rx.search(WRONG_ONE, text.casefold()) else ""
    said_names = [name for name in names.people if not HANDLE.search(name)]  # (not an email or id looked up)
    return [p for name in said_names if rx.search(rf"\b{re.escape(name)}\b", said) for p in names.people[name]]


def told_apart(text: str, r: Utterance, state: State) -> str | Plan | None:
    """The request without the words that describe the person shown among her namesakes, the plan for her
    when nothing else is left, or None when the request does not describe her that way."""
    if (picked := answered(r, state)) is not None:
        return picked
    shown = state.contact if state.focus == "contact" else None
    if not shown or not _has_namesakes(shown, state):
        return None
    rest, described = text, False
    company = r.named("company")
    other = None
    if company is not None and not _works_at(shown, company.entries, state):
        shown = other = _namesake_at(shown, company.entries, state) or shown  # "the birch labs one", another shown
    if company is not None and _works_at(shown, company.entries, state):
        said = "|".join(re.escape(w) for w in sorted({company.written, company.name}, key=len, reverse=True) if w)
        pattern = rf"\bthe (?:{said}) one(?: first)?\b(?!'s)|\b{PRONOUN} (?:at|from|with|over at) (?:{said})\b"
        pattern += rf"|\bthe (?:{said}) one's" if other else ""  # "the birch labs one's convos": hers
        keys = ("email", "external_id", "id") if r.mentions("conversation") else ("external_id", "email", "id")
        ref = str(next((shown[k] for k in keys if shown.get(k)), "her")) if other else ""  # her convos: by email
        rest, count = rx.subn(pattern, f" {ref} ", rest, flags=re.I)  # "same for the acme one": for her
        named = re.escape(fold(str(shown.get("name") or ""))) or "-"  # "no i meant the emma evans at xenon works"
        rest, told = (
            rx.subn(rf"\bthe {named} (?:at|from|with|over at|in) (?:{said})\b", " ", rest, flags=re.I)
            if other
            else (rest, 0)
        )
        described = count + told > 0
    if shown.get("email"):
        rest, count = rx.subn(WITH_EMAIL, " ", rest, flags=re.I)
        described = described or count > 0
    if not described:
        return None
    if FILLER.match(rest):
        key = shown.get("email") or shown.get("id")
        again = for_contact(*state.last, shown) if other and state.last and rx.search(WRONG_ONE, text) else None
        return again or (("intercom_contact_overview", {"contact": key}) if key else None)  # "no sorry, the nora
        # baker at zephyr partners", after the other one's events: hers
    return rx.sub(r"^[\s,.;:-]+", "", rest)


def _has_namesakes(shown: dict[str, Any], state: State) -> bool:
    name = fold(str(shown.get("name") or ""))
    return bool(name) and sum(fold(str(p.get("name") or "")) == name for p in state.looked_up) > 1


def _namesake_at(shown: dict[str, Any], companies: Any, state: State) -> dict[str, Any] | None:
    """The one namesake of the person shown who is at one of ``companies``, made the person in focus."""
    name, ids = fold(str(shown.get("name") or "")), {str(c.get("id")) for c in companies if c.get("id")}
    there = [
        p
        for p in state.looked_up
        if fold(str(p.get("name") or "")) == name and ids & set(map(str, p.get("company_ids", ())))
    ]
    if len(there) != 1:
        return None
    state.contact = {k: v for k, v in there[0].items() if k in ("id", "email", "external_id", "name", "role")}
    state.contact_companies = [{"type": "company", "id": str(i)} for i in there[0].get("company_ids", ())]
    return state.contact


def companies_of(person: dict[str, Any], state: State) -> set[str]:
    """The ids of the companies a person is known to be at: as looked up, and as shown when she is in focus."""
    theirs = {str(i) for p in state.looked_up if p.get("id") == person.get("id") for i in p.get("company_ids", ())}
    if (state.contact or {}).get("id") == person.get("id"):
        theirs |= {str(c.get("id")) for c in state.contact_companies if c.get("id")}
    return theirs


def _works_at(shown: dict[str, Any], companies: Any, state: State) -> bool:
    return bool({str(c.get("id")) for c in companies if c.get("id")} & companies_of(shown, state))


OTHER_ONE = r"\b(?:show|pull up|open|get|give)(?: me)? the other\b|^(?:and |ok |now )*the other\b"


def the_other_named(found: Sequence[dict[str, Any]], r: Utterance, said: str) -> tuple[dict[str, Any], ...]:
    """'show me the other jonas adams', after usr_00142's events: of two people with the name, the one whose
    id or external id the conversation has not said (empty when that is not plain)."""
    seen = [p for p in found if any(str(p.get(k)) in said for k in ("external_id", "id") if p.get(k))]
    other = tuple(p for p in found if p not in seen) if r.has(OTHER_ONE) and len(seen) == 1 else ()
    return other if len(other) == 1 else ()
