"""Per-user authorization for the MCP HTTP server, as the MCP authorization spec describes it.

The server is an OAuth 2.1 authorization server for MCP clients (the SDK's routes: metadata,
dynamic client registration, ``/authorize``, ``/token``, ``/revoke``, and the protected-resource
metadata of ``/mcp``). Authorizing is chained to Intercom's own OAuth: ``/authorize`` sends the
person to Intercom; Intercom sends them back to ``/intercom/callback``; the Intercom token goes into
the credential store (never to the MCP client); and the MCP client gets a short-lived server token
bound to that credential id. Every tool call then resolves the token's credential, so each user
reads only the workspace they connected. A token whose credential was disconnected stops working.

Registered clients, codes and server tokens are kept in process memory: run one replica in this
mode (the credentials themselves are in the shared store).
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    AuthorizeError,
    RefreshToken,
    TokenError,
    construct_redirect_uri,
)
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

from intercom_agent.auth import ANY_TENANT, OAuthFlow
from intercom_agent.errors import IntercomError

CODE_TTL = 300
ACCESS_TTL = 3600
REFRESH_TTL = 30 * 86_400


@dataclass
class _Pending:
    client_id: str
    params: AuthorizationParams


class IntercomAuthorization:
    """``OAuthAuthorizationServerProvider`` for the MCP SDK, chained to Intercom's OAuth."""

    def __init__(self, flow: OAuthFlow, clock: Callable[[], float] = time.time) -> None:
        self.flow = flow
        self.clock = clock
        self.clients: dict[str, OAuthClientInformationFull] = {}
        self.pending: dict[str, _Pending] = {}  # Intercom state -> the MCP client's authorization
        self.codes: dict[str, AuthorizationCode] = {}
        self.access: dict[str, AccessToken] = {}
        self.refresh: dict[str, RefreshToken] = {}

    # ---- clients -------------------------------------------------------------------------------------

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        return self.clients.get(client_id)

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        assert client_info.client_id is not None
        self.clients[client_info.client_id] = client_info

    # ---- authorization: to Intercom and back ---------------------------------------------------------

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        """The URL to send the person to: Intercom's consent page for this app."""
        assert client.client_id is not None
        tenant = f"mcp-user-{secrets.token_hex(8)}"
        url, state = await asyncio.to_thread(self.flow.start, tenant)
        self.pending[state] = _Pending(client.client_id, params)
        return url

    async def intercom_callback(self, code: str | None, state: str | None) -> str:
        """Intercom's redirect: store the credential, then the MCP client's redirect with our code."""
        pending = self.pending.pop(state or "", None)
        if pending is None:
            raise AuthorizeError("access_denied", "unknown or already used authorization; start again")
        try:
            credential = await asyncio.to_thread(self.flow.complete, code, state, ANY_TENANT)
        except IntercomError as exc:
            return construct_redirect_uri(
                str(pending.params.redirect_uri), error="access_denied", error_description=str(exc),
                state=pending.params.state,
            )  # fmt: skip
        ours = secrets.token_urlsafe(32)
        self.codes[ours] = AuthorizationCode(
            code=ours,
            scopes=pending.params.scopes or [],
            expires_at=self.clock() + CODE_TTL,
            client_id=pending.client_id,
            code_challenge=pending.params.code_challenge,
            redirect_uri=pending.params.redirect_uri,
            redirect_uri_provided_explicitly=pending.params.redirect_uri_provided_explicitly,
            resource=pending.params.resource,
            subject=credential.credential_id,
        )
        return construct_redirect_uri(str(pending.params.redirect_uri), code=ours, state=pending.params.state)

    # ---- tokens --------------------------------------------------------------------------------------

    async def load_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: str
    ) -> AuthorizationCode | None:
        found = self.codes.get(authorization_code)
        if found is None or found.client_id != client.client_id or found.expires_at < self.clock():
            return None
        return found

    def _issue(self, client_id: str, scopes: list[str], subject: str | None, resource: str | None) -> OAuthToken:
        now = int(self.clock())
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.access[access] = AccessToken(
            token=access, client_id=client_id, scopes=scopes, expires_at=now + ACCESS_TTL, resource=resource,
            subject=subject,
        )  # fmt: skip
        self.refresh[refresh] = RefreshToken(
            token=refresh, client_id=client_id, scopes=scopes, expires_at=now + REFRESH_TTL, resource=resource,
            subject=subject,
        )  # fmt: skip
        return OAuthToken(
            access_token=access,
            token_type="Bearer",
            expires_in=ACCESS_TTL,
            refresh_token=refresh,
            scope=" ".join(scopes) or None,
        )

    async def exchange_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: AuthorizationCode
    ) -> OAuthToken:
        if self.codes.pop(authorization_code.code, None) is None:
            raise TokenError("invalid_grant", "authorization code already used")
        assert client.client_id is not None
        return self._issue(
            client.client_id, authorization_code.scopes, authorization_code.subject, authorization_code.resource
        )

    async def load_refresh_token(self, client: OAuthClientInformationFull, refresh_token: str) -> RefreshToken | None:
        found = self.refresh.get(refresh_token)
        if found is None or found.client_id != client.client_id:
            return None
        if found.expires_at is not None and found.expires_at < self.clock():
            return None
        return found

    async def exchange_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: RefreshToken, scopes: list[str]
    ) -> OAuthToken:
        self.refresh.pop(refresh_token.token, None)  # rotated: each refresh token works once
        assert client.client_id is not None
        return self._issue(
            client.client_id, scopes or refresh_token.scopes, refresh_token.subject, refresh_token.resource
        )

    async def load_access_token(self, token: str) -> AccessToken | None:
        """A valid server token whose credential is still connected; else None (401)."""
        found = self.access.get(token)
        if found is None or (found.expires_at is not None and found.expires_at < self.clock()):
            return None
        credential = await asyncio.to_thread(self.flow.store.get, found.subject or "")
        if credential is None or credential.status != "active":
            return None
        return found

    async def revoke_token(self, token: AccessToken | RefreshToken) -> None:
        self.access.pop(token.token, None)
        self.refresh.pop(token.token, None)


