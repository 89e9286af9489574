"""What the conversation so far gives a new turn, read from its messages (newest facts win):

- the last tool call (for refinements: "only the closed ones", "just 5", "same for last month");
- the last list shown, with how to get its next page (for "next page" and "the second one");
- the contact, company and conversation being discussed (for "her events", "who works there?",
  "who's the customer on it?"), and which of them was touched last;
- the companies an ambiguous name matched (for "the one with 5 users", "the other one");
- the question the planner asked, so that a bare answer completes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from graphs.planner import needles as rx
from graphs.planner.date_forms import ASK_FISCAL
from graphs.planner.day_first import ASK_DAY
from graphs.planner.pasted import conversations_mentioned, sender, table

# The planner's questions start with a marker naming what a bare answer should complete.
ASK_CONTACT = (
    "Which contact? Give me an external_id or email (for example 'Events for usr_00001'), "
    "or ask 'List Intercom contacts' first."
)
ASK_SEARCH = "What should I search for? For example: 'Search conversations about billing'."
ASK_FIND = "What should I find? For example: 'Find conversations about refund'."
ASK_COMPANY = "Which company? Give me its name or id (see 'List our Intercom companies')."
ASK_CONVERSATION = "Which conversation? Give me its id, e.g. 'Conversation #100007' (see 'List recent conversations')."
ASK_PERSON = "Which contact do you mean? Give me an email, external_id or name (see 'List Intercom contacts')."
ASK_WHICH = "Which person do you mean? "  # several people this conversation showed have the name used
ASK_WHICH_ONE = "Which conversation of the list do you mean: "  # several listed fit what was said
PENDING = {
    ASK_WHICH[:22]: "person",
    ASK_WHICH_ONE[:22]: "listed",
    ASK_CONTACT[:22]: "events",
    ASK_SEARCH[:22]: "search",
    ASK_FIND[:22]: "find",
    ASK_COMPANY[:22]: "company",
    ASK_CONVERSATION[:22]: "conversation",
    ASK_PERSON[:22]: "contact",
    ASK_DAY[:22]: "date",
    ASK_FISCAL[:22]: "fiscal",
}

CONTACT_FIELDS = {"user_id": "external_id", "email": "email", "intercom_user_id": "id"}  # an argument: the field
CONTACT_LISTS = {"intercom_list_all_contacts", "intercom_list_attach_contacts_to_company"}
COMPANY_CONTACTS = {"intercom_company_contacts_events", "intercom_list_attach_contacts_to_company"}
CONVERSATION_LISTS = {"intercom_list_conversations", "intercom_search_conversations", "intercom_find_conversations"}


@dataclass
class Listing:
    """A list a tool returned: its tool, arguments, items and kind, and how to get the next page."""

    tool: str
    args: dict[str, Any]
    items: list[dict[str, Any]]
    kind: str  # contacts, companies, conversations, candidates, segments, teams, events
    next_cursor: str | None = None
    page: int | None = None
    per_page: int | None = None
    has_more: bool = False
    total_pages: int | None = None  # "jump to the final page", when the page said how many there are


@dataclass
class State:
    last: tuple[str, dict[str, Any]] | None = None
    listing: Listing | None = None  # the last list of things one can pick from ("the second one")
    paged: Listing | None = None  # the last list with pages (events too), for "next page"
    candidates: Listing | None = None
    contact: dict[str, Any] | None = None
    company: dict[str, Any] | None = None
    conversation: dict[str, Any] | None = None
    focus: str | None = None  # "contact", "company" or "conversation": the one touched last
    pending: str | None = None
    unanswered: str | None = None  # the last request answered without a tool ("close the first one": refused)
    contact_companies: list[dict[str, Any]] = field(default_factory=list)
    contact_conversations: list[dict[str, Any]] = field(default_factory=list)  # from the contact's overview
    conversations_of: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # every overview's, by contact id
    people: list[dict[str, Any]] = field(default_factory=list)  # every contact discussed, for "any convos from jonas?"
    last_search: tuple[str, dict[str, Any]] | None = None  # "same search but closed", after opening one
    by_kind: dict[str, Listing] = field(default_factory=dict)  # "the first convo from that list before"
    asked: dict[str, Listing] = field(default_factory=dict)  # the same, lists asked for (not an overview's)
    company_contacts: dict[str, Listing] = field(default_factory=dict)  # "3rd person at birch labs"
    picked: tuple[Listing, int] | None = None  # the item the last call was about, for "the one after that"
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # every call, for "back to the first"
    lists: list[Listing] = field(default_factory=list)  # every list asked for, in order: "back to the closed ones"
    companies_read: list[dict[str, Any]] = field(default_factory=list)  # records read, for "the bigger one"
    conversations_read: dict[str, dict[str, Any]] = field(default_factory=dict)  # by id: "who wrote the second"
    companies_seen: list[dict[str, Any]] = field(default_factory=list)  # companies in focus: "the first company"
    offered: list[str] = field(default_factory=list)  # the conversations a "which one?" named, for "the other one"
    last_said: str = ""  # the request the last call answered ("... raised this quarter?" for its overview)
    named: tuple[dict[str, Any], ...] = ()  # the contacts the workspace has under the full name said (looked up)
    looked_up: tuple[dict[str, Any], ...] = ()  # every contact found by a name said in this conversation


def _calls(history: Sequence[BaseMessage]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        call["id"] or "": (call["name"], dict(call["args"]))
        for message in history
        if isinstance(message, AIMessage)
        for call in message.tool_calls
    }


def _artifact(message: ToolMessage) -> dict[str, Any] | None:
    artifact = getattr(message, "artifact", None)
    if isinstance(artifact, dict):
        return artifact
    try:  # a server-side history keeps only the content
        parsed = json.loads(str(message.content))
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _paged(name: str, args: dict[str, Any], artifact: dict[str, Any], kind: str) -> Listing:
    page = artifact["page"]
    return Listing(
        name, args, list(page["items"]), kind, page.get("next_cursor"), page.get("page"), page.get("per_page"),
        bool(page.get("has_more")), page.get("total_pages"),
    )  # fmt: skip


def _rest(company: dict[str, Any], artifact: dict[str, Any]) -> Listing:
    """A company flow's contacts as a first page of the company's contacts, paged on from where the cap cut."""
    shown, cursor = list(artifact["contacts"]), artifact.get("contacts_next_cursor")
    args = {"company_id": company.get("id"), **({"per_page": len(shown)} if cursor else {})}
    return Listing("intercom_list_attach_contacts_to_company", args, shown, "contacts", cursor, 1, len(shown) or None,
                   bool(cursor))  # fmt: skip


def _known(state: State, contact: dict[str, Any]) -> dict[str, Any]:
    """The contact as an earlier list showed it (its name, email, ids), when the call named it by one key."""
    shown = [
        item
        for listing in (state.listing, state.by_kind.get("contacts"), *state.company_contacts.values())
        for item in (listing.items if listing is not None and listing.kind == "contacts" else ())
    ]
    writer = customer(state.conversation) if state.conversation is not None else None
    found = (*shown, *state.people, *([writer] if writer else []), *state.looked_up)  # whose thread was read too
    for item in found:
        if any(contact.get(k) and contact.get(k) == item.get(k) for k in ("id", "email", "external_id")):
            return {**item, **contact}
    return contact


def _set_contact(state: State, contact: dict[str, Any], companies: list[dict[str, Any]] | None = None) -> None:
    contact = _known(state, contact)
    if companies is None and (listed := contact_companies(contact)):
        companies = listed  # "ok and the first one", then "the company she's at": the list said
    if contact.get("name") and all(p.get("id") != contact.get("id") for p in state.people):
        state.people.append(contact)
    same = state.contact is not None and any(
        contact.get(k) and contact.get(k) == state.contact.get(k) for k in ("id", "email", "external_id")
    )
    state.contact = {**state.contact, **contact} if same and state.contact else dict(contact)
    if not same:
        state.contact_conversations = []
    if companies is not None or not same:
        state.contact_companies = list(companies or [])
    if state.contact_companies:
        state.company = dict(state.contact_companies[0])
    state.focus = "contact"


def _events_owner(artifact: dict[str, Any], said: dict[str, Any]) -> dict[str, Any]:
    """The email a contact's events carry, when every event shown is of the one contact asked about ("events
    for usr_00266", then "and convos?": by her email)."""
    items = (artifact.get("page") or {}).get("items") if isinstance(artifact.get("page"), dict) else None
    if not isinstance(items, list) or not items or not said:
        return {}
    keys = {(e.get("email"), e.get("user_id"), e.get("intercom_user_id")) for e in items if isinstance(e, dict)}
    if len(keys) != 1:
        return {}
    email, external, intercom_id = keys.pop()
    found = {k: v for k, v in (("email", email), ("external_id", external), ("id", intercom_id)) if v}
    return {"email": email} if email and all(found.get(k) in (None, v) for k, v in said.items()) else {}


