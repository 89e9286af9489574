"""Typed Intercom objects (API 2.14) and the one paging abstraction.

Each model is strict on the fields the toolkit reads and keeps every other field (``extra="allow"``),
so an additive API change never breaks parsing and the full object is still available. Timestamps
stay UNIX seconds as Intercom sends them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _id_text(value: Any) -> Any:
    """Intercom sends most ids as strings but some (conversation parts, admins, teams) as integers."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


Id = Annotated[str, BeforeValidator(_id_text)]
"""An identifier: a string on the wire or an integer, always a string here."""


def _empty_dict(value: Any) -> Any:
    return {} if value is None else value


def _empty_list(value: Any) -> Any:
    return [] if value is None else value


Attributes = Annotated[dict[str, Any], BeforeValidator(_empty_dict)]
"""A map Intercom may send as ``null`` when empty."""
NullList = BeforeValidator(_empty_list)
"""Marks a list Intercom may send as ``null`` when empty: ``Annotated[list[X], NullList]``."""


PiiKind = Literal["person", "company", "typed"]


class IntercomModel(BaseModel):
    """Base of every response model: unknown fields are kept, never rejected.

    ``pii`` says whose data an object holds, for redaction (:mod:`intercom_agent.guardrails`): a
    person's (its name, email, phone, location... are personal data), a company's, or, for a
    reference, whichever its ``type`` says.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True)
    pii: ClassVar[PiiKind | None] = None


class Reference(IntercomModel):
    pii: ClassVar[PiiKind | None] = "typed"

    type: str | None = None
    id: Id
    name: str | None = None


class ObjectList(IntercomModel):
    """A nested list on a contact (``companies``, ``tags``, ``notes``): the first items and a count."""

    type: str | None = None
    data: Annotated[list[Reference], NullList] = Field(default_factory=list)
    url: str | None = None
    total_count: int | None = 0
    has_more: bool | None = False


class Contact(IntercomModel):
    pii: ClassVar[PiiKind | None] = "person"

    type: str = "contact"
    id: Id
    workspace_id: Id | None = None
    external_id: Id | None = None
    role: str | None = None  # "user" or "lead"
    email: str | None = None
    phone: str | None = None
    name: str | None = None
    created_at: int | None = None
    updated_at: int | None = None
    signed_up_at: int | None = None
    last_seen_at: int | None = None
    custom_attributes: Attributes = Field(default_factory=dict)
    companies: ObjectList | None = None
    tags: ObjectList | None = None


class Plan(IntercomModel):
    id: Id | None = None
    name: str | None = None


class Company(IntercomModel):
    pii: ClassVar[PiiKind | None] = "company"

    type: str = "company"
    id: Id
    name: str | None = None
    company_id: Id | None = None
    app_id: Id | None = None
    plan: Plan | dict[str, Any] | None = None
    created_at: int | None = None
    updated_at: int | None = None
    last_request_at: int | None = None
    size: int | None = None
    website: str | None = None
    industry: str | None = None
    monthly_spend: float | None = None
    session_count: int | None = None
    user_count: int | None = None
    custom_attributes: Attributes = Field(default_factory=dict)


class Segment(IntercomModel):
    type: str = "segment"
    id: Id
    name: str | None = None
    created_at: int | None = None
    updated_at: int | None = None
    person_type: str | None = None
    count: int | None = None


class Team(IntercomModel):
    type: str = "team"
    id: Id
    name: str | None = None
    admin_ids: Annotated[list[Id], NullList] = Field(default_factory=list)


class DataEvent(IntercomModel):
    type: str = "event"
    event_name: str
    created_at: int
    id: Id | None = None
    user_id: Id | None = None
    intercom_user_id: Id | None = None
    email: str | None = None
    metadata: Attributes = Field(default_factory=dict)


class EventSummaryItem(IntercomModel):
    name: str | None = None
    first: str | int | None = None
    last: str | int | None = None
    count: int = 0
    description: str | None = None


class EventSummary(IntercomModel):
    """``GET /events?summary=true``: per event name, first and last occurrence and a count."""

    type: str = "event.summary"
    email: str | None = None
    intercom_user_id: Id | None = None
    user_id: Id | None = None
    events: Annotated[list[EventSummaryItem], NullList] = Field(default_factory=list)


class Author(IntercomModel):
    pii: ClassVar[PiiKind | None] = "person"

    type: str | None = None
    id: Id | None = None
    name: str | None = None
    email: str | None = None


class ConversationSource(IntercomModel):
    type: str | None = None
    id: Id | None = None
    subject: str | None = None
    body: str | None = None
    author: Author | None = None
    delivered_as: str | None = None


class ConversationPart(IntercomModel):
    type: str = "conversation_part"
    id: Id
    part_type: str | None = None
    body: str | None = None
    created_at: int | None = None
    author: Author | None = None


class ConversationParts(IntercomModel):
    type: str = "conversation_part.list"
    conversation_parts: Annotated[list[ConversationPart], NullList] = Field(default_factory=list)
    total_count: int | None = 0


class ContactReferenceList(IntercomModel):
    type: str | None = None
    contacts: Annotated[list[Reference], NullList] = Field(default_factory=list)


class Conversation(IntercomModel):
    """A conversation; ``conversation_parts`` is present only on get-by-id (at most 500, newest)."""

    type: str = "conversation"
    id: Id
    title: str | None = None
    created_at: int | None = None
    updated_at: int | None = None
    waiting_since: int | None = None
    snoozed_until: int | None = None
    open: bool | None = None
    state: str | None = None
    read: bool | None = None
    priority: str | None = None
    admin_assignee_id: Id | None = None
    team_assignee_id: Id | None = None
    source: ConversationSource | None = None
    contacts: ContactReferenceList | None = None
    conversation_parts: ConversationParts | None = None


class App(IntercomModel):
    type: str | None = None
    id_code: Id
    name: str | None = None
    region: str | None = None
    timezone: str | None = None


class Me(IntercomModel):
    """``GET /me``: the admin the token belongs to and the workspace (``app``) it reaches."""

    pii: ClassVar[PiiKind | None] = "person"

    type: str = "admin"
    id: Id
    name: str | None = None
    email: str | None = None
    email_verified: bool | None = None
    app: App | None = None


class PagingStyle(StrEnum):
    """The four ways Intercom pages a list."""

    CURSOR = "cursor"  # pages.next.starting_after (contacts, attached contacts, conversations, search)
    PAGE_NUMBER = "page_number"  # page / total_pages (companies/list, companies by name)
    NEXT_URL = "next_url"  # pages.next is a URL (events)
    NONE = "none"  # the whole list in one answer (segments, teams)


T = TypeVar("T", bound=BaseModel)


class Page(BaseModel, Generic[T]):
    """One page of a list, in the same shape whatever Intercom's paging style.

    ``has_more`` is never guessed: it is true exactly when Intercom said there is a next page, and
    then ``next_cursor`` is the value to pass back (as ``starting_after`` for cursor lists, ``page``
    for page-numbered lists, ``next_cursor`` for events) to get it.
    """

    items: list[T]
    style: PagingStyle
    has_more: bool = False
    next_cursor: str | None = None
    total_count: int | None = None
    page: int | None = None
    total_pages: int | None = None
    per_page: int | None = None


class Collected(BaseModel, Generic[T]):
    """Items gathered across pages under an explicit cap; ``truncated`` says the cap cut the list."""

    items: list[T]
    pages_fetched: int
    truncated: bool
    next_cursor: str | None = None
    total_count: int | None = None
