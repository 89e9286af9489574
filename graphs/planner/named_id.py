"""'Get contact 123', 'show company 456', 'open conversation 789': an object asked for by a kind and an id of
any form (the first intent :func:`graphs.planner.intents.fresh` tries)."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.reading import Utterance

Plan = tuple[str, dict[str, Any]] | str  # (as graphs.planner.intents has it)

NAMED_ID = rx.compile(
    r"\b(?:get|show|fetch|open|look ?up|pull up|read|display)(?: me)? (?:the )?(contact|user|lead|company|conversation|"
    r"convo|chat|ticket)(?: with)?(?: id)?(?: :)? #? ?([a-z0-9][\w.-]*)$"
)


def named_id(r: Utterance) -> Plan | None:
    """'Get contact 123', 'show company 456', 'open conversation 789': an object by an id of any form."""
    m = NAMED_ID.search(r.text.strip(" ?.!"))
    if m is None or not any(c.isdigit() for c in m.group(2)) or r.identified:
        return None
    kind, ident = m.group(1), r.original[len(r.text.strip(" ?.!")[: m.start(2)].split())]
    if kind in ("conversation", "convo", "chat", "ticket"):
        return ("intercom_get_conversation_by_id", {"conversation_id": ident})
    if kind == "company":
        return ("intercom_get_company_by_id", {"company_id": ident})
    return ("intercom_get_contact_by_id", {"contact_id": ident})


__all__ = ["NAMED_ID", "named_id"]
