"""What the composite tools are, without running anything: names, titles, descriptions, arguments.

Light on purpose (pydantic only, no LangGraph): an MCP server lists the tools from here and imports
the flows only when one is first called.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from intercom_agent.registry import ToolArgs


class CompanyContactsEventsArgs(ToolArgs):
    company: str = Field(
        min_length=1,
        max_length=255,
        description="The company's name (e.g. 'Acme Corp'), Intercom id, or your company_id.",
    )
    max_contacts: int = Field(50, ge=1, le=500, description="At most this many contacts (1-500).")
    events_per_contact: int = Field(5, ge=0, le=50, description="Most recent events per contact (0: contacts only).")


class ContactOverviewArgs(ToolArgs):
    contact: str = Field(
        min_length=1, max_length=255, description="The contact's email, external_id, Intercom id, or exact name."
    )
    events: int = Field(10, ge=1, le=50, description="How many recent events (1-50).")
    conversations: int = Field(5, ge=1, le=20, description="How many recent conversations (1-20).")


class FindConversationsArgs(ToolArgs):
    text: str | None = Field(None, max_length=200, description="Words to find in the first message, e.g. 'billing'.")
    state: Literal["open", "closed", "snoozed"] | None = Field(None, description="Only this state.")
    created_after: str | None = Field(None, max_length=40, description="ISO date, e.g. 2026-01-31.")
    created_before: str | None = Field(None, max_length=40, description="ISO date.")
    contact_email: str | None = Field(None, min_length=3, max_length=255, description="Only this contact's.")
    top: int = Field(5, ge=1, le=20, description="How many transcripts (1-20).")


@dataclass(frozen=True)
class CompositeSpec:
    name: str
    title: str  # for people (MCP clients show it); the name is for models
    description: str
    args: type[ToolArgs]


COMPOSITE_SPECS: tuple[CompositeSpec, ...] = (
    CompositeSpec(
        "intercom_company_contacts_events",
        "Contacts at a company, with their recent events",
        "For a company (by name, id or your company_id): its contacts and each contact's recent data events, in "
        "one call, fetched in parallel. Use it for 'list contacts at Acme Corp and show their recent events'.",
        CompanyContactsEventsArgs,
    ),
    CompositeSpec(
        "intercom_contact_overview",
        "Everything about a contact",
        "Everything about one contact (by email, external_id, id or name) in one call: profile, companies, recent "
        "data events and recent conversations.",
        ContactOverviewArgs,
    ),
    CompositeSpec(
        "intercom_find_conversations",
        "Find conversations and read them",
        "Finds conversations by words, state, dates or a contact's email and returns plain-text transcripts of "
        "the top matches in one call.",
        FindConversationsArgs,
    ),
)
COMPOSITE_NAMES = tuple(spec.name for spec in COMPOSITE_SPECS)
