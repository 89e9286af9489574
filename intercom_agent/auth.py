"""Connecting Intercom: the OAuth 2.0 authorization-code flow, disconnect, and the CLI commands.

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

import argparse
import asyncio
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from intercom_agent import operations as ops
from intercom_agent.cli_policy import bind, port
from intercom_agent.client import REGION_URLS, IntercomClient
from intercom_agent.connections import ResolvedClients
from intercom_agent.errors import InvalidInputError, OAuthError
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


@dataclass(frozen=True)
class OAuthConfig:
    """Your Intercom app's OAuth settings (Developer Hub → Authentication). The secret stays out of reprs."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str | None = None
    authorize_url: str = AUTHORIZE_URL
    api_url: str = API_URL  # token exchange, /me and uninstall (the US host routes to every region)


ANY_TENANT = object()  # consume(state, ANY_TENANT): the state names the tenant


class StateStore:
    """Pending authorizations: each state is random, single-use, bound to a tenant, and expires.

    They live in the credential store, so the callback may reach another replica than the one that
    started the flow; ``take_state`` removes a state atomically, so it is accepted once.
    """

    def __init__(self, store: CredentialStore | None = None, ttl: float = STATE_TTL, clock: Any = time.time) -> None:
        self.store: CredentialStore = store if store is not None else MemoryCredentialStore()
        self.ttl = ttl
        self.clock = clock

    def issue(self, tenant: str | None) -> str:
        state = secrets.token_urlsafe(32)
        self.store.save_state(state, PendingState(tenant, self.clock() + self.ttl))
        return state

    def consume(self, state: str | None, tenant: str | None | object = None) -> str | None:
        """Accept ``state`` once, for the tenant it was issued to; raise :class:`OAuthError` otherwise.

        ``tenant=ANY_TENANT``: the state alone is the capability (a callback endpoint, which learns the
        tenant from the state). Returns the tenant the state was issued to.
        """
        pending = self.store.take_state(state) if state else None
        if pending is None:
            raise OAuthError(
                "The authorization could not be verified (unknown or already used state). "
                "Start connecting Intercom again."
            )
        if tenant is not ANY_TENANT and not secrets.compare_digest(str(pending.tenant), str(tenant)):
            raise OAuthError("The authorization was started for another account. Start connecting Intercom again.")
        if self.clock() > pending.expires_at:
            raise OAuthError("The authorization expired. Start connecting Intercom again.")
        return pending.tenant


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

    def start(self, tenant: str | None = None, **extra: str) -> tuple[str, str]:
        """(authorize URL, state) for a tenant; send the person to the URL."""
        state = self.states.issue(tenant)
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
    ) -> Credential:
        """Finish at the callback: verify the state, exchange the code, identify the workspace, store.

        ``tenant=ANY_TENANT`` accepts the tenant the state was issued to (a server's /callback).
        """
        tenant = self.states.consume(state, tenant)
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
        region = ((me.app.region if me.app else None) or "us").lower()
        base_url = REGION_URLS.get(region) if self.config.api_url == API_URL else self.config.api_url
        workspace_id = me.app.id_code if me.app else None
        # Reconnecting a workspace the tenant already connected reactivates that credential id.
        earlier = self.store.find(tenant, workspace_id) if workspace_id and not credential_id else None
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
        revoked = False
        if credential.token:
            try:
                with httpx.Client(transport=self._transport, timeout=30) as http:
                    reply = http.post(
                        f"{credential.base_url or self.config.api_url}/auth/uninstall",
                        headers={"Authorization": f"Bearer {credential.token}"},
                    )
                revoked = reply.status_code < 300
            except httpx.HTTPError:
                revoked = False
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


# ---- the one-shot callback server and the CLI commands --------------------------------------------


