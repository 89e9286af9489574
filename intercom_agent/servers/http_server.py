"""The MCP server over streamable HTTP, and the connect endpoints beside it.

- ``/mcp``: MCP (stateless, so any replica answers any request; answers stream as SSE so progress
  reaches the client during a flow). Every request carries this server's bearer token. Host and
  Origin are checked by the SDK's DNS-rebinding protection: loopback by default, more with
  ``--allow-host`` / ``--allow-origin`` (or ``INTERCOM_MCP_ALLOWED_HOSTS`` / ``_ORIGINS``); a foreign
  Origin gets 403.
- ``/connect?tenant=<id>`` (bearer): starts Intercom's OAuth for a tenant and redirects to Intercom
  (``Accept: application/json`` returns the URL instead). ``/callback``: Intercom sends the person
  back here; the state (kept in the credential store, so any replica may receive it) is the
  capability; the page shows the new credential id. ``/disconnect`` (POST, bearer,
  ``credential_id``): revokes and forgets. Enabled when ``INTERCOM_CLIENT_ID`` and
  ``INTERCOM_CLIENT_SECRET`` are set.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs

from intercom_agent.auth import ANY_TENANT
from intercom_agent.connections import ClientProvider
from intercom_agent.errors import IntercomError
from intercom_agent.guardrails import NO_GUARDRAILS
from intercom_agent.servers.mcp_server import Mode, build_server

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = ["127.0.0.1:*", "localhost:*", "[::1]:*", "127.0.0.1", "localhost", "[::1]"]
LOOPBACK_ORIGINS = ["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"]


def security(hosts: Sequence[str] = (), origins: Sequence[str] = ()) -> Any:
    """The SDK's DNS-rebinding protection: loopback plus what the operator allows."""
    from mcp.server.transport_security import TransportSecuritySettings

    env_hosts = [h.strip() for h in os.environ.get("INTERCOM_MCP_ALLOWED_HOSTS", "").split(",") if h.strip()]
    env_origins = [o.strip() for o in os.environ.get("INTERCOM_MCP_ALLOWED_ORIGINS", "").split(",") if o.strip()]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[*LOOPBACK_HOSTS, *hosts, *env_hosts],
        allowed_origins=[*LOOPBACK_ORIGINS, *origins, *env_origins],
    )


def http_app(
    provider: ClientProvider,
    bearer_token: str,
    *,
    mode: Mode = "platform",
    allowed_hosts: Sequence[str] = (),
    allowed_origins: Sequence[str] = (),
    connect: Any = None,
    guardrails: Any = None,
) -> ASGIApp:
    """The ASGI app: ``/mcp`` and, when ``connect`` (a :class:`Connector`) is given, the connect endpoints."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    if not bearer_token:
        raise ValueError("the MCP HTTP server needs a bearer token of its own")
    manager = StreamableHTTPSessionManager(
        app=build_server(provider, mode, guardrails=guardrails or NO_GUARDRAILS),
        stateless=True,
        json_response=False,
        security_settings=security(allowed_hosts, allowed_origins),
    )
    expected = f"Bearer {bearer_token}".encode()

    @asynccontextmanager
    async def lifespan() -> Any:
        async with manager.run():
            try:
                yield
            finally:  # close tenants' connections (and an async store) on the loop that opened them
                closing = getattr(provider, "aclose", None)
                if closing is not None:
                    await closing()

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            async with lifespan():
                while (message := await receive())["type"] != "lifespan.shutdown":
                    if message["type"] == "lifespan.startup":
                        await send({"type": "lifespan.startup.complete"})
                await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        path = scope["path"].rstrip("/")
        headers = dict(scope["headers"])
        authorized = hmac.compare_digest(headers.get(b"authorization", b""), expected)
        if path == "/callback" and connect is not None:
            await connect.callback(scope, send)
            return
        if path not in ("/mcp", "/connect", "/disconnect"):
            await _reply(send, 404, "Not found: the MCP endpoint is /mcp")
            return
        if not authorized:
            await _reply(send, 401, "Unauthorized: send this server's bearer token (Authorization: Bearer ...)")
            return
        if path == "/mcp":
            await manager.handle_request(scope, receive, send)
        elif connect is None:
            await _reply(send, 503, "Connecting needs INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET on the server.")
        elif path == "/connect":
            await connect.start(scope, send)
        else:
            await connect.disconnect(scope, receive, send)

    return app


class Connector:
    """The connect endpoints over an :class:`~intercom_agent.auth.OAuthFlow` (its store is shared)."""

    def __init__(self, flow: Any) -> None:
        self.flow = flow

    async def start(self, scope: Scope, send: Send) -> None:
        query = {k: v[0] for k, v in parse_qs(scope.get("query_string", b"").decode()).items()}
        tenant = query.get("tenant", "").strip()
        if not tenant:
            await _reply(send, 400, "Say whose connection this is: /connect?tenant=<user or tenant id>")
            return
        extra = {"workspace": query["workspace"]} if query.get("workspace") else {}
        url, _ = await asyncio.to_thread(self.flow.start, tenant, **extra)
        if b"application/json" in dict(scope["headers"]).get(b"accept", b""):
            await _reply(send, 200, json.dumps({"authorize_url": url}), "application/json")
        else:
            await _reply(send, 302, f"Continue at {url}", headers=[(b"location", url.encode())])

    async def callback(self, scope: Scope, send: Send) -> None:
        query = {k: v[0] for k, v in parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True).items()}
        try:  # the state is the capability: it names the tenant, and is accepted once
            credential = await asyncio.to_thread(self.flow.complete, query.get("code"), query.get("state"), ANY_TENANT)
        except IntercomError as exc:
            await _reply(send, 400, f"Intercom was not connected: {exc}")
            return
        await _reply(
            send,
            200,
            f"Intercom is connected: workspace {credential.workspace_name} ({credential.workspace_id}).\n"
            f"credential id: {credential.credential_id}\n",
        )

    async def disconnect(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] != "POST":
            await _reply(send, 405, "POST /disconnect with credential_id=<id>", headers=[(b"allow", b"POST")])
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        fields = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if not fields.get("credential_id") and body.strip().startswith(b"{"):
            fields = {k: str(v) for k, v in json.loads(body).items()}
        try:
            revoked = await asyncio.to_thread(self.flow.disconnect, fields.get("credential_id", ""), forget=True)
        except IntercomError as exc:
            await _reply(send, 404, str(exc))
            return
        await _reply(send, 200, json.dumps({"disconnected": True, "revoked": revoked}), "application/json")


async def _reply(
    send: Send, status: int, text: str, content_type: str = "text/plain; charset=utf-8", headers: Any = ()
) -> None:
    body = text.encode()
    extra = [(b"www-authenticate", b"Bearer")] if status == 401 else []
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type.encode()), *extra, *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})
