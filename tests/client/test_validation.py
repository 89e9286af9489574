"""Invalid input gets a clear error naming the argument, and no request is sent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intercom_agent import operations as ops
from intercom_agent.errors import InvalidInputError
from intercom_agent.sandbox import Sandbox
from tests.helpers.sandboxes import make_client

BAD = [
    (ops.GET_CONTACT, {"contact_id": ""}, "contact_id", "empty"),
    (ops.GET_CONTACT, {"contact_id": "   "}, "contact_id", "empty"),
    (ops.GET_CONTACT, {"contact_id": "x" * 300}, "contact_id", "at most 255"),
    (ops.GET_CONTACT, {"contact_id": ".."}, "contact_id", "not an id"),
    (ops.GET_CONTACT, {"contact_id": "a\nb"}, "contact_id", "control"),
    (ops.GET_CONTACT, {}, "contact_id", "required"),
    (ops.GET_COMPANY, {"company_id": ""}, "company_id", "empty"),
    (ops.GET_CONVERSATION, {"conversation_id": ""}, "conversation_id", "empty"),
    (ops.LIST_CONTACTS, {"per_page": 151}, "per_page", "150"),
    (ops.LIST_CONTACTS, {"per_page": 0}, "per_page", "1"),
    (ops.LIST_CONVERSATIONS, {"per_page": 500}, "per_page", "150"),
    (ops.LIST_ATTACHED_CONTACTS, {"company_id": "1", "per_page": 151}, "per_page", "150"),
    (ops.LIST_COMPANIES, {"per_page": 61}, "per_page", "60"),
    (ops.LIST_COMPANIES, {"page": 0}, "page", "1"),
    (ops.LIST_COMPANIES, {"order": "sideways"}, "order", "asc"),
    (ops.LIST_EVENTS, {}, "arguments", "exactly one of user_id"),
    (ops.LIST_EVENTS, {"user_id": "u1", "email": "a@b.c"}, "arguments", "exactly one"),
    (ops.LIST_EVENTS, {"email": "not-an-email"}, "email", "pattern"),
    (
        ops.LIST_EVENTS,
        {"next_cursor": "https://evil.example/admins?type=user"},
        "next_cursor",
        "not an events",
    ),
    (ops.LIST_CONTACTS, {"bogus": 1}, "bogus", "not an argument"),
    (
        ops.SEARCH_CONVERSATIONS,
        {"query": {"field": "nope", "operator": "=", "value": "x"}},
        "query",
        "unknown",
    ),
    (
        ops.SEARCH_CONVERSATIONS,
        {"query": {"field": "created_at", "operator": "~", "value": "x"}},
        "query",
        "does not",
    ),
    (
        ops.SEARCH_CONVERSATIONS,
        {"query": {"field": "state", "operator": "IN", "value": ["open"] * 16}},
        "query",
        "15",
    ),
    (
        ops.SEARCH_CONVERSATIONS,
        {"query": {"operator": "AND", "value": [{"field": "state", "operator": "=", "value": "open"}] * 16}},
        "query",
        "at most 15",
    ),
    (
        ops.SEARCH_CONVERSATIONS,
        {
            "query": {
                "operator": "AND",
                "value": [
                    {
                        "operator": "OR",
                        "value": [{"operator": "AND", "value": [{"field": "open", "operator": "=", "value": True}]}],
                    }
                ],
            }
        },
        "query",
        "nest",
    ),
    (
        ops.SEARCH_CONVERSATIONS,
        {"query": {"field": "created_at", "operator": ">", "value": "yesterday"}},
        "query",
        "UNIX",
    ),
]


@pytest.mark.parametrize(("op", "args", "argument", "says"), BAD, ids=[f"{b[0].name}-{i}" for i, b in enumerate(BAD)])
def test_invalid_input_is_named_and_nothing_is_sent(
    sandbox: Sandbox, op: ops.Operation, args: dict, argument: str, says: str
) -> None:
    client = make_client(sandbox)
    with pytest.raises(InvalidInputError) as caught:
        client.call(op, args)
    assert caught.value.argument.startswith(argument.split(".")[0]) or argument == "arguments"
    assert says.lower() in str(caught.value).lower()
    assert sandbox.requests == []


def test_search_errors_show_a_valid_example(sandbox: Sandbox) -> None:
    with pytest.raises(InvalidInputError, match=r"A valid query: \{"):
        make_client(sandbox).call(ops.SEARCH_CONVERSATIONS, query={"field": "nope", "operator": "=", "value": 1})


@pytest.mark.parametrize("hostile", ["../admins", "1/contacts", "a?b=c", "%2e%2e", "x#y", "../../me"])
def test_ids_never_change_the_path(sandbox: Sandbox, hostile: str) -> None:
    client = make_client(sandbox)
    with pytest.raises(Exception) as caught:  # a 404 from the sandbox, never another endpoint's data
        client.call(ops.GET_CONTACT, contact_id=hostile)
    assert type(caught.value).__name__ == "NotFoundError"
    [seen] = sandbox.requests
    assert seen.path.count("/") == 2 and seen.path.startswith("/contacts/") and seen.query == ""


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_id_is_one_segment_or_rejected(text: str) -> None:
    box = Sandbox.__new__(Sandbox)  # only the operation is exercised: no sandbox needed
    del box
    try:
        args = ops.GET_CONTACT.validate(contact_id=text)
    except InvalidInputError:
        return
    spec = ops.GET_CONTACT.build(args)
    assert spec.path.startswith("/contacts/") and spec.path.count("/") == 2
    assert "?" not in spec.path and "#" not in spec.path
