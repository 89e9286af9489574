"""Connecting Intercom: the OAuth 2.0 authorization-code flow and disconnect (the commands are in the CLI).

1. :meth:`OAuthFlow.start` makes a random, single-use ``state`` bound to the tenant (expires in 10
   minutes) and the authorize URL (``https://app.intercom.com/oauth?client_id&state&redirect_uri``).
2. The person approves; Intercom redirects to the callback with ``code`` and ``state``.
3. :meth:`OAuthFlow.complete` checks the state (mismatch, replay, expiry and another tenant's state
   are all rejected), exchanges the code (``POST /auth/eagle/token``; a trailing ``=`` is kept), asks
   ``GET /me`` for the workspace and its region, pins the credential to that region's base URL, and
   stores it under a new credential id.
4. :meth:`OAuthFlow.disconnect` revokes the token (``POST /auth/uninstall``) and marks the credential
   disconnected; tools then refuse it with the connect message, sending nothing.

Intercom tokens do not expire and come with no refresh token. Platforms whose tokens rotate give the
client a token provider instead (``IntercomClient(token=callable)``), called on every request.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlencode

import httpx

from intercom_agent import operations as ops
from intercom_agent.client import IntercomClient
from intercom_agent.connections import ResolvedClients
from intercom_agent.errors import InvalidInputError, OAuthError, WrongBrowserError
from intercom_agent.models import Me
from intercom_agent.protocol import REGION_URLS
from intercom_agent.stores import (
    AsyncCredentialStore,
    Credential,
    CredentialStore,
    MemoryCredentialStore,
    PendingState,
    async_resolver_for,
    open_async_store,
    open_store,
    resolver_for,
)

AUTHORIZE_URL = "https://app.intercom.com/oauth"
API_URL = "https://api.intercom.io"
STATE_TTL = 600.0
PUBLIC_URL_VARIABLE = "INTERCOM_AGENT_PUBLIC_URL"


@dataclass(frozen=True)
class OAuthConfig:
    """Your Intercom app's OAuth settings (Developer Hub → Authentication). The secret stays out of reprs."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str | None = None
    authorize_url: str = AUTHORIZE_URL
    api_url: str = API_URL  # token exchange, /me and uninstall (the US host routes to every region)


ANY_TENANT = object()  # consume(state, ANY_TENANT): the state names the tenant


def digest(secret: str) -> str:
    """How a secret is kept (pending states, browser bindings): its SHA-256, never the secret itself."""
    return hashlib.sha256(secret.encode()).hexdigest()


class StateStore:
    """Pending authorizations: each state is random, single-use, bound to a tenant (and, when known, to
    the credential it connects and the browser that started it), and expires.

    They live in the credential store, so the callback may reach another replica than the one that
    started the flow; ``take_state`` removes a state atomically, so it is accepted once. A state is kept
    by its digest, like codes and tokens: reading the store does not give a usable state.
    """

    def __init__(self, store: CredentialStore | None = None, ttl: float = STATE_TTL, clock: Any = time.time) -> None:
        self.store: CredentialStore = store if store is not None else MemoryCredentialStore()
        self.ttl = ttl
        self.clock = clock

    def issue(self, tenant: str | None, *, browser: str | None = None, credential_id: str | None = None) -> str:
        """A new state for ``tenant``; ``browser`` (a secret the browser holds in a cookie) binds it."""
        state = secrets.token_urlsafe(32)
        bound = digest(browser) if browser else None
        self.store.save_state(digest(state), PendingState(tenant, self.clock() + self.ttl, bound, credential_id))
        return state

    def consume(
        self, state: str | None, tenant: str | None | object = None, *, browser: str | None = None
    ) -> PendingState:
        """Accept ``state`` once, for the tenant it was issued to; raise :class:`OAuthError` otherwise.

        ``tenant=ANY_TENANT``: the state alone is the capability (a callback endpoint, which learns the
        tenant from the state). A state bound to a browser is accepted only with that browser's secret.
        """
        pending = self.store.take_state(digest(state)) if state and len(state) <= 512 else None
        if pending is None:
            raise OAuthError(
                "The authorization could not be verified (unknown or already used state). "
                "Start connecting Intercom again."
            )
        if tenant is not ANY_TENANT and not secrets.compare_digest(str(pending.tenant), str(tenant)):
            raise OAuthError("The authorization was started for another account. Start connecting Intercom again.")
        if pending.browser and not (browser and secrets.compare_digest(pending.browser, digest(browser))):
            # Not this browser's: the state stays for the browser that holds it (a stranger cannot burn it).
            self.store.save_state(digest(state or ""), pending)
            raise WrongBrowserError(
                "This connection was started in another browser: finish it in the browser that started it, "
                "or start connecting Intercom again here."
            )
        if self.clock() > pending.expires_at:
            raise OAuthError("The authorization expired. Start connecting Intercom again.")
        return pending