def _author(conversation: dict[str, Any]) -> dict[str, Any] | None:
    """The customer who started a conversation (name, email, ids), when the conversation says."""
    author = (conversation.get("source") or {}).get("author")
    if not isinstance(author, dict) or author.get("type") not in ("user", "lead", "contact") or not author.get("id"):
        return None
    if not author.get("name"):
        return None
    listed = (conversation.get("contacts") or {}).get("contacts") or []
    same = next((c for c in listed if isinstance(c, dict) and c.get("id") == author["id"]), {})
    person = {k: v for k, v in {**same, **author}.items() if k in ("id", "name", "email", "external_id") and v}
    return {**person, "role": "lead" if author.get("type") == "lead" else "user"}


def contact_companies(contact: dict[str, Any]) -> list[dict[str, Any]]:
    """The companies a contact record lists (each with its id)."""
    listed = contact.get("companies")
    data = listed.get("data") if isinstance(listed, dict) else listed
    return [c for c in data or [] if isinstance(c, dict) and c.get("id")]


def _kind_of(items: list[Any]) -> str:
    """What a list holds, from its items (a result whose call is not in the history)."""
    first = items[0] if items and isinstance(items[0], dict) else {}
    kind = str(first.get("type") or "")
    if kind in ("contact", "user", "lead") or "role" in first:
        return "contacts"
    if kind in ("company", "conversation"):
        return kind.replace("company", "companie") + "s"
    return "events"


