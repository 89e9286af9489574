"""The tool registry: each Intercom tool defined once, for every front end.

A :class:`ToolSpec` is a name, a description (a prompt: what the tool does and when to use it), an
arguments model whose fields carry the documentation, the Intercom permission it needs, and its
*logic*: a generator that yields :class:`Call`/:class:`Parallel` requests and returns a
:class:`ToolResult` (compact text for the model, full objects as artifact). The logic does no I/O,
so one definition runs under the sync driver, the async driver, LangChain and MCP alike.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from intercom_agent import formatting as fmt
from intercom_agent import operations as ops
from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.errors import IntercomError, InvalidInputError
from intercom_agent.models import Company, Contact, Page
from intercom_agent.search import build_query, validate_query


@dataclass(frozen=True)
class Call:
    """Ask the driver to run one operation; the generator receives its result (or its error thrown in)."""

    op: ops.Operation[Any, Any]
    args: dict[str, Any]


@dataclass(frozen=True)
class Parallel:
    """Run several operations at once; the generator receives a list of results or exceptions."""

    calls: tuple[Call, ...]


@dataclass(frozen=True)
class ToolResult:
    content: str
    artifact: dict[str, Any]


Step = Call | Parallel
Logic = Generator[Step, Any, ToolResult]


class ToolArgs(BaseModel):
    """Base of every tool's arguments: unknown arguments are errors a model can correct."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, coerce_numbers_to_str=True)


@dataclass(frozen=True)
class ToolSpec:
    name: str
    title: str
    description: str
    args: type[ToolArgs]
    logic: Callable[[Any], Logic]
    permission: str
    read_only: bool = True


# ---- drivers -----------------------------------------------------------------------------------------


def _advance(steps: Logic, outcome: Any, error: BaseException | None) -> Step | ToolResult:
    """Feed the last outcome (or error) to a tool's logic; its next step, or its result when done."""
    try:
        return steps.throw(error) if error is not None else steps.send(outcome)
    except StopIteration as done:
        result: ToolResult = done.value
        return result


def run_sync(spec: ToolSpec, args: ToolArgs, client: IntercomClient) -> ToolResult:
    """Run a tool's logic with a sync client (:class:`Parallel` steps run one after another)."""
    steps = spec.logic(args)
    step = _advance(steps, None, None)
    while not isinstance(step, ToolResult):
        outcome: Any = None
        error: BaseException | None = None
        if isinstance(step, Call):
            try:
                outcome = client.call(step.op, step.args)
            except IntercomError as exc:
                error = exc
        else:
            outcome = [_sync_try(client, call) for call in step.calls]
        step = _advance(steps, outcome, error)
    return step


def _sync_try(client: IntercomClient, call: Call) -> Any:
    try:
        return client.call(call.op, call.args)
    except IntercomError as exc:
        return exc


async def run_async(spec: ToolSpec, args: ToolArgs, client: AsyncIntercomClient) -> ToolResult:
    """Run a tool's logic with an async client; :class:`Parallel` steps run concurrently."""
    steps = spec.logic(args)
    step = _advance(steps, None, None)
    while not isinstance(step, ToolResult):
        outcome: Any = None
        error: BaseException | None = None
        if isinstance(step, Call):
            try:
                outcome = await client.call(step.op, step.args)
            except IntercomError as exc:
                error = exc
        else:
            outcome = await asyncio.gather(*(client.call(c.op, c.args) for c in step.calls), return_exceptions=True)
            for item in outcome:
                if isinstance(item, BaseException) and not isinstance(item, IntercomError):
                    raise item  # a programming error is not a result
        step = _advance(steps, outcome, error)
    return step


def _dump(obj: Any) -> Any:
    return obj.model_dump(mode="json") if isinstance(obj, BaseModel) else obj


# ---- argument models -------------------------------------------------------------------------------


