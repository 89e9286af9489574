"""A question about the person in focus that no rule understood ("is she a happy customer?", "anything I
should know before I call her?", "is he legit?"): the whole picture of that person (profile, companies, recent
events and conversations), rather than asking who is meant while she is on screen, or calling it off-topic."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State, contact_key, customer
from graphs.planner.earlier import for_contact
from graphs.planner.focus import contact_name
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance, read
from graphs.planner.refine import SEARCHES, SHE, THEY
from graphs.planner.settled import ASKED_IF_SETTLED
from graphs.planner.their_people import company_of
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.windows import month_again, same_window

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
    r"(?:should|need to|must) (?:i |we )?know|heard from|story|the deal|situation|how (?:are|is) (?:things|it) going|"
    r"plan|tier|subscription|spend|^(?:and|so|more|go on|else)\W*$"
)
ACTS = r"\b(?:reply|respond|answer|write back|get back|ping|assign|close|delete|remove)\b"
STATES = r"\b(?:open|closed|snoozed|pending)\b"
WHOLE = (
    r"red flags?|\bhappy\b|satisfied|worried|worry|at risk|churn risk|rundown|(?:should|need to) (?:i |we )?know|"
    r"before (?:i|we) (?:hop on|jump on|get on|call|meet|talk)"
)
SEEN = r"\b(?:was|is|were|are|been) (?:he|she|they) (?:online|on|around|active) (?:today|yesterday|lately|recently)\b"
EVERYONE = (
    r"\b(?:anyone|anybody|everyone|everybody|overall|in general|across|workspace|all (?:customers|users|contacts|"
    r"people|companies)|other (?:customers|users|people|contacts)|others|inbox|queue|company-wide|org-wide|team)\b"
)
ATTRIBUTES = (  # "phone number?", "what timezone", "browser?", "signed up when", "tags?": her record has them
    r"\b(?:phone|mobile number|number|time ?zone|tz|browser|os|operating system|device|platform|signed? ?up|"
    r"sign-?up|created|joined|location|located|city|country|where (?:is|are|does|do)|tags?|labels?|language|locale|"
    r"role|title|job|ip|avatar|external id|user id|last (?:seen|active|login|log ?in|sign ?in|contacted|heard)|"
    r"unsubscribed|subscribed|opted|owner|custom (?:attributes|fields|data)|attributes|since when)\b"
)


def on_screen(r: Utterance, state: State) -> dict[str, Any] | None:
    """The one person the last call was about (or whose conversation it read); "back to him" reaches the
    person discussed before a company's people were listed."""
    last = state.last[0] if state.last else None
    back = r.has(r"\bback to (?:him|her|them)\b") and state.contact is not None
    listed = state.listing.items if state.listing is not None and state.listing.kind == "contacts" else []
    among = state.contact is not None and any(c.get("id") == state.contact.get("id") for c in listed)
    back = back or (among and r.has(r"\b(?:she|her|hers|he|his|him)\b"))  # "and his refund thing", after his
    # company's people were listed (him among them): still the one discussed
    if last not in ABOUT_ONE and not (state.last and state.last[1].get("contact_email")) and not back:
        return None  # "show me that customer", after a list of conversations: which one is asked
    if state.focus == "contact" or back:
        return state.contact or None
    if state.focus == "conversation" and state.conversation is not None:
        return customer(state.conversation)  # "is she a happy customer?", after reading her conversation
    return None


EVERYTHING = (  # "fine give me everything, convos and all", "and whatever else we have on them"
    r"give me everything\b(?! (?:about|on|from|for|with|in|since|that) )|"
    r"everything (?:else )?(?:we|you) (?:have|'ve got|got|know)|whatever else|(?:convos|conversations|events) and all|"
    r"(?:the )?whole picture|full picture"
)


