"""Errors are typed and actionable; the token never leaks anywhere."""

from __future__ import annotations

import logging

import pytest

from intercom_agent import operations as ops
from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    parse_error_body,
)
from intercom_agent.ratelimit import RetryConfig
from intercom_agent.sandbox import Faults, Sandbox, build_workspace
from tests.helpers.sandboxes import make_client

SENTINEL = "tok_SENTINEL_8f2b1c9d_do_not_leak"


def test_401_says_reconnect(sandbox: Sandbox) -> None:
    with pytest.raises(AuthenticationError) as caught:
        make_client(sandbox, token="wrong-token", region="eu").call(ops.LIST_TEAMS)
    text = str(caught.value)
    assert "invalid or was revoked" in text and "Settings → Integrations" in text
    assert caught.value.request_id and caught.value.code == "unauthorized"
    assert "region" in text  # a 401 may be a wrong-region workspace


def test_403_names_the_permission() -> None:
    box = Sandbox(faults=Faults(fail={"GET /events": 403}))
    with pytest.raises(PermissionDeniedError, match="'Read events' permission"):
        make_client(box).call(ops.LIST_EVENTS, user_id="usr_00001")


def test_404_says_where_to_find_ids(sandbox: Sandbox) -> None:
    client = make_client(sandbox)
    with pytest.raises(NotFoundError, match="intercom_list_companies"):
        client.call(ops.GET_COMPANY, company_id="nope")
    with pytest.raises(NotFoundError, match="external_id as user_id"):
        client.call(ops.LIST_EVENTS, user_id="no-such-user")
    with pytest.raises(NotFoundError, match="intercom_search_conversations"):
        client.call(ops.GET_CONVERSATION, conversation_id="1")


def test_error_body_parsing_tolerates_anything() -> None:
    assert parse_error_body(b"") == (None, None, None)
    assert parse_error_body(b"<html>") == (None, None, None)
    assert parse_error_body(b'{"errors": "x"}') == (None, None, None)
    assert parse_error_body(b'{"type":"error.list","request_id":"r","errors":[{"code":"c","message":"m"}]}') == (
        "c",
        "m",
        "r",
    )


def test_sentinel_token_never_leaks(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    box = Sandbox(
        faults=Faults(
            rate_limit_rate=0.3,
            error_rate=0.2,
            drop_rate=0.1,
            rate_limit_reset_after=0,
            fail={"GET /teams": 429, "GET /segments": 403},
            seed=5,
        )
    )
    box.add_workspace(
        SENTINEL,
        build_workspace(id_code="secret-ws", name="Secret", contacts=20, companies=5, conversations=5, acme_contacts=3),
    )
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    client = make_client(
        box,
        token=SENTINEL,
        retry=RetryConfig(max_retries=3, backoff_base=0.001, backoff_max=0.002, max_total_wait=0.3),
    )
    texts += [repr(client), str(client), client.describe(), repr(client._core)]
    async_client = AsyncIntercomClient(SENTINEL, transport=box.transport())
    texts += [repr(async_client)]
    for op, args in [
        (ops.LIST_TEAMS, {}),
        (ops.LIST_SEGMENTS, {}),
        (ops.GET_CONTACT, {"contact_id": "nope"}),
        (ops.LIST_CONTACTS, {"per_page": 999}),
        (ops.LIST_CONTACTS, {}),
    ]:
        try:
            texts.append(repr(client.call(op, args)))
        except Exception as exc:  # every failure mode: its text, repr, args and cause
            texts += [str(exc), repr(exc), repr(exc.args), repr(exc.__cause__), repr(exc.__dict__)]
    for token in ("wrong", SENTINEL):
        try:
            IntercomClient(token, transport=box.transport(), base_url="https://x.invalid").call(ops.GET_ME)
        except Exception as exc:
            texts.append(repr(exc))
    captured = capsys.readouterr()
    texts += [r.getMessage() for r in caplog.records] + [captured.out, captured.err]
    texts += [repr(r) for r in box.requests]
    assert len(texts) > 15
    for text in texts:
        assert SENTINEL not in text
        assert SENTINEL[4:20] not in text


def test_rate_limited_error_carries_retry_after() -> None:
    box = Sandbox(faults=Faults(fail={"GET /teams": 429}))
    with pytest.raises(RateLimitedError) as caught:
        make_client(box, retry=RetryConfig(max_total_wait=0.1)).call(ops.LIST_TEAMS)
    assert caught.value.status == 429 and caught.value.code == "rate_limit_exceeded"
