"""People looked up one after another ("look up usr_00169", "and usr_00166"), then named by their order:
"event counts all time for the first guy", "now the other one"; and the other of two conversations a
question offered ("#101491 or #100084?" - "rosa diaz" - "no the other one")."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import by_size
from graphs.planner.dialogue import CONTACT_FIELDS, Listing, State
from graphs.planner.earlier import as_before, for_contact
from graphs.planner.focus import about_contact, about_item, again, company_ref
from graphs.planner.intents import Plan
from graphs.planner.reading import COMPANY_CUES, Utterance
from graphs.planner.refine import SEARCHES
from graphs.planner.who import same_person

PERSON = r"(?:guy|person|contact|user|lady|customer|dude|man|woman|one (?:i|we) (?:looked up|checked|asked about))"
BY_ORDER = rx.compile(rf"\b(first|1st|second|2nd|former|latter) {PERSON}\b")
OTHER = rx.compile(
    r"^(?:(?:and|ok|okay|now|then|so) )*(?:what about |how about |same for |do )?(?:the )?other "
    r"(?:one|guy|person|contact|user|lady|customer)(?: (?:too|then|now|please|pls))? ?[?.!]?$"
)
PEOPLE_LISTS = (
    "intercom_list_all_contacts",
    "intercom_list_attach_contacts_to_company",
    "intercom_company_contacts_events",
)
ABOUT_ONE = ("intercom_list_events", "intercom_contact_overview", "intercom_get_contact_by_id")


def _ref(name: str, args: dict[str, Any]) -> dict[str, Any] | None:
    """Who a call was about, as far as its arguments say."""
    if name == "intercom_list_events":
        return {CONTACT_FIELDS[k]: v for k, v in args.items() if k in CONTACT_FIELDS and v} or None
    if name in SEARCHES and args.get("contact_email"):
        return {"email": args["contact_email"]}
    if name == "intercom_get_contact_by_id" and args.get("contact_id"):
        return {"id": args["contact_id"]}
    said = str(args.get("contact") or "") if name == "intercom_contact_overview" else ""
    if not said:
        return None
    if "@" in said:
        return {"email": said}
    if rx.fullmatch(r"[0-9a-f]{24}", said):
        return {"id": said}
    return {"name": said} if " " in said else {"external_id": said}


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    named = a.get("name") and str(a.get("name")).casefold() == str(b.get("name") or "").casefold()
    return same_person(a, b) or bool(named)


def looked_up(state: State) -> list[dict[str, Any]]:
    """Each person a call was about, once, in the order first asked about (with what is known of them)."""
    people: list[dict[str, Any]] = []
    for name, args in state.calls:
        ref = _ref(name, args)
        if ref is None:
            continue
        known = next((p for p in state.people if _same(ref, p)), {})
        person = {**ref, **known}
        if not any(_same(person, p) for p in people):
            people.append(person)
    return people


def one_looked_up(r: Utterance, state: State) -> Plan | None:
    """'event counts all time for the first guy', 'now the other one': of two people looked up in turn."""
    if r.identified or r.names or r.person is not None or state.last is None:
        return None
    order, other = BY_ORDER.search(r.text), OTHER.match(r.text)
    if order is None and other is None:
        return None
    if state.listing is not None and state.listing.kind in ("contacts", "candidates"):
        return None  # "the second person" of a list of people: picked from it
    if order is not None and state.listing is not None and state.listing.tool != "intercom_contact_overview":
        return None  # "any other convos from the 2nd person", of a list of conversations: its writer
    if r.has(r"\blist\b|back to") or any(name in PEOPLE_LISTS for name, _ in state.calls):
        return None  # "going back to that list of 5 - second person": a list's
    people = looked_up(state)
    if len(people) != 2:
        return None
    if order is not None:
        chosen = people[0 if order[1] in ("first", "1st", "former") else 1]
        asked = r.without(rf"\b(?:the )?{re.escape(order[0])}(?: (?:you|we|i) (?:showed|looked up|pulled up|checked))?")
        return about_contact(asked, chosen) or for_contact(*state.last, chosen)  # (not a topic: "first person")
    last = _ref(*state.last) if state.last[0] in ABOUT_ONE else None
    touched = [p for p in people if last is not None and _same(p, last)]
    if len(touched) != 1:
        return None
    return for_contact(*state.last, people[1] if touched[0] is people[0] else people[0])


def other_offered(r: Utterance, state: State) -> Plan | None:
    """'no the other one', after one of the two conversations a "which one?" offered was opened: the other;
    'no, not him - the other one', after one of two listed: the same for the other."""
    if (besides := other_listed(r, state)) is not None:
        return besides
    if state.picked is not None and len(state.picked[0].items) == 2 and state.last and OPEN_OTHER.match(r.text):
        listing, index = state.picked
        if -2 <= index < 2 and (same := as_before(state, listing, listing.items[1 - index % 2])) is not None:
            return same
    if len(state.offered) != 2 or state.last is None or state.last[0] != "intercom_get_conversation_by_id":
        return None
    opened = str(state.last[1].get("conversation_id"))
    if opened not in state.offered or not OTHER_ONE.match(r.text):
        return None
    return ("intercom_get_conversation_by_id", {"conversation_id": next(c for c in state.offered if c != opened)})


OPEN_OTHER = rx.compile(
    r"^(?:(?:no|nope|nah|sorry|wait|oops|ok|and|now|so) ?,? )*(?:not (?:him|her|them|that one|this one|that|this)\W+)?"
    r"(?:(?:pull up|open|show(?: me)?|read|get|give me|and|i meant|i mean) )?(?:the )?other one\W*$"
)


def other_listed(r: Utterance, state: State) -> Plan | None:
    """'pull up the other one', after a search that found the conversation read before and others: the first
    of the others (a search of everyone's "other refund requests", when his was read)."""
    listing, read = state.listing, state.conversation
    if listing is None or listing.kind != "conversations" or read is None or not OPEN_OTHER.match(r.text):
        return None
    ids = [str(c.get("id")) for c in listing.items]
    if state.last is not None and state.last[0] == "intercom_get_conversation_by_id" and len(ids) == 2:
        opened = str(state.last[1].get("conversation_id"))  # "no, the other one", after the first of two opened
        return (
            ("intercom_get_conversation_by_id", {"conversation_id": ids[1 - ids.index(opened)]})
            if opened in ids
            else None
        )
    if state.last is None or state.last[0] == "intercom_get_conversation_by_id":
        return None
    others = [i for i in ids if i != str(read.get("id"))]
    if len(others) != len(ids) - 1 or not others:
        return None
    return ("intercom_get_conversation_by_id", {"conversation_id": others[0]})


SAID_ID = rx.compile(r"\b[0-9a-f]{24}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z]+_\d+\b", re.IGNORECASE)
OTHER_SAID = rx.compile(r"\b(?:the )?other (?:id|one|email|address|contact|person)\b")


def other_said(r: Utterance, state: State) -> Plan | None:
    """'same for the other id', after one of two ids pasted together was looked at: the same call, for the
    other one."""
    if state.last is None or r.identified or r.person is not None or not OTHER_SAID.search(r.text):
        return None
    said = list(dict.fromkeys(m.group(0) for m in SAID_ID.finditer(state.last_said)))
    tool, args = state.last
    used = [k for k, v in args.items() if str(v).casefold() in {s.casefold() for s in said}]
    others = [s for s in said if s.casefold() not in {str(args[k]).casefold() for k in used}]
    if len(said) != 2 or len(used) != 1 or len(others) != 1 or _shape(others[0]) != _shape(str(args[used[0]])):
        return None  # (an email and an id pasted together: not two of a kind)
    return (tool, {**args, used[0]: others[0].lower() if _shape(others[0]) == "hex" else others[0]})


def _shape(value: str) -> str:
    return "email" if "@" in value else "hex" if len(value) == 24 and "_" not in value else "external id"


OTHER_ONE = rx.compile(r"^(?:(?:no|nope|wait|sorry|oops|ah|and|ok|now),? )*(?:i meant |i mean )?(?:the )?other one\W*$")


OTHER_COMPANY = rx.compile(
    r"^(?:(?:and|ok|now|so|what about|how about|same for) )*(?:the )?other (?:one|company|account|org)(?:'s)?"
    r"(?: (people|ppl|folks|contacts|users))?\W*$"
)


def other_company(r: Utterance, state: State) -> Plan | None:
    """'and the other one?', after one of the two companies this conversation was about: the same for the
    other ("what plan's the first account on" - its record; then the other's record); "the other company's
    people": its people."""
    said = OTHER_COMPANY.search(r.text)
    ids = list(dict.fromkeys(str(c.get("id")) for c in state.companies_seen if c.get("id")))
    current = str((state.company or {}).get("id")) if state.focus == "company" else ""
    if said is None or len(ids) != 2 or current not in ids or state.last is None or r.names or r.identified:
        return None
    other = next(c for c in reversed(state.companies_seen) if str(c.get("id")) != current)
    if said[1]:
        return ("intercom_company_contacts_events", {"company": company_ref(other, r), "events_per_contact": 0})
    return again(state, Listing("intercom_get_company_by_id", {}, state.companies_seen, "companies"), other)


def bigger_of_two(r: Utterance, state: State) -> Plan | None:
    """ "who's at the bigger one (by size)", after two companies' records: the one with more users; "and the
    other one?", after one of two companies (:func:`other_company`)."""
    if (other := other_company(r, state)) is not None:
        return other
    if len(state.companies_read) != 2 or r.names or r.identified or r.person is not None:
        return None  # ("ben adams at the bigger one - any convos?": about him)
    if not r.has(
        r"\b(?:bigger|larger|smaller) one\b|\bthe one with (?:fewer|more|less) (?:users|people|contacts|ppl)\b|"
        r"\bwhich (?:of the two|one|of them) has (?:more|fewer|less|the most) (?:users|people|contacts|ppl)\b"
    ):
        return None
    read = Listing("intercom_get_company_by_id", {}, state.companies_read, "companies")
    found = by_size(r, read)
    asked = r.without(r"\(?by (?:size|users|headcount)\)?|\bof (?:the|those) (?:two|2)\b")  # how it was picked
    if found is not None and asked.has(r"\bwho\b|\bpeople\b|\bppl\b") and not asked.has(r"page|attached|events?"):
        return ("intercom_company_contacts_events", {"company": company_ref(found, r), "events_per_contact": 0})
    return about_item(asked, read, found, state) if found is not None else None


IN_ORDER = rx.compile(r"\bthe (?:(first|1st|second|2nd|third|3rd)|previous|earlier|other) (?:company|account|org)\b")


NTH_SAID = rx.compile(
    r"^(?:(?:and|ok|okay|now|so|then) )*(?:same (?:thing )?for |what about |how about )?(?:the )?(first|1st|second|2nd|"
    r"other) (?:account|company|org|firm)(?:'s)?(?: (?:too|as well|pls|please))?\W*$"
)


def _named_in_order(r: Utterance, state: State) -> Plan | None:
    """'same for the second account', after a request that named two companies and asked about the first
    ("calls with pioneer logistics and yonder logistics today. pioneer first - who's there"): the same call,
    for the other."""
    m = NTH_SAID.search(r.text)
    if m is None or state.last is None or r.names or r.identified:
        return None
    tool, args = state.last
    key = "company" if "company" in args else "company_id" if "company_id" in args else None
    said = state.last_said.casefold()
    named = sorted((said.find(n.casefold()), i) for i, n in r.company_names.items() if n and n.casefold() in said)
    if key is None or len(named) != 2:
        return None
    current = {str(args[key]).casefold(), str((state.company or {}).get("id", "")).casefold()}
    others = [i for _, i in named if i.casefold() not in current and r.company_names[i].casefold() not in current]
    picked = named[0][1] if m[1] in ("first", "1st") else named[1][1] if m[1] in ("second", "2nd") else None
    picked = picked if m[1] != "other" else (others[0] if len(others) == 1 else None)
    if picked is None or picked not in others:
        return None  # the one already asked about
    return (tool, {**args, key: r.company_names[picked] if key == "company" else picked})


def company_in_order(r: Utterance, state: State) -> Plan | None:
    """'the first company, show me its stats', after two companies' people (no list of companies shown):
    the first company the conversation was about; 'the previous company': the one before the last."""
    if (named := _named_in_order(r, state)) is not None:
        return named
    seen = state.companies_seen
    if len(seen) < 2 or "companies" in state.by_kind or len(state.contact_companies) > 1 or r.names:
        return None
    said = IN_ORDER.search(r.text)
    record = COMPANY_CUES.search(r.text) or r.has(r"stats|details|info|information|record")
    if said is None or not record or r.has(r"person|people|ppl|contacts|users|who|events?|convos?|conversations?"):
        return None  # its record, not its people ("back to the first company, just the ppl": that call again)
    if r.identified or r.person is not None:
        return None
    at = (r.ordinal if r.ordinal is not None else 0) if said[1] else -2
    if not -len(seen) <= at < len(seen):
        return None
    return about_item(r, Listing("intercom_get_company_by_id", {}, seen, "companies"), seen[at], state)


__all__ = ["other_said", "bigger_of_two", "company_in_order", "looked_up", "one_looked_up", "other_offered"]