def whole_picture(r: Utterance, state: State) -> Plan | None:
    """'any red flags before i hop on a call w her?', 'is she happy overall?', 'give me everything, convos and
    all': her overview, whatever else the words might suggest (a call, a summary, her company)."""
    if not r.has(WHOLE + "|" + SEEN + "|" + EVERYTHING) or r.identified or r.names:
        return None
    if (person := on_screen(r, state)) is None:
        return None
    if not r.has(SHE + "|" + THEY + "|" + CUSTOMER + r"|\bcustomer\b|" + EVERYTHING) and len(r.tokens) > 6:
        return None
    if r.has(SEEN) and person.get("id"):
        return ("intercom_get_contact_by_id", {"contact_id": str(person["id"])})  # "was he online today": last seen
    return _overview(person)


ON_FILE = r"\bon (?:file|record)\b"
WHICH_OF_THEM = r"\bwhich (?:\w+ ){1,2}(?:is|are) (?:he|she|they) (?:with|at|in|from|part of)\b"
MEMBER = (  # "is that customer at globex too?", "does she work at acme?": her record lists her companies
    r"^(?:\w+ ?,? )?(?:is|does|did) (?:she|he|that (?:customer|client|user|person|guy|lady|contact|lead|one)|"
    r"the (?:customer|client|user|person|contact|writer|author)) (?:also |even |actually |still |really )?"
    r"(?:at|with|from|in|on|work(?:s|ed|ing)? (?:at|for|with|in)|part of|one of|belongs? to|a member of|"
    r"(?:an? )?(?:employee|member|user|customer) (?:at|of|with))\b"
)


def on_file(r: Utterance, state: State) -> Plan | None:
    """'any tags or company on file?', 'which globex is he with', 'is she at acme too?', about the person on
    screen: her record (it shows her tags and companies), not every company or every globex."""
    company = r.named("company")
    which = company is not None and company.ambiguous and r.has(WHICH_OF_THEM)  # two globexes: which is his
    others = r"who else|anyone else|any(?:one|body) there|colleagues|co-?workers|people|ppl|team ?mates"
    which = which or (company is not None and r.has(MEMBER) and not r.has(others))  # "is she at acme too?"
    if (
        not (which or (r.has(ON_FILE) and not r.has(others + r"|events?|activity")))
        or r.identified
        or r.person is not None
        or (person := on_screen(r, state)) is None
    ):
        return None
    if any(m.kind != "company" for m in r.names) or not person.get("id"):
        return None
    return ("intercom_get_contact_by_id", {"contact_id": str(person["id"])})


PAID = r"pays? us|paying(?: us)?|spends?|spending|mrr|arr|revenue|seats|licen[cs]es|headcount|how big"


def about_them(r: Utterance, state: State) -> Plan | None:
    """Her overview, when the request speaks of the person in focus (she, he, they, her name, "the customer",
    or what one asks about a customer) and names nothing else; her conversations, when it names a topic or a
    state ("did we actually refund her in the end?", "snoozed anything?"); her record, for an attribute."""
    shown = state.focus == "conversation" and (r.has(ASKED_IF_SETTLED) or r.count("message") is not None)
    if (person := on_screen(r, state)) is None or shown:
        return None  # "why is it still open?", "did they get their money? the last 2 messages": the one shown
    names = set(str(person.get("name") or "").casefold().split()) & r.words  # "is kai active?"
    spoken_of = r.has(SHE + "|" + THEY + "|" + CUSTOMER) or bool(names)
    spoken_of = spoken_of or (len(r.tokens) <= 6 and r.has(ABOUT_A_CUSTOMER + "|" + STATES))
    spoken_of = spoken_of or (len(r.tokens) <= 4 and r.has(ATTRIBUTES))
    if not spoken_of or r.has(ACTS) or r.identified or r.names or any(r.mentions(k) for k in KINDS):
        return None
    if r.has(PAID) and (company := company_of(state)) is not None and company.get("id"):
        return ("intercom_get_company_by_id", {"company_id": str(company["id"])})  # "how much do they pay us"
    topic = next((singular(w) for w in r.tokens if singular(w) in TOPIC_WORDS), None)
    state_said = next((w for w in ("open", "closed", "snoozed") if w in r.words), None)
    if (topic or state_said) and person.get("email"):  # "did we actually refund her in the end?"
        filters = {k: v for k, v in (("query", topic), ("state", state_said), *r.dates.args().items()) if v}
        return ("intercom_search_conversations", {"contact_email": str(person["email"]), **filters})
    if r.has(ATTRIBUTES) and person.get("id"):
        return ("intercom_get_contact_by_id", {"contact_id": str(person["id"])})  # "phone number?": her record
    return _overview(person)


