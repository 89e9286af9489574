"""What each MCP tool returns as ``structuredContent``, as JSON Schema (the tools' ``outputSchema``).

Written from the same models the tools dump their artifacts from, so the schema and the content
cannot drift; the official MCP client validates every result against it (tests/test_mcp.py).
Intercom objects keep fields this toolkit does not model (``additionalProperties``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from intercom_agent.models import Company, Contact, Conversation, DataEvent, EventSummary, Page, Segment, Team


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class ContactPage(_Out):
    page: Page[Contact]


class OneContact(_Out):
    contact: Contact


class CompanyPage(_Out):
    page: Page[Company]


class OneCompany(_Out):
    company: Company


class Segments(_Out):
    segments: list[Segment]


class Teams(_Out):
    teams: list[Team]


class Events(_Out):
    """A page of events, or with ``summary=true`` the per-name summary."""

    page: Page[DataEvent] | None = None
    summary: EventSummary | None = None


class ConversationPage(_Out):
    page: Page[Conversation]


class OneConversation(_Out):
    conversation: Conversation


class ConversationSearch(_Out):
    query: dict[str, Any] | None = None
    page: Page[Conversation] | None = None


class FlowResult(_Out):
    """A composite flow's answer: ``status`` first; the rest depends on the flow (see its description)."""

    status: Literal["ok", "not_found", "ambiguous", "invalid", "no_contact"] | None = None
    message: str | None = None
    failures: list[dict[str, Any]] = []


OUTPUTS: dict[str, type[BaseModel]] = {
    "intercom_list_all_contacts": ContactPage,
    "intercom_get_contact_by_id": OneContact,
    "intercom_list_companies": CompanyPage,
    "intercom_get_company_by_id": OneCompany,
    "intercom_list_attach_contacts_to_company": ContactPage,
    "intercom_list_segments": Segments,
    "intercom_list_all_teams": Teams,
    "intercom_list_events": Events,
    "intercom_list_conversations": ConversationPage,
    "intercom_get_conversation_by_id": OneConversation,
    "intercom_search_conversations": ConversationSearch,
}


def output_schema(tool: str) -> dict[str, Any]:
    """The JSON Schema of ``tool``'s structured content (composite flows share :class:`FlowResult`)."""
    schema = OUTPUTS.get(tool, FlowResult).model_json_schema(mode="serialization")
    schema.pop("title", None)
    return schema