class ListAllContactsArgs(ToolArgs):
    per_page: int = Field(50, ge=1, le=150, description="Contacts per page (1-150), e.g. 50 for 'first 50'.")
    page: int = Field(
        1,
        ge=1,
        le=10,
        description="Page number (1-10). Intercom pages contacts by cursor, so page N walks N-1 pages.",
    )
    starting_after: str | None = Field(
        None,
        min_length=1,
        max_length=2048,
        description="The next_cursor of the previous page (preferred over page).",
    )


class ContactIdArgs(ToolArgs):
    contact_id: str = Field(
        min_length=1,
        max_length=255,
        description="Intercom contact id (the 'id' from intercom_list_all_contacts).",
    )


class ListCompaniesArgs(ToolArgs):
    page: int = Field(1, ge=1, le=10_000, description="Page number, starting at 1.")
    per_page: int = Field(20, ge=1, le=60, description="Companies per page (1-60).")
    order: Literal["asc", "desc"] = Field("desc", description="Order by last request time: 'asc' or 'desc'.")


class CompanyIdArgs(ToolArgs):
    company_id: str = Field(
        min_length=1,
        max_length=255,
        description="Intercom company id (the 'id' from intercom_list_companies).",
    )


class AttachedContactsArgs(CompanyIdArgs):
    per_page: int = Field(50, ge=1, le=150, description="Contacts per page (1-150).")
    starting_after: str | None = Field(
        None, min_length=1, max_length=2048, description="The next_cursor of the previous page."
    )


class ListSegmentsArgs(ToolArgs):
    include_count: bool = Field(False, description="Also return how many contacts are in each segment.")
    page: int = Field(1, ge=1, le=1000, description="Page number of the list, starting at 1.")
    per_page: int = Field(50, ge=1, le=150, description="Segments per page (1-150).")


class ListTeamsArgs(ToolArgs):
    page: int = Field(1, ge=1, le=1000, description="Page number of the list, starting at 1.")
    per_page: int = Field(50, ge=1, le=150, description="Teams per page (1-150).")


class ListEventsArgs(ToolArgs):
    user_id: str | None = Field(
        None,
        min_length=1,
        max_length=255,
        description="The contact's external_id (from intercom_list_all_contacts).",
    )
    intercom_user_id: str | None = Field(
        None,
        min_length=1,
        max_length=255,
        description="The contact's Intercom id, for contacts without external_id.",
    )
    email: str | None = Field(None, min_length=3, max_length=255, description="The contact's email.")
    per_page: int = Field(15, ge=1, le=150, description="Events per page (1-150).")
    next_cursor: str | None = Field(
        None,
        min_length=1,
        max_length=2048,
        description="The next_cursor of the previous page (pass it unchanged).",
    )
    summary: bool = Field(False, description="Return per-event-name counts (all time) instead of the event list.")


class ListConversationsArgs(ToolArgs):
    per_page: int = Field(20, ge=1, le=150, description="Conversations per page (1-150).")
    starting_after: str | None = Field(
        None, min_length=1, max_length=2048, description="The next_cursor of the previous page."
    )


class ConversationIdArgs(ToolArgs):
    conversation_id: str = Field(
        min_length=1,
        max_length=255,
        description="Conversation id (from intercom_list_conversations or search).",
    )
    max_parts: int = Field(30, ge=0, le=500, description="How many of the most recent parts to show (0-500).")


class SearchConversationsArgs(ToolArgs):
    query: str | dict[str, Any] | None = Field(
        None,
        description=(
            "Plain words ('billing') to match in the first message, or an Intercom search query object: "
            "{'field': 'state', 'operator': '=', 'value': 'open'} or {'operator': 'AND', 'value': [...]}."
        ),
    )
    state: Literal["open", "closed", "snoozed"] | None = Field(None, description="Only conversations in this state.")
    created_after: str | None = Field(None, max_length=40, description="ISO date, e.g. 2026-01-31.")
    created_before: str | None = Field(None, max_length=40, description="ISO date, e.g. 2026-03-01.")
    contact_email: str | None = Field(
        None,
        min_length=3,
        max_length=255,
        description="Only conversations with the contact who has this email.",
    )
    per_page: int = Field(20, ge=1, le=150, description="Conversations per page (1-150).")
    starting_after: str | None = Field(
        None,
        min_length=1,
        max_length=2048,
        description="The next_cursor of the previous page (same filters).",
    )


