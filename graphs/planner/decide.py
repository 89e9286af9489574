"""The planner's decision for one turn: follow-ups first, then the intents in order of specificity."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner.dialogue import Dialogue
from graphs.planner.intents import (
    ACTIVITY,
    ASK_COMPANY,
    ASK_CONTACT,
    ASK_CONVERSATION,
    ASK_FIND,
    ASK_SEARCH,
    COMPANIES,
    CONTACTS,
    CONVERSATIONS,
    HELP,
    OVERVIEW,
    WRITES,
    Plan,
    answer_pending,
    company_name,
    follow_up,
    has,
    person_name,
    topic,
)
from graphs.planner.slots import NUMBER, Slots, count_before, number
from graphs.planner.suggest import suggestions

EVENT_COUNT = r"events?"


def decide(slots: Slots, state: Dialogue) -> Plan:
    low = slots.low.strip(" ?.!")
    if not low or re.fullmatch(r"(?:hi|hello|hey|help|\?|what can you do|commands)(?: there)?", low):
        return HELP
    if re.search(WRITES, low) or re.search(r"\bclose (?:the |this |that )?(?:conversation|ticket)", low):
        return (
            "I can only read Intercom (contacts, companies, segments, teams, events, conversations); I cannot "
            "change anything. Ask me to show or find something instead.\n" + HELP
        )
    for step in (answer_pending, follow_up):
        found = step(slots, state)
        if found is not None:
            return found
    first = (_company,) if re.search(r"\bcompany[_ ]id\b", slots.low) else ()
    for intent in (
        *first,
        _conversation_by_id,
        _by_intercom_id,
        _named_id,
        _about_contact,
        _company,
        _conversations,
        _lists,
    ):
        planned: Plan | None = intent(slots)
        if planned is not None:
            return planned
    return suggestions(slots)


def _conversation_by_id(slots: Slots) -> Plan | None:
    if not slots.conversation_ids:
        return None
    bare = re.fullmatch(r"#?\s?\d+", slots.low.strip(" ?.!"))
    if not (bare or has(slots, CONVERSATIONS + r"|conversation id")):
        return None
    args: dict[str, Any] = {"conversation_id": slots.conversation_ids[0]}
    parts = re.search(r"\b(?:last|latest|first)? ?" + NUMBER + r" (?:messages|parts|replies)", slots.low)
    if parts:
        args["max_parts"] = number(parts.group(1))
    return ("intercom_get_conversation_by_id", args)


ID_WORDS = {"details", "detail", "by", "for", "with", "about", "of", "id", "info", "please", "the", "a", "data"}


def _named_id(slots: Slots) -> Plan | None:
    """'Get contact 123', 'show company acme-1', 'open conversation 789': an object by any id."""
    m = re.search(
        r"\b(?:get|show|fetch|open|look ?up|pull up|read)(?: me)? (?:the )?(contact|user|company|conversation|convo)"
        r"(?: with)?(?: id)?:? #?(?P<id>[\w.-]+)",
        slots.raw,
        re.I,
    )
    if not m or m.group("id").lower() in ID_WORDS or "@" in slots.raw:
        return None
    kind, ident = m.group(1).lower(), m.group("id")
    if kind in ("conversation", "convo"):
        return ("intercom_get_conversation_by_id", {"conversation_id": ident})
    if kind == "company":
        return ("intercom_get_company_by_id", {"company_id": ident})
    if slots.external_ids and ident.lower() == slots.external_ids[0]:
        return None  # an external id: the overview finds it
    return ("intercom_get_contact_by_id", {"contact_id": ident})


def _by_intercom_id(slots: Slots) -> Plan | None:
    if not slots.intercom_ids:
        return None
    ident = slots.intercom_ids[0]
    if has(slots, COMPANIES) or has(slots, r"belongs? to|attached to|works? at"):
        if has(slots, CONTACTS + r"|belongs?|attached|works?|who"):
            return ("intercom_list_attach_contacts_to_company", {"company_id": ident})
        return ("intercom_get_company_by_id", {"company_id": ident})
    if has(slots, ACTIVITY):
        return ("intercom_list_events", {"intercom_user_id": ident})
    return ("intercom_get_contact_by_id", {"contact_id": ident})


def _events_args(slots: Slots, kind: str, value: str) -> dict[str, Any]:
    key = {"email": "email", "external_id": "user_id", "intercom_id": "intercom_user_id"}[kind]
    args: dict[str, Any] = {key: value}
    if re.search(r"\bsummary\b|\bcounts?\b|how many times|each event", slots.low):
        args["summary"] = True
    elif (n := count_before(slots.low, EVENT_COUNT)) is not None:
        args["per_page"] = min(150, n)
    return args


def _about_contact(slots: Slots) -> Plan | None:
    """Requests about one contact named by email or external id (or by name, for an overview)."""
    ident = slots.identifier
    if ident is None:
        name = person_name(slots)
        if name and has(slots, OVERVIEW + r"|about"):
            return ("intercom_contact_overview", {"contact": name})
        if has(slots, r"events?|activity log") and not company_name(slots) and not has(slots, COMPANIES):
            return ASK_CONTACT
        return None
    kind, value = ident
    if re.search(r"\bevent summary\b|\bevent counts?\b|how many times|each event", slots.low):
        return ("intercom_list_events", _events_args(slots, kind, value))
    if has(slots, CONVERSATIONS) or has(slots, r"talked to us|talk(?:ed)? about|said"):
        if kind != "email":
            return None
        if has(slots, r"find|transcripts?|read|talked to us|what .* (?:say|said)"):
            return ("intercom_find_conversations", {"contact_email": value})
        return ("intercom_search_conversations", {"contact_email": value})
    if has(slots, OVERVIEW) and not has(slots, r"events?|activity"):
        return ("intercom_contact_overview", {"contact": value})
    if has(slots, ACTIVITY + r"|activity log"):
        return ("intercom_list_events", _events_args(slots, kind, value))
    if re.fullmatch(r"[\w.+@-]+", slots.low.strip(" ?.!")):
        return ("intercom_contact_overview", {"contact": value})
    return ("intercom_contact_overview", {"contact": value})


def _company(slots: Slots) -> Plan | None:
    """A company by name: its contacts, with their recent events when activity is asked for."""
    about_company = re.search(
        r"\b(?:tell me about|about|details (?:of|for|on)) the company (?P<n>.+)$", slots.raw, re.I
    )
    by_company_id = re.search(r"\bcompany[_ ]id:? ?(?P<id>[\w-]+)", slots.raw, re.I)
    name = about_company.group("n").strip(" ?.!") if about_company else company_name(slots)
    if by_company_id:  # your own company_id names it exactly
        name = by_company_id.group("id")
    wants_people = has(slots, CONTACTS + r"|works?|who'?s|who|belongs?|attached|people")
    if name is None:
        if re.search(rf"\b(?:{CONTACTS}) (?:at|of|from|in)$", slots.low.strip(" ?.!")) or re.search(
            r"\b(?:attached to|works? at|belongs? to|contacts (?:at|of)) (?:the )?company\b", slots.low
        ):
            return ASK_COMPANY
        return None
    if not (wants_people or has(slots, ACTIVITY) or about_company):
        return None
    args: dict[str, Any] = {"company": name}
    if (n := count_before(slots.low, CONTACTS + r"|people|folks")) is not None:
        args["max_contacts"] = n
    if has(slots, ACTIVITY):
        if m := re.search(
            r"\b(?:last|latest|recent|most recent|top)? ?" + NUMBER + r" (?:most )?(?:recent |latest )?events",
            slots.low,
        ):
            args["events_per_contact"] = number(m.group(1))
    else:
        args["events_per_contact"] = 0
    return ("intercom_company_contacts_events", args)


def _conversations(slots: Slots) -> Plan | None:
    if not has(slots, CONVERSATIONS + r"|say about|talked"):
        return None
    subject = topic(slots)
    filters = {
        k: v
        for k, v in {
            "state": slots.state,
            "created_after": slots.created_after,
            "created_before": slots.created_before,
        }.items()
        if v
    }
    reading = has(slots, r"transcripts?|read|what did (?:customers|people|users|they) say|let me read") or (
        re.search(r"\bfind\b", slots.low) and has(slots, r"conversations?|chats?|convos?")
    )
    if reading:
        if not subject and not filters:
            return ASK_FIND
        args: dict[str, Any] = {"text": subject} if subject else {}
        if slots.state:
            args["state"] = slots.state
        if (n := count_before(slots.low, CONVERSATIONS)) is not None:
            args["top"] = min(20, n)
        return ("intercom_find_conversations", args)
    searching = has(slots, r"search|mention(?:s|ing)?|about|regarding|re:") or filters
    if searching:
        if not subject and not filters:
            return ASK_SEARCH
        return ("intercom_search_conversations", {**({"query": subject} if subject else {}), **filters})
    args = {}
    if (n := count_before(slots.low, CONVERSATIONS)) is not None:
        args["per_page"] = min(150, n)
    if re.search(r"\b(?:details?)\b", slots.low):
        return ASK_CONVERSATION
    return ("intercom_list_conversations", args)


def _lists(slots: Slots) -> Plan | None:
    if has(slots, r"segments?"):
        counts = has(slots, r"counts?|how many|sizes?|how big|size")
        return ("intercom_list_segments", {"include_count": True} if counts else {})
    if has(slots, r"teams?"):
        return ("intercom_list_all_teams", {})
    if has(slots, COMPANIES):
        if has(slots, r"details?|get|fetch") and not has(slots, r"list|all|companies"):
            return ASK_COMPANY
        args: dict[str, Any] = {}
        if slots.order:
            args["order"] = slots.order
        if (n := count_before(slots.low, COMPANIES)) is not None:
            args["per_page"] = min(60, n)
        if slots.page:
            args["page"] = slots.page
        return ("intercom_list_companies", args)
    if has(slots, CONTACTS):
        if re.fullmatch(r"(?:get|show|fetch)? ?(?:the )?(?:contact|user)(?: details)?", slots.low.strip(" ?.!")):
            return "Which contact? Give me its id or email (see 'List Intercom contacts')."
        args = {}
        if (n := count_before(slots.low, CONTACTS)) is not None:
            args["per_page"] = min(150, n)
        if slots.page:
            args["page"] = slots.page
        return ("intercom_list_all_contacts", args)
    if has(slots, r"events?|activity"):
        return ASK_CONTACT
    return None
