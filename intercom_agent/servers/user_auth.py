"""Per-user authorization for the MCP HTTP server, as the MCP authorization spec describes it.

The server is an OAuth 2.1 authorization server for MCP clients (the SDK's routes: metadata, dynamic
client registration, ``/authorize``, ``/token``, ``/revoke``, and the protected-resource metadata of
``/mcp``), chained to Intercom's OAuth through its own consent page:

    client → /authorize → /consent (this server asks the person) → Intercom → /intercom/callback
           → the client's redirect with our code → /token → a short-lived token for /mcp

The Intercom token goes into the credential store (never to the MCP client); the client's token is
bound to that credential and to this server's resource URL. The rules and what enforces them are in
:mod:`intercom_agent.servers.authorization` and :mod:`intercom_agent.servers.consent`; here are the
routes, plus guards the SDK's handlers do not have: ``resource`` checked at ``/token`` too,
registrations bounded (body size, per address), and ``POST /intercom/disconnect`` for a signed-in
user to disconnect (the Intercom token is revoked and erased; the user's tokens stop working).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs

from mcp.server.auth.provider import AccessToken, AuthorizeError

from intercom_agent.errors import IntercomError
from intercom_agent.servers.authorization import IntercomAuthorization

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_REGISTRATION_BYTES = 8 * 1024
REGISTRATIONS_PER_HOUR = 20  # per client address, per replica
PRIVATE = {"Cache-Control": "no-store"}


class Verifier:
    """The SDK's ``TokenVerifier`` over :class:`IntercomAuthorization` (audience, family, credential checked)."""

    def __init__(self, provider: IntercomAuthorization) -> None:
        self.provider = provider

    async def verify_token(self, token: str) -> AccessToken | None:
        return await self.provider.load_access_token(token)


async def _body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None when it is larger than ``limit``."""
    body = b""
    while True:
        message = await receive()
        body += bytes(message.get("body", b""))
        if len(body) > limit:
            return None
        if not message.get("more_body"):
            return body


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> MutableMapping[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _json(send: Send, status: int, payload: dict[str, Any]) -> None:
    from starlette.responses import JSONResponse

    await JSONResponse(payload, status_code=status, headers=PRIVATE)({"type": "http"}, _replay(b""), send)


def audience_checked(app: ASGIApp, resource: str) -> ASGIApp:
    """``/token``: a ``resource`` other than this server's is ``invalid_target`` (RFC 8707 §2.2)."""

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await app(scope, receive, send)
            return
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"").split(b";")[0].strip().lower()
        if content_type != b"application/x-www-form-urlencoded":  # RFC 6749 §3.2: the only form /token takes
            await _json(
                send, 400, {"error": "invalid_request", "error_description": "send application/x-www-form-urlencoded"}
            )
            return
        body = await _body(receive, 64 * 1024)
        if body is None:
            await _json(send, 413, {"error": "invalid_request", "error_description": "request too large"})
            return
        try:
            asked = parse_qs(body.decode()).get("resource")
        except UnicodeDecodeError:
            asked = None
        if asked and any(r.rstrip("/") != resource for r in asked):
            await _json(
                send, 400, {"error": "invalid_target", "error_description": f"this server's tokens are for {resource}"}
            )
            return
        await app(scope, _replay(body), send)

    return guarded


