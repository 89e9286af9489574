"""A company's people asked for in a follow-up ("who else works there?", "ppl + evts 1 each"), and a kind of
thing named alone for the thing in focus ("events", "convos", "co", "profile", "ppl")."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.described import MOST_EVENTS
from graphs.planner.dialogue import State, customer
from graphs.planner.event_words import SUMMARY
from graphs.planner.focus import about_contact, company_ref
from graphs.planner.intents import ACTIVITY, NO_EVENTS, Plan
from graphs.planner.reading import Utterance, read


def company_of(state: State) -> dict[str, Any] | None:
    return state.company or (state.contact_companies[0] if state.contact_companies else None)


def company_people(r: Utterance, company: dict[str, Any], wants_people: bool) -> Plan:
    """A company's people asked for in a follow-up: a page of its attached contacts when a page is asked
    for ("attached to it, 5 per page"), else the company flow."""
    paged = (
        r.has(r"attached|per page|a page|at a time|per pg|each page") or r.count("contact", per_page=True) is not None
    )
    if paged and company.get("id") and not r.has(ACTIVITY):
        args: dict[str, Any] = {"company_id": company["id"]}
        if (n := next((c.value for c in r.counts if c.per_page), None)) is not None:
            args["per_page"] = n
        return ("intercom_list_attach_contacts_to_company", args)
    return ("intercom_company_contacts_events", {"company": company_ref(company, r), **people_slots(r, wants_people)})


def colleagues(r: Utterance, company: dict[str, Any], wants_people: bool) -> Plan | None:
    """'and their coworkers?', 'his teammates, 5 max, no events', after someone's profile: their company's people;
    'his colleagues' events': with their events."""
    if r.has(r"colleagues|team ?mates|who else") and not r.without(
        r"(?:no|without|skip|minus) (?:events?|activity)"
    ).has(r"events?|activity|conversations?|convos?|invit\w*|" + SUMMARY):
        return company_people(r, company, wants_people)
    if r.has(
        r"(?:colleagues|team ?mates)(?:'s?)? (?:(?:and|\+|&) (?:their |what )?|w/? (?:their )?|with (?:their )?)?"
        r"(?:events?|activity|been doing|up to)"
    ):
        return company_people(r, company, False)
    return None


def people_with_events(r: Utterance, name: str, last: dict[str, Any]) -> Plan | None:
    """'w/ events, 3 each', after a company's contacts were listed: the company flow with that many events each."""
    if name != "intercom_list_attach_contacts_to_company" or r.identified or r.names or not last.get("company_id"):
        return None
    if (each := r.each("event")) is None:
        return None
    company = company_ref({"id": last["company_id"]}, r)
    args = {"company": company, "events_per_contact": min(each, MOST_EVENTS)}
    n = r.count("contact", None)  # "just 3 of them, w/ 5 events each"
    return ("intercom_company_contacts_events", {**args, "max_contacts": n} if n is not None else args)


def people_slots(r: Utterance, wants_people: bool) -> dict[str, Any]:
    """A company's people asked for in a follow-up: events or not ("contacts only, no events"), how many."""
    slots: dict[str, Any] = {}
    if r.has(NO_EVENTS + r"|no events?(?: needed)?|without events|skip events") or (
        wants_people and not r.has(ACTIVITY)
    ):
        slots["events_per_contact"] = 0
    elif (each := r.each("event") or r.count("event")) is not None:
        slots["events_per_contact"] = each  # "its people and their last 2 events"
    if (n := r.count("contact", None)) is not None:
        slots["max_contacts"] = n
    return slots


BARE_KINDS = {
    "events": r"events?|activity|evts|(?:events? )?summary|summary of (?:events|activity)|event counts",
    "conversations": r"convos?|conversations?|tickets?|chats?",
    "company": r"(?:co|company|companies|account|org|employer)(?: (?:details|info|record|profile|plan))?",
    "profile": r"(?:full |whole |complete |entire )?(?:profile|details|info|overview|360|record|picture)",
    "people": r"people|ppl|contacts|who'?s there|everyone|staff|employees|users|folks|team members|members",
}


FILLER = {"?", ".", "!", "the", "their", "his", "her", "pls", "please", "and", "its", "show", "me", "them", "pull",
          "list", "up", "too", "also", "as", "well", "plus"}  # fmt: skip


ASKING = {"which", "what", "whats", "what's", "?", "and", "ok", "okay", "about", "how", "any"}


