"""Intercom's own 2.14 examples, read by the toolkit.

Every 200 example the official spec gives for an operation we call must parse, and so must variants
of it that real workspaces send (nulls where objects were, optional objects missing, fields we have
never seen). A mock server that answers only with the spec's examples must get all 11 tools through.
The spec is read from ../shared; it is not copied into this repository.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from intercom_agent import operations as ops
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.ratelimit import RateLimiter
from intercom_agent.registry import Session, execute_sync
from intercom_agent.tools import TOOLS
from tests.helpers.sandboxes import FAST_RETRY

yaml = pytest.importorskip("yaml")

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "intercom-openapi" / "api.intercom.io.2.14.yaml"
pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="../shared/intercom-openapi is not beside the checkout")

# One valid argument set per operation we call; the request it builds picks the spec's operation.
OPERATION_ARGS: list[tuple[ops.Operation[Any, Any], dict[str, Any]]] = [
    (ops.LIST_CONTACTS, {}),
    (ops.GET_CONTACT, {"contact_id": "abc"}),
    (ops.FIND_CONTACT_BY_EXTERNAL_ID, {"external_id": "u-1"}),
    (ops.SEARCH_CONTACTS, {"query": {"field": "email", "operator": "=", "value": "a@b.co"}}),
    (ops.LIST_COMPANIES, {}),
    (ops.GET_COMPANY, {"company_id": "abc"}),
    (ops.LIST_ATTACHED_CONTACTS, {"company_id": "abc"}),
    (ops.FIND_COMPANIES, {"name": "Acme"}),
    (ops.LIST_SEGMENTS, {}),
    (ops.LIST_TEAMS, {}),
    (ops.GET_ME, {}),
    (ops.LIST_EVENTS, {"user_id": "u-1"}),
    (ops.LIST_CONVERSATIONS, {}),
    (ops.GET_CONVERSATION, {"conversation_id": "1"}),
    (ops.SEARCH_CONVERSATIONS, {"query": {"field": "state", "operator": "=", "value": "open"}}),
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def examples_for(spec: dict[str, Any], method: str, path: str) -> list[Any]:
    """The 200 examples of the spec operation answering ``method path`` (literal paths win)."""
    matches = [p for p in spec["paths"] if _template(p).match(path)]
    matches.sort(key=lambda p: p.count("{"))
    for candidate in matches:
        operation = spec["paths"][candidate].get(method.lower())
        if operation:
            content = (operation["responses"].get("200") or operation["responses"].get(200) or {}).get("content", {})
            examples = content.get("application/json", {}).get("examples", {})
            return [example["value"] for example in examples.values()]
    raise AssertionError(f"the spec has no operation for {method} {path}")


def _with_extra_fields(node: Any) -> Any:
    if isinstance(node, dict):
        out = {key: _with_extra_fields(value) for key, value in node.items()}
        out["x_added_in_a_later_version"] = {"nested": [1, "two", None]}
        return out
    if isinstance(node, list):
        return [_with_extra_fields(item) for item in node]
    return node


KEEP = {"id", "type", "event_name", "id_code", "data", "conversations", "events", "teams", "segments"}


def _objects_nulled(node: Any, depth: int = 0) -> Any:
    """Every nested object or list we do not need set to null (Intercom sends null for empty objects)."""
    if isinstance(node, dict):
        return {
            key: (
                None
                if depth and isinstance(value, dict | list) and key not in KEEP
                else _objects_nulled(value, depth + 1)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_objects_nulled(item, depth + 1) for item in node]
    return node


def _objects_missing(node: Any, depth: int = 0) -> Any:
    if isinstance(node, dict):
        return {
            key: _objects_missing(value, depth + 1)
            for key, value in node.items()
            if not (depth and isinstance(value, dict) and key not in KEEP)
        }
    if isinstance(node, list):
        return [_objects_missing(item, depth + 1) for item in node]
    return node


VARIANTS = {
    "as-published": copy.deepcopy,
    "extra-fields": _with_extra_fields,
    "objects-null": _objects_nulled,
    "objects-missing": _objects_missing,
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize(("operation", "args"), OPERATION_ARGS, ids=[op.name for op, _ in OPERATION_ARGS])
def test_every_spec_example_parses(
    spec: dict[str, Any], operation: ops.Operation[Any, Any], args: dict[str, Any], variant: str
) -> None:
    request = operation.build(operation.validate(args))
    examples = examples_for(spec, request.method, request.path)
    assert examples, f"the spec gives no 200 example for {request.method} {request.path}"
    for example in examples:
        operation.parse(VARIANTS[variant](example))


def test_integer_ids_become_strings(spec: dict[str, Any]) -> None:
    (found,) = examples_for(spec, "GET", "/conversations/1")
    conversation = ops.GET_CONVERSATION.parse(found)
    parts = conversation.conversation_parts.conversation_parts
    assert parts and all(isinstance(part.id, str) for part in parts)


def spec_transport(spec: dict[str, Any], seen: list[str]) -> httpx.MockTransport:
    """A server that answers every request with the spec's first 200 example for it."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        body = examples_for(spec, request.method, request.url.path)[0]
        return httpx.Response(200, json=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handle)


TOOL_ARGS: dict[str, dict[str, Any]] = {
    "intercom_list_all_contacts": {},
    "intercom_get_contact_by_id": {"contact_id": "6762f0dd1bb69f9f2193bb83"},
    "intercom_list_companies": {},
    "intercom_get_company_by_id": {"company_id": "6762f0dd1bb69f9f2193bb83"},
    "intercom_list_attach_contacts_to_company": {"company_id": "6762f0dd1bb69f9f2193bb83"},
    "intercom_list_segments": {"include_count": True},
    "intercom_list_all_teams": {},
    "intercom_list_events": {"user_id": "314159"},
    "intercom_list_conversations": {},
    "intercom_get_conversation_by_id": {"conversation_id": 1},
    "intercom_search_conversations": {"state": "open", "contact_email": "joe@example.com"},
}


@pytest.mark.parametrize("tool", TOOLS, ids=[tool.name for tool in TOOLS])
def test_every_tool_gets_through_a_server_built_from_the_spec(spec: dict[str, Any], tool: Any) -> None:
    assert set(TOOL_ARGS) == {t.name for t in TOOLS}
    seen: list[str] = []
    client = IntercomClient("spec-token", transport=spec_transport(spec, seen), retry=FAST_RETRY, limiter=RateLimiter())
    result = execute_sync(tool, tool.parse(TOOL_ARGS[tool.name]), Session(StaticClients(client)))
    assert seen, "the tool sent no request"
    assert result.text and "cannot read" not in result.text
    json.dumps(result.artifact)  # the artifact is plain JSON