def _picked(listing: Listing | None, args: dict[str, Any]) -> tuple[Listing, int] | None:
    """Which item of ``listing`` a call is about, when its arguments name one."""
    wanted = {str(v).casefold() for k, v in args.items() if isinstance(v, str) and k not in ("query", "text")}
    if listing is None or not wanted:
        return None
    for index, item in enumerate(listing.items):
        keys = (item.get(k) for k in ("id", "email", "external_id", "company_id", "contact_id"))
        named = listing.kind == "companies" and str(item.get("name") or "").casefold() in wanted  # the flow's name
        if any(isinstance(v, str) and v.casefold() in wanted for v in keys) or named:
            return listing, index
    if listing.kind == "conversations" and listing.tool != "intercom_contact_overview":  # "whoever's on the oldest
        # one": its customer (not one of an overview's: they are all hers)
        by = [
            i
            for i, c in enumerate(listing.items)
            if {str((customer(c) or {}).get(k) or "") for k in ("id", "email")} & wanted
        ]
        return (listing, by[0]) if by else None  # several: the first of theirs (read top down)
    return None


def observe(state: State, name: str, args: dict[str, Any], artifact: dict[str, Any]) -> None:
    """Fold one tool result into the state."""
    state.picked = _picked(state.listing, args) if state.listing and state.listing.args != args else None
    if state.picked is None and state.listing is not None and state.listing.args != args:
        earlier = (_picked(shown, args) for shown in reversed(state.lists) if shown is not state.listing)
        state.picked = next((p for p in earlier if p is not None), None)  # "back to the acme list, the fourth"
    if isinstance(artifact.get("page"), dict) and isinstance(artifact["page"].get("items"), list):
        kind = (
            "contacts" if name in CONTACT_LISTS else "conversations" if name in CONVERSATION_LISTS
            else "companies" if name == "intercom_list_companies" else "events" if name == "intercom_list_events"
            else _kind_of(artifact["page"]["items"])
        )  # fmt: skip
        state.paged = _paged(name, args, artifact, kind)
        if kind != "events":
            state.listing = state.paged
    for key, kind in (("segments", "segments"), ("teams", "teams")):
        if isinstance(artifact.get(key), list):
            state.listing = Listing(name, args, artifact[key], kind, page=artifact.get("page"))
            state.listing.per_page = per_page = artifact.get("per_page")
            if per_page:  # the whole list is kept with the page asked for: its pages, counted
                state.listing.total_pages = -(-len(artifact[key]) // per_page)
            state.paged = state.listing
    if name == "intercom_list_attach_contacts_to_company":
        state.company, state.focus = {"id": args.get("company_id")}, "company"
    if name in ("intercom_search_conversations", "intercom_find_conversations") and args.get("contact_email"):
        _set_contact(state, {"email": args["contact_email"]})
    if name == "intercom_find_conversations" and artifact.get("matches"):
        state.listing = Listing(name, args, list(artifact["matches"]), "conversations")
    if name == "intercom_list_events":
        said = {CONTACT_FIELDS[k]: v for k, v in args.items() if k in CONTACT_FIELDS and v}
        _set_contact(state, {**_events_owner(artifact, said), **said})  # her email and id, as her events show them
    if isinstance(artifact.get("contact"), dict) and name == "intercom_get_contact_by_id":
        contact = artifact["contact"]
        _set_contact(state, contact, artifact.get("companies") or contact_companies(contact))
    if isinstance(artifact.get("profile"), dict):
        _set_contact(state, artifact["profile"], artifact.get("companies") or contact_companies(artifact["profile"]))
        if artifact.get("recent_conversations"):  # "show me that snoozed convo", "her most recent one"
            state.listing = Listing(name, args, list(artifact["recent_conversations"]), "conversations")
    if artifact.get("status") == "ambiguous" and artifact.get("candidates"):
        state.candidates = Listing(name, args, list(artifact["candidates"]), "candidates")
        state.listing = state.candidates
    if isinstance(artifact.get("company"), dict):
        state.company, state.focus = artifact["company"], "company"
        seen = [c for c in state.companies_seen if c.get("id") != state.company.get("id")]
        state.companies_seen = [*seen, state.company]
        if name in ("intercom_get_company_by_id", "intercom_company_contacts_events"):  # its user count known
            state.companies_read = [*(c for c in state.companies_read if c.get("id") != state.company.get("id")),
                                    state.company]  # fmt: skip
        if isinstance(artifact.get("contacts"), list) and name == "intercom_company_contacts_events":
            state.listing = Listing(name, args, artifact["contacts"], "contacts")
            state.paged = _rest(state.company, artifact)  # "next page": the contacts after the capped ones
    if isinstance(artifact.get("conversation"), dict):
        state.conversation, state.focus = artifact["conversation"], "conversation"
        state.conversations_read[str(state.conversation.get("id"))] = state.conversation
        author = _author(artifact["conversation"])
        if author is not None and all(p.get("id") != author["id"] for p in state.people):
            state.people.append(author)  # "what else has rosa sent us?", after reading her conversation
    if name in CONVERSATION_LISTS:
        state.last_search = (name, args)
    if artifact.get("recent_conversations"):
        state.contact_conversations = list(artifact["recent_conversations"])
        if state.contact and state.contact.get("id"):  # "back to kai - read his latest ticket", after another's
            state.conversations_of[str(state.contact["id"])] = state.contact_conversations
    if state.listing is not None:
        state.by_kind[state.listing.kind] = state.listing
        if state.listing.tool != "intercom_contact_overview":  # a list asked for, for "back to the ... list"
            state.asked[state.listing.kind] = state.listing
            if not state.lists or state.lists[-1] is not state.listing:
                state.lists.append(state.listing)
        if name in COMPANY_CONTACTS and state.listing.tool == name and state.company:
            for ref in (state.company.get("id"), state.company.get("name")):
                if ref:
                    state.company_contacts[str(ref).casefold()] = state.listing


def read(
    history: Sequence[BaseMessage], looked_up: Sequence[dict[str, Any]] = (), codes: Mapping[str, str] | None = None
) -> State:
    """The dialogue state after ``history``; ``looked_up``: the people the workspace was asked about by name,
    so a call that named one only by an id or email ("list_events user_id=usr_00026") knows her name;
    ``codes``: the companies' own ids and their Intercom ids, for a table of them pasted."""
    state = State(looked_up=tuple(looked_up))
    calls = _calls(history)
    asked: str | None = None
    said = ""
    for message in history:
        if isinstance(message, HumanMessage):
            asked = said = str(message.content)
            if "\n" in said:
                pasted_rows(state, said, codes or {})
        if isinstance(message, AIMessage) and message.tool_calls:
            state.unanswered = asked = None
        if isinstance(message, ToolMessage):
            name, args = calls.get(message.tool_call_id, (message.name or "", {}))
            state.last, state.last_said = (name, args), said
            state.calls.append(state.last)
            state.pending = None
            artifact = _artifact(message)
            if artifact is not None and message.status != "error":
                observe(state, name, args, artifact)
                _whoever(state, said)
        elif isinstance(message, AIMessage) and not message.tool_calls:
            text = str(message.content)
            state.pending = next((kind for marker, kind in PENDING.items() if text.startswith(marker)), None)
            if state.pending is not None:
                state.offered = rx.findall(r"#(\d+)", text) if state.pending == "listed" else []
            if asked is not None:
                state.unanswered, asked = asked, None
    return state


def pasted_rows(state: State, said: str, codes: Mapping[str, str]) -> None:
    """What was pasted with a request: its email's sender is the person "his convos" means, whatever was asked
    of it; its table's rows a list to pick from ("the second row", "open #3"; a company by its code, with
    its Intercom id from ``codes``, the workspace's, when it has one)."""
    if (pasted := sender(said)) is not None:
        state.contact = pasted
    rows = table(said)
    if rows is None and len(ids := conversations_mentioned(said)) >= 2:  # "see 100189 and 101162": two to pick from
        rows, state.offered = ("conversations", [{"id": i, "title": about} for i, about in ids.items()]), list(ids)
    if rows is not None:
        items = [{**row, "id": codes[row["company_id"]]} if row.get("company_id") in codes else row for row in rows[1]]
        if rows[0] == "companies" and not all(item.get("id") for item in items):
            return  # a company picked from the list is read by its Intercom id
        state.listing = Listing("pasted", {}, items, rows[0])
        state.by_kind[rows[0]] = state.asked[rows[0]] = state.listing
        state.lists.append(state.listing)


def on_the_sheet(state: State, text: str) -> None:
    """ "the first row's events", "the second row of the sheet": the table pasted earlier is the list meant,
    whatever was listed since."""
    if rx.search(r"\b(?:rows?|sheet|spreadsheet|table)\b", text, flags=re.IGNORECASE):
        state.listing = next((x for x in reversed(state.lists) if x.tool == "pasted"), state.listing)


WHOEVER = rx.compile(
    r"\bwho(?:ever)? (?:[\w']+ ){0,6}?(?:most recently|latest|last(?! (?:week|month|year|quarter|night|time|few|"
    r"couple|\d)))\b",
    re.IGNORECASE,
)


def _whoever(state: State, said: str) -> None:
    """'its for whoever asked about a shipping confirmation most recently': the person meant is who wrote the
    newest conversation listed for it, for 'her events' next."""
    listing = state.listing
    if listing is None or listing.kind != "conversations" or not listing.items or not WHOEVER.search(said):
        return
    person = customer(listing.items[0])
    if person and person.get("id"):
        state.contact, state.focus, state.picked = person, "contact", (listing, 0)


def contact_key(contact: dict[str, Any]) -> tuple[str, str] | None:
    """How the events tool names a contact: external id, else Intercom id, else email."""
    if contact.get("external_id"):
        return "user_id", contact["external_id"]
    if contact.get("id"):
        return "intercom_user_id", contact["id"]
    if contact.get("email"):
        return "email", contact["email"]
    return None


def customer(conversation: dict[str, Any]) -> dict[str, Any] | None:
    """The contact a conversation is with: its first contact, or the author of its first message."""
    listed = conversation.get("contacts")
    contacts = listed.get("contacts") if isinstance(listed, dict) else listed
    first: dict[str, Any] = contacts[0] if contacts and isinstance(contacts[0], dict) and contacts[0].get("id") else {}
    author = (conversation.get("source") or {}).get("author")
    if isinstance(author, dict) and author.get("type") in ("user", "lead", "contact"):
        if not first or author.get("id") == first.get("id"):
            return {**author, **{k: v for k, v in first.items() if v}}
    return first or None


__all__ = ["CONTACT_FIELDS", "Listing", "State", "contact_companies", "contact_key", "customer", "observe", "read"]
