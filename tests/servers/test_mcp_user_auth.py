"""Per-user authorization, driven by the official MCP SDK's OAuth client and a browser that reads and
clicks this server's consent page.

Each user's MCP client discovers the metadata, registers and authorizes; the person approves the client
on this server's consent page, signs in at Intercom (the served sandbox) and comes back; the client gets
a token bound to that user's credential and to this server. Two users read two workspaces; two replicas
share one PostgreSQL store; a server with another resource URL refuses the token.
"""

from __future__ import annotations

import httpx
import pytest
from mcp import ClientSession
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import OAuthClientMetadata

from intercom_agent.sandbox import DEFAULT_TOKEN, SECOND_TOKEN, Sandbox
from intercom_agent.stores import MemoryCredentialStore
from tests.helpers.oauth import CLIENT_REDIRECT, Browser, Storage, free_port, mcp_status, replica, serving

pytestmark = pytest.mark.e2e


async def _as_user(public: str, browser: Browser) -> tuple[set[str], Storage]:
    storage = Storage()
    oauth = OAuthClientProvider(
        server_url=f"{public}/mcp",
        client_metadata=OAuthClientMetadata(
            client_name="test client",
            redirect_uris=[CLIENT_REDIRECT],  # type: ignore[list-item]
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
        ),
        storage=storage,
        redirect_handler=browser.open,
        callback_handler=browser.callback,
    )
    async with (
        httpx.AsyncClient(auth=oauth, timeout=60) as http,
        streamable_http_client(f"{public}/mcp", http_client=http) as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        listed = await session.call_tool("intercom_list_all_contacts", {"per_page": 10})
    assert not listed.isError, listed.content
    return {c["id"] for c in listed.structuredContent["page"]["items"]}, storage  # type: ignore[index]


async def test_each_user_approves_the_client_signs_in_and_reads_only_their_workspace() -> None:
    box = Sandbox()
    store = MemoryCredentialStore()
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    with box.serve() as intercom, serving(replica(store, intercom.url, public), port):
        refused = httpx.post(f"{public}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert refused.status_code == 401 and "resource_metadata" in refused.headers["www-authenticate"]
        us_browser, eu_browser = Browser("demo-us"), Browser("demo-eu")
        us, us_storage = await _as_user(public, us_browser)
        eu, _ = await _as_user(public, eu_browser)
        assert us_browser.consent_pages == 1 and eu_browser.consent_pages == 1  # each person was asked
        assert us and us <= {c["id"] for c in box.workspaces[DEFAULT_TOKEN].contacts}
        assert eu and eu <= {c["id"] for c in box.workspaces[SECOND_TOKEN].contacts}
        intercom_callback = next(u for u in us_browser.visited if "/intercom/callback?" in u)
        replay = httpx.get(intercom_callback)  # Intercom's redirect, a second time
        assert replay.status_code == 400 and "already used" in replay.text
        credentials = store.list()
        assert len(credentials) == 2 and all(c.token not in str(us_storage.tokens) for c in credentials)

        # Disconnecting the US user's credential makes their server token useless at once.
        us_credential = next(c for c in credentials if c.workspace_id == "demo-us")
        store.set_status(us_credential.credential_id, "disconnected")
        assert us_storage.tokens is not None
        seen = len(box.requests)
        assert mcp_status(public, us_storage.tokens.access_token) == 401 and len(box.requests) == seen


@pytest.mark.postgres
async def test_two_replicas_on_one_postgres_store_and_a_server_with_another_resource_url(fresh_database: str) -> None:
    from cryptography.fernet import Fernet

    from intercom_agent.stores import Keyring
    from intercom_agent.stores.postgres import PostgresCredentialStore

    box = Sandbox()
    keys = Keyring([Fernet.generate_key()])
    ports = [free_port(), free_port(), free_port()]
    public, other = f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[2]}"
    stores = [PostgresCredentialStore(fresh_database, keys, max_size=2) for _ in ports]
    with box.serve() as intercom:
        # Behind one load balancer, replicas A and B share one public URL; C is another server on the same store.
        apps = [replica(stores[0], intercom.url, public), replica(stores[1], intercom.url, public)]
        apps.append(replica(stores[2], intercom.url, other))
        with serving(apps[0], ports[0]), serving(apps[1], ports[1]), serving(apps[2], ports[2]):
            _, storage = await _as_user(public, Browser("demo-eu"))  # registered, approved and authorized on A
            assert storage.tokens is not None and storage.client is not None
            b = f"http://127.0.0.1:{ports[1]}"
            assert mcp_status(b, storage.tokens.access_token) == 200  # the token works on replica B
            assert mcp_status(other, storage.tokens.access_token) == 401  # not on a server for another resource
            refresh = {
                "grant_type": "refresh_token",
                "refresh_token": storage.tokens.refresh_token,
                "client_id": storage.client.client_id,
                "client_secret": storage.client.client_secret or "",
            }
            first = httpx.post(f"{b}/token", data=refresh)  # refreshed on B
            again = httpx.post(f"{public}/token", data=refresh)  # the same refresh token, on A: refused
            assert first.status_code == 200 and "access_token" in first.json()
            assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
            assert mcp_status(public, first.json()["access_token"]) == 401  # the reuse revoked the whole family
    for store in stores:
        store.close()