def wait_for_callback(port: int, timeout: float, on_ready: Any) -> dict[str, str]:
    """Serve one request on 127.0.0.1 at /callback and return its query (code, state)."""
    received: dict[str, str] = {}

    class Callback(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            parts = urlsplit(self.path)
            if parts.path != "/callback":
                self.send_response(404)
                self.end_headers()
                return
            received.update({k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()})
            body = b"Intercom is connected. You can close this window and return to the terminal.\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:  # keep codes out of the terminal
            return

    server = HTTPServer(("127.0.0.1", port), Callback, bind_and_activate=False)
    server.socket.close()
    server.socket = bind("127.0.0.1", port)  # a busy port is one line: "port N ... is already in use"
    server.server_address = server.socket.getsockname()[:2]
    server.timeout = 0.2
    on_ready(server.server_address[1])
    deadline = time.monotonic() + timeout
    try:
        while not received and time.monotonic() < deadline:
            server.handle_request()
    finally:
        server.server_close()
    if not received:
        raise OAuthError(f"No answer from Intercom within {timeout:.0f} seconds. Run intercom-agent connect again.")
    return received


def cmd_connect(args: argparse.Namespace) -> int:
    import os
    import webbrowser

    client_id = args.client_id or os.environ.get("INTERCOM_CLIENT_ID")
    client_secret = args.client_secret or os.environ.get("INTERCOM_CLIENT_SECRET")
    if not client_id or not client_secret:
        raise InvalidInputError(
            "--client-id/--client-secret",
            "your Intercom app's OAuth client id and secret are needed.",
            fix="Pass the flags or set INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET.",
        )
    store = open_store()
    tenant = args.tenant or "cli"
    holder: dict[str, Any] = {}

    def ready(port: int) -> None:
        config = OAuthConfig(
            client_id,
            client_secret,
            redirect_uri=f"http://127.0.0.1:{port}/callback",
            authorize_url=args.authorize_url,
            api_url=args.api_url,
        )
        holder["flow"] = flow = OAuthFlow(config, store)
        extra = {"workspace": args.workspace} if args.workspace else {}
        url, _ = flow.start(tenant, **extra)
        print(f"Open this URL to connect Intercom:\n  {url}", flush=True)
        if not args.no_browser:
            webbrowser.open(url)

    query = wait_for_callback(args.port, args.timeout, ready)
    credential = holder["flow"].complete(query.get("code"), query.get("state"), tenant)
    print(
        f"Connected workspace {credential.workspace_name} ({credential.workspace_id}, region "
        f"{credential.region}).\ncredential id: {credential.credential_id}"
    )
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    store = open_store()
    flow = OAuthFlow(OAuthConfig("", "", api_url=args.api_url), store)
    revoked = flow.disconnect(args.credential_id, forget=not args.keep)
    print(
        f"Disconnected {args.credential_id}: token revoked and erased, "
        + ("kept in the list as disconnected" if args.keep else "credential forgotten")
        + ("" if revoked else " (Intercom did not confirm the revocation; uninstall the app in Intercom to be sure)")
        + "."
    )
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt every stored token with the newest key (see docs/deploy.md, key rotation)."""
    import os

    from intercom_agent.stores import KEY_VARIABLE, Keyring, SqliteCredentialStore, data_dir, new_key
    from intercom_agent.stores.keys import read_key_file, write_key_file

    if args.new_key:
        print(new_key().decode())
        return 0
    if os.environ.get(KEY_VARIABLE, "").strip():  # keys managed by the operator: re-encrypt with the newest
        store = open_store()
        count = store.rotate_keys()
        print(f"Re-encrypted {count} tokens with the newest key of {KEY_VARIABLE}; the older keys can now be removed.")
        return 0
    directory = data_dir()  # the embedded store's key file: add a key, re-encrypt, drop the old ones
    key_file = directory / "key"
    keys = [new_key(), *read_key_file(key_file)]
    write_key_file(key_file, keys)
    sqlite_store = SqliteCredentialStore(directory / "credentials.sqlite3", Keyring(keys))
    count = sqlite_store.rotate_keys()
    sqlite_store.close()
    write_key_file(key_file, keys[:1])
    print(f"Re-encrypted {count} tokens with a new key; {key_file} now holds only the new key.")
    return 0


def cmd_credentials(args: argparse.Namespace) -> int:
    store = open_store()
    rows = store.list()
    if not rows:
        print("No stored credentials. Connect one with: intercom-agent connect")
        return 0
    print(f"{'CREDENTIAL ID':22} {'WORKSPACE':28} {'REGION':6} {'STATUS':12} {'LAST USED':20}")
    for c in rows:
        used = time.strftime("%Y-%m-%d %H:%M", time.gmtime(c.last_used_at)) if c.last_used_at else "-"
        workspace = f"{c.workspace_name or '-'} ({c.workspace_id or '-'})"
        print(f"{c.credential_id:22} {workspace:28} {c.region:6} {c.status:12} {used:20}")
    return 0


def add_auth_commands(sub: Any) -> None:
    connect = sub.add_parser("connect", help="connect an Intercom workspace with OAuth and store the credential")
    connect.add_argument("--client-id", default=None, help="or INTERCOM_CLIENT_ID")
    connect.add_argument("--client-secret", default=None, help="or INTERCOM_CLIENT_SECRET")
    connect.add_argument("--port", type=port, default=0, help="callback port on 127.0.0.1 (0: a free one)")
    connect.add_argument("--authorize-url", default=AUTHORIZE_URL)
    connect.add_argument("--api-url", default=API_URL)
    connect.add_argument("--workspace", default=None, help="(sandbox only) which demo workspace to connect")
    connect.add_argument("--tenant", default=None, help="the user or tenant this credential belongs to")
    connect.add_argument("--timeout", type=float, default=300.0)
    connect.add_argument("--no-browser", action="store_true")
    connect.set_defaults(func=cmd_connect)

    disconnect = sub.add_parser(
        "disconnect", help="revoke a stored credential at Intercom, erase its token and forget it"
    )
    disconnect.add_argument("credential_id")
    disconnect.add_argument("--keep", action="store_true", help="keep it listed (status disconnected) for the record")
    disconnect.add_argument("--api-url", default=API_URL)
    disconnect.set_defaults(func=cmd_disconnect)

    listing = sub.add_parser("credentials", help="list stored credentials (never their tokens)")
    listing.set_defaults(func=cmd_credentials)

    rotate = sub.add_parser("rotate-key", help="re-encrypt every stored token with the newest encryption key")
    rotate.add_argument(
        "--new-key", action="store_true", help="only print a fresh key (to put first in INTERCOM_AGENT_KEY)"
    )
    rotate.set_defaults(func=cmd_rotate_key)


__all__ = ["ANY_TENANT", "OAuthConfig", "OAuthFlow", "StateStore", "store_provider"]
