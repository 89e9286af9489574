"""Seeded, deterministic demo workspaces for the sandbox.

The same seed gives the same workspace; dates are relative to ``now`` so events stay inside
Intercom's 90-day listing window. Objects are stored in the API's own JSON shapes (API 2.14), so
the handler serves them with little more than paging.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any

DAY = 86_400

FIRST = (
    "Ada Ben Chloe Dev Emma Felix Grace Hugo Iris Jonas Kai Lena Milo Nora Omar Priya Quinn Rosa Sam Tara "
    "Uma Victor Wen Yara Zoe"
).split()
LAST = (
    "Adams Baker Chen Diaz Evans Fischer Garcia Hughes Ito Jensen Khan Lopez Meyer Novak Okafor Patel Rossi "
    "Silva Tanaka Weber"
).split()
INDUSTRIES = [
    "Software",
    "Retail",
    "Healthcare",
    "Finance",
    "Logistics",
    "Education",
    "Media",
    "Manufacturing",
]
PLANS = ["Starter", "Growth", "Enterprise"]
WORDS = (
    "Apex Birch Cobalt Delta Ember Fjord Granite Harbor Indigo Juniper Kestrel Lumen Maple Nimbus Onyx "
    "Pioneer Quartz Riverton Summit Tidal Umber Vertex Willow Xenon Yonder Zephyr"
).split()
SUFFIXES = ["Labs", "Systems", "Partners", "Group", "Works", "Analytics", "Logistics", "Health"]
EVENT_NAMES = [
    "logged-in",
    "viewed-dashboard",
    "exported-report",
    "invited-teammate",
    "created-project",
    "upgraded-plan",
    "opened-invoice",
    "used-api",
    "changed-settings",
    "uploaded-file",
]
TOPICS = [
    ("billing", "Hi, I have a question about billing on my last invoice."),
    ("refund", "Could I get a refund for the duplicate charge this month?"),
    ("login", "I cannot login since this morning, the page just reloads."),
    ("password", "The password reset email never arrives."),
    ("export", "How do I export all reports to CSV?"),
    ("integration", "Our Slack integration stopped posting updates."),
    ("api", "The API returns 429 when we sync contacts at night."),
    ("onboarding", "Can someone walk our team through onboarding?"),
    ("shipping", "Where is my shipping confirmation for order 1182?"),
    ("invoice", "Please send the invoice with our VAT number."),
]
REPLIES = [
    "Thanks for reaching out! Let me look into that for you.",
    "I have checked your account and fixed the issue.",
    "Could you share a screenshot of what you see?",
    "That worked, thank you so much!",
    "I am still seeing the problem, any update?",
    "Our engineers are on it and will follow up today.",
]


def _hex_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


@dataclass
class Workspace:
    """One demo Intercom workspace: its app, admins, and every object the API can list."""

    id_code: str
    name: str
    region: str
    admin: dict[str, Any]
    companies: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    memberships: dict[str, list[str]] = field(default_factory=dict)  # company id -> contact ids
    segments: list[dict[str, Any]] = field(default_factory=list)
    teams: list[dict[str, Any]] = field(default_factory=list)
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # contact id -> newest first
    conversations: list[dict[str, Any]] = field(default_factory=list)
    parts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # conversation id -> oldest first

    def contact(self, contact_id: str) -> dict[str, Any] | None:
        return self._contacts_by_id().get(contact_id)

    def company(self, company_id: str) -> dict[str, Any] | None:
        return next((c for c in self.companies if c["id"] == company_id), None)

    def _contacts_by_id(self) -> dict[str, dict[str, Any]]:
        cache: dict[str, dict[str, Any]] | None = getattr(self, "_by_id", None)
        if cache is None or len(cache) != len(self.contacts):
            cache = {c["id"]: c for c in self.contacts}
            self._by_id = cache
        return cache


def build_workspace(
    *,
    id_code: str,
    name: str,
    region: str = "us",
    seed: int = 7,
    now: float | None = None,
    companies: int = 45,
    contacts: int = 330,
    conversations: int = 220,
    acme_contacts: int = 30,
) -> Workspace:
    """Generate a workspace. Defaults exceed what paging tests need: >= 40 companies (one "Acme
    Corp" with ``acme_contacts`` contacts, two named "Globex"), >= 300 contacts, >= 200 conversations
    (one with more than 500 parts), data events for most users (several pages for some)."""
    rng = random.Random(f"{seed}:{id_code}")
    now_s = int(now if now is not None else time.time())
    admin_ids = [rng.randint(1_000_000, 9_999_999) for _ in range(8)]
    ws = Workspace(
        id_code=id_code,
        name=name,
        region=region,
        admin={
            "type": "admin",
            "id": str(admin_ids[0]),
            "name": "Sandbox Admin",
            "email": f"admin@{id_code}.example",
            "email_verified": True,
            "job_title": "Support lead",
            "away_mode_enabled": False,
            "away_mode_reassign": False,
            "has_inbox_seat": True,
            "team_ids": [],
            "avatar": {"type": "avatar", "image_url": None},
        },
    )

    # Companies: Acme Corp first, two companies called Globex, a few with no users at all.
    names = ["Acme Corp", "Globex", "Globex"]
    while len(names) < companies:
        candidate = f"{rng.choice(WORDS)} {rng.choice(SUFFIXES)}"
        if candidate not in names:
            names.append(candidate)
    for index, company_name in enumerate(names):
        created = now_s - rng.randint(200, 900) * DAY
        ws.companies.append(
            {
                "type": "company",
                "id": _hex_id(rng),
                "name": company_name,
                "app_id": id_code,
                "company_id": f"cmp-{index + 1:04d}",
                "remote_created_at": created,
                "created_at": created,
                "updated_at": now_s - rng.randint(0, 30) * DAY,
                "last_request_at": now_s - rng.randint(0, 60 * 24) * 3600,
                "size": rng.choice([5, 20, 50, 200, 1000]),
                "website": f"https://{company_name.lower().replace(' ', '')}.example",
                "industry": rng.choice(INDUSTRIES),
                "monthly_spend": rng.choice([0, 49, 199, 990, 4900]),
                "session_count": rng.randint(0, 5000),
                "user_count": 0,
                "plan": {"type": "plan", "id": str(PLANS.index(p := rng.choice(PLANS)) + 1), "name": p},
                "custom_attributes": {"tier": rng.choice(["gold", "silver", "bronze"])},
                "tags": {"type": "tag.list", "tags": []},
                "segments": {"type": "segment.list", "segments": []},
            }
        )
        ws.memberships[ws.companies[-1]["id"]] = []
    empty = {c["id"] for c in ws.companies[-3:]}  # left out of companies/list, as Intercom does

    # Contacts: users have external_id and email; leads have neither external_id nor (always) email.
    acme = ws.companies[0]["id"]
    for index in range(contacts):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        is_user = index < acme_contacts or rng.random() < 0.8
        created = now_s - rng.randint(10, 700) * DAY
        email = f"{first}.{last}.{index}@example.com".lower() if is_user or rng.random() < 0.5 else None
        contact: dict[str, Any] = {
            "type": "contact",
            "id": _hex_id(rng),
            "workspace_id": id_code,
            "external_id": f"usr_{index + 1:05d}" if is_user else None,
            # The spec types email as a non-nullable string: a contact without one has "".
            "role": "user" if is_user else "lead",
            "email": email or "",
            "email_domain": email.split("@")[1] if email else "",
            "phone": None,
            "name": f"{first} {last}",
            "owner_id": None,
            "has_hard_bounced": False,
            "marked_email_as_spam": False,
            "unsubscribed_from_emails": False,
            "created_at": created,
            "updated_at": created + rng.randint(0, 9) * DAY,
            "signed_up_at": created if is_user else None,
            "last_seen_at": max(created, now_s - rng.randint(0, 40) * DAY) if is_user else None,
            "last_replied_at": None,
            "last_contacted_at": None,
            "last_email_opened_at": None,
            "last_email_clicked_at": None,
            "language_override": None,
            "browser": "chrome",
            "browser_version": "120.0",
            "browser_language": "en",
            "os": "macOS",
            "android_app_name": None,
            "android_app_version": None,
            "android_device": None,
            "android_os_version": None,
            "android_sdk_version": None,
            "android_last_seen_at": None,
            "ios_app_name": None,
            "ios_app_version": None,
            "ios_device": None,
            "ios_os_version": None,
            "ios_sdk_version": None,
            "ios_last_seen_at": None,
            "custom_attributes": {"plan": rng.choice(PLANS)},
            "avatar": None,
            "location": {
                "type": "location",
                "country": rng.choice(["Germany", "United States", "Japan", "Brazil"]),
                "region": None,
                "city": None,
            },
            "social_profiles": {"type": "list", "data": []},
        }
        ws.contacts.append(contact)
        if index < acme_contacts:
            company_id = acme
        elif is_user and rng.random() < 0.9:
            company_id = rng.choice([c["id"] for c in ws.companies[1:] if c["id"] not in empty])
        else:
            company_id = None
        if company_id:
            ws.memberships[company_id].append(contact["id"])
    for company in ws.companies:
        company["user_count"] = len(ws.memberships[company["id"]])

    # Segments and teams.
    for index, seg in enumerate(
        [
            "Active users",
            "New signups",
            "Slipping away",
            "Leads",
            "Enterprise",
            "Trialists",
            "Power users",
            "Churn risk",
            "EU customers",
        ]
    ):
        ws.segments.append(
            {
                "type": "segment",
                "id": _hex_id(rng),
                "name": seg,
                "created_at": now_s - 400 * DAY + index,
                "updated_at": now_s - 10 * DAY,
                "person_type": "contact" if seg == "Leads" else "user",
                "_members": rng.randint(3, contacts // 2),
            }
        )
    for index, team in enumerate(["Support", "Billing", "Sales", "Success", "Engineering", "VIP"]):
        ws.teams.append(
            {
                "type": "team",
                "id": str(7_000 + index),
                "name": team,
                "admin_ids": sorted(rng.sample(admin_ids, 3)),
                "admin_priority_level": {"primary_admin_ids": [], "secondary_admin_ids": []},
                "assignment_limit": None,
                "distribution_method": "round_robin",
            }
        )

    # Data events: most users have some; every fifth Acme user has several pages of them.
    for index, contact in enumerate(ws.contacts):
        if contact["role"] != "user" or rng.random() < 0.1:
            continue
        many = index < acme_contacts and index % 5 == 0
        count = rng.randint(35, 60) if many else rng.randint(0, 12)
        stamps = sorted(
            {(now_s - rng.randint(60, 95 * DAY)) * 1000 + rng.randint(0, 999) for _ in range(count)},
            reverse=True,
        )
        ws.events[contact["id"]] = [
            {
                "type": "event",
                "event_name": rng.choice(EVENT_NAMES),
                "created_at": ms // 1000,
                "_ms": ms,
                "user_id": contact["external_id"],
                "id": _hex_id(rng),
                "intercom_user_id": contact["id"],
                "email": contact["email"],
                "metadata": {"source": rng.choice(["web", "ios", "api"])},
            }
            for ms in stamps
        ]

    # Conversations with parts; one has more than 500 parts.
    people = [c for c in ws.contacts if c["email"]]
    for index in range(conversations):
        contact = rng.choice(people)
        topic, opening = rng.choice(TOPICS)
        created = now_s - rng.randint(1, 180) * DAY - rng.randint(0, DAY)
        n_parts = {0: 620, 1: 100}.get(index) or rng.randint(1, 12)
        conv_id = str(100_000 + index * 7)
        parts = []
        stamp = created
        for n in range(n_parts):
            stamp += rng.randint(60, 3600)
            by_admin = n % 2 == 0
            body = rng.choice(REPLIES) if n < n_parts - 1 or by_admin else "Thanks, that solved it."
            parts.append(
                {
                    "type": "conversation_part",
                    "id": str(90_000_000 + index * 1000 + n),
                    "part_type": "comment",
                    "body": f"<p>{body}</p>",
                    "created_at": stamp,
                    "updated_at": stamp,
                    "notified_at": stamp,
                    "assigned_to": None,
                    "author": (
                        {
                            "type": "admin",
                            "id": str(rng.choice(admin_ids)),
                            "name": "Support Agent",
                            "email": f"agent@{id_code}.example",
                        }
                        if by_admin
                        else {
                            "type": "user",
                            "id": contact["id"],
                            "name": contact["name"],
                            "email": contact["email"],
                        }
                    ),
                    "attachments": [],
                    "external_id": None,
                    "redacted": False,
                }
            )
        state = rng.choice(["open", "closed", "closed", "snoozed"])
        ws.parts[conv_id] = parts
        ws.conversations.append(
            {
                "type": "conversation",
                "id": conv_id,
                "title": None,
                "created_at": created,
                "updated_at": parts[-1]["created_at"] if parts else created,
                "waiting_since": None if state == "closed" else created,
                "snoozed_until": None,
                "open": state == "open",
                "state": state,
                "read": rng.random() < 0.7,
                "priority": rng.choice(["priority", "not_priority"]),
                "admin_assignee_id": rng.choice(admin_ids),
                "team_assignee_id": int(rng.choice(ws.teams)["id"]),
                "tags": {"type": "tag.list", "tags": []},
                "source": {
                    "type": "conversation",
                    "id": str(400_000 + index),
                    "delivered_as": "customer_initiated",
                    "subject": "",
                    "body": f"<p>{opening}</p>",
                    "author": {
                        "type": "user",
                        "id": contact["id"],
                        "name": contact["name"],
                        "email": contact["email"],
                    },
                    "attachments": [],
                    "url": None,
                    "redacted": False,
                },
                "contacts": {
                    "type": "contact.list",
                    "contacts": [{"type": "contact", "id": contact["id"], "external_id": contact["external_id"]}],
                },
                "teammates": {"type": "admin.list", "teammates": []},
                "custom_attributes": {},
                "first_contact_reply": None,
                "sla_applied": None,
                "statistics": None,
                "linked_objects": {"type": "list", "data": [], "total_count": 0, "has_more": False},
                "ai_agent_participated": False,
                "ai_agent": None,
                "_topic": topic,
            }
        )
    return ws


def demo_workspaces(now: float | None = None, seed: int = 7, acme_contacts: int = 30) -> dict[str, Workspace]:
    """The two demo workspaces, keyed by their demo access token; ``acme_contacts`` sizes Acme Corp in
    the US one (benchmarks use 100 to 1,000)."""
    return {
        "sandbox-token-us": build_workspace(
            id_code="demo-us",
            name="Demo Workspace (US)",
            region="us",
            seed=seed,
            now=now,
            acme_contacts=acme_contacts,
            contacts=max(330, acme_contacts + 300),
        ),
        "sandbox-token-eu": build_workspace(
            id_code="demo-eu",
            name="Demo Workspace (EU)",
            region="eu",
            seed=seed + 1,
            now=now,
            companies=42,
            contacts=305,
            conversations=205,
            acme_contacts=26,
        ),
    }
