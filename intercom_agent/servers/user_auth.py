"""Per-user authorization for the MCP HTTP server, as the MCP authorization spec describes it.

The server is an OAuth 2.1 authorization server for MCP clients (the SDK's routes: metadata,
dynamic client registration, ``/authorize``, ``/token``, ``/revoke``, and the protected-resource
metadata of ``/mcp``). Authorizing is chained to Intercom's own OAuth: ``/authorize`` sends the
person to Intercom; Intercom sends them back to ``/intercom/callback``; the Intercom token goes into
the credential store (never to the MCP client); and the MCP client gets a short-lived server token
bound to that credential id. Every tool call then resolves the token's credential, so each user
reads only the workspace they connected. A token whose credential was disconnected stops working.

Registered clients, pending authorizations, codes and server tokens are kept in the credential
store's grants, so replicas sharing the store (PostgreSQL) serve the same users.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import time
from collections.abc import Callable
from typing import Any, cast

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
from pydantic import BaseModel

from intercom_agent.auth import ANY_TENANT, OAuthFlow
from intercom_agent.errors import IntercomError
from intercom_agent.stores import GrantStore

CODE_TTL = 300
PENDING_TTL = 600
ACCESS_TTL = 3600
REFRESH_TTL = 30 * 86_400
CLIENT_TTL = 365 * 86_400  # a registered client is kept a year


class IntercomAuthorization:
    """``OAuthAuthorizationServerProvider`` for the MCP SDK, chained to Intercom's OAuth.

    Everything it issues lives in the credential store's grants (sealed with the store's keys; codes
    and tokens keyed by their SHA-256, never stored as such), so any replica sharing the store can
    finish an authorization, refresh a token or verify one; codes and refresh tokens are taken
    atomically, so each works once.
    """

    def __init__(self, flow: OAuthFlow, clock: Callable[[], float] = time.time) -> None:
        self.flow = flow
        self.clock = clock
        self.grants: GrantStore = cast(GrantStore, flow.store)

    async def _save(self, kind: str, key: str, value: BaseModel | dict[str, Any], ttl: float) -> None:
        text = value.model_dump_json() if isinstance(value, BaseModel) else json.dumps(value)
        await asyncio.to_thread(self.grants.save_grant, kind, key, text, self.clock() + ttl)

    async def _load(self, kind: str, key: str, take: bool = False) -> str | None:
        method = self.grants.take_grant if take else self.grants.get_grant
        return await asyncio.to_thread(method, kind, key)

    # ---- clients -------------------------------------------------------------------------------------

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        found = await self._load("client", client_id)
        return OAuthClientInformationFull.model_validate_json(found) if found else None

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        assert client_info.client_id is not None
        await self._save("client", client_info.client_id, client_info, CLIENT_TTL)

    # ---- authorization: to Intercom and back ---------------------------------------------------------

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        """The URL to send the person to: Intercom's consent page for this app."""
        assert client.client_id is not None
        tenant = f"mcp-user-{secrets.token_hex(8)}"
        url, state = await asyncio.to_thread(self.flow.start, tenant)
        pending = {"client_id": client.client_id, "params": params.model_dump(mode="json")}
        await self._save("pending", _digest(state), pending, PENDING_TTL)
        return url

    async def intercom_callback(self, code: str | None, state: str | None) -> str:
        """Intercom's redirect: store the credential, then the MCP client's redirect with our code."""
        found = await self._load("pending", _digest(state or ""), take=True)
        if found is None:
            raise AuthorizeError("access_denied", "unknown or already used authorization; start again")
        pending = json.loads(found)
        params = AuthorizationParams.model_validate(pending["params"])
        try:
            credential = await asyncio.to_thread(self.flow.complete, code, state, ANY_TENANT)
        except IntercomError as exc:
            return construct_redirect_uri(
                str(params.redirect_uri), error="access_denied", error_description=str(exc), state=params.state
            )
        ours = secrets.token_urlsafe(32)
        grant = AuthorizationCode(
            code=ours,
            scopes=params.scopes or [],
            expires_at=self.clock() + CODE_TTL,
            client_id=pending["client_id"],
            code_challenge=params.code_challenge,
            redirect_uri=params.redirect_uri,
            redirect_uri_provided_explicitly=params.redirect_uri_provided_explicitly,
            resource=params.resource,
            subject=credential.credential_id,
        )
        await self._save("code", _digest(ours), grant, CODE_TTL)
        return construct_redirect_uri(str(params.redirect_uri), code=ours, state=params.state)

    # ---- tokens --------------------------------------------------------------------------------------

    async def load_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: str
    ) -> AuthorizationCode | None:
        found = await self._load("code", _digest(authorization_code))
        grant = AuthorizationCode.model_validate_json(found) if found else None
        return grant if grant is not None and grant.client_id == client.client_id else None

    async def _issue(self, client_id: str, scopes: list[str], subject: str | None, resource: str | None) -> OAuthToken:
        now = int(self.clock())
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        common: dict[str, Any] = {"client_id": client_id, "scopes": scopes, "resource": resource, "subject": subject}
        await self._save(
            "access", _digest(access), AccessToken(token="", expires_at=now + ACCESS_TTL, **common), ACCESS_TTL
        )
        await self._save(
            "refresh", _digest(refresh), RefreshToken(token="", expires_at=now + REFRESH_TTL, **common), REFRESH_TTL
        )
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
        if await self._load("code", _digest(authorization_code.code), take=True) is None:
            raise TokenError("invalid_grant", "authorization code already used")
        assert client.client_id is not None
        return await self._issue(
            client.client_id, authorization_code.scopes, authorization_code.subject, authorization_code.resource
        )

    async def load_refresh_token(self, client: OAuthClientInformationFull, refresh_token: str) -> RefreshToken | None:
        found = await self._load("refresh", _digest(refresh_token))
        grant = RefreshToken.model_validate_json(found) if found else None
        if grant is None or grant.client_id != client.client_id:
            return None
        return grant.model_copy(update={"token": refresh_token})

    async def exchange_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: RefreshToken, scopes: list[str]
    ) -> OAuthToken:
        if await self._load("refresh", _digest(refresh_token.token), take=True) is None:  # rotated: works once
            raise TokenError("invalid_grant", "refresh token already used")
        assert client.client_id is not None
        return await self._issue(
            client.client_id, scopes or refresh_token.scopes, refresh_token.subject, refresh_token.resource
        )

    async def load_access_token(self, token: str) -> AccessToken | None:
        """A valid server token whose credential is still connected; else None (401)."""
        found = await self._load("access", _digest(token))
        grant = AccessToken.model_validate_json(found) if found else None
        if grant is None or (grant.expires_at is not None and grant.expires_at < self.clock()):
            return None
        credential = await asyncio.to_thread(self.flow.store.get, grant.subject or "")
        if credential is None or credential.status != "active":
            return None
        return grant.model_copy(update={"token": token})

    async def revoke_token(self, token: AccessToken | RefreshToken) -> None:
        for kind in ("access", "refresh"):
            await asyncio.to_thread(self.grants.drop_grant, kind, _digest(token.token))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


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

    from intercom_agent.guardrails import NO_GUARDRAILS
    from intercom_agent.servers.http_server import security
    from intercom_agent.servers.mcp_server import build_server

    issuer = AnyHttpUrl(public_url.rstrip("/"))
    resource = AnyHttpUrl(public_url.rstrip("/") + "/mcp")
    manager = StreamableHTTPSessionManager(
        app=build_server(provider, "user", guardrails=http_options.get("guardrails") or NO_GUARDRAILS),
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
