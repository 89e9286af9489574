"""The MCP server as an OAuth 2.1 authorization server for MCP clients, chained to Intercom's OAuth.

:class:`IntercomAuthorization` is the SDK's ``OAuthAuthorizationServerProvider``. What it issues lives
in the credential store's grants (sealed at rest; codes and tokens keyed by their SHA-256), so replicas
sharing the store serve the same users. The rules it holds (each has a test that performs the attack):

- **Consent per client**: ``/authorize`` never goes to Intercom directly; it leads to this server's
  consent page (:mod:`intercom_agent.servers.consent`), which names the client and asks the person.
- **Audience**: a token is bound to this server's resource URL (RFC 8707). An authorization request
  for another resource is refused (``invalid_target``); every token carries the resource and is
  verified against it.
- **Redirect URIs** (RFC 8252): https, http only on a loopback address, or a private-use scheme; never
  ``javascript:``, ``data:`` or a ``#fragment``. Registered clients expire unless used.
- **Families**: the tokens from one authorization are a family. A code used twice, or a rotated refresh
  token used again, revokes the whole family (OAuth 2.1 §4.1.2, §4.3.1); revoking a token ends its family.
- **Credentials**: a token works only while its Intercom credential is active (access and refresh).
  One credential per person and workspace: signing in again supersedes the old Intercom token.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import json
import secrets
import time
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import urlsplit

from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    AuthorizeError,
    RefreshToken,
    RegistrationError,
    TokenError,
    construct_redirect_uri,
)
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken
from pydantic import BaseModel

from intercom_agent.auth import ANY_TENANT, OAuthFlow
from intercom_agent.errors import IntercomError, WrongBrowserError
from intercom_agent.models import Me
from intercom_agent.stores import GrantStore

CODE_TTL = 300
CONSENT_TTL = 600
PENDING_TTL = 600
ACCESS_TTL = 3600
REFRESH_TTL = 30 * 86_400
UNUSED_CLIENT_TTL = 86_400  # a registered client that never completes an authorization is dropped after a day
CLIENT_TTL = 365 * 86_400  # one that does is kept a year
FORBIDDEN_SCHEMES = frozenset(
    {"javascript", "data", "file", "vbscript", "about", "blob", "ftp", "ws", "wss", "mailto", "tel", "sms", "chrome",
     "chrome-extension", "view-source", "edge", "opera", "brave", "moz-extension", "resource", "intent", "filesystem"}
)  # fmt: skip


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def redirect_problem(uri: str) -> str | None:
    """Why a client's redirect URI is refused (RFC 8252, OAuth 2.1), or None when it may be registered."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    if "#" in uri:
        return "a redirect URI must not have a fragment"
    if scheme in FORBIDDEN_SCHEMES or not scheme:
        return f"the {scheme or 'missing'} scheme cannot be a redirect URI"
    if scheme == "https":
        return None if parts.hostname else "an https redirect URI needs a host"
    if scheme == "http":
        host = (parts.hostname or "").lower()
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        return None if loopback else "http redirect URIs are allowed only on a loopback address (127.0.0.1, [::1])"
    return None  # a private-use scheme of a native app (RFC 8252 §7.1)


def admin_tenant(me: Me) -> str:
    """One credential per person and workspace: the tenant of a per-user sign-in is the Intercom admin."""
    return f"intercom-admin:{me.id}"