class Verifier:
    """The SDK's ``TokenVerifier`` over :class:`IntercomAuthorization`."""

    def __init__(self, provider: IntercomAuthorization) -> None:
        self.provider = provider

    async def verify_token(self, token: str) -> AccessToken | None:
        return await self.provider.load_access_token(token)


def user_app(provider: Any, authorization: IntercomAuthorization, public_url: str, **http_options: Any) -> Any:
    """The Starlette app: OAuth routes, the Intercom callback, and ``/mcp`` behind the server's tokens."""
    from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
    from mcp.server.auth.middleware.bearer_auth import BearerAuthBackend, RequireAuthMiddleware
    from mcp.server.auth.routes import (
        build_resource_metadata_url,
        create_auth_routes,
        create_protected_resource_routes,
    )
    from mcp.server.auth.settings import ClientRegistrationOptions, RevocationOptions
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from pydantic import AnyHttpUrl
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.authentication import AuthenticationMiddleware
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, RedirectResponse, Response
    from starlette.routing import Route

    from intercom_agent.servers.http import security
    from intercom_agent.servers.mcp import build_server

    issuer = AnyHttpUrl(public_url.rstrip("/"))
    resource = AnyHttpUrl(public_url.rstrip("/") + "/mcp")
    manager = StreamableHTTPSessionManager(
        app=build_server(provider, "user"),
        stateless=True,
        json_response=False,
        security_settings=security(http_options.get("allowed_hosts", ()), http_options.get("allowed_origins", ())),
    )

    async def intercom_callback(request: Request) -> Response:
        try:
            target = await authorization.intercom_callback(
                request.query_params.get("code"), request.query_params.get("state")
            )
        except AuthorizeError as exc:
            return PlainTextResponse(f"Intercom was not connected: {exc.error_description}", status_code=400)
        return RedirectResponse(target, status_code=302)

    class _MCP:
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            await manager.handle_request(scope, receive, send)

    routes = [
        *create_auth_routes(
            authorization,
            issuer,
            client_registration_options=ClientRegistrationOptions(enabled=True),
            revocation_options=RevocationOptions(enabled=True),
        ),
        *create_protected_resource_routes(resource, [issuer]),
        Route("/intercom/callback", intercom_callback, methods=["GET"]),
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

    from contextlib import asynccontextmanager

    return Starlette(
        routes=routes,
        middleware=[
            Middleware(AuthenticationMiddleware, backend=BearerAuthBackend(Verifier(authorization))),
            Middleware(AuthContextMiddleware),
        ],
        lifespan=asynccontextmanager(lifespan),
    )
