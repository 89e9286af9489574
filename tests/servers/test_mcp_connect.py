"""Connecting Intercom from inside an MCP client (streamable HTTP): a client that declares URL-mode
elicitation gets the link as one (-32042); after the browser finishes, the retried call answers from the
tenant's workspace. A client without the capability gets the link in the tool's error message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mcp import ClientSession, types
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import McpError

from intercom_agent.client import SANDBOX_URL
from intercom_agent.sandbox import SECOND_TOKEN
from intercom_agent.stores import Credential
from tests.helpers.oauth import platform_server

pytestmark = pytest.mark.e2e


@pytest.fixture
def platform() -> Iterator[dict[str, Any]]:
    def seed(store: Any, intercom_url: str) -> None:
        store.put(Credential("cred-x", "", "demo-eu", base_url=SANDBOX_URL, status="disconnected", tenant="tenant-x"))
        store.put(Credential("cred-ok", SECOND_TOKEN, "demo-eu", base_url=intercom_url, tenant="tenant-ok"))

    with platform_server(seed) as running:
        yield running


async def _elicited(context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
    return types.ElicitResult(action="accept")  # declaring the callback declares elicitation (form and url)


async def _call(public: str, credential_id: str, elicitation: bool) -> Any:
    """The call's result, or the McpError it was answered with."""
    headers = {"Authorization": "Bearer s3cret", "X-Intercom-Credential-Id": credential_id}
    async with (
        httpx.AsyncClient(headers=headers, timeout=60) as http,
        streamable_http_client(f"{public}/mcp", http_client=http) as (read, write, _),
        ClientSession(read, write, elicitation_callback=_elicited if elicitation else None) as session,
    ):
        await session.initialize()
        try:
            return await session.call_tool("intercom_list_all_contacts", {"per_page": 5})
        except McpError as exc:
            return exc


def _finish_in_browser(link: str) -> None:
    with httpx.Client(timeout=30) as browser:
        back = browser.get(f"{link}&workspace=demo-eu").headers["location"]
        page = browser.get(back)
    assert page.status_code == 200 and "Intercom is connected" in page.text


async def test_a_client_declaring_url_elicitation_gets_the_link_as_one(platform: dict[str, Any]) -> None:
    seen = len([r for r in platform["box"].requests if r.workspace])
    refused = await _call(platform["public"], "cred-x", elicitation=True)
    assert isinstance(refused, McpError) and refused.error.code == types.URL_ELICITATION_REQUIRED
    (asked,) = refused.error.data["elicitations"]
    assert asked["mode"] == "url" and "/oauth?" in asked["url"] and "state=" in asked["url"]
    assert asked["elicitationId"] and "not connected" in asked["message"]
    assert len([r for r in platform["box"].requests if r.workspace]) == seen  # nothing reached Intercom's API
    _finish_in_browser(asked["url"])
    answered = await _call(platform["public"], "cred-x", elicitation=True)  # the client retries
    assert not answered.isError
    eu = {c["id"] for c in platform["box"].workspaces[SECOND_TOKEN].contacts}
    assert {c["id"] for c in answered.structuredContent["page"]["items"]} <= eu  # type: ignore[index]


async def test_a_client_without_it_gets_the_link_in_the_message(platform: dict[str, Any]) -> None:
    result = await _call(platform["public"], "cred-x", elicitation=False)
    text = result.content[0].text  # type: ignore[union-attr]
    assert result.isError and "not connected" in text and "/oauth?" in text
    link = text.split("then try again: ")[1].strip()
    _finish_in_browser(link)
    assert not (await _call(platform["public"], "cred-x", elicitation=False)).isError


async def test_a_connected_tenant_is_never_asked(platform: dict[str, Any]) -> None:
    assert not (await _call(platform["public"], "cred-ok", elicitation=True)).isError


async def test_per_user_mode_reconnects_a_token_intercom_stopped_accepting() -> None:
    from dataclasses import replace

    from tests.helpers.oauth import Browser, ByHand, hosted

    with hosted() as running:
        public, store = running["public"], running["store"]
        client = ByHand(public)
        client.register()
        browser = Browser("demo-eu")
        await browser.open(client.authorize_url())
        token = client.exchange(browser.landed["code"]).json()["access_token"]
        (credential,) = store.list()
        store.put(replace(credential, token="revoked-at-intercom"))  # Intercom now answers 401
        headers = {"Authorization": f"Bearer {token}"}

        async def call() -> Any:
            async with (
                httpx.AsyncClient(headers=headers, timeout=60) as http,
                streamable_http_client(f"{public}/mcp", http_client=http) as (read, write, _),
                ClientSession(read, write, elicitation_callback=_elicited) as session,
            ):
                await session.initialize()
                try:
                    return await session.call_tool("intercom_list_all_teams", {})
                except McpError as exc:
                    return exc

        refused = await call()
        assert isinstance(refused, McpError) and refused.error.code == types.URL_ELICITATION_REQUIRED
        link = refused.error.data["elicitations"][0]["url"]
        with httpx.Client(timeout=30) as person:
            back = person.get(f"{link}&workspace=demo-eu").headers["location"]
            assert back.startswith(f"{public}/intercom/callback?")
            page = person.get(back)
        assert page.status_code == 200 and "Intercom is connected" in page.text
        answered = await call()
        assert not answered.isError and store.get(credential.credential_id).token != "revoked-at-intercom"
