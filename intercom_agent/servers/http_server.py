"""The MCP server over streamable HTTP, and the connect endpoints beside it.

- ``/mcp``: MCP (stateless, so any replica answers any request; answers stream as SSE so progress
  reaches the client during a flow). Every request carries this server's bearer token. Host and
  Origin are checked by the SDK's DNS-rebinding protection: loopback by default, more with
  ``--allow-host`` / ``--allow-origin`` (or ``INTERCOM_MCP_ALLOWED_HOSTS`` / ``_ORIGINS``); a foreign
  Origin gets 403.
- ``/connect`` (bearer), ``/callback``, ``/disconnect`` (bearer): the connect endpoints
  (:mod:`intercom_agent.servers.connect_routes`), enabled when ``INTERCOM_CLIENT_ID`` and
  ``INTERCOM_CLIENT_SECRET`` are set.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from starlette.routing import Router

from intercom_agent.auth import ConnectLinks
from intercom_agent.connections import ClientProvider
from intercom_agent.guardrails import NO_GUARDRAILS
from intercom_agent.servers.connect_routes import Connector
from intercom_agent.servers.elicitation import ClientMemory, noting
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


def bearer_of(headers: dict[bytes, bytes]) -> bytes:
    """The credentials of an ``Authorization: Bearer ...`` header (the scheme's case does not matter,
    RFC 7235); empty when there are none."""
    scheme, _, credentials = headers.get(b"authorization", b"").partition(b" ")
    return credentials.strip() if scheme.lower() == b"bearer" else b""


def http_app(
    provider: ClientProvider,
    bearer_token: str,
    *,
    mode: Mode = "platform",
    allowed_hosts: Sequence[str] = (),
    allowed_origins: Sequence[str] = (),
    connect: Connector | None = None,
    guardrails: Any = None,
) -> ASGIApp:
    """The ASGI app: ``/mcp`` and, when ``connect`` is given, the connect endpoints
    (:mod:`intercom_agent.servers.connect_routes`)."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    if not bearer_token:
        raise ValueError("the MCP HTTP server needs a bearer token of its own")
    links = ConnectLinks(connect.flow) if connect is not None else None
    memory = ClientMemory(getattr(connect.flow, "store", None) if connect is not None else None)
    manager = StreamableHTTPSessionManager(
        app=build_server(provider, mode, guardrails=guardrails or NO_GUARDRAILS, connect=links, memory=memory),
        stateless=True,
        json_response=False,
        security_settings=security(allowed_hosts, allowed_origins),
    )
    expected = bearer_token.encode()
    connect_routes = Router(routes=connect.routes()) if connect is not None else None

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
        if path == "/callback" and connect_routes is not None:
            await connect_routes(scope, receive, send)  # Intercom's redirect: the state is the capability
            return
        if path not in ("/mcp", "/connect", "/disconnect"):
            await _reply(send, 404, "Not found: the MCP endpoint is /mcp")
            return
        if not hmac.compare_digest(bearer_of(dict(scope["headers"])), expected):
            await _reply(send, 401, "Unauthorized: send this server's bearer token (Authorization: Bearer ...)")
            return
        if path == "/mcp":
            await noting(memory, manager.handle_request)(scope, receive, send)
        elif connect_routes is None:
            await _reply(send, 503, "Connecting needs INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET on the server.")
        else:
            await connect_routes(scope, receive, send)

    return app


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
