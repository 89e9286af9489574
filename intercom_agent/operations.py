"""Each Intercom read operation, described once.

An :class:`Operation` is data: its HTTP method and path, an arguments model that validates input
before anything is sent, a pure ``build`` (arguments -> :class:`RequestSpec`) and a pure ``parse``
(JSON -> typed result), and for lists how to ask for the next page. The sync and async clients run
these descriptions; nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Generic, Literal, TypeVar
from urllib.parse import parse_qsl, quote, urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from intercom_agent.errors import InvalidInputError
from intercom_agent.models import (
    Company,
    Contact,
    Conversation,
    DataEvent,
    EventSummary,
    Me,
    Page,
    PagingStyle,
    Segment,
    Team,
)
from intercom_agent.search import validate_query

MAX_ID_LENGTH = 255


def _path_id(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    if len(value) > MAX_ID_LENGTH:
        raise ValueError(f"must be at most {MAX_ID_LENGTH} characters")
    if set(value) <= {"."}:
        raise ValueError("is not an id")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("must not contain control characters")
    return value


def _conversation_id(value: str) -> str:
    # The official MCP server hands out ids like "conversation_123"; Intercom's own ids are digits.
    value = _path_id(value)
    return value.removeprefix("conversation_")


PathId = Annotated[str, AfterValidator(_path_id)]
ConversationId = Annotated[str, AfterValidator(_conversation_id)]
Cursor = Annotated[str, Field(min_length=1, max_length=2048)]


class Args(BaseModel):
    """Base of every operation's arguments: unknown arguments are errors, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class RequestSpec:
    """A request, before the client adds the base URL and headers."""

    method: Literal["GET", "POST"]
    path: str
    params: tuple[tuple[str, str], ...] = ()
    json: Any = None


A = TypeVar("A", bound=Args)
R = TypeVar("R")


@dataclass(frozen=True)
class Operation(Generic[A, R]):
    """One Intercom operation: how to ask, how to read the answer, how to page."""

    name: str
    summary: str  # "list contacts": used in error messages
    args: type[A]
    build: Callable[[A], RequestSpec]
    parse: Callable[[Any], R]
    paging: PagingStyle = PagingStyle.NONE
    permission: str = "Read and list users and companies"
    not_found_hint: str = "Check the id."
    next_args: Callable[[A, Any], A | None] = field(default=lambda args, result: None)

    def validate(self, args: A | dict[str, Any] | None = None, **kwargs: Any) -> A:
        """Validate arguments into this operation's model, or raise :class:`InvalidInputError`."""
        if isinstance(args, self.args):
            return args.model_copy(update=kwargs) if kwargs else args
        data = {**(args or {}), **kwargs} if isinstance(args, dict) or args is None else None
        if data is None:
            raise InvalidInputError("args", f"expected {self.args.__name__} or a dict, got {type(args).__name__}.")
        try:
            return self.args.model_validate(data)
        except ValidationError as exc:
            raise invalid_input(exc) from None


def invalid_input(exc: ValidationError) -> InvalidInputError:
    """The first problem of a pydantic validation error, as an :class:`InvalidInputError`."""
    first = exc.errors(include_url=False)[0]
    raised = (first.get("ctx") or {}).get("error")
    if isinstance(raised, InvalidInputError):  # a validator that already names the argument and the fix
        return raised
    argument = ".".join(str(part) for part in first["loc"]) or "arguments"
    message = str(first["msg"])
    if first["type"] == "extra_forbidden":
        message = "is not an argument of this operation."
    elif first["type"] == "value_error":
        message = message.removeprefix("Value error, ")
    return InvalidInputError(argument, message.rstrip(".") + ".")


def segment(value: str) -> str:
    """Encode a value as exactly one path segment: '/' and '?' can never change the path."""
    return quote(value, safe="")


