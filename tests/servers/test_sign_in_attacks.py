"""Attacks on the hosted sign-in, each performed against servers on 127.0.0.1 (the sandbox playing
Intercom): each test fails without the defence it names (docs/credentials.md, threat model)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from intercom_agent.servers.authorization import redirect_problem
from intercom_agent.servers.user_auth import RegistrationLimits
from intercom_agent.stores import MemoryCredentialStore
from tests.helpers.oauth import (
    CLIENT_REDIRECT,
    Browser,
    ByHand,
    consent_form,
    hosted,
    location,
    mcp_status,
    platform_server,
    signed_in,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
def server() -> Iterator[dict[str, Any]]:
    with hosted(RegistrationLimits(per_hour=5)) as running:
        yield running


# ---- 1. consent per client (the confused deputy) ---------------------------------------------------------


def test_authorize_leads_to_our_consent_page_not_to_intercom(server: dict[str, Any]) -> None:
    attacker = ByHand(server["public"])
    assert attacker.register(name="Totally Legit Tool").status_code == 201
    first = location(httpx.get(attacker.authorize_url()))
    assert urlsplit(first).path == "/consent" and server["intercom"] not in first
    page = httpx.get(first)
    assert page.status_code == 200 and "Totally Legit Tool" in page.text and "127.0.0.1:9" in page.text
    assert (
        page.headers["x-frame-options"] == "DENY"
        and "frame-ancestors 'none'" in page.headers["content-security-policy"]
    )
    assert page.headers["cache-control"] == "no-store"


async def test_a_forged_or_replayed_answer_is_refused(server: dict[str, Any]) -> None:
    attacker = ByHand(server["public"])
    attacker.register()
    consent_url = location(httpx.get(attacker.authorize_url()))
    async with httpx.AsyncClient() as victim:  # the victim's browser shows the page...
        page = await victim.get(consent_url)
        fields = consent_form(page.text)
        origin = server["public"]
        # ...and a page elsewhere posts an approval with the fields it could learn, without the victim's cookie:
        forged = httpx.post(f"{origin}/consent", data={**fields, "action": "approve"}, headers={"Origin": origin})
        assert forged.status_code == 403
        # a cross-site form carrying the victim's cookies is refused by its origin:
        cross = await victim.post(
            f"{origin}/consent", data={**fields, "action": "approve"}, headers={"Origin": "https://evil.example"}
        )
        assert cross.status_code == 403
        approved = await victim.post(
            f"{origin}/consent", data={**fields, "action": "approve"}, headers={"Origin": origin}
        )
        assert server["intercom"] in location(approved)  # the real answer goes on to Intercom
        replayed = await victim.post(
            f"{origin}/consent", data={**fields, "action": "approve"}, headers={"Origin": origin}
        )
        assert replayed.status_code == 403  # an answer counts once


async def test_deny_sends_access_denied_to_the_client_and_no_code(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    browser = Browser(answer="deny")
    await browser.open(client.authorize_url())
    assert browser.landed == {
        "error": "access_denied",
        "error_description": "the person declined",
        "state": "client-state",
    }
    assert not any(server["intercom"] in url for url in browser.visited)


async def test_an_approval_can_be_remembered_for_this_browser_and_client_only(server: dict[str, Any]) -> None:
    browser = Browser(remember=True)
    client, _ = await signed_in(server["public"], browser)
    again = Browser(cookies=browser.cookies)
    await again.open(client.authorize_url())
    assert again.consent_pages == 0 and "code" in again.landed  # remembered for this client, in this browser
    other = ByHand(server["public"])
    other.register()
    third = Browser(cookies=browser.cookies)
    await third.open(other.authorize_url())
    assert third.consent_pages == 1  # another client is asked about again
    stranger = Browser()
    await stranger.open(client.authorize_url())
    assert stranger.consent_pages == 1  # another browser is asked too


# ---- 2. tokens bound to this server (RFC 8707) ----------------------------------------------------------


def test_an_authorization_for_another_resource_is_refused(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    target = location(httpx.get(client.authorize_url(resource="https://evil.example/mcp")))
    assert target.startswith(CLIENT_REDIRECT)
    assert parse_qs(urlsplit(target).query)["error"] == ["invalid_target"]


async def test_a_token_for_another_resource_is_refused_at_the_token_endpoint(server: dict[str, Any]) -> None:
    client = ByHand(server["public"])
    client.register()
    browser = Browser()
    await browser.open(client.authorize_url())
    refused = client.exchange(browser.landed["code"], resource="https://evil.example/mcp")
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_target"
    accepted = client.exchange(browser.landed["code"], resource=f"{server['public']}/mcp")
    assert accepted.status_code == 200


# ---- 3. registration ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "http://evil.example/cb",
        "javascript:alert(1)",
        "data:text/html,hi",
        "https://ok.example/cb#frag",
        "file:///etc/x",
    ],
)
def test_dangerous_redirect_uris_are_not_registered(server: dict[str, Any], uri: str) -> None:
    reply = ByHand(server["public"]).register([uri])
    assert reply.status_code == 400 and reply.json()["error"] in ("invalid_redirect_uri", "invalid_client_metadata")


def test_safe_redirect_uris_are() -> None:
    for uri in (
        "https://app.example/cb",
        "http://127.0.0.1:33418/cb",
        "http://[::1]/cb",
        "http://localhost:1/cb",
        "cursor://anysphere/cb",
    ):
        assert redirect_problem(uri) is None, uri


def test_registrations_are_bounded_in_size_and_rate(server: dict[str, Any]) -> None:
    huge = httpx.post(f"{server['public']}/register", content=b'{"client_name": "' + b"x" * 20_000 + b'"}')
    assert huge.status_code == 413
    replies = [ByHand(server["public"]).register().status_code for _ in range(6)]
    assert replies[:4] == [201] * 4 and replies[-1] == 429  # 5 an hour per address here (one went to "huge")


async def test_unused_registrations_expire(server: dict[str, Any]) -> None:
    from intercom_agent.servers.authorization import UNUSED_CLIENT_TTL

    client = ByHand(server["public"])
    client.register()
    assert client.client is not None
    stored = server["store"]._grants[("client", client.client.client_id)]
    assert stored[1] - __import__("time").time() <= UNUSED_CLIENT_TTL + 5  # dropped after a day unless used
    used, _ = await signed_in(server["public"])
    assert used.client is not None
    assert server["store"]._grants[("client", used.client.client_id)][1] - __import__("time").time() > UNUSED_CLIENT_TTL


# ---- 4, 5. replayed codes and refresh tokens revoke what they produced ----------------------------------


async def test_a_second_use_of_a_code_revokes_the_tokens_of_its_first_use(server: dict[str, Any]) -> None:
    client, tokens = await signed_in(server["public"])
    assert mcp_status(server["public"], tokens["access_token"]) == 200
    again = client.exchange(tokens["code"])
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    assert mcp_status(server["public"], tokens["access_token"]) == 401
    assert client.refresh(tokens["refresh_token"]).status_code == 400


async def test_a_reused_refresh_token_revokes_its_whole_family(server: dict[str, Any]) -> None:
    client, tokens = await signed_in(server["public"])
    newer = client.refresh(tokens["refresh_token"]).json()
    assert mcp_status(server["public"], newer["access_token"]) == 200
    assert client.refresh(tokens["refresh_token"]).status_code == 400  # the old one, again: stolen?
    assert mcp_status(server["public"], newer["access_token"]) == 401
    assert client.refresh(newer["refresh_token"]).status_code == 400


async def test_revoking_a_refresh_token_ends_its_access_token_too(server: dict[str, Any]) -> None:
    client, tokens = await signed_in(server["public"])
    assert client.client is not None
    form = {
        "token": tokens["refresh_token"],
        "client_id": client.client.client_id,
        "client_secret": client.client.client_secret,
    }
    assert httpx.post(f"{server['public']}/revoke", data=form).status_code == 200
    assert mcp_status(server["public"], tokens["access_token"]) == 401


# ---- 6. one credential per person and workspace; disconnect -----------------------------------------------


async def test_signing_in_again_supersedes_the_credential_and_disconnect_erases_it(server: dict[str, Any]) -> None:
    store = server["store"]
    _, first = await signed_in(server["public"])
    client, second = await signed_in(server["public"])
    await signed_in(server["public"], Browser("demo-eu"))
    credentials = store.list()
    assert len(credentials) == 2  # one per (person, workspace), however often they sign in
    admins = {ws.admin["id"] for ws in server["box"].workspaces.values()}
    assert {c.tenant for c in credentials} == {f"intercom-admin:{a}" for a in admins}  # the person is the tenant
    us = next(c for c in credentials if c.workspace_id == "demo-us")
    headers = {"Authorization": f"bearer {second['access_token']}"}  # the scheme's case does not matter
    gone = httpx.post(f"{server['public']}/intercom/disconnect", headers=headers)
    assert (
        gone.status_code == 200 and gone.json()["disconnected"] is True and gone.headers["cache-control"] == "no-store"
    )
    assert store.get(us.credential_id).token == "" and store.get(us.credential_id).status == "disconnected"
    assert mcp_status(server["public"], second["access_token"]) == 401
    assert mcp_status(server["public"], first["access_token"]) == 401
    assert (
        client.refresh(second["refresh_token"]).status_code == 400
    )  # a disconnected credential's token cannot be refreshed
    assert httpx.post(f"{server['public']}/intercom/disconnect", headers=headers).status_code == 401


def test_pending_states_are_kept_by_their_digest(server: dict[str, Any]) -> None:
    from intercom_agent.auth import OAuthConfig, OAuthFlow

    store = MemoryCredentialStore()
    url, state = OAuthFlow(OAuthConfig("id", "secret"), store).start("tenant")
    assert state in url and state not in repr(store._states) and len(store._states) == 1


# ---- 7, 8. platform mode: malformed input, cache headers, browser binding -----------------------------------


@pytest.fixture
def platform() -> Iterator[dict[str, Any]]:
    with platform_server() as running:
        yield running


@pytest.mark.parametrize(
    "body", [b"{not json", b"\xff\xfe credential_id", b'{"credential_id": "a\\u0000b"}', b"credential_id=a%00b", b""]
)
def test_disconnect_with_a_malformed_body_is_a_400(platform: dict[str, Any], body: bytes) -> None:
    reply = httpx.post(f"{platform['public']}/disconnect", content=body, headers={"Authorization": "BEARER s3cret"})
    assert reply.status_code == 400 and reply.text.count("\n") == 1


def _connect(http: httpx.Client, public: str) -> str:
    """A browser that comes through /connect (as a platform proxies it), up to Intercom's callback."""
    intercom = location(
        http.get(f"{public}/connect", params={"tenant": "tenant-a"}, headers={"Authorization": "Bearer s3cret"})
    )
    return location(http.get(intercom + "&workspace=demo-us"))