def bare_kind(r: Utterance, state: State) -> Plan | None:
    """A kind of thing named alone ("events", "co", "convos", "ppl"): that of the thing in focus."""
    words = [t for t in r.tokens if t not in FILLER and t not in ASKING]  # "which company?": the kind alone
    if r.identified or r.names or r.person:
        return None
    parts = rx.split(r"\s*(?:\band\b|&|\+|,)\s*", " ".join(t for t in r.tokens if t not in FILLER - {"and"}))
    kinds = {next((k for k, p in BARE_KINDS.items() if rx.fullmatch(p, w)), None) for w in parts}
    if state.focus == "contact" and state.contact and len(parts) > 1 and kinds <= set(BARE_KINDS) - {"people"}:
        return about_contact(read("their profile, events and convos", 0.0), state.contact)  # "profile + convos"
    record = (
        state.last is not None and state.last[0] == "intercom_get_company_by_id"
    )  # (not a refinement of its people)
    if record and (people := _few_people(words, r)) is not None:
        words = people  # "just 5 people, no events", after a company: 5 of its people
    if not words or len(words) > 2:
        return None
    said = " ".join(words)
    kind = next((k for k, pattern in BARE_KINDS.items() if rx.fullmatch(pattern, said)), None)
    contact, company = state.contact, company_of(state)
    if kind is None:
        return None
    if state.focus == "contact" and contact is not None:
        if kind == "company" and company and company.get("id"):
            return ("intercom_get_company_by_id", {"company_id": company["id"]})
        if kind == "people" and company and company.get("id"):  # "show me their people", after a person: her
            return company_people(r, company, True)  # company's (a person has no people of her own)
        return about_contact(read(f"their {said}", 0.0), contact)
    writer = customer(state.conversation) if state.focus == "conversation" and state.conversation else None
    if writer and kind == "events":  # "events", after reading her conversation: hers
        return about_contact(read(f"their {said}", 0.0), writer)
    if state.focus == "company" and r.has(r"\b(?:her|his|him|she|he)\b") and kind != "company":
        return None  # "show me her events", after a company's people: whose? (not the company's)
    if state.focus == "company" and company is not None and kind == "people" and r.count("contact", None):
        return company_people(r, company, True)
    if state.focus == "company" and company is not None and kind in ("people", "events"):
        events = {} if kind == "events" else {"events_per_contact": 0}
        return ("intercom_company_contacts_events", {"company": company_ref(company, r), **events})
    if state.focus == "company" and company is not None and kind in ("company", "profile") and company.get("id"):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    return None


def _few_people(words: list[str], r: Utterance) -> list[str] | None:
    """The people word of "just 5 people, no events" (a count of them, and no events), or None when more is said
    or no count is."""
    if (n := r.count("contact", None)) is None:
        return None  # ("just list everyone in the workspace": everyone)
    rest = [t for t in words if t not in ("just", "only", "first", "top", ",", str(n))]
    if (
        len(rest) > 1
        and rest[-2] in ("no", "without", "skip", "minus", "excluding")
        and rest[-1] in ("events", "activity")
    ):
        rest = rest[:-2]
    return rest if len(rest) == 1 and rx.fullmatch(BARE_KINDS["people"], rest[0]) else None


THAT_LAST = r"\bthat last (?:one|company|account|org)\b"  # three companies' people: the last one's, not its last person
WHO_THERE = r"\bwho(?:'s| is| are|s)? (?:at|in|there)\b|\bwho works\b|\b(?:people|ppl|folks|contacts) (?:at|in)\b"


def company_people_again(r: Utterance, state: State) -> Plan | None:
    """'ok now first 4 people with 3 events each', after a company's people and one of them: that company's
    people again, as now asked (not the workspace's contacts)."""
    flows = [a for name, a in state.calls if name == "intercom_company_contacts_events" and a.get("company")]
    company = state.company if state.company and state.company.get("id") else None
    if company and not r.names and r.has(THAT_LAST) and r.has(WHO_THERE):  # "who's at that last one", after
        return ("intercom_company_contacts_events", {"company": company_ref(company, r), **people_slots(r, True)})
    record = r.has(r"\b(?:company|account|org)(?:'s)? (?:record|details|info|profile)\b")  # "company record for that
    if company and not r.names and r.has(THAT_LAST) and record and len(flows) > 1:  # last one", after 3 companies
        return ("intercom_get_company_by_id", {"company_id": company["id"]})
    last = state.last
    these = r"\b(?:any|which|who|how many) (?:of )?(?:these|those|them|they)\b(?: (?:people|folks|ppl|guys))?"
    doing = r"\b(?:active|activity|events?|doing|up to|logged in|used)\b"
    if last and last[0] == "intercom_company_contacts_events" and last[1].get("events_per_contact") == 0:
        if r.has(these) and r.has(doing) and r.ordinal is None and not (r.identified or r.names or r.person):
            return (last[0], {k: v for k, v in last[1].items() if k != "events_per_contact"})  # "any of these
            # people active this week?", after their names: their events
    if not flows or r.identified or r.names or r.person or r.each("event") is None or not r.mentions("contact"):
        return None
    if r.has(r"\bback to\b"):
        return None  # "back to the first company. what have those people been up to?": that one (going_back)
    company = state.company if state.company and state.company.get("id") else {"id": flows[-1]["company"]}
    return ("intercom_company_contacts_events", {"company": company_ref(company, r), **people_slots(r, True)})


__all__ = ["bare_kind", "company_of", "company_people", "company_people_again", "people_slots"]