# ---- logic -------------------------------------------------------------------------------------------


def _list_all_contacts(a: ListAllContactsArgs) -> Logic:
    args: dict[str, Any] = {"per_page": a.per_page, "starting_after": a.starting_after}
    walked = 1
    page: Page[Contact] = yield Call(ops.LIST_CONTACTS, args)
    while a.starting_after is None and walked < a.page:
        if not page.has_more:
            total = f" of {page.total_count}" if page.total_count is not None else ""
            return ToolResult(
                f"There is no page {a.page}: page {walked} is the last{total} at per_page={a.per_page}.",
                {"page": page.model_dump(mode="json")},
            )
        page = yield Call(ops.LIST_CONTACTS, {"per_page": a.per_page, "starting_after": page.next_cursor})
        walked += 1
    heading = f"Contacts (page {walked}, per_page {a.per_page}):" if a.starting_after is None else "Contacts:"
    return ToolResult(fmt.list_contacts(page, heading), {"page": page.model_dump(mode="json")})


def _company_names(contact: Contact) -> Generator[Step, Any, list[str]]:
    refs = (contact.companies.data if contact.companies else [])[:5]
    if not refs:
        return []
    found = yield Parallel(tuple(Call(ops.GET_COMPANY, {"company_id": ref.id}) for ref in refs))
    pairs = zip(refs, found, strict=True)
    return [f'"{c.name}" (id={c.id})' if isinstance(c, Company) else f"id={ref.id}" for ref, c in pairs]


def _get_contact(a: ContactIdArgs) -> Logic:
    contact: Contact = yield Call(ops.GET_CONTACT, {"contact_id": a.contact_id})
    names = yield from _company_names(contact)
    return ToolResult(fmt.contact_detail(contact, names), {"contact": contact.model_dump(mode="json")})


def _list_companies(a: ListCompaniesArgs) -> Logic:
    page: Page[Company] = yield Call(ops.LIST_COMPANIES, a.model_dump())
    return ToolResult(fmt.list_companies(page, a.order), {"page": page.model_dump(mode="json")})


def _get_company(a: CompanyIdArgs) -> Logic:
    company: Company = yield Call(ops.GET_COMPANY, {"company_id": a.company_id})
    return ToolResult(fmt.company_detail(company), {"company": company.model_dump(mode="json")})


def _attached_contacts(a: AttachedContactsArgs) -> Logic:
    page: Page[Contact] = yield Call(ops.LIST_ATTACHED_CONTACTS, a.model_dump())
    heading = f"Contacts attached to company {a.company_id}:"
    return ToolResult(fmt.list_contacts(page, heading), {"page": page.model_dump(mode="json")})


def _list_segments(a: ListSegmentsArgs) -> Logic:
    page = yield Call(ops.LIST_SEGMENTS, {"include_count": a.include_count})
    return ToolResult(
        fmt.segments(page.items, a.page, a.per_page, a.include_count),
        {"segments": [_dump(s) for s in page.items]},
    )


def _list_teams(a: ListTeamsArgs) -> Logic:
    page = yield Call(ops.LIST_TEAMS, {})
    return ToolResult(fmt.teams(page.items, a.page, a.per_page), {"teams": [_dump(t) for t in page.items]})


