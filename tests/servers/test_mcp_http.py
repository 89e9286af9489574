"""The MCP HTTP server against outside rules: the official client, DNS-rebinding protection, platform
mode's header, the connect endpoints, and two replicas sharing one PostgreSQL store."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cryptography.fernet import Fernet
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

from intercom_agent.auth import OAuthConfig, OAuthFlow, store_provider
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.sandbox import Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.servers.connect_routes import Connector
from intercom_agent.servers.http_server import http_app
from intercom_agent.servers.mcp_server import SANDBOX_META
from intercom_agent.stores import Keyring
from intercom_agent.stores.postgres import AsyncPostgresCredentialStore, PostgresCredentialStore
from tests.helpers.processes import serve
from tests.helpers.sandboxes import clean_env

pytestmark = pytest.mark.e2e
BEARER = {"Authorization": "Bearer s3cret"}


@asynccontextmanager
async def session(url: str, headers: dict[str, str]) -> AsyncIterator[ClientSession]:
    async with (
        httpx.AsyncClient(headers=headers, timeout=60) as http,
        streamable_http_client(url, http_client=http) as (read, write, _),
        ClientSession(read, write) as opened,
    ):
        await opened.initialize()
        yield opened


def _rpc(url: str, **headers: str) -> httpx.Response:
    return httpx.post(
        url,
        json={
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "t", "version": "1"},
            },
        },
        headers={**BEARER, "Accept": "application/json, text/event-stream", **headers},
    )


def test_foreign_origins_and_hosts_are_refused_loopback_and_allowed_ones_pass() -> None:
    app = http_app(
        StaticClients(IntercomClient.sandbox()), "s3cret", mode="single", allowed_origins=["https://app.example"]
    )
    with serve(app) as url:
        assert _rpc(url, Origin="https://evil.example").status_code == 403
        assert _rpc(url, Host="evil.example").status_code == 421
        assert _rpc(url, Origin="http://localhost:3000").status_code == 200
        assert _rpc(url, Origin="https://app.example").status_code == 200
        assert _rpc(url).status_code == 200


async def test_platform_mode_names_the_missing_header_and_single_mode_refuses_one() -> None:
    box = Sandbox()
    platform = http_app(store_provider(None, _memory_store(), transport=box.transport()), "s3cret", mode="platform")
    with serve(platform) as url:
        async with session(url, BEARER) as s:
            result = await s.call_tool("intercom_list_all_teams", {})
    assert result.isError and "X-Intercom-Credential-Id" in result.content[0].text  # type: ignore[union-attr]
    assert box.requests == []
    single = http_app(StaticClients(IntercomClient.sandbox()), "s3cret", mode="single")
    with serve(single) as url:
        async with session(url, {**BEARER, "X-Intercom-Credential-Id": "cred_x"}) as s:
            result = await s.call_tool("intercom_list_all_teams", {})
        assert result.isError and "bound to one Intercom connection" in result.content[0].text  # type: ignore[union-attr]
        async with session(url, BEARER) as s:
            ok = await s.call_tool("intercom_list_all_teams", {})
    assert not ok.isError and ok.meta and ok.meta.get(SANDBOX_META) is True


async def test_stdio_announces_the_sandbox_and_marks_results(tmp_path: Any) -> None:
    errlog = open(tmp_path / "stderr.txt", "w+")  # noqa: SIM115 (the SDK writes the server's stderr here)
    server = StdioServerParameters(command=sys.executable, args=["-m", "intercom_agent.cli", "mcp"], env=clean_env())
    async with stdio_client(server, errlog=errlog) as (read, write), ClientSession(read, write) as s:
        await s.initialize()
        result = await s.call_tool("intercom_get_conversation_by_id", {"conversation_id": 100007})
    errlog.seek(0)
    assert "embedded Intercom sandbox" in errlog.read()
    errlog.close()
    assert not result.isError and result.meta == {SANDBOX_META: True}


def _memory_store() -> Any:
    from intercom_agent.stores import MemoryCredentialStore

    return MemoryCredentialStore()


@pytest.mark.postgres
async def test_two_replicas_over_one_postgres_store_connect_call_disconnect(fresh_database: str) -> None:
    box = Sandbox()
    key = Keyring([Fernet.generate_key()])
    with box.serve() as intercom:
        stores = [PostgresCredentialStore(fresh_database, key, max_size=2) for _ in range(2)]
        replicas: list[str] = []
        apps = []
        for store in stores:
            provider = store_provider(
                None, store, async_store=AsyncPostgresCredentialStore(fresh_database, key, max_size=2)
            )
            apps.append((store, provider))
        with serve(_replica(*apps[0], intercom.url, "http://127.0.0.1:9")) as a_url:
            replica_b = _replica(*apps[1], intercom.url, "http://127.0.0.1:9")
            with serve(replica_b) as b_url:
                replicas = [a_url, b_url]
                base_b = b_url.removesuffix("/mcp")
                # Replica A starts the flow for tenant t1; Intercom sends the person back to replica B.
                started = httpx.get(
                    replicas[0].removesuffix("/mcp") + "/connect",
                    params={"tenant": "t1"},
                    headers={**BEARER, "Accept": "application/json"},
                ).json()
                approved = httpx.get(started["authorize_url"], follow_redirects=False)
                query = urlsplit(approved.headers["location"]).query
                landed = httpx.get(f"{base_b}/callback?{query}")
                assert landed.status_code == 200 and "credential id: " in landed.text
                cid = landed.text.split("credential id: ")[1].strip()
                replay = httpx.get(f"{base_b}/callback?{query}")
                assert replay.status_code == 400 and "already used" in replay.text
                for url in replicas:
                    async with session(url, {**BEARER, "X-Intercom-Credential-Id": cid}) as s:
                        teams = await s.call_tool("intercom_list_all_teams", {})
                    assert not teams.isError and "Support" in teams.content[0].text  # type: ignore[union-attr]
                gone = httpx.post(f"{base_b}/disconnect", data={"credential_id": cid}, headers=BEARER)
                assert gone.status_code == 200 and gone.json()["disconnected"] is True
                seen = len(box.requests)
                async with session(replicas[0], {**BEARER, "X-Intercom-Credential-Id": cid}) as s:
                    refused = await s.call_tool("intercom_list_all_teams", {})
                assert refused.isError and "connect Intercom" in refused.content[0].text  # type: ignore[union-attr]
                assert len(box.requests) == seen
                assert httpx.get(replicas[0].removesuffix("/mcp") + "/connect?tenant=t1").status_code == 401
        for store, provider in apps:
            provider.close()
            store.close()
    assert parse_qs(query)["state"]


def _replica(store: Any, provider: Any, intercom_url: str, public: str) -> Any:
    config = OAuthConfig(
        SANDBOX_CLIENT_ID,
        SANDBOX_CLIENT_SECRET,
        redirect_uri=f"{public}/callback",
        authorize_url=f"{intercom_url}/oauth",
        api_url=intercom_url,
    )
    return http_app(provider, "s3cret", mode="platform", connect=Connector(OAuthFlow(config, store)))
