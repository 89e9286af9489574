"""Attacks found by a second review of the hosted sign-in (the review that never saw the code), each
performed against servers on 127.0.0.1 with the sandbox playing Intercom: a link to Intercom handed to
another browser, a consent page naming the wrong redirect, sessions that outlive a disconnect, codes and
refresh tokens raced, superseded Intercom tokens left live, malformed registrations. Each test fails
without the defence it names."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from intercom_agent.servers.authorization import redirect_problem
from tests.helpers.oauth import (
    CLIENT_REDIRECT,
    Browser,
    ByHand,
    consent_form,
    hosted,
    location,
    mcp_status,
    signed_in,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def server() -> Iterator[dict[str, Any]]:
    with hosted() as running:
        yield running


def _approved_by(http: httpx.Client, client: ByHand, **extra: str) -> str:
    """A browser approves ``client`` on our consent page; the Intercom URL it is sent on to (not opened)."""
    page_url = location(http.get(client.authorize_url(**extra)))
    page = http.get(page_url)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))
    answer = http.post(
        f"{origin}/consent", data={**consent_form(page.text), "action": "approve"}, headers={"Origin": origin}
    )
    return location(answer)


def test_an_intercom_link_opened_in_another_browser_gives_the_client_nothing(server: dict[str, Any]) -> None:
    """The attacker approves their own client, then hands the Intercom link to a victim, whose Intercom
    approves at once (a known app): without the sign-in cookie the callback must not mint a code."""
    attacker = ByHand(server["public"])
    attacker.register()
    with httpx.Client() as attackers_browser:
        intercom_link = _approved_by(attackers_browser, attacker)
    with httpx.Client() as victim:
        callback = location(victim.get(intercom_link + "&workspace=demo-eu"))
        landed = victim.get(callback)
    assert landed.status_code == 400 and "another browser" in landed.text
    assert "location" not in landed.headers and server["store"].list() == []
    with httpx.Client() as attackers_browser:  # the legitimate path still works, in the approving browser
        link = _approved_by(attackers_browser, attacker)
        done = attackers_browser.get(location(attackers_browser.get(link + "&workspace=demo-us")))
        assert location(done).startswith(CLIENT_REDIRECT) and "code=" in location(done)


def test_the_consent_page_names_the_redirect_this_request_uses(server: dict[str, Any]) -> None:
    sneaky = ByHand(server["public"])
    assert sneaky.register([CLIENT_REDIRECT, "https://evil.example/cb"], name="Claude").status_code == 201
    with httpx.Client() as browser:
        query = {"redirect_uri": "https://evil.example/cb"}
        page = browser.get(location(browser.get(sneaky.authorize_url(**query))))
    assert "evil.example" in page.text


async def test_a_disconnect_ends_every_session_and_signing_in_again_does_not_revive_them(
    server: dict[str, Any],
) -> None:
    a, first = await signed_in(server["public"])
    b, second = await signed_in(server["public"])  # the same person and workspace: one credential
    gone = httpx.post(
        f"{server['public']}/intercom/disconnect", headers={"Authorization": f"Bearer {second['access_token']}"}
    )
    assert gone.status_code == 200
    await signed_in(server["public"])  # the person signs in again, through another client
    assert mcp_status(server["public"], first["access_token"]) == 401
    assert a.refresh(first["refresh_token"]).status_code == 400
    assert b.refresh(second["refresh_token"]).status_code == 400


async def _twice(call: Any) -> list[httpx.Response]:
    async with httpx.AsyncClient() as http:
        return list(await asyncio.gather(call(http), call(http)))


async def test_a_code_used_twice_at_the_same_instant_leaves_no_live_tokens(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    browser = Browser()
    await browser.open(client.authorize_url())
    form = client.code_form(browser.landed["code"])
    replies = await _twice(lambda http: http.post(f"{server['public']}/token", data=form))
    issued = [r.json()["access_token"] for r in replies if r.status_code == 200]
    assert sorted(r.status_code for r in replies) == [200, 400]
    assert all(mcp_status(server["public"], token) == 401 for token in issued)


async def test_a_refresh_token_used_twice_at_the_same_instant_leaves_no_live_tokens(server: dict[str, Any]) -> None:
    client, tokens = await signed_in(server["public"])
    form = client.form(grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    replies = await _twice(lambda http: http.post(f"{server['public']}/token", data=form))
    issued = [r.json() for r in replies if r.status_code == 200]
    assert sorted(r.status_code for r in replies) == [200, 400]
    assert all(mcp_status(server["public"], t["access_token"]) == 401 for t in issued)
    assert all(client.refresh(t["refresh_token"]).status_code == 400 for t in issued)


async def test_signing_in_again_revokes_the_superseded_intercom_token(server: dict[str, Any]) -> None:
    await signed_in(server["public"])
    (credential,) = server["store"].list()
    old = credential.token
    await signed_in(server["public"])
    assert server["store"].get(credential.credential_id).token != old
    assert httpx.get(f"{server['intercom']}/me", headers={"Authorization": f"Bearer {old}"}).status_code == 401


async def test_replaying_another_clients_used_code_does_not_end_its_session(server: dict[str, Any]) -> None:
    victim, tokens = await signed_in(server["public"])
    meddler = ByHand(server["public"])
    meddler.register()
    assert meddler.exchange(tokens["code"]).status_code == 400
    assert mcp_status(server["public"], tokens["access_token"]) == 200


def test_a_wrong_answer_does_not_use_up_the_persons_consent_request(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    with httpx.Client() as person:
        page_url = location(person.get(client.authorize_url()))
        fields = consent_form(person.get(page_url).text)
        origin = server["public"]
        forged = httpx.post(
            f"{origin}/consent",
            data={**fields, "csrf": "guessed", "action": "approve"},
            headers={"Origin": origin},
            cookies={"intercom_agent_consent": "guessed"},
        )
        assert forged.status_code == 403
        real = person.post(f"{origin}/consent", data={**fields, "action": "approve"}, headers={"Origin": origin})
        assert server["intercom"] in location(real)


@pytest.mark.parametrize("body", [b"not json", b'{"a":', b"\xff\xfe\x00", b"[1, 2]"])
def test_a_malformed_registration_is_a_400_not_a_500(server: dict[str, Any], body: bytes) -> None:
    reply = httpx.post(f"{server['public']}/register", content=body, headers={"Content-Type": "application/json"})
    assert reply.status_code == 400 and reply.json()["error"] == "invalid_client_metadata"


def test_a_registration_carrying_a_secret_is_not_cached(server: dict[str, Any]) -> None:
    reply = ByHand(server["public"]).register()
    assert reply.status_code == 201 and reply.headers["cache-control"] == "no-store"


async def test_the_resource_check_cannot_be_dodged_with_another_body_encoding(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    browser = Browser()
    await browser.open(client.authorize_url())
    fields = client.code_form(browser.landed["code"], resource="https://evil.example/mcp")
    multipart = httpx.post(f"{server['public']}/token", files={k: (None, v) for k, v in fields.items()})
    assert multipart.status_code == 400


@pytest.mark.parametrize("uri", ["mailto:x@evil.example", "chrome://settings", "view-source:https://evil.example"])
def test_browser_internal_schemes_are_not_redirect_uris(uri: str) -> None:
    assert redirect_problem(uri) is not None


async def test_a_second_use_that_lands_between_the_take_and_the_rest_still_ends_the_family() -> None:
    """The interleaving the concurrent test above can only hit by chance, forced: the second use of a
    refresh token is looked up right after the first use took it. It must find the token marked used
    (and end its family), so the tokens the first use issues are dead on arrival."""
    from mcp.shared.auth import OAuthClientInformationFull

    from intercom_agent.auth import OAuthConfig, OAuthFlow
    from intercom_agent.servers.authorization import IntercomAuthorization
    from intercom_agent.stores import Credential, MemoryCredentialStore

    store = MemoryCredentialStore()
    store.put(Credential("cred-1", "t", workspace_id="demo-us"))
    auth = IntercomAuthorization(OAuthFlow(OAuthConfig("id", "secret"), store), "http://127.0.0.1:1")
    client = OAuthClientInformationFull(client_id="c1", redirect_uris=["http://127.0.0.1:2/cb"])
    issued = await auth._issue("c1", [], "cred-1", "family-1")
    grant = await auth.load_refresh_token(client, issued.refresh_token or "")
    assert grant is not None

    take = store.take_grant
    replayed: list[object] = []

    def take_then_replay(kind: str, key: str) -> str | None:
        found = take(kind, key)
        if kind == "refresh" and not replayed:  # the second request arrives now
            replayed.append(asyncio.run(auth.load_refresh_token(client, issued.refresh_token or "")))
        return found

    store.take_grant = take_then_replay  # type: ignore[method-assign]
    fresh = await auth.exchange_refresh_token(client, grant, [])
    assert replayed == [None]  # the replay is refused...
    assert await auth.load_access_token(fresh.access_token) is None  # ...and what the first use got is dead
