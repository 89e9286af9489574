"""A question about the person in focus that no rule understood ("is she a happy customer?", "anything I
should know before I call her?", "is he legit?"): the whole picture of that person (profile, companies, recent
events and conversations), rather than asking who is meant while she is on screen, or calling it off-topic."""

from __future__ import annotations

from graphs.planner.dialogue import State, customer
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import SHE, THEY

ABOUT_ONE = (  # calls about one person (or one conversation, and so its customer)
    "intercom_contact_overview",
    "intercom_get_contact_by_id",
    "intercom_list_events",
    "intercom_get_conversation_by_id",
)
KINDS = ("company", "segment", "team")  # another kind of thing named: not a question about her
CUSTOMER = r"\b(?:the|this|that) (?:customer|client|user|person|account|contact|lead|one)\b"
ABOUT_A_CUSTOMER = (  # "any red flags?", "should i be worried", "give me the rundown", "anything else?"
    r"red flags?|worr(?:y|ied)|concern(?:s|ed)?|rundown|run ?down|summar\w*|tl;?dr|status|relationship|happy|"
    r"healthy|health|engaged|engagement|at risk|churn\w*|legit|important|(?:what|anything) else|"
    r"(?:should|need to|must) (?:i |we )?know|heard from|story|the deal|situation|how (?:are|is) (?:things|it) going"
)
ACTS = r"\b(?:reply|respond|answer|write back|get back|ping|assign|close|delete|remove|refund)\b"
ATTRIBUTES = (  # "phone number?", "what timezone", "browser?", "signed up when", "tags?": her record has them
    r"\b(?:phone|mobile number|number|time ?zone|tz|browser|os|operating system|device|platform|signed? ?up|"
    r"sign-?up|created|joined|location|located|city|country|where (?:is|are|does|do)|tags?|labels?|language|locale|"
    r"role|title|job|ip|avatar|external id|user id|last (?:seen|active|login|log ?in|sign ?in|contacted|heard)|"
    r"unsubscribed|subscribed|opted|owner|custom (?:attributes|fields|data)|attributes)\b"
)


def about_them(r: Utterance, state: State) -> Plan | None:
    """Her overview, when the request speaks of the person in focus (she, he, they, her name, "the customer",
    or what one asks about a customer) and names nothing else."""
    last = state.last[0] if state.last else None
    if last not in ABOUT_ONE and not (state.last and state.last[1].get("contact_email")):
        return None  # "show me that customer", after a list of conversations: which one is asked
    if state.focus == "contact":
        person = state.contact
    elif state.focus == "conversation" and state.conversation is not None:
        person = customer(state.conversation)  # "is she a happy customer?", after reading her conversation
    else:
        return None
    if not person:
        return None
    names = set(str(person.get("name") or "").casefold().split()) & r.words  # "is kai active?"
    spoken_of = r.has(SHE + "|" + THEY + "|" + CUSTOMER) or bool(names)
    spoken_of = (
        spoken_of or (len(r.tokens) <= 6 and r.has(ABOUT_A_CUSTOMER)) or (len(r.tokens) <= 4 and r.has(ATTRIBUTES))
    )
    if not spoken_of or r.has(ACTS) or r.identified or r.names or any(r.mentions(k) for k in KINDS):
        return None
    if r.has(ATTRIBUTES) and person.get("id"):
        return ("intercom_get_contact_by_id", {"contact_id": str(person["id"])})  # "phone number?": her record
    ref = person.get("email") or person.get("external_id") or person.get("id")
    return ("intercom_contact_overview", {"contact": str(ref)}) if ref else None


__all__ = ["about_them"]
