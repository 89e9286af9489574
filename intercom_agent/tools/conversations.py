"""The conversation tools: list recent ones, read one as plain text, search (words, filters, a contact)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from intercom_agent import operations as ops
from intercom_agent.models import Conversation, Page
from intercom_agent.registry import Column, Output, Table, ToolSpec
from intercom_agent.tools import text as fmt
from intercom_agent.tools.contacts import paging_caption
from intercom_agent.tools.logic import Call, Logic, LogicRunner

# ---- outputs, text and tables --------------------------------------------------------------------------


class ConversationList(Output):
    page: Page[Conversation]


class ConversationDetail(Output):
    conversation: Conversation
    max_parts: int = fmt.PARTS_SHOWN


class ConversationSearch(Output):
    """A search's page; ``page`` is None when the contact named by email does not exist."""

    query: dict[str, Any] | None = None
    page: Page[Conversation] | None = None
    contact_email: str | None = None


def search_text(out: ConversationSearch) -> str:
    if out.page is None:
        return f"No contact has the email {out.contact_email}, so no conversations match."
    return fmt.conversations(out.page, "Conversations matching the search (most recently updated first):")


CONVERSATION_TABLE = Table(
    title=lambda out: "Conversations",
    rows=lambda out: out.page.items,
    columns=(
        Column(header="Id", value=lambda c: c.id, key=True),
        Column(header="State", value=lambda c: c.state or "-", drop=2),
        Column(header="Updated", value=lambda c: fmt.iso(c.updated_at), drop=3),
        Column(header="First message", value=lambda c: fmt.text(c.source.body if c.source else None, 70)),
    ),
    caption=lambda out: paging_caption(out.page),
    applies=lambda out: getattr(out, "page", None) is not None,
)

# ---- arguments and logic -------------------------------------------------------------------------------


class GetConversationArgs(ops.ConversationIdArgs):
    max_parts: int = Field(
        fmt.PARTS_SHOWN, ge=0, le=500, description="How many of the most recent parts to show (0-500)."
    )


class ConversationSearchArgs(ops.SearchConversationsArgs):
    contact_email: str | None = Field(
        None, min_length=3, max_length=255, description="Only conversations with the contact who has this email."
    )

    def has_criteria(self) -> bool:
        return super().has_criteria() or bool(self.contact_email)

    def _contacts_to_check(self) -> list[str] | None:
        # The contact's ids are not known before the look-up; a stand-in lets the whole query be checked now.
        return [*(self.contact_ids or []), "contact-to-be-resolved"] if self.contact_email else None


def _list_conversations(a: ops.ListConversationsArgs) -> Logic:
    page = yield Call(ops.LIST_CONVERSATIONS, a.model_dump())
    return ConversationList(page=page)


def _get_conversation(a: GetConversationArgs) -> Logic:
    conversation = yield Call(ops.GET_CONVERSATION, {"conversation_id": a.conversation_id})
    return ConversationDetail(conversation=conversation, max_parts=a.max_parts)


def search_conversations(a: ConversationSearchArgs) -> Logic:
    """The search, a contact's email resolved first (the find-conversations flow runs it too)."""
    contact_ids = list(a.contact_ids or [])
    if a.contact_email:
        found = yield Call(
            ops.SEARCH_CONTACTS,
            {"query": {"field": "email", "operator": "=", "value": a.contact_email}, "per_page": 15},
        )
        if not found.items:
            return ConversationSearch(contact_email=a.contact_email)
        contact_ids += [c.id for c in found.items]
    search = ops.SEARCH_CONVERSATIONS.validate(a.model_dump(exclude={"contact_email"}), contact_ids=contact_ids or None)
    page = yield Call(ops.SEARCH_CONVERSATIONS, search)
    return ConversationSearch(query=search.compose(), page=page)


# ---- the tools -----------------------------------------------------------------------------------------

LIST_CONVERSATIONS = ToolSpec(
    name="intercom_list_conversations",
    title="List conversations",
    description="Lists conversations, most recently updated first, page by page (per_page, starting_after). For "
    "older conversations or by topic, use intercom_search_conversations.",
    args=ops.ListConversationsArgs,
    output=ConversationList,
    runner=LogicRunner(_list_conversations),
    text=lambda out: fmt.conversations(out.page, "Conversations (most recently updated first):"),
    table=CONVERSATION_TABLE,
    operation=ops.LIST_CONVERSATIONS,
)
GET_CONVERSATION = ToolSpec(
    name="intercom_get_conversation_by_id",
    title="Get a conversation",
    description="Gets one conversation with its messages as plain text (who said what, when). Intercom returns at "
    "most the 500 most recent parts of a conversation.",
    args=GetConversationArgs,
    output=ConversationDetail,
    runner=LogicRunner(_get_conversation),
    text=lambda out: fmt.conversation_detail(out.conversation, out.max_parts),
    operation=ops.GET_CONVERSATION,
)
SEARCH_CONVERSATIONS = ToolSpec(
    name="intercom_search_conversations",
    title="Search conversations",
    description="Searches conversations by words in the first message (query='billing'), state, creation dates "
    "(ISO), a contact's email, or an Intercom query object. Use it for older conversations; it pages with "
    "starting_after.",
    args=ConversationSearchArgs,
    output=ConversationSearch,
    runner=LogicRunner(search_conversations),
    text=search_text,
    table=CONVERSATION_TABLE,
    operation=ops.SEARCH_CONVERSATIONS,
)