def _params(**values: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for key, value in values.items():
        if value is None:
            continue
        out.append((key, ("true" if value else "false") if isinstance(value, bool) else str(value)))
    return tuple(out)


# ---- paging ------------------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def _cursor_page(model: type[M], key: str) -> Callable[[Any], Page[M]]:
    def parse(body: Any) -> Page[M]:
        pages = body.get("pages") or {}
        nxt = pages.get("next") or {}
        cursor = nxt.get("starting_after") if isinstance(nxt, dict) else None
        return Page[model](  # type: ignore[valid-type]
            items=[model.model_validate(item) for item in body.get(key) or []],
            style=PagingStyle.CURSOR,
            has_more=bool(cursor),
            next_cursor=cursor or None,
            total_count=body.get("total_count"),
            page=pages.get("page"),
            total_pages=pages.get("total_pages"),
            per_page=pages.get("per_page"),
        )

    return parse


def _numbered_page(body: Any) -> Page[Company]:
    pages = body.get("pages") or {}
    page, total_pages = int(pages.get("page") or 1), int(pages.get("total_pages") or 0)
    items = [Company.model_validate(item) for item in body.get("data") or []]
    more = bool(items) and page < total_pages
    return Page[Company](
        items=items,
        style=PagingStyle.PAGE_NUMBER,
        has_more=more,
        next_cursor=str(page + 1) if more else None,
        total_count=body.get("total_count"),
        page=page,
        total_pages=total_pages,
        per_page=pages.get("per_page"),
    )


def _unpaged(model: type[M], key: str) -> Callable[[Any], Page[M]]:
    def parse(body: Any) -> Page[M]:
        items = [model.model_validate(item) for item in body.get(key) or []]
        return Page[model](items=items, style=PagingStyle.NONE, total_count=len(items))  # type: ignore[valid-type]

    return parse


def _next_cursor(args: Any, page: Any) -> Any:
    return args.model_copy(update={"starting_after": page.next_cursor}) if page.has_more else None


def _next_page(args: Any, page: Any) -> Any:
    return args.model_copy(update={"page": int(page.next_cursor)}) if page.has_more else None


# ---- contacts ---------------------------------------------------------------------------------------


class ListContactsArgs(Args):
    per_page: int = Field(50, ge=1, le=150, description="Contacts per page (1-150).")
    starting_after: Cursor | None = Field(None, description="Cursor from the previous page's next_cursor.")


class ContactIdArgs(Args):
    contact_id: PathId = Field(description="The Intercom contact id (from intercom_list_all_contacts).")


class ExternalIdArgs(Args):
    external_id: PathId = Field(description="Your own id for the user (the contact's external_id).")


class SearchContactsArgs(Args):
    query: dict[str, Any] = Field(description="Contact search query, e.g. {field: email, operator: '=', value}.")
    per_page: int = Field(50, ge=1, le=150)
    starting_after: Cursor | None = None


LIST_CONTACTS = Operation(
    name="list_contacts",
    summary="list contacts",
    args=ListContactsArgs,
    build=lambda a: RequestSpec("GET", "/contacts", _params(per_page=a.per_page, starting_after=a.starting_after)),
    parse=_cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=_next_cursor,
)
GET_CONTACT = Operation(
    name="get_contact",
    summary="get contact",
    args=ContactIdArgs,
    build=lambda a: RequestSpec("GET", f"/contacts/{segment(a.contact_id)}"),
    parse=Contact.model_validate,
    permission="Read one user and one company",
    not_found_hint="No contact has that id: use intercom_list_all_contacts to find valid contact ids.",
)
FIND_CONTACT_BY_EXTERNAL_ID = Operation(
    name="find_contact_by_external_id",
    summary="find contact by external_id",
    args=ExternalIdArgs,
    build=lambda a: RequestSpec("GET", f"/contacts/find_by_external_id/{segment(a.external_id)}"),
    parse=Contact.model_validate,
    permission="Read one user and one company",
    not_found_hint=("No contact has that external_id: use intercom_list_all_contacts to see contacts' external_id."),
)
SEARCH_CONTACTS = Operation(
    name="search_contacts",
    summary="search contacts",
    args=SearchContactsArgs,
    build=lambda a: RequestSpec(
        "POST",
        "/contacts/search",
        json={
            "query": a.query,
            "pagination": {
                "per_page": a.per_page,
                **({"starting_after": a.starting_after} if a.starting_after else {}),
            },
        },
    ),
    parse=_cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=_next_cursor,
)

# ---- companies --------------------------------------------------------------------------------------


class ListCompaniesArgs(Args):
    page: int = Field(1, ge=1, le=10_000, description="Page number, starting at 1.")
    per_page: int = Field(15, ge=1, le=60, description="Companies per page (1-60).")
    order: Literal["asc", "desc"] = Field("desc", description="Sort by last request time: asc or desc.")


class CompanyIdArgs(Args):
    company_id: PathId = Field(description="The Intercom company id (from intercom_list_companies).")


class AttachedContactsArgs(CompanyIdArgs):
    per_page: int = Field(50, ge=1, le=150, description="Contacts per page (1-150).")
    starting_after: Cursor | None = Field(None, description="Cursor from the previous page's next_cursor.")


class FindCompaniesArgs(Args):
    name: str | None = Field(None, min_length=1, max_length=255, description="The company's exact name.")
    company_id: str | None = Field(None, min_length=1, max_length=255, description="Your own id for the company.")
    page: int = Field(1, ge=1)
    per_page: int = Field(15, ge=1, le=60)

    @model_validator(mode="after")
    def _exactly_one(self) -> FindCompaniesArgs:
        if (self.name is None) == (self.company_id is None):
            raise ValueError("give exactly one of name or company_id")
        return self


LIST_COMPANIES = Operation(
    name="list_companies",
    summary="list companies",
    args=ListCompaniesArgs,
    build=lambda a: RequestSpec("POST", "/companies/list", _params(page=a.page, per_page=a.per_page, order=a.order)),
    parse=_numbered_page,
    paging=PagingStyle.PAGE_NUMBER,
    next_args=_next_page,
)
GET_COMPANY = Operation(
    name="get_company",
    summary="get company",
    args=CompanyIdArgs,
    build=lambda a: RequestSpec("GET", f"/companies/{segment(a.company_id)}"),
    parse=Company.model_validate,
    permission="Read one user and one company",
    not_found_hint="No company has that id: use intercom_list_companies to find valid company ids.",
)
LIST_ATTACHED_CONTACTS = Operation(
    name="list_attached_contacts",
    summary="list contacts attached to a company",
    args=AttachedContactsArgs,
    build=lambda a: RequestSpec(
        "GET",
        f"/companies/{segment(a.company_id)}/contacts",
        _params(per_page=a.per_page, starting_after=a.starting_after),
    ),
    parse=_cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=_next_cursor,
    not_found_hint="No company has that id: use intercom_list_companies to find valid company ids.",
)
FIND_COMPANIES = Operation(
    name="find_companies",
    summary="find companies",
    args=FindCompaniesArgs,
    build=lambda a: RequestSpec(
        "GET", "/companies", _params(name=a.name, company_id=a.company_id, page=a.page, per_page=a.per_page)
    ),
    parse=_numbered_page,
    paging=PagingStyle.PAGE_NUMBER,
    next_args=_next_page,
    not_found_hint="No company has that name or company_id: use intercom_list_companies to see companies.",
)

# ---- segments, teams, me ----------------------------------------------------------------------------


class ListSegmentsArgs(Args):
    include_count: bool = Field(False, description="Also return how many contacts each segment holds.")


class NoArgs(Args):
    pass


LIST_SEGMENTS = Operation(
    name="list_segments",
    summary="list segments",
    args=ListSegmentsArgs,
    build=lambda a: RequestSpec("GET", "/segments", _params(include_count=a.include_count or None)),
    parse=_unpaged(Segment, "segments"),
)
LIST_TEAMS = Operation(
    name="list_teams",
    summary="list teams",
    args=NoArgs,
    build=lambda a: RequestSpec("GET", "/teams"),
    parse=_unpaged(Team, "teams"),
    permission="Read admins",
)
GET_ME = Operation(
    name="get_me",
    summary="identify the workspace",
    args=NoArgs,
    build=lambda a: RequestSpec("GET", "/me"),
    parse=Me.model_validate,
    permission="Read admins",
)

# ---- data events ------------------------------------------------------------------------------------


def _one_user(args: BaseModel) -> None:
    given = [name for name in ("user_id", "intercom_user_id", "email") if getattr(args, name) is not None]
    if len(given) != 1:
        raise ValueError(
            "give exactly one of user_id (the contact's external_id), intercom_user_id or email"
            + (f", not {len(given)}" if given else "")
        )


class ListEventsArgs(Args):
    user_id: str | None = Field(
        None,
        min_length=1,
        max_length=255,
        description="The contact's external_id (from intercom_list_all_contacts).",
    )
    intercom_user_id: str | None = Field(None, min_length=1, max_length=255, description="The Intercom contact id.")
    email: str | None = Field(None, min_length=3, max_length=255, pattern=r"^[^@\s]+@[^@\s]+$", description="Email.")
    per_page: int = Field(15, ge=1, le=150, description="Events per page (1-150).")
    next_cursor: Cursor | None = Field(None, description="The previous page's next_cursor.")

    @model_validator(mode="after")
    def _exactly_one_user(self) -> ListEventsArgs:
        if self.next_cursor is None:
            _one_user(self)
        return self


class EventSummaryArgs(Args):
    user_id: str | None = Field(None, min_length=1, max_length=255)
    intercom_user_id: str | None = Field(None, min_length=1, max_length=255)
    email: str | None = Field(None, min_length=3, max_length=255)

    @model_validator(mode="after")
    def _exactly_one_user(self) -> EventSummaryArgs:
        _one_user(self)
        return self


def _events_request(a: ListEventsArgs) -> RequestSpec:
    if a.next_cursor:
        # pages.next is a full URL; keep only its query and always send it to our own base URL, so a
        # tampered cursor can never send the token to another host or another path.
        parts = urlsplit(a.next_cursor)
        query = tuple(parse_qsl(parts.query, keep_blank_values=True))
        if parts.path not in ("/events", "") or ("type", "user") not in query:
            raise InvalidInputError("next_cursor", "is not an events cursor.", fix="Pass the next_cursor unchanged.")
        return RequestSpec("GET", "/events", query)
    return RequestSpec(
        "GET",
        "/events",
        _params(
            type="user",
            user_id=a.user_id,
            intercom_user_id=a.intercom_user_id,
            email=a.email,
            per_page=a.per_page,
        ),
    )


def _events_page(body: Any) -> Page[DataEvent]:
    nxt = (body.get("pages") or {}).get("next")
    events = [DataEvent.model_validate(item) for item in body.get("events") or []]
    return Page[DataEvent](
        items=events, style=PagingStyle.NEXT_URL, has_more=bool(nxt) and bool(events), next_cursor=nxt or None
    )


LIST_EVENTS = Operation(
    name="list_events",
    summary="list data events",
    args=ListEventsArgs,
    build=_events_request,
    parse=_events_page,
    paging=PagingStyle.NEXT_URL,
    permission="Read events",
    not_found_hint=(
        "No user has that identifier: pass the contact's external_id as user_id "
        "(use intercom_list_all_contacts to find it), or its Intercom id as intercom_user_id."
    ),
    next_args=lambda a, page: a.model_copy(update={"next_cursor": page.next_cursor}) if page.has_more else None,
)
EVENT_SUMMARY = Operation(
    name="event_summary",
    summary="summarize data events",
    args=EventSummaryArgs,
    build=lambda a: RequestSpec(
        "GET",
        "/events",
        _params(type="user", user_id=a.user_id, intercom_user_id=a.intercom_user_id, email=a.email, summary=True),
    ),
    parse=EventSummary.model_validate,
    permission="Read events",
    not_found_hint=LIST_EVENTS.not_found_hint,
)

# ---- conversations ----------------------------------------------------------------------------------


class ListConversationsArgs(Args):
    per_page: int = Field(20, ge=1, le=150, description="Conversations per page (1-150).")
    starting_after: Cursor | None = Field(None, description="Cursor from the previous page's next_cursor.")


class ConversationIdArgs(Args):
    conversation_id: ConversationId = Field(description="The conversation id (from list or search).")
    plaintext: bool = Field(True, description="Ask Intercom for plain-text bodies (display_as=plaintext).")


class SearchConversationsArgs(Args):
    query: dict[str, Any] = Field(description="Intercom search query: a filter or an AND/OR group.")
    per_page: int = Field(20, ge=1, le=150, description="Conversations per page (1-150).")
    starting_after: Cursor | None = Field(None, description="Cursor from the previous page's next_cursor.")

    @model_validator(mode="before")
    @classmethod
    def _check_query(cls, data: Any) -> Any:
        if isinstance(data, dict) and "query" in data:
            data = {**data, "query": validate_query(data["query"])}
        return data


LIST_CONVERSATIONS = Operation(
    name="list_conversations",
    summary="list conversations",
    args=ListConversationsArgs,
    build=lambda a: RequestSpec("GET", "/conversations", _params(per_page=a.per_page, starting_after=a.starting_after)),
    parse=_cursor_page(Conversation, "conversations"),
    paging=PagingStyle.CURSOR,
    permission="Read conversations",
    next_args=_next_cursor,
)
GET_CONVERSATION = Operation(
    name="get_conversation",
    summary="get conversation",
    args=ConversationIdArgs,
    build=lambda a: RequestSpec(
        "GET",
        f"/conversations/{segment(a.conversation_id)}",
        _params(display_as="plaintext" if a.plaintext else None),
    ),
    parse=Conversation.model_validate,
    permission="Read conversations",
    not_found_hint=(
        "No conversation has that id: use intercom_list_conversations (recent) or "
        "intercom_search_conversations (older) to find conversation ids."
    ),
)
SEARCH_CONVERSATIONS = Operation(
    name="search_conversations",
    summary="search conversations",
    args=SearchConversationsArgs,
    build=lambda a: RequestSpec(
        "POST",
        "/conversations/search",
        json={
            "query": a.query,
            "pagination": {
                "per_page": a.per_page,
                **({"starting_after": a.starting_after} if a.starting_after else {}),
            },
        },
    ),
    parse=_cursor_page(Conversation, "conversations"),
    paging=PagingStyle.CURSOR,
    permission="Read conversations",
    next_args=_next_cursor,
)

ALL_OPERATIONS: tuple[Operation[Any, Any], ...] = (
    LIST_CONTACTS,
    GET_CONTACT,
    FIND_CONTACT_BY_EXTERNAL_ID,
    SEARCH_CONTACTS,
    LIST_COMPANIES,
    GET_COMPANY,
    LIST_ATTACHED_CONTACTS,
    FIND_COMPANIES,
    LIST_SEGMENTS,
    LIST_TEAMS,
    GET_ME,
    LIST_EVENTS,
    EVENT_SUMMARY,
    LIST_CONVERSATIONS,
    GET_CONVERSATION,
    SEARCH_CONVERSATIONS,
)
