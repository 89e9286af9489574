"""Her company, when the conversation knows the person only by an email or an id.

After "refunds from felix.ito.186@example.com" or "zoe.novak.146@example.com's event summary" nothing shown
says where the person works, so "who else is at his company" or "her colleagues" cannot be answered from
the conversation ("which company is she with" can: her record says). The planner then names the person's
email (or id) as one to look up, as it names a full name said that the workspace was not asked about
(:func:`graphs.planner.model.to_look_up`); the agent and the evaluation ask the workspace who that is and
plan the turn again, and this module gives the person the companies the workspace said, so what is asked
of her company's people is answered for that company.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State, customer
from graphs.planner.focus import company_ref, contact_name
from graphs.planner.gazetteer import Names
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.their_people import people_slots

COMPANY = r"(?:company|org|organi[sz]ation|employer|account|business|firm|workplace)"
HER_COMPANY = (  # her company's people or record; "which company is she at" is answered by her record, as ever
    r"\bwho else\b|\b(?:colleagues?|co-?workers?|teammates?)\b|\bworks? there\b|"
    rf"\b(?:people|ppl|folks|staff|employees|contacts|users|others|everyone|anyone|the rest) (?:at|from|in|of) "
    rf"(?:her|his|their|that|the) {COMPANY}\b|\b(?:her|his|their) {COMPANY}(?:'s)? (?:other )?"
    r"(?:people|ppl|folks|staff|employees|contacts|users|team)\b|"
    rf"\b(?:pull up|open|show(?: me)?|get|look up|check(?: out)?|details (?:of|on|for)) (?:her|his|their) {COMPANY}\b|"
    rf"\b(?:her|his|their) {COMPANY}(?:'s)? (?:record|details|info|profile|plan)\b"  # "pull up her company"
)
DOINGS = (  # "which company is he with and what have they been doing lately": the company's people and events
    r"\b(?:which|what) company\b.*\band (?:what|how)(?:'s| is| are| have| has)? (?:they|them|it)\b.*"
    r"\b(?:doing|up to|been|active|activity|events?)\b"
)
KEYS = ("email", "external_id", "id")


def her_companies(r: Utterance, state: State, names: Names | None) -> None:
    """Gives the person in focus what the workspace said of her when asked (the companies she is at, her
    email), where the conversation showed none; when it was not asked yet and the request is about her
    company's people or her conversations, marks her to be looked up."""
    person = customer(state.conversation) if state.focus == "conversation" and state.conversation else None
    if names is not None and person and not state.contact_companies and r.has(HER_COMPANY) and r.has(PRONOUN):
        state.contact, state.focus = person, "contact"  # "his company details", with his conversation open: his
    contact = state.contact
    if names is None or contact is None or state.focus != "contact":
        return
    found = next((f for k in KEYS if contact.get(k) and (f := names.person(str(contact[k]))) is not None), None)
    if found is not None:
        if len(found) == 1:
            _learnt(state, found[0], names)
        return
    wants = not state.contact_companies and r.has(HER_COMPANY + "|" + DOINGS)
    wants = wants or (not contact.get("email") and r.mentions("conversation") and r.has(PRONOUN))  # "and his convos"
    if wants and not (r.names or r.identified or r.person is not None):
        r.unknown_contact = contact_name(contact)  # her email, else an id ("who else is at his company")


PRONOUN = r"\b(?:her|his|their|she|he|they|them|him)\b"


def _learnt(state: State, person: dict[str, Any], names: Names) -> None:
    contact = state.contact or {}
    if person.get("email") and not contact.get("email"):
        state.contact = {**contact, "email": person["email"]}  # "and his convos", after his events by external id
    if not state.contact_companies:
        companies = [{"type": "company", "id": str(i), "name": names.company_names.get(str(i))} for i in
                     person.get("company_ids", ())]  # fmt: skip
        state.contact_companies = [{k: v for k, v in c.items() if v} for c in companies]
        if state.contact_companies:
            state.company = dict(state.contact_companies[0])


NAMED_COMPANY = (  # "who else is at priya patel's company", "priya patel's colleagues"; her "account" is hers
    rf"\w+'s? (?:{COMPANY.replace('account|', '')}|colleagues?|co-?workers?|teammates?)\b|\bwho else\b|"
    r"\bworks? (?:with|alongside)\b|\bwho(?:'s| is| are)? (?:on|in) (?:\w+ )?\w+'s? account\b"
)
SAME_FOR = r"^(?:and |ok |now )*(?:(?:do )?(?:the )?same(?: thing)?|ditto|likewise|what about|how about)(?: for| with)?"


