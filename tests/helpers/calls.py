"""One call of each of the 14 tools, chosen so that, unredacted, most of them show personal data."""

from __future__ import annotations

from typing import Any

from intercom_agent.sandbox import Sandbox

WORKSPACE = Sandbox().workspaces["sandbox-token-us"]  # the same seed as every default sandbox
PERSON = WORKSPACE.contacts[0]  # Dev Rossi, usr_00001: has events and conversations
ACME = WORKSPACE.companies[0]

CALLS: dict[str, dict[str, Any]] = {
    "intercom_list_all_contacts": {"per_page": 50},
    "intercom_get_contact_by_id": {"contact_id": PERSON["id"]},
    "intercom_list_companies": {"per_page": 20},
    "intercom_get_company_by_id": {"company_id": ACME["id"]},
    "intercom_list_attach_contacts_to_company": {"company_id": ACME["id"], "per_page": 30},
    "intercom_list_segments": {"include_count": True},
    "intercom_list_all_teams": {},
    "intercom_list_events": {"email": PERSON["email"], "per_page": 5},
    "intercom_list_conversations": {"per_page": 20},
    "intercom_get_conversation_by_id": {"conversation_id": "100007", "max_parts": 10},
    "intercom_search_conversations": {"query": "billing", "per_page": 20},
    "intercom_company_contacts_events": {"company": "Acme Corp", "max_contacts": 30, "events_per_contact": 3},
    "intercom_contact_overview": {"contact": PERSON["email"]},
    "intercom_find_conversations": {"text": "refund", "top": 3},
}


def personal_values() -> set[str]:
    """Every contact's email and full name in the demo workspace (what redaction must never let out)."""
    found = {c["email"] for c in WORKSPACE.contacts if c["email"]}
    return found | {c["name"] for c in WORKSPACE.contacts if c["name"]}


def leaks(text: str, values: set[str]) -> list[str]:
    return sorted(v for v in values if v in text)