def _list_events(a: ListEventsArgs) -> Logic:
    ident = {
        k: v
        for k, v in {"user_id": a.user_id, "intercom_user_id": a.intercom_user_id, "email": a.email}.items()
        if v is not None
    }
    if a.next_cursor is None and len(ident) != 1:
        raise InvalidInputError(
            "user_id",
            "give exactly one of user_id (the contact's external_id), intercom_user_id or email.",
            fix="Call intercom_list_all_contacts and pass a contact's external_id as user_id.",
        )
    who = ", ".join(f"{k}={v}" for k, v in ident.items()) or "the same user"
    if a.summary:
        summary = yield Call(ops.EVENT_SUMMARY, ident)
        return ToolResult(fmt.event_summary(summary, who), {"summary": _dump(summary)})
    args = (
        {"per_page": a.per_page, "next_cursor": a.next_cursor} if a.next_cursor else {**ident, "per_page": a.per_page}
    )
    page = yield Call(ops.LIST_EVENTS, args)
    return ToolResult(fmt.events(page, who), {"page": page.model_dump(mode="json")})


def _list_conversations(a: ListConversationsArgs) -> Logic:
    page = yield Call(ops.LIST_CONVERSATIONS, a.model_dump())
    heading = "Conversations (most recently updated first):"
    return ToolResult(fmt.conversations(page, heading), {"page": page.model_dump(mode="json")})


def _get_conversation(a: ConversationIdArgs) -> Logic:
    conv = yield Call(ops.GET_CONVERSATION, {"conversation_id": a.conversation_id})
    return ToolResult(fmt.conversation_detail(conv, a.max_parts), {"conversation": _dump(conv)})


def conversation_query(a: SearchConversationsArgs, contact_ids: list[str]) -> dict[str, Any]:
    """The validated search query for a tool call (text or DSL, plus the convenient filters)."""
    extra: list[dict[str, Any]] = []
    text: str | None = None
    if isinstance(a.query, dict):
        extra.append(validate_query(a.query))
    elif isinstance(a.query, str) and a.query.strip():
        text = a.query
    if not extra and text is None and not (a.state or a.created_after or a.created_before or a.contact_email):
        raise InvalidInputError(
            "query",
            "give words to search for, a query object, or a filter (state, created_after, created_before, "
            "contact_email).",
            fix="For example: query='billing', or state='open'.",
        )
    return build_query(
        text=text,
        state=a.state,
        created_after=a.created_after,
        created_before=a.created_before,
        contact_ids=contact_ids,
        extra=extra,
    )


def check_conversation_search(a: SearchConversationsArgs) -> None:
    """Validate a search (text, query object, filters) before any request, even the contact look-up."""
    # The contact's ids are not known yet; a stand-in id lets the full query be checked now.
    conversation_query(a, ["contact-to-be-resolved"] if a.contact_email else [])


def _search_conversations(a: SearchConversationsArgs) -> Logic:
    check_conversation_search(a)
    contact_ids: list[str] = []
    if a.contact_email:
        found = yield Call(
            ops.SEARCH_CONTACTS,
            {"query": {"field": "email", "operator": "=", "value": a.contact_email}, "per_page": 15},
        )
        contact_ids = [c.id for c in found.items]
        if not contact_ids:
            return ToolResult(
                f"No contact has the email {a.contact_email}, so no conversations match.",
                {"query": None, "page": None},
            )
    query = conversation_query(a, contact_ids)
    page = yield Call(
        ops.SEARCH_CONVERSATIONS, {"query": query, "per_page": a.per_page, "starting_after": a.starting_after}
    )
    return ToolResult(
        fmt.conversations(page, "Conversations matching the search (most recently updated first):"),
        {"query": query, "page": page.model_dump(mode="json")},
    )