def named_persons_company(r: Utterance, state: State) -> Plan | None:
    """The company of the one person the request names, when what it asks is that company's people ("who
    else is at priya patel's company"), or the same as was just asked of another person's company ("same for
    priya patel", after "who else is at her company")."""
    person = state.named[0] if r.person is not None and len(state.named) == 1 else None
    ids = list(dict.fromkeys(map(str, person.get("company_ids", ())))) if person else []
    shown = state.contact if state.focus == "contact" and not state.named and not r.has(r"\bother\b") else None
    if shown and r.person is not None and str(shown.get("name") or "").casefold() == r.person.name.casefold():
        ids = [str(c["id"]) for c in state.contact_companies if c.get("id")]  # on screen: her companies
    if len(ids) != 1 or r.names or r.identified:
        return None
    again = state.last is not None and state.last[0] == "intercom_company_contacts_events" and r.has(SAME_FOR)
    if not (r.has(NAMED_COMPANY) or (again and rx.search(HER_COMPANY, state.last_said.casefold()))):
        return None
    own = r"\b(?:plan|tier|spend\w*|size|industry|website|details|record|info|mrr|arr|paying|pay)\b"
    if not again and r.has(own) and not r.has(r"\b(?:people|ppl|who else|colleagues?|events?|activity)\b"):
        return ("intercom_get_company_by_id", {"company_id": ids[0]})  # "what plan is omar patel's company on"
    ref = company_ref({"id": ids[0]}, r) or ids[0]
    kept = {k: v for k, v in state.last[1].items() if k != "company"} if again and state.last else {}
    return (
        "intercom_company_contacts_events",
        {**kept, "company": ref} if kept else {"company": ref, **people_slots(r, True)},
    )


def company_doings(r: Utterance, state: State) -> Plan | None:
    """'which company is he with and what have they been doing lately': his company's people and their events."""
    if (theirs := named_persons_company(r, state)) is not None:
        return theirs  # "same for priya patel", after who else is at priya garcia's company
    companies = state.contact_companies if state.focus == "contact" else []
    if len(companies) != 1 or not r.has(DOINGS) or r.names or r.identified or r.person is not None:
        return None
    name = companies[0].get("name") or companies[0].get("id")
    return ("intercom_company_contacts_events", {"company": str(name)}) if name else None


WHICH_OF = (
    r"^(?:(?:so|and|wait|ok|hmm),? )?(?:is|was) (?:he|she|they|this|that)(?: (?:guy|person|one|lady|customer|user))? "
    r"(?:the|from|at|with|in|on) .+\bor\b"
)


def which_of_them(r: Utterance, state: State) -> Plan | None:
    """ "is he the indigo systems felix or the kestrel one", with his conversation open or his record shown: his
    record says which company he is at (not the first company's people)."""
    person = customer(state.conversation) if state.focus == "conversation" and state.conversation else None
    person = person or (state.contact if state.focus == "contact" else None)
    if person is None or not person.get("id") or r.named("company") is None or not r.has(WHICH_OF):
        return None
    return ("intercom_get_contact_by_id", {"contact_id": person["id"]})


__all__ = ["DOINGS", "HER_COMPANY", "company_doings", "her_companies", "which_of_them"]


WHICH_THEN = rx.compile(r"^\W*(?:(?:and|so|ok|also),? )*(?:which|what) (?:company|org|account)\b[^?]*\?+\s*(\S.*)$")
ITS_PEOPLE = ("intercom_company_contacts_events", "intercom_list_attach_contacts_to_company")


def which_then_people(text: str, decision: Plan, replan: Callable[[str], Plan]) -> Plan | None:
    """'what company is she at? show me their people': her company's people, whose listing names the company
    too (not her record, which answers only the first question)."""
    asked = WHICH_THEN.search(text.casefold())
    if asked is None or not isinstance(decision, tuple) or decision[0] in ITS_PEOPLE:
        return None
    rest = replan(asked[1])
    return rest if isinstance(rest, tuple) and rest[0] in ITS_PEOPLE else None
