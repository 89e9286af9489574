"""From a request's slots (and the dialogue so far) to one plan: a tool call, or a question back.

Each intent is recognised from vocabulary classes (contact words, company words, conversation words,
activity words...) and the slots, not from whole sentences, so phrasings nobody wrote down still
land. When nothing fits well, the answer offers requests that run as written.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner.dialogue import Dialogue, Listing
from graphs.planner.slots import NUMBER, Slots, number

Plan = tuple[str, dict[str, Any]] | str  # a tool call, or a direct answer

CONTACTS = r"contacts?|users?|leads?|people|persons?|folks|members|everyone|customers?"
COMPANIES = r"compan(?:y|ies)|accounts?|organi[sz]ations?"
CONVERSATIONS = r"conversations?|convos?|chats?|tickets?|inbox|transcripts?|threads?"
ACTIVITY = r"events?|activit(?:y|ies)|doing|done|up to|did|do recently|active|log(?:ged)? ?in|tracked|happening"
OVERVIEW = (
    r"tell me (?:everything )?about|overview|profile|who is|who'?s|look ?up|info(?:rmation)? (?:on|about)|"
    r"summary of (?:contact|user)|full picture|360|what'?s going on with|details about|what do we know about|"
    r"everything about"
)
WRITES = r"\b(?:delete|remove|send|reply|update|edit|create|add|assign|tag|merge|archive|block|unsubscribe)\b"
NOT_NAMES = {"intercom", "our", "my", "the workspace", "workspace", "us", "it", "them", "this", "that", "company"}
QUESTION_WORDS = r"what|who|which|how|show|list|get|display|give|any|all|pull|can|could|please|pls|i|we|do|does"

HELP = """I can read your Intercom workspace. Try (each runs as written):
- "List contacts at Acme Corp and show their recent events"
- "Tell me about dev.rossi.0@example.com" (a contact overview)
- "Find conversations about refund" (with transcripts) / "Search conversations about billing"
- "Open conversations from last week" / "Conversation #100007"
- "List Intercom contacts" / "Show first 50 contacts"
- "List our Intercom companies" / "Companies oldest first"
- "Who works at Acme Corp?"
- "List segments" / "Segments with counts" / "List Intercom teams"
- "Events for usr_00001" / "Event summary for usr_00001" / "List recent conversations"
After a list: "next page", "the second one", "their events"."""

ASK_CONTACT = (
    "Which contact? Give me an external_id or email (for example 'Events for usr_00001'), "
    "or ask 'List Intercom contacts' first."
)
ASK_SEARCH = "What should I search for? For example: 'Search conversations about billing'."
ASK_FIND = "What should I find? For example: 'Find conversations about refund'."
ASK_COMPANY = "Which company? Give me its name or id (see 'List our Intercom companies')."
ASK_CONVERSATION = "Which conversation? Give me its id, e.g. 'Conversation #100007' (see 'List recent conversations')."


def has(slots: Slots, words: str) -> bool:
    return re.search(rf"\b(?:{words})\b", slots.low) is not None


# ---- names ----------------------------------------------------------------------------------------------

_WORD = r"[A-Z0-9](?:[\w&.-]|'(?!s\b))*"
_NAME = rf"{_WORD}(?: (?:&|and|of) {_WORD}| {_WORD})*?"
_TAIL = re.compile(
    r"(?:'s)?(?: (?:users?|contacts?|people|folks|members|customers?|recently|lately|please|now|with|and|"
    r"along|their|events?|activity|doing|done))+$",
    re.I,
)


def _clean_name(name: str) -> str | None:
    name = _TAIL.sub("", name.strip(" \"'?.!,:;")).strip(" \"'?.!,:;")
    name = re.sub(r"^(?:the|company|companies|all|our) ", "", name, flags=re.I).strip()
    if re.match(rf"(?:{QUESTION_WORDS})\b", name, re.I):
        return None
    return None if not name or name.lower() in NOT_NAMES or len(name) < 2 else name


def company_name(slots: Slots) -> str | None:
    raw = slots.raw
    if slots.quoted and re.search(rf"\b(?:{CONTACTS}|{COMPANIES}|{ACTIVITY})\b", slots.low):
        return slots.quoted
    patterns = [
        rf"\b(?:at|from|of|in|for|within|to) (?:the )?(?:company |account )?"
        rf"(?P<name>{_NAME})(?=$|[?,.!:;&+]| [a-z]|'s)",
        rf"(?P<name>{_NAME})'s (?:{CONTACTS})",
        rf"^(?i:list|show|get|what are|what is|pull up)? ?(?P<name>{_NAME}) (?:{CONTACTS}|people)\b",
        rf"(?:of|are) (?P<name>{_NAME}) (?:{CONTACTS})\b",
        rf"^(?P<name>{_NAME})(?::| contacts| people| users)",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, raw):
            name = _clean_name(m.group("name"))
            if name and not re.fullmatch(rf"(?:{CONTACTS}|{COMPANIES}|{CONVERSATIONS}|\d+)", name, re.I):
                return name
    lowered = re.search(
        rf"\b(?:(?:{CONTACTS}|people|everyone) (?:at|from|of|in)|works? (?:at|for)|who'?s at|attached to|belongs? to)"
        r" (?:the )?(?:company )?(?P<name>[a-z][\w&.' -]+?)"
        r"(?=$|[?,!:]| and | with | along| &| \+| (?:been|has|have|do|did|is|are)\b)",
        slots.low,
    ) or re.search(r"^(?P<name>[a-z][\w&.' -]+?): (?:contacts|users|people)", slots.low)
    if lowered:
        return _clean_name(lowered.group("name"))
    return None


def person_name(slots: Slots) -> str | None:
    m = re.search(
        r"(?:about|of|on|for|is|with) (?:the )?(?:customer |contact |user )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)+)",
        slots.raw,
    )
    return m.group("name") if m else None


def topic(slots: Slots) -> str | None:
    if slots.quoted:
        return slots.quoted
    m = re.search(
        r"\b(?:about|regarding|mentioning|mention|re:|on the topic of|complained about|say about|talked to us about"
        r"|search (?:the )?(?:conversations? |convos? |chats? |tickets? )?"
        r"for(?! (?:conversations?|convos?|chats?|tickets?)\b))"
        r" (?P<t>.+?)(?= with transcripts?| from (?:this|last|the)| since | created "
        r"| in (?:jan|feb|mar|apr|may|jun|jul|aug"
        r"|sep|oct|nov|dec)| (?:that|which) (?:are|were|is)\b| still (?:open|closed|snoozed)\b|\?|$)",
        slots.low,
    )
    if not m:
        return None
    text = re.sub(r"\b(?:please|pls)\b", "", m.group("t")).strip(" ?.!'\"")
    return text or None


# ---- follow-ups ----------------------------------------------------------------------------------------


def _item_id(listing: Listing, index: int) -> dict[str, Any] | None:
    try:
        return listing.items[index]
    except IndexError:
        return None


def _events_for(contact: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if contact.get("external_id"):
        return ("intercom_list_events", {"user_id": contact["external_id"]})
    if contact.get("email") and not contact.get("id"):
        return ("intercom_list_events", {"email": contact["email"]})
    return ("intercom_list_events", {"intercom_user_id": contact["id"]})


def next_page(state: Dialogue) -> Plan:
    listing = state.listing
    if listing is None:
        return "Next page of what? Ask for a list first, e.g. 'List Intercom contacts'."
    if not listing.has_more:
        return "That was the last page: there is nothing more to show."
    args = {k: v for k, v in listing.args.items() if k not in ("page", "starting_after", "next_cursor")}
    if listing.tool == "intercom_list_companies":
        return (listing.tool, {**args, "page": (listing.page or 1) + 1})
    if listing.tool == "intercom_list_events":
        return (listing.tool, {"next_cursor": listing.next_cursor})
    return (listing.tool, {**args, "starting_after": listing.next_cursor})


def pick(slots: Slots, state: Dialogue) -> Plan | None:
    """'the second one', 'the last conversation': an item of the list shown last."""
    listing = state.listing
    if slots.ordinal is None:
        return None
    if listing is None:
        return (
            "Which list do you mean? Ask for one first, e.g. 'List Intercom contacts' or 'List recent conversations'."
        )
    item = _item_id(listing, slots.ordinal)
    if item is None:
        return f"The last list has {len(listing.items)} items; pick one of those."
    if listing.kind == "candidates":
        return (listing.tool, {**listing.args, "company": item["id"]})
    tool = listing.tool
    if "conversation" in tool or has(slots, CONVERSATIONS):
        return ("intercom_get_conversation_by_id", {"conversation_id": str(item["id"])})
    if tool in ("intercom_list_companies",):
        if has(slots, rf"{CONTACTS}|works?|attached|belongs?"):
            return ("intercom_list_attach_contacts_to_company", {"company_id": item["id"]})
        return ("intercom_get_company_by_id", {"company_id": item["id"]})
    if has(slots, ACTIVITY):
        return _events_for(item)
    if has(slots, OVERVIEW) and (item.get("email") or item.get("external_id")):
        return ("intercom_contact_overview", {"contact": item.get("email") or item["external_id"]})
    return ("intercom_get_contact_by_id", {"contact_id": item["id"]})


def follow_up(slots: Slots, state: Dialogue) -> Plan | None:
    """Requests that only make sense after the last turn."""
    low = slots.low.strip(" ?.!")
    if re.fullmatch(
        r"(?:show |give |get )?(?:me )?(?:the )?"
        r"(?:next(?: page| one| \d+)?|more|more please|some more|keep going|continue)(?: please)?",
        low,
    ) or re.search(r"\bnext page\b", low):
        return next_page(state)
    picked = pick(slots, state)
    if picked is not None and not slots.identifier and not slots.conversation_ids:
        return picked
    last = state.last_call
    if last is None:
        return None
    name, args = last
    if name == "intercom_list_segments" and re.search(r"\bcounts?\b|\bsizes?\b|how many", low):
        return (name, {**args, "include_count": True})
    if name == "intercom_list_companies" and slots.order and not has(slots, CONTACTS):
        return (name, {**args, "order": slots.order})
    if name == "intercom_get_conversation_by_id" and (
        n := re.search(r"\b" + NUMBER + r" (?:messages|parts|replies)", low)
    ):
        return (name, {**args, "max_parts": number(n.group(1))})
    contact = state.contact
    if contact is None and state.listing is not None and len(state.listing.items) == 1:
        contact = state.listing.items[0]  # "this contact" after a list of one
    if re.search(r"\b(?:their|them|they|his|her|this (?:contact|user|person))\b", low) and contact:
        if re.search(r"\bsummary\b|\bcounts?\b|how many times", low):
            tool, ident = _events_for(contact)
            return (tool, {**ident, "summary": True})
        if has(slots, ACTIVITY):
            return _events_for(contact)
    return None


def answer_pending(slots: Slots, state: Dialogue) -> Plan | None:
    """A bare answer to the question the planner just asked."""
    pending = state.pending
    if pending is None:
        return None
    if pending == "events" and slots.identifier:
        kind, value = slots.identifier
        key = {"email": "email", "external_id": "user_id", "intercom_id": "intercom_user_id"}[kind]
        return ("intercom_list_events", {key: value})
    if pending == "conversation" and slots.conversation_ids:
        return ("intercom_get_conversation_by_id", {"conversation_id": slots.conversation_ids[0]})
    if pending == "company" and slots.intercom_ids:
        return ("intercom_get_company_by_id", {"company_id": slots.intercom_ids[0]})
    if pending in ("search", "find") and len(slots.low.split()) <= 6:
        text = topic(slots) or slots.low.strip(" ?.!").removeprefix("about ").strip()
        if text:
            return (
                ("intercom_search_conversations", {"query": text})
                if pending == "search"
                else (
                    "intercom_find_conversations",
                    {"text": text},
                )
            )
    return None