class OAuthFlow:
    """Intercom's authorization-code flow over a credential store."""

    def __init__(
        self,
        config: OAuthConfig,
        store: CredentialStore,
        *,
        states: StateStore | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.states = states or StateStore(store)
        self._transport = transport

    def start(
        self, tenant: str | None = None, *, browser: str | None = None, credential_id: str | None = None, **extra: str
    ) -> tuple[str, str]:
        """(authorize URL, state) for a tenant; send the person to the URL. ``browser`` binds the state to
        the browser holding that secret; ``credential_id`` is the credential the sign-in will (re)connect."""
        state = self.states.issue(tenant, browser=browser, credential_id=credential_id)
        query = {"client_id": self.config.client_id, "state": state, **extra}
        if self.config.redirect_uri:
            query["redirect_uri"] = self.config.redirect_uri
        return f"{self.config.authorize_url}?{urlencode(query)}", state

    def complete(
        self,
        code: str | None,
        state: str | None,
        tenant: str | None | object = None,
        credential_id: str | None = None,
        *,
        browser: str | None = None,
        identify: Callable[[Me], str] | None = None,
    ) -> Credential:
        """Finish at the callback: verify the state, exchange the code, identify the workspace, store.

        ``tenant=ANY_TENANT`` accepts the tenant the state was issued to (a server's /callback);
        ``browser`` is the secret of the browser at the callback (for a state bound to one); ``identify``
        names the tenant from the Intercom admin who signed in (one credential per person and workspace:
        a new sign-in supersedes the old token). The credential id is the state's, else ``credential_id``,
        else the one this tenant already has for the workspace, else a new one.
        """
        pending = self.states.consume(state, tenant, browser=browser)
        tenant = pending.tenant
        credential_id = credential_id or pending.credential_id
        if not code:
            raise OAuthError("Intercom sent no authorization code (was access denied?). Connect Intercom again.")
        with httpx.Client(transport=self._transport, timeout=30) as http:
            reply = http.post(
                f"{self.config.api_url}/auth/eagle/token",
                data={"code": code, "client_id": self.config.client_id, "client_secret": self.config.client_secret},
            )
        if reply.status_code != 200:
            raise OAuthError(
                f"Intercom refused the authorization code (HTTP {reply.status_code}). "
                "Codes are single-use and expire after about 5 minutes: connect Intercom again."
            )
        token = reply.json().get("access_token") or reply.json().get("token")
        if not token:
            raise OAuthError("Intercom's token response had no access token.")
        with IntercomClient(token, base_url=self.config.api_url, transport=self._transport) as client:
            me = client.call(ops.GET_ME)
        if identify is not None:
            tenant = identify(me)
        region = ((me.app.region if me.app else None) or "us").lower()
        base_url = REGION_URLS.get(region) if self.config.api_url == API_URL else self.config.api_url
        workspace_id = me.app.id_code if me.app else None
        # Reconnecting a workspace the tenant already connected reactivates that credential id.
        earlier = self.store.find(tenant, workspace_id) if workspace_id and not credential_id else None
        superseded = earlier or (self.store.get(credential_id) if credential_id else None)
        if superseded is not None and superseded.token and superseded.token != token:
            self._uninstall(superseded)  # one live Intercom token per credential: the old one is revoked
        credential = Credential(
            credential_id=credential_id or (earlier.credential_id if earlier else "cred_" + secrets.token_hex(8)),
            token=token,
            workspace_id=workspace_id,
            workspace_name=me.app.name if me.app else None,
            region=region,
            base_url=base_url,
            tenant=tenant,
        )
        self.store.put(credential)
        return credential

    def _uninstall(self, credential: Credential) -> bool:
        """Revoke a token at Intercom (``POST /auth/uninstall``), best effort: whether Intercom confirmed."""
        try:
            with httpx.Client(transport=self._transport, timeout=30) as http:
                reply = http.post(
                    f"{credential.base_url or self.config.api_url}/auth/uninstall",
                    headers={"Authorization": f"Bearer {credential.token}"},
                )
        except httpx.HTTPError:
            return False
        return reply.status_code < 300

    def disconnect(self, credential_id: str, *, forget: bool = False) -> bool:
        """Revoke the token at Intercom (best effort), erase it, and mark the credential disconnected.

        With ``forget`` the credential is deleted from the store instead of kept (as ``disconnected``,
        for the record). Returns whether Intercom confirmed the revocation; the token is gone either way.
        """
        credential = self.store.get(credential_id)
        if credential is None:
            raise InvalidInputError(
                "credential_id", f"no credential {credential_id!r}.", fix="List them with: intercom-agent credentials"
            )
        revoked = self._uninstall(credential) if credential.token else False
        self.store.set_status(credential_id, "disconnected")
        if forget:
            self.store.delete(credential_id)
        return revoked


def store_provider(
    default_credential_id: str | None,
    store: CredentialStore | None = None,
    transport: Any = None,
    async_store: AsyncCredentialStore | None = None,
) -> ResolvedClients:
    """Clients for stored credentials: each call's credential id (or the default) is resolved in the store.

    Without a store, the configured one (:func:`~intercom_agent.stores.open_store`), opened on first
    use; async callers then resolve through the configured async store, so a server's event loop
    never waits on the database.
    """
    if store is None:
        store = cast(CredentialStore, _Lazy(open_store))
        async_store = async_store or cast(AsyncCredentialStore, _Lazy(open_async_store))
    resolve, unauthorized = resolver_for(store)
    clients = ResolvedClients(
        resolve,
        async_resolver=async_resolver_for(async_store) if async_store is not None else None,
        default_credential_id=default_credential_id,
        transport=transport,
        on_unauthorized=unauthorized,
    )
    clients.async_store = async_store
    return clients


class _Lazy:
    """A store opened on first use (a server may build providers inside its event loop)."""

    def __init__(self, opener: Callable[[], Any]) -> None:
        self._opener = opener
        self._store: Any = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._store is None:
                self._store = self._opener()
        return getattr(self._store, name)

    async def close(self) -> None:
        """Close the store if it was ever opened (never open it just to close it)."""
        closing = getattr(self._store, "close", None) if self._store is not None else None
        if closing is not None:
            result = closing()
            if asyncio.iscoroutine(result):
                await result


def app_credentials(environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """Your Intercom app's OAuth client id and secret (INTERCOM_CLIENT_ID, INTERCOM_CLIENT_SECRET), if set."""
    env = os.environ if environ is None else environ
    client_id, secret = env.get("INTERCOM_CLIENT_ID"), env.get("INTERCOM_CLIENT_SECRET")
    return (client_id, secret) if client_id and secret else None


def server_flow(redirect_uri: str, environ: Mapping[str, str] | None = None, store: Any = None) -> OAuthFlow | None:
    """The OAuth flow a server runs over the configured store; None without the app's credentials.

    INTERCOM_AUTHORIZE_URL and INTERCOM_OAUTH_API_URL point it elsewhere (the sandbox, in tests).
    """
    env = os.environ if environ is None else environ
    app = app_credentials(env)
    if app is None:
        return None
    config = OAuthConfig(
        *app,
        redirect_uri=redirect_uri,
        authorize_url=env.get("INTERCOM_AUTHORIZE_URL", AUTHORIZE_URL),
        api_url=env.get("INTERCOM_OAUTH_API_URL", API_URL),
    )
    return OAuthFlow(config, store if store is not None else open_store(env))


CONNECT_PATH = "/intercom/callback"


class ConnectLinks:
    """Links that connect (or reconnect) a credential from inside a conversation.

    A link is Intercom's authorize URL with a state that names the credential id and its tenant (kept
    in the store: single-use, 10 minutes, any replica may finish it). The person opens it, signs in,
    and Intercom sends them to this deployment's callback (``<public_url>/intercom/callback``), which
    stores the token under that credential id, reactivating it. Then the conversation resumes.
    """

    def __init__(self, flow: OAuthFlow) -> None:
        self.flow = flow

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, store: Any = None) -> ConnectLinks | None:
        """From INTERCOM_CLIENT_ID / INTERCOM_CLIENT_SECRET and INTERCOM_AGENT_PUBLIC_URL (the base URL where
        this deployment's connect routes are reachable); None when any is missing."""
        env = os.environ if environ is None else environ
        public = env.get(PUBLIC_URL_VARIABLE, "").strip().rstrip("/")
        if not public:
            return None
        flow = server_flow(public + CONNECT_PATH, env, store if store is not None else _Lazy(lambda: open_store(env)))
        return cls(flow) if flow is not None else None

    def link(self, credential_id: str) -> str:
        """A fresh link that (re)connects ``credential_id`` (reads the store: call it off the event loop)."""
        existing = self.flow.store.get(credential_id)
        url, _ = self.flow.start(existing.tenant if existing else None, credential_id=credential_id)
        return url

    def prompt(self, credential_id: str) -> dict[str, str]:
        """What a conversation shows to ask for the connection: the interrupt's value."""
        return {
            "type": "connect_intercom",
            "url": self.link(credential_id),
            "message": "Intercom is not connected for this account: open the link to connect it (it works once, "
            "for 10 minutes), then continue; your question is kept.",
        }


__all__ = [
    "ANY_TENANT",
    "CONNECT_PATH",
    "ConnectLinks",
    "OAuthConfig",
    "OAuthFlow",
    "StateStore",
    "app_credentials",
    "server_flow",
    "store_provider",
]