class RegistrationLimits:
    """Bounds dynamic client registration: the body's size, and registrations per client address an hour."""

    def __init__(self, per_hour: int = REGISTRATIONS_PER_HOUR, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_hour = per_hour
        self.clock = clock
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self.clock()
        with self._lock:
            seen = self._seen[address]
            while seen and now - seen[0] > 3600:
                seen.popleft()
            if len(seen) >= self.per_hour:
                return False
            seen.append(now)
            return True

    def guard(self, app: ASGIApp) -> ASGIApp:
        async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["method"] != "POST":
                await app(scope, receive, send)
                return
            body = await _body(receive, MAX_REGISTRATION_BYTES)
            if body is None:
                await _json(send, 413, {"error": "invalid_client_metadata", "error_description": "metadata too large"})
                return
            address = (scope.get("client") or ("unknown",))[0]
            if not self.allow(address):
                await _json(
                    send, 429, {"error": "invalid_client_metadata", "error_description": "too many registrations"}
                )
                return
            try:
                metadata = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                metadata = None
            if not isinstance(metadata, dict):
                problem = {"error": "invalid_client_metadata", "error_description": "the body must be a JSON object"}
                await _json(send, 400, problem)
                return
            await app(scope, _replay(body), _no_store(send))

        return guarded


def _no_store(send: Send) -> Send:
    """The response, marked ``Cache-Control: no-store`` (it carries a client secret)."""

    async def sending(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
            message = {**message, "headers": [*headers, (b"cache-control", b"no-store")]}
        await send(message)

    return sending


class _App:
    """An ASGI callable as Starlette must see it to route to it as an app (a function would be an endpoint)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def _wrapped(routes: list[Any], path: str, wrap: Callable[[ASGIApp], ASGIApp]) -> list[Any]:
    from starlette.routing import Route

    return [
        Route(r.path, _App(wrap(r.endpoint)), methods=list(r.methods or [])) if r.path == path else r for r in routes
    ]


def user_app(
    provider: Any,
    authorization: IntercomAuthorization,
    *,
    limits: RegistrationLimits | None = None,
    **http_options: Any,
) -> Any:
    """The Starlette app: OAuth routes, the consent page, the Intercom callback, and ``/mcp`` behind the
    server's tokens."""
    from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
    from mcp.server.auth.middleware.bearer_auth import BearerAuthBackend, RequireAuthMiddleware
    from mcp.server.auth.routes import build_resource_metadata_url, create_auth_routes, create_protected_resource_routes
    from mcp.server.auth.settings import ClientRegistrationOptions, RevocationOptions
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from pydantic import AnyHttpUrl
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.authentication import AuthenticationMiddleware
    from starlette.requests import Request
    from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
    from starlette.routing import Route

    from intercom_agent.auth import ConnectLinks
    from intercom_agent.guardrails import NO_GUARDRAILS
    from intercom_agent.servers.connect_routes import Connector
    from intercom_agent.servers.consent import SIGNIN_COOKIE, ConsentPage
    from intercom_agent.servers.elicitation import ClientMemory, noting
    from intercom_agent.servers.http_server import bearer_of, security
    from intercom_agent.servers.mcp_server import build_server

    issuer = AnyHttpUrl(authorization.public_url)
    resource = AnyHttpUrl(authorization.resource)
    memory = ClientMemory(authorization.grants)
    guardrails = http_options.get("guardrails") or NO_GUARDRAILS
    links = ConnectLinks(authorization.flow)  # reconnect a user whose Intercom token stopped working
    manager = StreamableHTTPSessionManager(
        app=build_server(provider, "user", guardrails=guardrails, connect=links, memory=memory),
        stateless=True,
        json_response=False,
        security_settings=security(http_options.get("allowed_hosts", ()), http_options.get("allowed_origins", ())),
    )
    consent = ConsentPage(authorization)
    reconnect = Connector(authorization.flow, callback_path="/intercom/callback")

    async def intercom_callback(request: Request) -> Response:
        if not await authorization.signing_in(request.query_params.get("state")):
            return await reconnect.callback(request)  # a link that reconnects a signed-in user's credential
        try:
            target = await authorization.intercom_callback(
                request.query_params.get("code"), request.query_params.get("state"), request.cookies.get(SIGNIN_COOKIE)
            )
        except AuthorizeError as exc:
            return PlainTextResponse(
                f"Intercom was not connected: {exc.error_description}", status_code=400, headers=PRIVATE
            )
        response = RedirectResponse(target, status_code=302, headers=PRIVATE)
        response.delete_cookie(SIGNIN_COOKIE, path="/intercom/callback")
        return response

    async def disconnect(request: Request) -> Response:
        """A signed-in user disconnects: Intercom's token is revoked and erased; their tokens stop working."""
        token = await authorization.load_access_token(
            bearer_of(dict(request.scope["headers"])).decode(errors="replace")
        )
        if token is None or not token.subject:
            return JSONResponse({"error": "invalid_token"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        try:
            revoked = await asyncio.to_thread(authorization.flow.disconnect, token.subject)
        except IntercomError as exc:
            return JSONResponse({"error": "not_found", "error_description": str(exc)}, status_code=404, headers=PRIVATE)
        await authorization.revoke_token(token)
        await authorization.end_sessions(token.subject)  # every client's session for it, not only this one
        return JSONResponse({"disconnected": True, "revoked": revoked}, headers=PRIVATE)

    class _MCP:
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            await noting(memory, manager.handle_request)(scope, receive, send)

    sdk_routes = create_auth_routes(
        authorization,
        issuer,
        client_registration_options=ClientRegistrationOptions(enabled=True),
        revocation_options=RevocationOptions(enabled=True),
    )
    sdk_routes = _wrapped(sdk_routes, "/token", lambda app: audience_checked(app, authorization.resource))
    sdk_routes = _wrapped(sdk_routes, "/register", (limits or RegistrationLimits()).guard)
    routes = [
        *sdk_routes,
        *create_protected_resource_routes(resource, [issuer]),
        Route("/consent", consent.show, methods=["GET"]),
        Route("/consent", consent.submit, methods=["POST"]),
        Route("/intercom/callback", intercom_callback, methods=["GET"]),
        Route("/intercom/disconnect", disconnect, methods=["POST"]),
        Route(
            "/mcp",
            RequireAuthMiddleware(_MCP(), [], build_resource_metadata_url(resource)),
            methods=["GET", "POST", "DELETE"],
        ),
    ]

    async def lifespan(app: Any) -> Any:
        async with manager.run():
            try:
                yield
            finally:
                closing = getattr(provider, "aclose", None)
                if closing is not None:
                    await closing()

    return Starlette(
        routes=routes,
        middleware=[
            Middleware(AuthenticationMiddleware, backend=BearerAuthBackend(Verifier(authorization))),
            Middleware(AuthContextMiddleware),
        ],
        lifespan=asynccontextmanager(lifespan),
    )


__all__ = ["RegistrationLimits", "Verifier", "audience_checked", "user_app"]
