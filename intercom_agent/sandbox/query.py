"""The sandbox's own evaluator of Intercom's search query language.

Written independently of the client's validator (``intercom_agent.search``) so that the sandbox can
catch a client that sends what Intercom would reject: it answers such queries with the 400 a real
workspace gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

CONVERSATION_TYPES: dict[str, str] = {
    "id": "string",
    "created_at": "date",
    "updated_at": "date",
    "source.type": "string",
    "source.id": "string",
    "source.delivered_as": "string",
    "source.subject": "string",
    "source.body": "string",
    "source.author.id": "string",
    "source.author.type": "string",
    "source.author.name": "string",
    "source.author.email": "string",
    "source.url": "string",
    "contact_ids": "string",
    "teammate_ids": "string",
    "admin_assignee_id": "integer",
    "team_assignee_id": "integer",
    "channel_initiated": "string",
    "open": "boolean",
    "read": "boolean",
    "state": "string",
    "waiting_since": "date",
    "snoozed_until": "date",
    "tag_ids": "string",
    "priority": "string",
    "ai_agent_participated": "boolean",
}
for _name in (
    "time_to_assignment",
    "time_to_admin_reply",
    "time_to_first_close",
    "time_to_last_close",
    "median_time_to_reply",
    "count_reopens",
    "count_assignments",
    "count_conversation_parts",
):
    CONVERSATION_TYPES[f"statistics.{_name}"] = "integer"
for _name in (
    "first_contact_reply_at",
    "first_assignment_at",
    "first_admin_reply_at",
    "first_close_at",
    "last_assignment_at",
    "last_assignment_admin_reply_at",
    "last_contact_reply_at",
    "last_admin_reply_at",
    "last_close_at",
):
    CONVERSATION_TYPES[f"statistics.{_name}"] = "date"
CONVERSATION_TYPES.update(
    {
        "statistics.last_closed_by_id": "string",
        "conversation_rating.requested_at": "date",
        "conversation_rating.replied_at": "date",
        "conversation_rating.score": "integer",
        "conversation_rating.remark": "string",
        "conversation_rating.contact_id": "string",
        "conversation_rating.admin_d": "string",
        "ai_agent.resolution_state": "string",
        "ai_agent.last_answer_type": "string",
        "ai_agent.rating": "integer",
        "ai_agent.rating_remark": "string",
        "ai_agent.source_type": "string",
        "ai_agent.source_title": "string",
    }
)
CONTACT_TYPES: dict[str, str] = {
    "id": "string",
    "external_id": "string",
    "email": "string",
    "name": "string",
    "role": "string",
    "created_at": "date",
    "updated_at": "date",
    "last_seen_at": "date",
    "phone": "string",
}
OPS_FOR = {
    "string": {"=", "!=", "IN", "NIN", "~", "!~", "^", "$"},
    "integer": {"=", "!=", "IN", "NIN", ">", "<"},
    "date": {"=", "!=", "IN", "NIN", ">", "<"},
    "boolean": {"=", "!=", "IN", "NIN"},
}


class QueryError(ValueError):
    """The query breaks Intercom's rules; the message is what Intercom's 400 says."""


Getter = Callable[[dict[str, Any], str], list[Any]]


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html or "")


def _typed_ok(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str) or value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind in ("integer", "date"):
        if isinstance(value, str) and value.isdigit():
            return True  # Intercom's own examples send dates as digit strings
        return isinstance(value, int) and not isinstance(value, bool)
    return False


def _compare(op: str, have: Any, want: Any, *, tokens: bool) -> bool:
    if isinstance(want, str) and want.isdigit() and isinstance(have, int):
        want = int(want)
    if isinstance(have, str) and isinstance(want, str):
        have_l, want_l = have.lower(), want.lower()
        if op == "=":
            return want_l in re.findall(r"[\w@.+-]+", have_l) if tokens else have_l == want_l
        if op == "!=":
            return not _compare("=", have, want, tokens=tokens)
        if op == "~":
            return want_l in have_l
        if op == "!~":
            return want_l not in have_l
        if op == "^":
            return have_l.startswith(want_l)
        if op == "$":
            return have_l.endswith(want_l)
    if op == "=":
        return bool(have == want)
    if op == "!=":
        return bool(have != want)
    if have is None:
        return False
    if op == ">":
        return bool(have >= want)  # "greater (or equal)", as documented
    if op == "<":
        return bool(have <= want)
    return False


def compile_query(query: Any, types: dict[str, str], get: Getter, depth: int = 0) -> Callable[[dict[str, Any]], bool]:
    """Check ``query`` and return a predicate over stored objects; raise :class:`QueryError`."""
    if not isinstance(query, dict):
        raise QueryError("query must be an object")
    operator = query.get("operator")
    if operator in ("AND", "OR"):
        members = query.get("value")
        if depth >= 2:
            raise QueryError("Nested filters are limited to 2 levels")
        if not isinstance(members, list) or not members:
            raise QueryError(f"{operator} requires a list of filters")
        if len(members) > 15:
            raise QueryError("A maximum of 15 filters is allowed per AND/OR group")
        predicates = [compile_query(m, types, get, depth + 1) for m in members]
        if operator == "AND":
            return lambda obj: all(p(obj) for p in predicates)
        return lambda obj: any(p(obj) for p in predicates)
    field, value = query.get("field"), query.get("value")
    if field not in types:
        raise QueryError(f"{field!r} is not a searchable field")
    kind = types[field]
    if operator not in OPS_FOR[kind]:
        raise QueryError(f"operator {operator!r} is not valid for field {field!r}")
    if operator in ("IN", "NIN") and (not isinstance(value, list) or not value):
        raise QueryError(f"{operator} requires an array value")
    values: list[Any] = value if isinstance(value, list) else [value]
    if operator not in ("IN", "NIN") and isinstance(value, list):
        raise QueryError(f"operator {operator!r} does not take an array")
    if not all(_typed_ok(kind, v) for v in values):
        raise QueryError(f"value for {field!r} must be of type {kind}")
    tokens = field == "source.body"

    def predicate(obj: dict[str, Any]) -> bool:
        haves = get(obj, field)
        if operator == "IN":
            return any(_compare("=", h, v, tokens=tokens) for h in haves for v in values)
        if operator == "NIN":
            return not any(_compare("=", h, v, tokens=tokens) for h in haves for v in values)
        if operator in ("!=", "!~"):
            return all(_compare(operator, h, value, tokens=tokens) for h in haves)
        return any(_compare(operator, h, value, tokens=tokens) for h in haves)

    return predicate


def conversation_field(conv: dict[str, Any], field: str) -> list[Any]:
    """The value(s) of a search field on a stored conversation."""
    if field == "contact_ids":
        return [c["id"] for c in conv["contacts"]["contacts"]] or [None]
    if field == "source.body":
        return [_plain(conv["source"].get("body") or "")]
    node: Any = conv
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return [node]


def contact_field(contact: dict[str, Any], field: str) -> list[Any]:
    return [contact.get(field)]
