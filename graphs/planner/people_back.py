"""Going back to someone shown earlier: "go back to kai - last 20 events" (a person discussed, by first
name); "back to lumen partners: lena evans has a ticket going", "back to lumen - the guy with no activity at
all", "go back to that acme guy" (one of a company's people listed earlier)."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import words_of
from graphs.planner.details import aside, by_detail
from graphs.planner.dialogue import Listing, State, customer
from graphs.planner.direct import CONTACT_KEYS
from graphs.planner.focus import about_contact, about_item
from graphs.planner.gazetteer import HEX_ID
from graphs.planner.genders import sex_of
from graphs.planner.intents import Plan
from graphs.planner.people import named_in
from graphs.planner.reading import Utterance
from graphs.planner.referring import shown_before
from graphs.planner.refine import SEARCHES
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.words import ORDINALS


def back_to_person(r: Utterance, state: State) -> Plan | None:
    """Someone shown earlier whom the request goes back to, and what it asks of them; None when none is."""
    return (
        _by_first_name(r, state)
        or _back_to_company_person(r, state)
        or _first_discussed(r, state)
        or _with_the_issue(r, state)
        or _from_before(r, state)
        or _just_before(r, state)
    )


FROM_THE_START = (
    r"\bback to (?:the )?(?:guy|person|lady|woman|man|customer|contact|user|one) (?:from|at|we had at) the "
    r"(?:start|beginning|top)\b|\bback to (?:the )?(?:first|original) (?:guy|person|lady|customer|contact|user)\b|"
    r"\bback to (?:the )?(?:first|original) one (?:i|we) (?:asked|looked|checked|searched) (?:about|at|for|on)\b"
)


def _first_discussed(r: Utterance, state: State) -> Plan | None:
    """'ok back to the guy from the start - his convos': the first person this conversation discussed."""
    if not r.has(FROM_THE_START) or r.identified or r.person:
        return None
    said = next((str(v) for _, args in state.calls for k, v in args.items() if k in CONTACT_KEYS and v), None)
    known = {str(p.get(k)).casefold(): p for p in state.people for k in ("email", "external_id", "id", "name")}
    first = known.get(said.casefold()) if said else None
    if first is None and said and " " not in said:  # "events for sam.adams@x.com", then others: by what was said
        first = said_person(said)
    first = first or (state.people[0] if state.people else None)
    if first is None:
        return None
    return about_contact(r, first) or (
        ("intercom_get_contact_by_id", {"contact_id": first["id"]}) if first.get("id") else None
    )


def said_person(value: str) -> dict[str, str]:
    """The person a call's email, id or external id names, keyed as a list shows people."""
    return {"email": value} if "@" in value else {"id": value} if HEX_ID.fullmatch(value) else {"external_id": value}


FROM_BEFORE = (
    r"\b(?:that|the) (lead|user|customer|person|guy|lady|contact|woman|man) (?:from (?:before|earlier)|"
    r"(?:we|i|you) (?:looked at|had|saw|pulled up|checked) (?:before|earlier))\b"
)


def _from_before(r: Utterance, state: State) -> Plan | None:
    """'ok and that lead from before, any events?': the last person discussed before the one in focus (of that
    role, when a lead or a user is said)."""
    m = rx.search(FROM_BEFORE, r.text)
    if m is None or r.identified or r.person:
        return None
    on_screen = state.contact if state.focus == "contact" else None
    if state.focus == "conversation" and state.conversation is not None:
        on_screen = customer(state.conversation)  # "back to the contact from before", after reading a ticket
    on_screen = on_screen or state.contact  # (after his events, he is still the one discussed)
    current = on_screen.get("id") if on_screen else None
    role = m.group(1) if m.group(1) in ("lead", "user") else None
    earlier = [p for p in reversed(state.people) if p.get("id") != current and (role is None or p.get("role") == role)]
    sex = {"woman": "f", "lady": "f", "man": "m", "guy": "m"}.get(m.group(1))  # "the woman from before"
    if sex and on_screen and sex_of(on_screen) == sex and not any(sex_of(p) == sex for p in earlier):
        earlier = [on_screen]  # (the pronoun already turned to her: see graphs.planner.genders)
    earlier = [p for p in earlier if sex_of(p) == sex] or earlier if sex else earlier
    return about_contact(r, earlier[0]) if earlier else None


JUST_BEFORE = r"\bthe (?:woman|man|guy|lady|person|one|contact|customer|user|lead|girl) (?:right )?before (\w{3,})\b"


def _just_before(r: Utterance, state: State) -> Plan | None:
    """'the woman before omar - her api convo': the person discussed just before the one named."""
    m = rx.search(JUST_BEFORE, r.text)
    if m is None or r.identified:
        return None
    people = list({str(p.get("id")): p for p in state.people if p.get("id")}.values())
    at = [i for i, p in enumerate(people) if str(p.get("name") or "").casefold().split(" ")[0] == m.group(1)]
    if len(at) != 1 or at[0] == 0:
        return None
    said, person = r.without(JUST_BEFORE), people[at[0] - 1]
    plan = about_contact(said, person)
    if isinstance(plan, tuple) and plan[0] in SEARCHES and (opened := shown_before(said, state, person)):
        return opened  # "the woman before omar - her api convo": the one her overview showed
    return plan


