"""Data events and conversations: each operation described once."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

from pydantic import Field, model_validator

from intercom_agent.errors import InvalidInputError
from intercom_agent.models import Conversation, DataEvent, EventSummary, Page, PagingStyle
from intercom_agent.operations.base import (
    NEXT_CURSOR,
    Args,
    ConversationId,
    Cursor,
    Operation,
    PathId,
    RequestSpec,
    cursor_page,
    next_cursor_args,
    params,
    per_page_field,
    search_request,
    segment,
)
from intercom_agent.search import build_query, validate_query


class UserArgs(Args):
    """Whose data events: exactly one of the three identifiers."""

    user_id: str | None = Field(
        None, min_length=1, max_length=255, description="The contact's external_id (from intercom_list_all_contacts)."
    )
    intercom_user_id: str | None = Field(
        None, min_length=1, max_length=255, description="The contact's Intercom id, for contacts without external_id."
    )
    email: str | None = Field(
        None, min_length=3, max_length=255, pattern=r"^[^@\s]+@[^@\s]+$", description="The contact's email."
    )

    def _needs_user(self) -> bool:
        return True

    @model_validator(mode="after")
    def _exactly_one_user(self) -> Self:
        given = [name for name in ("user_id", "intercom_user_id", "email") if getattr(self, name) is not None]
        if self._needs_user() and len(given) != 1:
            raise InvalidInputError(
                "user_id",
                "give exactly one of user_id (the contact's external_id), intercom_user_id or email"
                + (f", not {len(given)}." if given else "."),
                fix="Call intercom_list_all_contacts and pass a contact's external_id as user_id.",
            )
        return self


class ListEventsArgs(UserArgs):
    per_page: int = per_page_field("Events", 15)
    next_cursor: Cursor | None = NEXT_CURSOR

    def _needs_user(self) -> bool:
        return self.next_cursor is None  # a cursor already names the user


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
        params(
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
    args=UserArgs,
    build=lambda a: RequestSpec(
        "GET",
        "/events",
        params(type="user", user_id=a.user_id, intercom_user_id=a.intercom_user_id, email=a.email, summary=True),
    ),
    parse=EventSummary.model_validate,
    permission="Read events",
    not_found_hint=LIST_EVENTS.not_found_hint,
)

# ---- conversations ----------------------------------------------------------------------------------


class ListConversationsArgs(Args):
    per_page: int = per_page_field("Conversations", 20)
    starting_after: Cursor | None = NEXT_CURSOR


class ConversationIdArgs(Args):
    conversation_id: ConversationId = Field(
        description="Conversation id (from intercom_list_conversations or intercom_search_conversations)."
    )


State = Literal["open", "closed", "snoozed"]
IsoDate = Annotated[str, Field(max_length=40)]
STATE = Field(None, description="Only conversations in this state.")
CREATED_AFTER = Field(None, description="Only conversations created after this ISO date, e.g. 2026-01-31.")
CREATED_BEFORE = Field(None, description="Only conversations created before this ISO date, e.g. 2026-03-01.")


class SearchConversationsArgs(Args):
    """A conversation search: words, a query object, and the filters people use, composed into one query."""

    query: str | dict[str, Any] | None = Field(
        None,
        description=(
            "Plain words ('billing') to match in the first message, or an Intercom search query object: "
            "{'field': 'state', 'operator': '=', 'value': 'open'} or {'operator': 'AND', 'value': [...]}."
        ),
    )
    state: State | None = STATE
    created_after: IsoDate | None = CREATED_AFTER
    created_before: IsoDate | None = CREATED_BEFORE
    contact_ids: list[PathId] | None = Field(
        None, description="Only conversations with one of these contacts (Intercom ids, at most 15)."
    )
    per_page: int = per_page_field("Conversations", 20)
    starting_after: Cursor | None = NEXT_CURSOR

    def has_criteria(self) -> bool:
        """Whether anything narrows the search (Intercom needs at least one filter)."""
        words = isinstance(self.query, dict) or (isinstance(self.query, str) and bool(self.query.strip()))
        return words or any((self.state, self.created_after, self.created_before, self.contact_ids))

    @model_validator(mode="after")
    def _composes(self) -> Self:
        if not self.has_criteria():
            raise InvalidInputError(
                "query",
                "give words to search for, a query object, or a filter (state, created_after, created_before, "
                "a contact).",
                fix="For example: query='billing', or state='open'.",
            )
        self.compose(self._contacts_to_check())  # the whole query is valid before anything is sent
        return self

    def _contacts_to_check(self) -> list[str] | None:
        return None

    def compose(self, contact_ids: list[str] | None = None) -> dict[str, Any]:
        """The Intercom query object for this search (``contact_ids`` replaces the given ones)."""
        ids = self.contact_ids if contact_ids is None else contact_ids
        text = self.query if isinstance(self.query, str) and self.query.strip() else None
        return build_query(
            text=text,
            state=self.state,
            created_after=self.created_after,
            created_before=self.created_before,
            contact_ids=ids or (),
            extra=[validate_query(self.query)] if isinstance(self.query, dict) else (),
        )


LIST_CONVERSATIONS = Operation(
    name="list_conversations",
    summary="list conversations",
    args=ListConversationsArgs,
    build=lambda a: RequestSpec("GET", "/conversations", params(per_page=a.per_page, starting_after=a.starting_after)),
    parse=cursor_page(Conversation, "conversations"),
    paging=PagingStyle.CURSOR,
    permission="Read conversations",
    next_args=next_cursor_args,
)
GET_CONVERSATION = Operation(
    name="get_conversation",
    summary="get conversation",
    args=ConversationIdArgs,
    build=lambda a: RequestSpec("GET", f"/conversations/{segment(a.conversation_id)}", params(display_as="plaintext")),
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
    build=lambda a: search_request("/conversations/search", a.compose(), a.per_page, a.starting_after),
    parse=cursor_page(Conversation, "conversations"),
    paging=PagingStyle.CURSOR,
    permission="Read conversations",
    next_args=next_cursor_args,
)