def _overview(person: dict[str, Any]) -> Plan | None:
    ref = contact_name(person)  # her email, else her external id, else her Intercom id
    return ("intercom_contact_overview", {"contact": ref}) if ref else None


def reworded(r: Utterance, state: State) -> str | None:
    """The request said again in words resolved without a name: "any convos from that one?" after a person
    named by email (that person); "how many open convos are sitting with them" after a list of teams (the team).
    """
    that_one = r"\b(?:from|with|by|of) (?:that|this) one\b(?!'s)"
    if r.has(that_one) and state.focus == "contact" and on_screen(r, state) is not None:
        return rx.sub(that_one, lambda m: m.group(0).split()[0] + " that person", r.text)
    team = r"\b(?:them|they|(?:that|this) team)\b"
    if state.listing is not None and state.listing.kind == "teams" and r.has(team):
        return rx.sub(team, "the team", r.text)
    return None


def scoped(r: Utterance, state: State, plan: Plan) -> Plan:
    """A search said with nobody named, right after one person's record or overview ("convos this month?",
    "opne tickets?"): that person's conversations, unless everyone's are asked for."""
    if isinstance(plan, tuple) and set(plan[1]) == {"contact_email", "per_page"} and _overview_shown(plan, state):
        return (OVERVIEW, {**state.last[1], "conversations": min(plan[1]["per_page"], 50)})  # type: ignore[index]
        # "and her 2 latest convos", after her overview: the overview again, with that many
    if not isinstance(plan, tuple) or plan[0] not in SEARCHES or set(plan[1]) & {"contact_email", "contact_ids"}:
        return plan
    if r.identified or r.names or r.person or r.has(EVERYONE) or (person := on_screen(r, state)) is None:
        return plan
    if state.focus != "contact" or not person.get("email"):
        return plan  # after reading a conversation, "any other refunds this month?" is everyone's
    if state.last_search is not None and not set(state.last_search[1]) & {"contact_email", "contact_ids"}:
        return plan  # "whose is that", after a search of everyone's: "ok open convos from the last 30 days then"
    topic = plan[1].get("query") or plan[1].get("text")
    if (
        topic
        and len(r.tokens) > 3
        and not r.has(r"\bthe \w+ (?:ticket|convo|conversation|chat|thread|issue|request)\b(?!s)|\bboth\b")
        and not r.has(r"^(?:\w+ )?(?:just|only) (?:the |her |his |their )?\w+ ones\b")  # "just the billing ones"
    ):  # ("both refund convos as transcripts", after her overview: the two of hers)
        return plan  # "any tickets about exporting since september?", after one person's events: everyone's
    if r.has(r"\b(?:more|next|further|widen|wider|back|earlier|older)\b"):
        return plan  # "only 3? go back further then, since june": the search before, widened
    return (plan[0], {**plan[1], "contact_email": str(person["email"])})


def without_their_name(plan: Plan) -> Plan:
    """A search of one person's conversations never has her own name for a topic ("what has tara been writing
    in about", read as tara's): the words of her address are taken out of the query."""
    if not isinstance(plan, tuple) or plan[0] not in SEARCHES or not plan[1].get("contact_email"):
        return plan
    key = "query" if plan[1].get("query") else "text"
    words = str(plan[1].get(key) or "").split()
    hers = set(str(plan[1]["contact_email"]).casefold().split("@")[0].split("."))
    hers |= {singular(w) for w in hers}  # "felix evans convos?": the topic read "evan"
    kept = [w for w in words if w.casefold().removesuffix("'s") not in hers]
    if not words or len(kept) == len(words):
        return plan
    args = {k: v for k, v in plan[1].items() if k != key}
    return (plan[0], {**args, key: " ".join(kept)} if kept else args)