def _by_first_name(r: Utterance, state: State) -> Plan | None:
    """'go back to kai - last 20 events': someone discussed earlier, by first name, and what is asked of them."""
    m = rx.search(r"\bback to (\w{3,})\b", r.text)
    if m is None:
        return None
    named = [p for p in state.people if str(p.get("name") or "").casefold().split(" ")[0] == m.group(1)]
    if len({p.get("id") for p in named}) != 1 or r.has(r"\b(?:convo|conversation|ticket|chat|thread)\b"):
        return None  # "go back to omar - his integration convo": one of his conversations, found elsewhere
    return about_contact(r, named[-1])


def _back_to_company_person(r: Utterance, state: State) -> Plan | None:
    """'back to lumen partners: lena evans has a ticket going': someone in a company's people shown earlier."""
    company = r.named("company")
    if not r.has(r"back to"):
        return None
    keys: list[Any] = [*(e.get("id") for e in company.entries), company.name, company.written] if company else []
    word = rx.search(r"\bback to (\w{4,})\b", r.text)
    if company is None and word is not None:  # "back to lumen - the guy with no activity": the lumen discussed
        keys = [k for k in state.company_contacts if k.split(" ")[0] == word[1] and " " in k]
        keys = keys if len(keys) == 1 else []
    for key in keys:
        if key and (listing := state.company_contacts.get(str(key).casefold())):
            same = [
                x for x in reversed(state.lists) if x.tool == listing.tool and x.args == {**x.args, **_company(listing)}
            ]
            listing = max(same, key=lambda x: len(x.items), default=listing)  # all its people, not the first 2
            person = named_in(r, listing.items) or by_detail(r, listing) or _discussed(r, state, listing)
            if person := person or _quietest(r, listing):
                return about_contact(aside(r), person)  # "back to lumen group - the guy with no events"
    return None


def _company(listing: Listing) -> dict[str, Any]:
    return {k: v for k, v in listing.args.items() if k in ("company", "company_id")}


def _quietest(r: Utterance, listing: Listing) -> dict[str, Any] | None:
    """'the guy with no activity at all', when everyone listed did something: the one who did the least."""
    counts = [len(c.get("events") or []) for c in listing.items]
    if not r.has(r"no (?:activity|events)|nothing at all|inactive|been quiet") or not any(counts):
        return None
    return listing.items[counts.index(min(counts))] if counts.count(min(counts)) == 1 else None


PERSON = r"(?:guy|person|lady|contact|customer|user|woman|man|dude|fellow)"
SOMEONE = rf"\b(?:that|the|this) (?:[\w'-]+ ){{1,3}}{PERSON}\b|\bthat {PERSON} (?:from|at)\b"  # "that person from acme"


def _discussed(r: Utterance, state: State, listing: Listing) -> dict[str, Any] | None:
    """'go back to that acme guy': the one of a company's people this conversation went on to discuss."""
    if not r.has(SOMEONE) or r.ordinal is not None:
        return None  # "back to the juniper list - the second person's tickets": by position (elsewhere)
    ids = {item.get("id") for item in listing.items}
    return next((p for p in reversed(state.people) if p.get("id") in ids), None)


PERSON_THERE = rx.compile(r"\bthe (\w+) (?:person|guy|contact|user|one|lady) (?:there|in there|at it|on it|listed)\b")


def person_there(r: Utterance, state: State, call: tuple[str, dict[str, Any]]) -> Plan | None:
    """'go back to the first company. the first person there, the complete profile': one of its people."""
    m = PERSON_THERE.search(r.text)
    listing = state.company_contacts.get(str(call[1].get("company") or "").casefold())
    if m is None or m.group(1) not in ORDINALS or listing is None:
        return None
    index = ORDINALS[m.group(1)]
    if not -len(listing.items) <= index < len(listing.items):
        return None
    return about_item(aside(r), listing, listing.items[index], state)


WITH_ISSUE = rx.compile(
    r"\b(?:person|guy|lady|woman|man|customer|user|contact|one|client) (?:with|who had|who has|who wrote|behind) "
    r"(?:the|that|a|her|his) (\w+) (?:question|issue|problem|convo|conversation|ticket|request|complaint|thread|one)\b"
)


def _with_the_issue(r: Utterance, state: State) -> Plan | None:
    """'who's the person with the api question', 'back to the woman with the billing issue - her profile': who
    wrote the conversation about it on the latest list that has one (the one picked, of several)."""
    m = WITH_ISSUE.search(r.text)
    if m is None or r.identified or r.person or singular(m[1]) not in TOPIC_WORDS:
        return None
    met = {p.get("id") for x in state.lists if x.kind == "contacts" for p in x.items} | {
        p.get("id") for p in state.people
    }  # (of several, the one whose author the conversation met since)
    for listing in (x for x in reversed(state.lists) if x.kind == "conversations"):
        fits = [c for c in listing.items if singular(m[1]) in words_of(c)]
        picked = state.picked[0].items[state.picked[1]] if state.picked and state.picked[0] is listing else None
        seen = [c for c in fits if (customer(c) or {}).get("id") in met]
        item = fits[0] if len(fits) == 1 else picked if picked in fits else seen[0] if len(seen) == 1 else None
        if fits and (person := customer(item) if item else None) and person.get("id"):
            return about_contact(r.without(WITH_ISSUE.pattern), person) or (
                "intercom_get_contact_by_id",
                {"contact_id": person["id"]},
            )
        if fits:
            return None
    return None


__all__ = ["SOMEONE", "back_to_person", "person_there", "said_person"]