def test_a_connect_link_is_finished_only_by_the_browser_that_started_it(platform: dict[str, Any]) -> None:
    with httpx.Client() as victim, httpx.Client() as attacker:
        callback = _connect(victim, platform["public"])
        stolen = attacker.get(callback)  # the link, finished in another browser
        assert stolen.status_code == 400 and "another browser" in stolen.text
        assert platform["store"].list() == []
        done = victim.get(callback)  # the stranger's attempt did not use the link up
        assert done.status_code == 200 and "credential id: cred_" in done.text
        assert done.headers["cache-control"] == "no-store"


def test_a_bad_tenant_is_a_400_and_json_links_are_private(platform: dict[str, Any]) -> None:
    bearer = {"Authorization": "Bearer s3cret"}
    assert httpx.get(f"{platform['public']}/connect", params={"tenant": "a\x00b"}, headers=bearer).status_code == 400
    link = httpx.get(
        f"{platform['public']}/connect", params={"tenant": "t"}, headers={**bearer, "Accept": "application/json"}
    )
    assert (
        link.status_code == 200
        and link.headers["cache-control"] == "no-store"
        and "state=" in link.json()["authorize_url"]
    )


def test_the_bearer_scheme_is_case_insensitive(platform: dict[str, Any]) -> None:
    for scheme in ("Bearer", "bearer", "BEARER"):
        reply = httpx.post(
            f"{platform['public']}/disconnect",
            data={"credential_id": "cred_none"},
            headers={"Authorization": f"{scheme} s3cret"},
        )
        assert reply.status_code == 404, scheme  # authorized; the credential is simply unknown
    assert httpx.post(f"{platform['public']}/disconnect", headers={"Authorization": "Basic s3cret"}).status_code == 401


def test_no_page_of_the_flow_leaks_the_code_in_a_referrer(server: dict[str, Any]) -> None:
    page = httpx.get(location(httpx.get(_registered(server).authorize_url())))
    assert page.headers["referrer-policy"] == "no-referrer" and not re.search(r"<(img|script|link)\b", page.text)


def _registered(server: dict[str, Any]) -> ByHand:
    client = ByHand(server["public"])
    client.register()
    return client
