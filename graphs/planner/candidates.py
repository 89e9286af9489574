"""One of the candidates an ambiguous name matched ("which globex?", "which tara meyer?"): the answer read
by position, a telling part of an email or id, "the other one", role, a plan, industry or website said, size
or count, or the company a person is at."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.planner.details import by_detail
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.who import ask_which

OTHER = r"other(?: one)?|the rest|by mistake|wrong one|(?:picked|chose|meant|opened) (?:first|before|earlier)"


def not_chosen(state: State) -> list[dict[str, Any]]:
    """The candidates not picked yet (none when no pick is known: all would be "the other")."""
    items = state.candidates.items if state.candidates is not None else []
    last = state.last[1] if state.last else {}
    chosen = {last.get("company") or last.get("company_id") or (state.company or {}).get("id")}
    if state.candidates is not None and state.candidates.tool == "intercom_contact_overview" and state.contact:
        chosen = {state.contact.get("id"), state.contact.get("email")} - {None}  # "the other tara meyer"
    others = [c for c in items if not chosen & {c.get("id"), c.get("company_id"), c.get("email")}]
    return others if len(others) < len(items) else []


def candidate(r: Utterance, state: State) -> dict[str, Any] | None:
    """One of the candidates an ambiguous name matched: by position, a telling word, "the other one", role,
    size, count, company, industry or plan."""
    listing = state.candidates
    if listing is None:
        return None
    items = listing.items
    dated = [c for c in items if c.get("created_at")]
    older = r"\b(?:older|oldest)\b|\bsigned (?:\w+ )?(?:up )?first\b|\blonger\b|\blongest\b"
    if dated and r.has(older):  # "the older account, we signed them first"
        return min(dated, key=lambda c: int(c["created_at"]))
    if dated and r.has(r"\b(?:newer|newest)\b|\bsigned (?:\w+ )?(?:up )?(?:more recently|later|last)\b"):
        return max(dated, key=lambda c: int(c["created_at"]))
    if r.ordinal is not None and -len(items) <= r.ordinal < len(items):
        return items[r.ordinal]
    typed = (*r.original, *r.raw.split())  # ".172", ".0"
    written = {w.strip(".").lower() for w in typed if len(w.strip(".")) >= 2 or w[:1] == "." and w[1:].isdigit()}
    if len(exact := [c for c in items if str(c.get("email") or "").lower() in written]) == 1:
        return exact[0]  # "the one with the email dev.rossi.33@example.com." (not "the one with an email")
    for key in ("email", "external_id", "id", "company_id"):  # "the dev.rossi.0 one", "cmp-0003"
        locals_ = [str(c.get(key) or "").lower().split("@")[0] for c in items]
        telling = {w for w in written if not all(w in local.split(".") for local in locals_)}  # not "felix"
        matched = [
            c for c, local in zip(items, locals_, strict=True)
            if local and any(local == w or ((len(w) >= 3 or w.isdigit()) and w in local.split(".")) for w in telling)
        ]  # fmt: skip
        if len(matched) == 1:  # a company's code, as written: "cmp-0003", with what was asked of it
            return {**matched[0], "id": r.company_codes[0]} if coded(r) else matched[0]
    if r.has(OTHER):
        others = not_chosen(state)
        return others[0] if len(others) == 1 else None  # (of three, "the other one" is still a question)
    if listing.tool == "intercom_contact_overview" and (found := by_detail(r, replace(listing, kind="contacts"))):
        return found  # "the one with no email, came in this month", of the hugo webers
    roles = {
        "user": r"(?<!not )\b(?:the|an?|actual|real) user\b|\bnot the lead\b|\bwith (?:the |an )?email\b",
        "lead": r"(?<!not )\b(?:the|a) lead\b|\bnot the user\b",  # "the lead, not the user"
    }
    for role, said in roles.items():
        if r.has(said) and len(fit := [c for c in items if c.get("role") == role]) == 1:
            return fit[0]  # "the one with the email, not the lead"
    told = [c for c in items if _told(r, c)] or [c for c in items if _located(r, c)]  # "the US one"
    if len(told) == 1:  # "the Enterprise one, the bigger account": the plan said, before any size
        return told[0]
    for count in r.counts:  # "whichever is bigger (the 200 employee one i think)": the number said, first
        key = "size" if r.has(r"employees?|size|staff") else "user_count"
        matched = [c for c in items if c.get(key) == count.value]
        if len(matched) == 1:
            return matched[0]
    if r.has(r"bigger|biggest|larger|largest|more (?:users|contacts|people)"):
        return max(items, key=lambda c: (c.get("user_count") or 0, c.get("size") or 0))
    if r.has(r"smaller|smallest|fewer|less"):
        return min(items, key=lambda c: (c.get("user_count") or 0, c.get("size") or 0))
    company = r.named("company")
    if company is not None:  # "the one at harbor partners": the candidate who works there
        ids = {e.get("id") for e in company.entries} - {None}
        at = [c for c in items if ids & {d.get("id") for d in (c.get("companies") or {}).get("data") or ()}]
        if len(at) == 1:
            return at[0]
    return told[0] if told else None


def coded(r: Utterance) -> bool:
    """Whether the request is a company's code alone ("cmp-0003"), as an answer to "which globex?"."""
    return bool(r.company_codes) and len(r.tokens) <= 3