class IntercomAuthorization:
    """``OAuthAuthorizationServerProvider`` for the MCP SDK, chained to Intercom's OAuth."""

    def __init__(self, flow: OAuthFlow, public_url: str, clock: Callable[[], float] = time.time) -> None:
        """``public_url``: this server as browsers and clients reach it; its resource is ``<public_url>/mcp``."""
        public = public_url.rstrip("/")
        self.flow = flow
        self.public_url = public
        self.resource = f"{public}/mcp"
        self.consent_url = f"{public}/consent"
        self.clock = clock
        self.grants: GrantStore = cast(GrantStore, flow.store)

    async def _save(self, kind: str, key: str, value: BaseModel | dict[str, Any], ttl: float) -> None:
        text = value.model_dump_json() if isinstance(value, BaseModel) else json.dumps(value)
        await asyncio.to_thread(self.grants.save_grant, kind, key, text, self.clock() + ttl)

    async def _load(self, kind: str, key: str, take: bool = False) -> dict[str, Any] | None:
        method = self.grants.take_grant if take else self.grants.get_grant
        found = await asyncio.to_thread(method, kind, key)
        return json.loads(found) if found else None

    # ---- clients -------------------------------------------------------------------------------------

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        found = await self._load("client", client_id)
        return OAuthClientInformationFull.model_validate(found) if found else None

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        for uri in client_info.redirect_uris or []:
            problem = redirect_problem(str(uri))
            if problem:
                raise RegistrationError("invalid_redirect_uri", f"{uri}: {problem}")
        assert client_info.client_id is not None
        await self._save("client", client_info.client_id, client_info, UNUSED_CLIENT_TTL)

    async def _keep_client(self, client_id: str) -> None:
        client = await self.get_client(client_id)
        if client is not None:
            await self._save("client", client_id, client, CLIENT_TTL)

    # ---- authorization: our consent page, then Intercom, then back ----------------------------------

    def _target_problem(self, resource: str | None) -> str | None:
        if resource is None or resource.rstrip("/") == self.resource:
            return None
        return f"this server's tokens are for {self.resource}, not {resource}"

    async def authorize(self, client: OAuthClientInformationFull, params: AuthorizationParams) -> str:
        """Where the browser goes next: this server's consent page (or back to the client with an error)."""
        assert client.client_id is not None
        problem = self._target_problem(params.resource)
        if problem:
            return construct_redirect_uri(
                str(params.redirect_uri), error="invalid_target", error_description=problem, state=params.state
            )
        bound = params.model_copy(update={"resource": self.resource})  # every token is for this server
        request = secrets.token_urlsafe(24)
        consent = {"client_id": client.client_id, "params": bound.model_dump(mode="json"), "csrf": None}
        await self._save("consent", digest(request), consent, CONSENT_TTL)
        return f"{self.consent_url}?request={request}"

    async def consent_request(self, request: str) -> dict[str, Any] | None:
        """A pending consent (its client and parameters), or None when unknown, expired or already answered."""
        return await self._load("consent", digest(request)) if 0 < len(request) <= 128 else None

    async def remember_csrf(self, request: str, consent: dict[str, Any], csrf: str) -> None:
        await self._save("consent", digest(request), {**consent, "csrf": digest(csrf)}, CONSENT_TTL)

    async def answer(self, request: str, csrf: str | None, approve: bool) -> tuple[str, str | None] | None:
        """The person's answer on the consent page (a form bound to its CSRF token): where the browser goes
        next (Intercom, or the client with ``access_denied``) and the secret that binds the Intercom leg to
        this browser (None on a denial); None when the answer cannot be accepted."""
        consent = await self._load("consent", digest(request)) if 0 < len(request) <= 128 else None
        if (
            consent is None
            or not csrf
            or not consent.get("csrf")
            or not secrets.compare_digest(consent["csrf"], digest(csrf))
        ):
            return None  # a wrong answer does not use the request up: the person's own page still works
        if await self._load("consent", digest(request), take=True) is None:
            return None  # answered meanwhile
        params = AuthorizationParams.model_validate(consent["params"])
        if not approve:
            denied = construct_redirect_uri(
                str(params.redirect_uri),
                error="access_denied",
                error_description="the person declined",
                state=params.state,
            )
            return denied, None
        return await self.to_intercom(consent["client_id"], params)

    async def proceed(self, request: str) -> tuple[str, str] | None:
        """A consent already given (remembered for this browser and client): on to Intercom, once."""
        consent = await self._load("consent", digest(request), take=True) if 0 < len(request) <= 128 else None
        if consent is None:
            return None
        return await self.to_intercom(consent["client_id"], AuthorizationParams.model_validate(consent["params"]))

    async def to_intercom(self, client_id: str, params: AuthorizationParams) -> tuple[str, str]:
        """Approved: start Intercom's authorization; its callback will carry on for this client, in this
        browser only. Returns (Intercom's URL, the browser's binding secret, for a cookie): Intercom may
        approve at once, so a link to it handed to someone else must not finish in their browser."""
        browser = secrets.token_urlsafe(32)
        url, state = await asyncio.to_thread(self.flow.start, None, browser=browser)
        await self._save(
            "pending", digest(state), {"client_id": client_id, "params": params.model_dump(mode="json")}, PENDING_TTL
        )
        return url, browser

    async def remember_approval(self, browser: str, client_id: str, ttl: float) -> None:
        await self._save("approval", digest(f"{browser}:{client_id}"), {"client_id": client_id}, ttl)

    async def approved(self, browser: str | None, client_id: str) -> bool:
        return bool(browser) and await self._load("approval", digest(f"{browser}:{client_id}")) is not None

    async def signing_in(self, state: str | None) -> bool:
        """Whether Intercom's callback belongs to an MCP client's sign-in (else: a reconnect link's)."""
        return bool(state) and len(state or "") <= 512 and await self._load("pending", digest(state or "")) is not None

    async def intercom_callback(self, code: str | None, state: str | None, browser: str | None = None) -> str:
        """Intercom's redirect, in the browser that approved (``browser``: its binding secret): store the
        credential, then the MCP client's redirect with our code."""
        pending = await self._load("pending", digest(state or "")) if state and len(state) <= 512 else None
        if pending is None:
            raise AuthorizeError("access_denied", "unknown or already used authorization; start again")
        params = AuthorizationParams.model_validate(pending["params"])
        try:
            credential = await asyncio.to_thread(
                self.flow.complete, code, state, ANY_TENANT, identify=admin_tenant, browser=browser
            )
        except WrongBrowserError as exc:  # the state stays for its own browser; this one gets nothing
            raise AuthorizeError("access_denied", str(exc)) from None
        except IntercomError as exc:
            await self._load("pending", digest(state or ""), take=True)
            return construct_redirect_uri(
                str(params.redirect_uri), error="access_denied", error_description=str(exc), state=params.state
            )
        if await self._load("pending", digest(state or ""), take=True) is None:
            raise AuthorizeError("access_denied", "this authorization was already used; start again")
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
        await self._save("code", digest(ours), grant, CODE_TTL)
        return construct_redirect_uri(str(params.redirect_uri), code=ours, state=params.state)

    # ---- tokens and their families ------------------------------------------------------------------

    async def _revoke_family(self, family: str) -> None:
        await self._save("revoked-family", family, {"revoked": True}, REFRESH_TTL)

    async def _epoch(self, subject: str | None) -> str:
        found = await self._load("epoch", digest(subject)) if subject else None
        return str(found["epoch"]) if found else ""

    async def end_sessions(self, subject: str) -> None:
        """Every token issued for this credential so far stops working (a disconnect), for good: signing
        in again later starts new sessions, it does not bring these back."""
        await self._save("epoch", digest(subject), {"epoch": secrets.token_urlsafe(16)}, REFRESH_TTL)

    async def _live(self, family: str | None, subject: str | None, epoch: str | None = "") -> bool:
        """A token's family is not revoked, it was issued since its credential's last disconnect, and the
        credential is connected."""
        if not family or await self._load("revoked-family", family) is not None:
            return False
        if (epoch or "") != await self._epoch(subject):
            return False
        credential = await asyncio.to_thread(self.flow.store.get, subject or "") if subject else None
        return credential is not None and credential.status == "active"

    async def load_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: str
    ) -> AuthorizationCode | None:
        found = await self._load("code", digest(authorization_code))
        if found is None:
            used = await self._load("used-code", digest(authorization_code))
            if used is not None and used.get("client_id") == client.client_id:
                await self._revoke_family(used["family"])  # its own client replayed it: revoke what it produced
            return None
        grant = AuthorizationCode.model_validate(found)
        return grant if grant.client_id == client.client_id else None

    async def _issue(self, client_id: str, scopes: list[str], subject: str | None, family: str) -> OAuthToken:
        now = int(self.clock())
        epoch = await self._epoch(subject)
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        common: dict[str, Any] = {
            "client_id": client_id,
            "scopes": scopes,
            "resource": self.resource,
            "subject": subject,
        }
        token = AccessToken(token="", expires_at=now + ACCESS_TTL, **common).model_dump(mode="json")
        await self._save("access", digest(access), {"grant": token, "family": family, "epoch": epoch}, ACCESS_TTL)
        token = RefreshToken(token="", expires_at=now + REFRESH_TTL, **common).model_dump(mode="json")
        await self._save("refresh", digest(refresh), {"grant": token, "family": family, "epoch": epoch}, REFRESH_TTL)
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
        key = digest(authorization_code.code)
        family = digest("family:" + authorization_code.code)  # known to both sides of a race for the code
        # marked used before it is taken: a second use looked up in between still finds the mark
        await self._save("used-code", key, {"family": family, "client_id": client.client_id}, REFRESH_TTL)
        if await self._load("code", key, take=True) is None:
            await self._revoke_family(family)  # used twice, even at the same instant: nothing it gave survives
            raise TokenError("invalid_grant", "authorization code already used")
        assert client.client_id is not None
        await self._keep_client(client.client_id)
        return await self._issue(client.client_id, authorization_code.scopes, authorization_code.subject, family)

    async def load_refresh_token(self, client: OAuthClientInformationFull, refresh_token: str) -> RefreshToken | None:
        found = await self._load("refresh", digest(refresh_token))
        if found is None:
            used = await self._load("used-refresh", digest(refresh_token))
            if used is not None and used.get("client_id") == client.client_id:
                await self._revoke_family(used["family"])  # a rotated refresh token used again: compromised
            return None
        grant = RefreshToken.model_validate(found["grant"])
        live = await self._live(found.get("family"), grant.subject, found.get("epoch"))
        if grant.client_id != client.client_id or not live:
            return None
        return grant.model_copy(update={"token": refresh_token})

    async def exchange_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: RefreshToken, scopes: list[str]
    ) -> OAuthToken:
        key = digest(refresh_token.token)
        seen = await self._load("refresh", key) or await self._load("used-refresh", key)
        if seen is not None:  # marked used before it is taken: a racing second use always finds the mark
            await self._save(
                "used-refresh", key, {"family": seen["family"], "client_id": client.client_id}, REFRESH_TTL
            )
        found = await self._load("refresh", key, take=True)
        if found is None:  # rotated: works once; a second use, even at the same instant, ends the family
            if seen is not None:
                await self._revoke_family(seen["family"])
            raise TokenError("invalid_grant", "refresh token already used")
        assert client.client_id is not None
        return await self._issue(
            client.client_id, scopes or refresh_token.scopes, refresh_token.subject, found["family"]
        )

    async def load_access_token(self, token: str) -> AccessToken | None:
        """A valid server token for this resource whose family is live and credential connected; else None."""
        found = await self._load("access", digest(token)) if 0 < len(token) <= 512 else None
        if found is None:
            return None
        grant = AccessToken.model_validate(found["grant"])
        if grant.expires_at is not None and grant.expires_at < self.clock():
            return None
        live = await self._live(found.get("family"), grant.subject, found.get("epoch"))
        if grant.resource != self.resource or not live:
            return None
        return grant.model_copy(update={"token": token})

    async def revoke_token(self, token: AccessToken | RefreshToken) -> None:
        """RFC 7009: revoking either token of an authorization ends both (its whole family)."""
        for kind in ("access", "refresh"):
            found = await self._load(kind, digest(token.token))
            if found is not None:
                await self._revoke_family(found["family"])
                await asyncio.to_thread(self.grants.drop_grant, kind, digest(token.token))


__all__ = ["IntercomAuthorization", "admin_tenant", "redirect_problem"]
