"""Intercom's conversation search query language, validated before any request is sent.

A query is a single filter ``{"field", "operator", "value"}`` or a group ``{"operator": "AND"|"OR",
"value": [filters or groups]}``. The limits (API 2.14, ``POST /conversations/search``): groups nest at
most 2 deep, a group holds at most 15 filters, ``IN``/``NIN`` take a list (we cap it at 15 values),
and each operator works only on some field types.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, Literal

from intercom_agent.errors import InvalidInputError

FieldType = Literal["string", "integer", "date", "boolean"]

_DATES = (
    "created_at updated_at waiting_since snoozed_until statistics.first_contact_reply_at "
    "statistics.first_assignment_at statistics.first_admin_reply_at statistics.first_close_at "
    "statistics.last_assignment_at statistics.last_assignment_admin_reply_at "
    "statistics.last_contact_reply_at statistics.last_admin_reply_at statistics.last_close_at "
    "conversation_rating.requested_at conversation_rating.replied_at"
)
_INTEGERS = (
    "admin_assignee_id team_assignee_id statistics.time_to_assignment statistics.time_to_admin_reply "
    "statistics.time_to_first_close statistics.time_to_last_close statistics.median_time_to_reply "
    "statistics.count_reopens statistics.count_assignments statistics.count_conversation_parts "
    "conversation_rating.score ai_agent.rating"
)
_BOOLEANS = "open read ai_agent_participated"
_STRINGS = (
    "id source.type source.id source.delivered_as source.subject source.body source.author.id "
    "source.author.type source.author.name source.author.email source.url contact_ids teammate_ids "
    "channel_initiated state tag_ids priority statistics.last_closed_by_id conversation_rating.remark "
    "conversation_rating.contact_id conversation_rating.admin_d ai_agent.resolution_state "
    "ai_agent.last_answer_type ai_agent.rating_remark ai_agent.source_type ai_agent.source_title"
)

FIELDS: dict[str, FieldType] = {
    **{name: "date" for name in _DATES.split()},
    **{name: "integer" for name in _INTEGERS.split()},
    **{name: "boolean" for name in _BOOLEANS.split()},
    **{name: "string" for name in _STRINGS.split()},
}

OPERATORS: dict[str, frozenset[FieldType]] = {
    "=": frozenset({"string", "integer", "date", "boolean"}),
    "!=": frozenset({"string", "integer", "date", "boolean"}),
    "IN": frozenset({"string", "integer", "date", "boolean"}),
    "NIN": frozenset({"string", "integer", "date", "boolean"}),
    ">": frozenset({"integer", "date"}),
    "<": frozenset({"integer", "date"}),
    "~": frozenset({"string"}),
    "!~": frozenset({"string"}),
    "^": frozenset({"string"}),
    "$": frozenset({"string"}),
}

COMMON_FIELDS = (
    "source.body",
    "state",
    "open",
    "created_at",
    "updated_at",
    "contact_ids",
    "source.author.email",
    "admin_assignee_id",
    "team_assignee_id",
    "tag_ids",
    "priority",
    "id",
)
MAX_DEPTH = 2
MAX_FILTERS_PER_GROUP = 15
MAX_LIST_VALUES = 15
STATES = ("open", "closed", "snoozed")

EXAMPLE = {
    "operator": "AND",
    "value": [
        {"field": "source.body", "operator": "~", "value": "billing"},
        {"field": "state", "operator": "=", "value": "open"},
        {"field": "created_at", "operator": ">", "value": 1735689600},
    ],
}
_EXAMPLE_TEXT = "A valid query: " + json.dumps(EXAMPLE)


def _bad(problem: str) -> InvalidInputError:
    return InvalidInputError("query", problem, fix=_EXAMPLE_TEXT)


def _check_scalar(field: str, kind: FieldType, value: Any) -> None:
    ok = {
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "date": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
    }[kind]
    if value is None and kind == "string":
        ok = True
    if not ok:
        expected = {"date": "a UNIX timestamp (integer seconds)"}.get(kind, f"a {kind}")
        raise _bad(f"field '{field}' takes {expected}, not {value!r}.")


def _validate_filter(node: Mapping[str, Any]) -> None:
    field, operator, value = node.get("field"), node.get("operator"), node.get("value")
    if not isinstance(field, str) or field not in FIELDS:
        raise _bad(f"unknown search field {field!r}; common fields: {', '.join(COMMON_FIELDS)} (and more).")
    if operator not in OPERATORS:
        raise _bad(f"unknown operator {operator!r}; use one of {' '.join(OPERATORS)}.")
    kind = FIELDS[field]
    if kind not in OPERATORS[operator]:
        raise _bad(f"operator '{operator}' does not apply to field '{field}' (a {kind}).")
    if operator in ("IN", "NIN"):
        if not isinstance(value, list) or not value:
            raise _bad(f"operator '{operator}' takes a non-empty list of values.")
        if len(value) > MAX_LIST_VALUES:
            raise _bad(f"operator '{operator}' takes at most {MAX_LIST_VALUES} values, got {len(value)}.")
        for item in value:
            _check_scalar(field, kind, item)
        return
    if isinstance(value, list):
        raise _bad(f"operator '{operator}' takes a single value; use IN or NIN for a list.")
    _check_scalar(field, kind, value)
    if field == "state" and value not in STATES and operator in ("=", "!="):
        raise _bad(f"state is one of {', '.join(STATES)}, not {value!r}.")


def _validate(node: Any, depth: int) -> None:
    if not isinstance(node, Mapping):
        raise _bad(f"each filter must be an object, not {type(node).__name__}.")
    extra = set(node) - {"field", "operator", "value"}
    if extra:
        raise _bad(f"unexpected keys {sorted(extra)} in a filter.")
    if node.get("operator") in ("AND", "OR"):
        if "field" in node:
            raise _bad("an AND/OR group has no 'field'; put the filters in its 'value' list.")
        if depth >= MAX_DEPTH:
            raise _bad(f"groups nest at most {MAX_DEPTH} levels deep.")
        members = node.get("value")
        if not isinstance(members, list) or not members:
            raise _bad("an AND/OR group needs a non-empty list of filters in 'value'.")
        if len(members) > MAX_FILTERS_PER_GROUP:
            raise _bad(f"a group holds at most {MAX_FILTERS_PER_GROUP} filters, got {len(members)}.")
        for member in members:
            _validate(member, depth + 1)
        return
    _validate_filter(node)


def validate_query(query: Any) -> dict[str, Any]:
    """Check a search query against Intercom's rules; return it as a plain dict.

    Raises :class:`InvalidInputError` (argument ``query``) with a valid example when it breaks one.
    """
    if hasattr(query, "model_dump"):
        query = query.model_dump(exclude_none=True)
    if not isinstance(query, Mapping):
        raise _bad("the query must be an object (a filter or an AND/OR group).")
    _validate(query, 0)
    copy: dict[str, Any] = json.loads(json.dumps(query))  # a plain, detached copy
    return copy


def to_timestamp(value: str | int | datetime | date, argument: str) -> int:
    """An ISO date or datetime (or UNIX seconds) as UNIX seconds, UTC when no zone is given."""
    if isinstance(value, bool):
        raise InvalidInputError(argument, "expected an ISO date such as 2026-01-31.")
    if isinstance(value, int):
        if value < 0:
            raise InvalidInputError(argument, "a timestamp cannot be negative.")
        return value
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return int(moment.timestamp())
    if isinstance(value, date):
        return int(datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp())
    text = str(value).strip()
    if re.fullmatch(r"\d{1,12}", text):
        return int(text)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInputError(
            argument,
            f"{value!r} is not an ISO date.",
            fix="Use a form like 2026-01-31 or 2026-01-31T09:00:00Z.",
        ) from None
    return to_timestamp(moment, argument)


def words(text: str) -> list[str]:
    """The searchable words of a plain-text query, lower-cased, in order, without repeats."""
    seen: list[str] = []
    for word in re.findall(r"[\w@.+-]+", text.lower()):
        word = word.strip(".-")
        if word and word not in seen:
            seen.append(word)
    return seen


def build_query(
    *,
    text: str | None = None,
    state: str | None = None,
    created_after: str | int | datetime | date | None = None,
    created_before: str | int | datetime | date | None = None,
    contact_ids: Sequence[str] = (),
    extra: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Build a validated query from the filters a person uses.

    ``text`` matches conversations whose first message contains every word (``source.body ~``);
    dates are ISO; ``contact_ids`` matches conversations with any of those contacts.
    """
    filters: list[dict[str, Any]] = []
    if text is not None:
        terms = words(text)
        if not terms:
            raise InvalidInputError("text", "contains no searchable words.", fix="Pass a word such as 'billing'.")
        filters += [{"field": "source.body", "operator": "~", "value": term} for term in terms[:8]]
    if state is not None:
        if state not in STATES:
            raise InvalidInputError("state", f"must be one of {', '.join(STATES)}, not {state!r}.")
        filters.append({"field": "state", "operator": "=", "value": state})
    if created_after is not None:
        filters.append({"field": "created_at", "operator": ">", "value": to_timestamp(created_after, "created_after")})
    if created_before is not None:
        filters.append(
            {"field": "created_at", "operator": "<", "value": to_timestamp(created_before, "created_before")}
        )
    if contact_ids:
        ids = list(dict.fromkeys(contact_ids))
        if len(ids) > MAX_LIST_VALUES:
            raise InvalidInputError("contact_ids", f"at most {MAX_LIST_VALUES} contacts per search, got {len(ids)}.")
        filters.append({"field": "contact_ids", "operator": "IN", "value": ids})
    filters += [dict(item) for item in extra]
    if not filters:
        raise InvalidInputError(
            "query", "no filter given.", fix="Pass text (e.g. 'billing'), a state, dates or a contact."
        )
    query: dict[str, Any] = filters[0] if len(filters) == 1 else {"operator": "AND", "value": filters}
    return validate_query(query)
