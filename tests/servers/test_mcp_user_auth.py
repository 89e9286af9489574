"""Per-user authorization, driven by the official MCP SDK's OAuth client.

Each user's MCP client discovers the server's authorization metadata, registers, and authorizes;
the person is sent to Intercom (the served sandbox), picks a workspace, and comes back; the client
gets a server token bound to that user's stored credential. Two users read two workspaces; a
disconnected credential's token is refused.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import uvicorn
from mcp import ClientSession
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

from intercom_agent.auth import OAuthConfig, OAuthFlow, store_provider
from intercom_agent.sandbox import DEFAULT_TOKEN, SECOND_TOKEN, Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.servers.user_auth import IntercomAuthorization, user_app
from intercom_agent.stores import MemoryCredentialStore

pytestmark = pytest.mark.e2e
CLIENT_REDIRECT = "http://127.0.0.1:9/mcp-client/callback"


class Storage:
    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


class Browser:
    """The person: opens the authorize URL, picks a workspace at Intercom, lands on the client's redirect."""

    def __init__(self, workspace: str) -> None:
        self.workspace = workspace
        self.landed: dict[str, str] = {}
        self.intercom_callback = ""

    async def open(self, url: str) -> None:
        async with httpx.AsyncClient() as http:
            for _ in range(6):
                if url.startswith(CLIENT_REDIRECT):
                    self.landed = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
                    return
                if "/oauth?" in url:  # Intercom's consent page: the person picks the workspace
                    url += f"&workspace={self.workspace}"
                if "/intercom/callback?" in url:
                    self.intercom_callback = url
                reply = await http.get(url)
                assert reply.status_code in (302, 303, 307), (reply.status_code, reply.text[:200])
                url = reply.headers["location"]
        raise AssertionError("never came back to the client")

    async def callback(self) -> tuple[str, str | None]:
        return self.landed["code"], self.landed.get("state")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(app: Any, port: int) -> Iterator[None]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.01)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)


BROWSERS: list[Browser] = []


async def _as_user(public: str, workspace: str) -> tuple[set[str], Storage]:
    storage = Storage()
    browser = Browser(workspace)
    BROWSERS.append(browser)
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


async def test_each_user_authorizes_through_intercom_and_reads_only_their_workspace() -> None:
    box = Sandbox()
    store = MemoryCredentialStore()
    port = _free_port()
    public = f"http://127.0.0.1:{port}"
    with box.serve() as intercom:
        config = OAuthConfig(
            SANDBOX_CLIENT_ID,
            SANDBOX_CLIENT_SECRET,
            redirect_uri=f"{public}/intercom/callback",
            authorize_url=f"{intercom.url}/oauth",
            api_url=intercom.url,
        )
        authorization = IntercomAuthorization(OAuthFlow(config, store))
        app = user_app(store_provider(None, store), authorization, public)
        with serving(app, port):
            refused = httpx.post(f"{public}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
            assert refused.status_code == 401 and "resource_metadata" in refused.headers["www-authenticate"]
            us, us_storage = await _as_user(public, "demo-us")
            eu, _ = await _as_user(public, "demo-eu")
            own_us = {c["id"] for c in box.workspaces[DEFAULT_TOKEN].contacts}
            own_eu = {c["id"] for c in box.workspaces[SECOND_TOKEN].contacts}
            assert us and us <= own_us and eu and eu <= own_eu
            replay = httpx.get(BROWSERS[-1].intercom_callback)  # Intercom's redirect, a second time
            assert replay.status_code == 400 and "already used" in replay.text
            credentials = store.list()
            assert len(credentials) == 2 and all(c.token not in str(us_storage.tokens) for c in credentials)

            # Disconnecting the US user's credential makes their server token useless at once.
            us_credential = next(c for c in credentials if c.workspace_id == "demo-us")
            store.set_status(us_credential.credential_id, "disconnected")
            assert us_storage.tokens is not None
            headers = {
                "Authorization": f"Bearer {us_storage.tokens.access_token}",
                "Accept": "application/json, text/event-stream",
            }
            seen = len(box.requests)
            gone = httpx.post(
                f"{public}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=headers
            )
            assert gone.status_code == 401 and len(box.requests) == seen


@pytest.mark.postgres
async def test_per_user_authorization_across_two_replicas_sharing_one_postgres_store(fresh_database: str) -> None:
    from cryptography.fernet import Fernet

    from intercom_agent.stores import Keyring
    from intercom_agent.stores.postgres import PostgresCredentialStore

    box = Sandbox()
    keys = Keyring([Fernet.generate_key()])
    ports = [_free_port(), _free_port()]
    publics = [f"http://127.0.0.1:{p}" for p in ports]
    stores = [PostgresCredentialStore(fresh_database, keys, max_size=2) for _ in ports]
    with box.serve() as intercom:
        apps = []
        for store in stores:
            # Behind one load balancer both replicas have the same public URL; here replica A's.
            config = OAuthConfig(
                SANDBOX_CLIENT_ID,
                SANDBOX_CLIENT_SECRET,
                redirect_uri=f"{publics[0]}/intercom/callback",
                authorize_url=f"{intercom.url}/oauth",
                api_url=intercom.url,
            )
            apps.append(
                user_app(store_provider(None, store), IntercomAuthorization(OAuthFlow(config, store)), publics[0])
            )
        with serving(apps[0], ports[0]), serving(apps[1], ports[1]):
            _, storage = await _as_user(publics[0], "demo-eu")  # registered and authorized on replica A
            assert storage.tokens is not None and storage.client is not None
            headers = {
                "Authorization": f"Bearer {storage.tokens.access_token}",
                "Accept": "application/json, text/event-stream",
            }
            hello = {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {
                    "protocolVersion": "2025-06-18",
                    "capabilities": {},
                    "clientInfo": {"name": "t", "version": "1"},
                },
            }
            on_b = httpx.post(f"{publics[1]}/mcp", json=hello, headers=headers)  # the token works on replica B
            assert on_b.status_code == 200, on_b.text
            refresh = {
                "grant_type": "refresh_token",
                "refresh_token": storage.tokens.refresh_token,
                "client_id": storage.client.client_id,
                "client_secret": storage.client.client_secret or "",
            }
            first = httpx.post(f"{publics[1]}/token", data=refresh)  # refreshed on B
            again = httpx.post(f"{publics[0]}/token", data=refresh)  # the same refresh token, on A: refused
            assert first.status_code == 200 and "access_token" in first.json()
            assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    for store in stores:
        store.close()
