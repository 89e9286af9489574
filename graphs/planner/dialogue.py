"""What the conversation so far gives a new turn: the last list shown (for "next page" and "the
second one"), the contact being discussed (for "their events"), the question the planner asked
(so a bare answer completes it), and the last tool call (for "now newest first")."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

# The planner's questions end with a marker naming what a bare answer should complete.
PENDING = {
    "Which contact?": "events",
    "What should I search for?": "search",
    "What should I find?": "find",
    "Which company?": "company",
    "Which conversation?": "conversation",
}


@dataclass
class Listing:
    """A list a tool returned: its tool, arguments, items, and how to get the next page."""

    tool: str
    args: dict[str, Any]
    items: list[dict[str, Any]]
    next_cursor: str | None = None
    page: int | None = None
    has_more: bool = False
    kind: str = "items"  # "candidates" for an ambiguous company


@dataclass
class Dialogue:
    listing: Listing | None = None
    contact: dict[str, Any] | None = None
    pending: str | None = None
    last_call: tuple[str, dict[str, Any]] | None = None


def _calls(history: Sequence[BaseMessage]) -> dict[str, tuple[str, dict[str, Any]]]:
    calls = {}
    for message in history:
        if isinstance(message, AIMessage):
            for call in message.tool_calls:
                calls[call["id"] or ""] = (call["name"], dict(call["args"]))
    return calls


def _artifact(message: ToolMessage) -> dict[str, Any] | None:
    artifact = getattr(message, "artifact", None)
    if isinstance(artifact, dict):
        return artifact
    try:  # a server-side history keeps only the content
        parsed = json.loads(str(message.content))
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _listing(name: str, args: dict[str, Any], artifact: dict[str, Any]) -> Listing | None:
    page = artifact.get("page")
    if isinstance(page, dict) and isinstance(page.get("items"), list):
        return Listing(name, args, page["items"], page.get("next_cursor"), page.get("page"), bool(page.get("has_more")))
    if artifact.get("status") == "ambiguous" and artifact.get("candidates"):
        return Listing(name, args, list(artifact["candidates"]), kind="candidates")
    for key in ("contacts", "segments", "teams", "transcripts"):
        if isinstance(artifact.get(key), list) and artifact[key]:
            return Listing(name, args, list(artifact[key]))
    return None


def _contact(artifact: dict[str, Any]) -> dict[str, Any] | None:
    for key in ("contact", "profile"):
        if isinstance(artifact.get(key), dict):
            found: dict[str, Any] = artifact[key]
            return found
    return None


def read(history: Sequence[BaseMessage]) -> Dialogue:
    """The dialogue state after ``history`` (newest facts win)."""
    state = Dialogue()
    calls = _calls(history)
    for message in history:
        if isinstance(message, ToolMessage):
            artifact = _artifact(message)
            name, args = calls.get(message.tool_call_id, (message.name or "", {}))
            state.last_call = (name, args)
            state.pending = None
            if artifact is None or message.status == "error":
                continue
            state.listing = _listing(name, args, artifact) or state.listing
            state.contact = _contact(artifact) or state.contact
        elif isinstance(message, AIMessage) and not message.tool_calls:
            text = str(message.content)
            state.pending = next((kind for marker, kind in PENDING.items() if text.startswith(marker)), None)
    return state
