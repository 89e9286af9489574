"""Conversations by who holds them: "conversations assigned to the billing team", "any open convos sitting with
the VIP team?", "snoozed convos owned by engineering", "billing's open ones", "everything assigned to admin
6218101", and "any open convos sitting with them?" or "with the last one" after the teams were listed: a search
whose query object filters on the team or the teammate assigned (``team_assignee_id``, ``admin_assignee_id``),
with the state, dates and count said. A team's name alone is a topic ("billing convos" are about billing).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance

STRONG = r"\b(?:assigned to|sitting with|owned by|held by|handled by|routed to)\b"
HELD = r"\b(?:assigned to|sitting with|owned by|held by|handled by|routed to|with|on|in)\b"  # (a team listed)
ADMIN = rx.compile(r"\b(?:admin|teammate|agent)(?: id)? #?(qqconv\d+|\d{5,9})\b", re.IGNORECASE)
PRONOUN = r"\b(?:them|that team|this team|the team|that one|that group)\b"


def _team_said(r: Utterance, state: State, teams: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The team meant: named here, picked from the teams listed, or named when the teams were listed."""
    if (team := r.named("team")) is not None and team.entries:
        return dict(team.entries[0])
    held = [t for key, t in teams.items() if r.has(rf"{STRONG} (?:the )?{re.escape(key)}\b")]
    if len(held) == 1:
        return held[0]  # "snoozed convos owned by engineering"
    listed = state.listing if state.listing is not None and state.listing.kind == "teams" else None
    if listed is None:
        return None
    if r.ordinal is not None and -len(listed.items) <= r.ordinal < len(listed.items):
        return listed.items[r.ordinal]  # "any open convos with the last one", after the teams
    said = [t for t in listed.items if rx.search(rf"\b{re.escape(str(t.get('name', '')))}\b", state.last_said, re.I)]
    return said[0] if len(said) == 1 and r.has(PRONOUN) else None  # "who's on sales" - "anything open with them?"


def assigned(r: Utterance, state: State, teams: dict[str, dict[str, Any]]) -> Plan | None:
    strong = r.has(STRONG)
    asked = (
        r.mentions("conversation")
        or r.state
        or r.has(  # "everything assigned to admin 6218101"
            r"\b(?:everything|anything|stuff|what'?s|what else)(?: \w+)? (?:is |that'?s |still )?"
            r"(?:assigned|sitting|owned|held)"
        )
    )
    if not asked or r.identified and not ADMIN.search(r.text):
        return None
    field, value = None, None
    if (admin := ADMIN.search(r.text)) is not None and (strong or r.has(r"\b(?:own|owns|has|with)\b")):
        said = admin[1] if admin[1].isdigit() else r.conversation_ids[int(admin[1][6:])]  # (masked as a conversation's)
        field, value = "admin_assignee_id", int(said)
    elif (team := _team_said(r, state, teams)) is not None and str(team.get("id", "")).isdigit():
        name = re.escape(str(team.get("name", "")).lower())
        held = r.has(rf"{STRONG} (?:the )?{name}\b|\b{name}(?: team)?'s (?:\w+ )?(?:ones|queue|convos|conversations)\b")
        held = held or r.has(rf"\b(?:in|on) (?:the )?{name}(?: team'?s?)? queue\b")
        listed = state.listing is not None and state.listing.kind == "teams" and r.named("team") is None
        held = held or listed and r.has(rf"{HELD} {PRONOUN}|{HELD} the (?:\w+ one|last|first|\d\w+)\b")
        if held:
            field, value = "team_assignee_id", int(team["id"])
    if field is None:
        return None
    args: dict[str, Any] = {"query": {"field": field, "operator": "=", "value": value}}
    if r.state:
        args["state"] = r.state
    args |= r.dates.args()
    if count := r.count("conversation", None):
        args["per_page"] = min(count, 150)
    return ("intercom_search_conversations", args)


__all__ = ["assigned"]
