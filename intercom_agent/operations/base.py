"""The machinery every operation shares: arguments, request specs, path ids, paging parsers.

Nothing here does I/O: building a request and reading an answer are pure functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Generic, Literal, TypeVar
from urllib.parse import quote

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from intercom_agent.errors import InvalidInputError
from intercom_agent.models import Company, Page, PagingStyle

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
    """Base of every operation's arguments, and of every tool's (a tool's arguments extend its operation's
    with only the tool's own fields, so a default or a limit is written once). Unknown arguments are
    errors a model can correct, never silently dropped; an id given as a number becomes its text."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True, arbitrary_types_allowed=True)


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


def params(**values: Any) -> tuple[tuple[str, str], ...]:
    out = []
    for key, value in values.items():
        if value is None:
            continue
        out.append((key, ("true" if value else "false") if isinstance(value, bool) else str(value)))
    return tuple(out)


# ---- paging ------------------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def cursor_page(model: type[M], key: str) -> Callable[[Any], Page[M]]:
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


def numbered_page(body: Any) -> Page[Company]:
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


def unpaged(model: type[M], key: str) -> Callable[[Any], Page[M]]:
    def parse(body: Any) -> Page[M]:
        items = [model.model_validate(item) for item in body.get(key) or []]
        return Page[model](items=items, style=PagingStyle.NONE, total_count=len(items))  # type: ignore[valid-type]

    return parse


def next_cursor_args(args: Any, page: Any) -> Any:
    return args.model_copy(update={"starting_after": page.next_cursor}) if page.has_more else None


def next_page_args(args: Any, page: Any) -> Any:
    return args.model_copy(update={"page": int(page.next_cursor)}) if page.has_more else None


def per_page_field(noun: str, default: int, most: int = 150, example: str = "") -> Any:
    return Field(default, ge=1, le=most, description=f"{noun} per page (1-{most}){example}.")


NEXT_CURSOR = Field(None, description="The next_cursor of the previous page (pass it unchanged).")


def search_request(path: str, query: dict[str, Any], per_page: int, starting_after: str | None) -> RequestSpec:
    """A search (``POST .../search``): Intercom's query object and its pagination block."""
    pagination: dict[str, Any] = {"per_page": per_page}
    if starting_after:
        pagination["starting_after"] = starting_after
    return RequestSpec("POST", path, json={"query": query, "pagination": pagination})