TOO = r"\b(?:too|as well|also|likewise)\W*$"


def her_too(r: Utterance, state: State, plan: Plan) -> Plan:
    """'emma evans too', 'iris evans refund one too', after another person's conversations on a topic: the same
    search for the person named (with the topic said, if one is), not her overview."""
    if not (isinstance(plan, tuple) and plan[0] == "intercom_contact_overview" and r.has(TOO)) or len(r.tokens) > 7:
        return plan
    email = str(plan[1].get("contact") or "")
    if r.person is None or "@" not in email:
        return plan
    base = next(((n, a) for n, a in reversed(state.calls) if n in SEARCHES and a.get("contact_email")), None)
    if base is not None and base[1]["contact_email"] != email and (same := for_contact(*base, {"email": email})):
        plan = same if isinstance(same, tuple) else plan
    elif r.topic or any(singular(w) in TOPIC_WORDS for w in r.tokens):
        plan = ("intercom_search_conversations", {"contact_email": email})
    topic = r.topic or next((singular(w) for w in r.tokens if singular(w) in TOPIC_WORDS), None)  # "billing one"
    if topic and plan[0] in SEARCHES:
        key = "text" if plan[0] == "intercom_find_conversations" else "query"
        plan = (plan[0], {**plan[1], key: topic})
    return plan


def finished(r: Utterance, state: State, plan: Plan) -> Plan:
    """What every decision goes through last: "same window" honoured, a person's own name dropped from her
    topic, "<her name> too" made the same search for her."""
    plan = without_their_name(her_too(r, state, same_window(r, state, month_again(r, state, plan))))
    return fewer_events(r, state, plan)


FEWER = (
    r"(?:(?:ok|okay|and|now|so|but|then|same|again)\W+)*(?:(?:only|just|with|but) (?:(?:show|give|list)(?: me)? )?"
    r"(\d{1,2}) events?|(\d{1,2}) events? only)(?: (?:each|then|pls|please|instead))*\W*"
)


def fewer_events(r: Utterance, state: State, plan: Plan) -> Plan:
    """'only 2 events', 'with 2 events then', right after someone's overview: the same overview, with that many
    of their events (not the list of their events)."""
    said = rx.fullmatch(FEWER, r.text)
    last = state.last
    if said is None or last is None or last[0] != OVERVIEW or not isinstance(plan, tuple):
        return plan
    if plan[0] != "intercom_list_events" or r.identified or r.names or r.person is not None:
        return plan
    return (OVERVIEW, {**last[1], "events": min(int(said[1] or said[2]), 50)})


__all__ = ["about_them", "finished", "on_screen", "scoped", "whole_picture", "without_their_name"]


OVERVIEW = "intercom_contact_overview"
SOME_OF_THEM = (
    r"(?:(?:ok|okay|so|and|now|just|can you|could you) )*(?:show|give|list|get|pull)?(?: me)? ?(\d{1,3}) "
    r"(?:of them|more)(?: pls| please)? ?[?.!]?"
)


def her_events_again(r: Utterance, state: State) -> Plan | None:
    """'show me 30 of them', right after the overview a request for her events got ("grace silvia evens", by
    name): her events, that many (the overview shows a few)."""
    said = rx.fullmatch(SOME_OF_THEM, r.text)
    if said is None or state.last is None or state.last[0] != OVERVIEW or state.contact is None:
        return None
    if not read(state.last_said, r.now).mentions("event") or (key := contact_key(state.contact)) is None:
        return None
    return ("intercom_list_events", {key[0]: key[1], "per_page": min(int(said[1]), 150)})


def _overview_shown(plan: tuple[str, dict[str, Any]], state: State) -> bool:
    """Whether the last answer was the overview of the person ``plan`` searches the conversations of."""
    last, person = state.last, state.contact or {}
    return last is not None and last[0] == OVERVIEW and plan[1].get("contact_email") == person.get("email")