def handled(r: Utterance, state: State) -> bool:
    """Whether the request says the part before the @ of a candidate's email ("hugo.khan.125"), as an answer to
    "which hugo khan?"."""
    words = {w.strip(".,;:!?").lower() for w in r.raw.split()}
    items = state.candidates.items if state.candidates is not None else []
    return any(str(c.get("email") or "").lower().split("@")[0] in words for c in items if c.get("email"))


def _told(r: Utterance, c: dict[str, Any]) -> bool:
    """Whether the request says one of the candidate's telling values (its plan, industry, company_id, website)."""
    values = {str(c.get(k) or "").lower() for k in ("industry", "company_id", "website")}
    values |= {str((c.get("plan") or {}).get("name") or "").lower()}
    return any(v and (v in r.words or v in r.text) for v in values if len(v) > 2)


COUNTRIES = {  # a country as people say it ("the US one", "the brazilian one", "the one in germany")
    "united states": r"(?-i:US|USA|U\.S\.A?\.?)|\b(?:usa|america|american|united states|the states|stateside)\b",
    "united kingdom": r"(?-i:UK)|\b(?:britain|british|england|english|united kingdom)\b",
    "germany": r"\b(?:germany|german|deutschland)\b",
    "japan": r"\b(?:japan|japanese)\b",
    "brazil": r"\b(?:brazil|brazilian|brasil)\b",
    "india": r"\b(?:india|indian)\b",
    "france": r"\b(?:france|french)\b",
    "canada": r"\b(?:canada|canadian)\b",
    "australia": r"\b(?:australia|australian|aussie)\b",
}


def _located(r: Utterance, c: dict[str, Any]) -> bool:
    """Whether the request says the candidate's country ("the US one", "the one in brazil")."""
    country = str((c.get("location") or {}).get("country") or "").lower()
    said = COUNTRIES.get(country, rf"\b{re.escape(country)}\b")
    return bool(country) and re.search(said, r.raw, re.IGNORECASE) is not None


PERSON_POINTED = r"\b(?:she|he|her|his|him|hers|they|them|their)\b"


def still_which(r: Utterance, state: State) -> Plan | None:
    """'her events' or 'what plan is her company on', just after a name matched several people: which of them
    (not the company or person shown before the name was said)."""
    shown = state.candidates
    if shown is None or shown.tool != "intercom_contact_overview" or state.last != (shown.tool, shown.args):
        return None
    if r.identified or r.names or r.person is not None or r.ordinal is not None or not r.has(PERSON_POINTED):
        return None
    return ask_which(shown.items) if candidate(r, state) is None else None


__all__ = ["candidate", "coded", "still_which"]