# ---- the registry ------------------------------------------------------------------------------------

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        "intercom_list_all_contacts",
        "List contacts",
        "Lists contacts (users and leads) in the Intercom workspace, one page at a time (per_page, page or "
        "starting_after). Use it to find a contact's id, and its external_id for intercom_list_events.",
        ListAllContactsArgs,
        _list_all_contacts,
        ops.LIST_CONTACTS.permission,
    ),
    ToolSpec(
        "intercom_get_contact_by_id",
        "Get a contact",
        "Gets one contact's details (email, external_id, dates, companies, custom attributes) by its Intercom id. "
        "Find ids with intercom_list_all_contacts.",
        ContactIdArgs,
        _get_contact,
        ops.GET_CONTACT.permission,
    ),
    ToolSpec(
        "intercom_list_companies",
        "List companies",
        "Lists companies with users, by last request time (order asc or desc), page by page. Use it to find a "
        "company's id for intercom_get_company_by_id and intercom_list_attach_contacts_to_company.",
        ListCompaniesArgs,
        _list_companies,
        ops.LIST_COMPANIES.permission,
    ),
    ToolSpec(
        "intercom_get_company_by_id",
        "Get a company",
        "Gets one company's details (name, plan, size, users, spend, dates) by its Intercom id. Find ids with "
        "intercom_list_companies.",
        CompanyIdArgs,
        _get_company,
        ops.GET_COMPANY.permission,
    ),
    ToolSpec(
        "intercom_list_attach_contacts_to_company",
        "Contacts of a company",
        "Lists the contacts attached to a company; pass company_id (the 'id' from intercom_list_companies). "
        "Pages with starting_after.",
        AttachedContactsArgs,
        _attached_contacts,
        ops.LIST_ATTACHED_CONTACTS.permission,
    ),
    ToolSpec(
        "intercom_list_segments",
        "List segments",
        "Lists all segments of the workspace; include_count=true adds how many contacts each holds.",
        ListSegmentsArgs,
        _list_segments,
        ops.LIST_SEGMENTS.permission,
    ),
    ToolSpec(
        "intercom_list_all_teams",
        "List teams",
        "Lists all teams in the Intercom workspace with their ids and number of admins.",
        ListTeamsArgs,
        _list_teams,
        ops.LIST_TEAMS.permission,
    ),
    ToolSpec(
        "intercom_list_events",
        "List a user's events",
        "Lists a user's data events from the last 90 days, newest first. Pass the contact's external_id as "
        "user_id (get it from intercom_list_all_contacts); for contacts without one, intercom_user_id or email. "
        "summary=true gives all-time counts per event name.",
        ListEventsArgs,
        _list_events,
        ops.LIST_EVENTS.permission,
    ),
    ToolSpec(
        "intercom_list_conversations",
        "List conversations",
        "Lists conversations, most recently updated first, page by page (per_page, starting_after). For older "
        "conversations or by topic, use intercom_search_conversations.",
        ListConversationsArgs,
        _list_conversations,
        ops.LIST_CONVERSATIONS.permission,
    ),
    ToolSpec(
        "intercom_get_conversation_by_id",
        "Get a conversation",
        "Gets one conversation with its messages as plain text (who said what, when). Intercom returns at most "
        "the 500 most recent parts of a conversation.",
        ConversationIdArgs,
        _get_conversation,
        ops.GET_CONVERSATION.permission,
    ),
    ToolSpec(
        "intercom_search_conversations",
        "Search conversations",
        "Searches conversations by words in the first message (query='billing'), state, creation dates (ISO), "
        "a contact's email, or an Intercom query object. Use it for older conversations; it pages with "
        "starting_after.",
        SearchConversationsArgs,
        _search_conversations,
        ops.SEARCH_CONVERSATIONS.permission,
    ),
)

TOOL_NAMES: tuple[str, ...] = tuple(spec.name for spec in TOOLS)
BY_NAME: dict[str, ToolSpec] = {spec.name: spec for spec in TOOLS}


def get_spec(name: str) -> ToolSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise InvalidInputError(
            "tool", f"unknown tool {name!r}.", fix=f"Known tools: {', '.join(TOOL_NAMES)}."
        ) from None


__all__ = ["BY_NAME", "TOOLS", "TOOL_NAMES", "Call", "Parallel", "ToolResult", "ToolSpec"]
