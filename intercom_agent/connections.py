"""From a credential id to an Intercom client, per tenant.

Tools and flows never take a token from a model. They read a credential id from the LangGraph
runtime context (:class:`IntercomContext`) and ask a :class:`ClientProvider` for that tenant's
clients; with no context they use the provider's default (single-user mode). Every credential id gets
its own clients (and, keyed by its token, its own rate limiter): nothing is shared across tenants.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.errors import AuthenticationError, NotConnectedError
from intercom_agent.ratelimit import RetryConfig


def well_formed(key: object) -> bool:
    """Whether a credential id or tenant can be a key at all: text, 1-255 characters, no control characters
    (a NUL byte would make PostgreSQL fail; anything else is looked up and simply not found)."""
    return isinstance(key, str) and 0 < len(key) <= 255 and not any(ord(ch) < 32 or ord(ch) == 127 for ch in key)


@dataclass
class IntercomContext:
    """The LangGraph runtime context for Intercom tools, flows and agents.

    ``credential_id`` names a stored connection (a user's or tenant's); it is never the token itself.
    """

    credential_id: str | None = None


@dataclass(frozen=True)
class Connection:
    """What a credential id resolves to. ``token`` is the secret: kept out of every repr."""

    token: str = field(repr=False)
    region: str | None = "us"
    base_url: str | None = None
    workspace_id: str | None = None


class ClientProvider(Protocol):
    """Gives the clients for a credential id (``None``: the default connection)."""

    def sync_client(self, credential_id: str | None) -> IntercomClient: ...

    async def async_client(self, credential_id: str | None) -> AsyncIntercomClient: ...

    def describe(self) -> str: ...

    def close(self) -> None: ...


class StaticClients:
    """Single-user mode: one connection for every call; a credential id is not expected."""

    def __init__(self, client: IntercomClient | None = None, async_client: AsyncIntercomClient | None = None) -> None:
        if client is None and async_client is None:
            client = IntercomClient.from_env()
        self._sync = client
        self._async = async_client
        self._lock = threading.Lock()

    def _reject(self, credential_id: str | None) -> None:
        if credential_id is not None:
            raise NotConnectedError(credential_id, "unknown (this toolkit is bound to a single connection)")

    def sync_client(self, credential_id: str | None) -> IntercomClient:
        self._reject(credential_id)
        with self._lock:
            if self._sync is None:
                assert self._async is not None
                self._sync = self._async.to_sync()
            return self._sync

    async def async_client(self, credential_id: str | None) -> AsyncIntercomClient:
        self._reject(credential_id)
        with self._lock:
            if self._async is None:
                assert self._sync is not None
                self._async = self._sync.to_async()
            return self._async

    def close(self) -> None:
        """Close the clients' connections."""
        if self._sync is not None:
            self._sync.close()
        if self._async is not None:
            self._async.close()

    async def aclose(self) -> None:
        """Close the async client's connections from the loop that used them."""
        if self._async is not None:
            await self._async.aclose()

    def describe(self) -> str:
        client = self._sync or self._async
        assert client is not None
        return client.describe()

    @property
    def is_sandbox(self) -> bool:
        """Whether this connection is the embedded sandbox (demo data, said so to users)."""
        client = self._sync or self._async
        return bool(getattr(client, "is_sandbox", False))


Resolver = Callable[[str], Connection | None]
AsyncResolver = Callable[[str], Awaitable[Connection | None]]


_MARKING: set[asyncio.Future[None]] = set()  # 401 marks still being written (kept from the GC)


class ResolvedClients:
    """Multi-tenant mode: a resolver maps each credential id to its :class:`Connection`.

    The resolver is asked on every call (so a disconnected credential stops working at once); the
    clients built for a credential are reused while its token stays the same. ``transport`` (for
    example a sandbox's) is used for every tenant.
    """

    def __init__(
        self,
        resolver: Resolver,
        *,
        async_resolver: AsyncResolver | None = None,
        default_credential_id: str | None = None,
        transport: Any = None,
        retry: RetryConfig | None = None,
        max_concurrency: int = 8,
        timeout: float | httpx.Timeout = 30.0,
        on_unauthorized: Callable[[str], None] | None = None,
    ) -> None:
        self._resolver = resolver
        self._async_resolver = async_resolver
        self.async_store: Any = None  # closed by aclose() when set (store_provider sets it)
        self._default = default_credential_id
        self._transport = transport
        self._options: dict[str, Any] = {
            "retry": retry,
            "max_concurrency": max_concurrency,
            "timeout": timeout,
        }
        self._lock = threading.Lock()
        self._sync: dict[str, tuple[Connection, IntercomClient]] = {}
        self._async: dict[str, tuple[Connection, AsyncIntercomClient]] = {}
        self.on_unauthorized = on_unauthorized

    def _credential_id(self, credential_id: str | None) -> str:
        cid = credential_id or self._default
        if not cid:
            raise NotConnectedError(None, "missing")
        if not well_formed(cid):  # never sent to a database
            raise NotConnectedError(None, "malformed")
        return cid

    def _client(self, cache: dict[str, tuple[Connection, Any]], kind: type[Any], cid: str, connection: Any) -> Any:
        if connection is None:
            raise NotConnectedError(cid, "not connected")
        with self._lock:
            cached = cache.get(cid)
            if cached is None or cached[0] != connection:  # new credential, or its token or region changed
                if cached is not None:
                    cached[1].close()  # the old token's client (a reconnected credential gets a fresh one)
                client = kind(
                    connection.token,
                    region=connection.region,
                    base_url=connection.base_url,
                    transport=self._transport,
                    on_unauthorized=self._unauthorized(cid, kind is AsyncIntercomClient),
                    **self._options,
                )
                cache[cid] = cached = (connection, client)
            return cached[1]

    def sync_client(self, credential_id: str | None) -> IntercomClient:
        cid = self._credential_id(credential_id)
        client: IntercomClient = self._client(self._sync, IntercomClient, cid, self._resolver(cid))
        return client

    async def async_client(self, credential_id: str | None) -> AsyncIntercomClient:
        """The tenant's async client; with an async resolver the event loop never waits on the store."""
        cid = self._credential_id(credential_id)
        if self._async_resolver is not None:
            connection = await self._async_resolver(cid)
        else:
            connection = self._resolver(cid)
        client: AsyncIntercomClient = self._client(self._async, AsyncIntercomClient, cid, connection)
        return client

    def close(self) -> None:
        """Close every tenant's clients."""
        with self._lock:
            clients = [c for _, c in self._sync.values()] + [c for _, c in self._async.values()]
            self._sync.clear()
            self._async.clear()
        for client in clients:
            client.close()

    async def aclose(self) -> None:
        """Close every tenant's async clients and the async store, from the loop that used them (a
        server's shutdown)."""
        with self._lock:
            clients = [c for _, c in self._async.values()]
            self._async.clear()
        for client in clients:
            await client.aclose()
        closing = getattr(self.async_store, "close", None) if self.async_store is not None else None
        if closing is not None and asyncio.iscoroutinefunction(closing):
            await closing()

    def _unauthorized(self, credential_id: str, in_thread: bool) -> Callable[[], None] | None:
        """The 401 hook for one credential; for async clients it runs in a thread (it writes the store)."""
        hook = self.on_unauthorized
        if hook is None:
            return None
        if not in_thread:
            return lambda: hook(credential_id)

        def mark() -> None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                hook(credential_id)
                return
            future = loop.run_in_executor(None, hook, credential_id)
            _MARKING.add(future)
            future.add_done_callback(_MARKING.discard)

        return mark

    def describe(self) -> str:
        return "Using per-tenant Intercom connections (credential ids from the runtime context)."


def in_graph_run() -> bool:
    """Whether the caller runs inside a LangGraph run (where ``interrupt`` can pause it)."""
    from langgraph.config import get_config

    try:
        get_config()
    except RuntimeError:
        return False
    return True


def connect_prompt(connect: Any, credential_id: str | None, error: BaseException) -> dict[str, str] | None:
    """The interrupt value that asks the person to (re)connect ``credential_id``; None when the error is not a
    missing or refused connection, when no links are configured, or outside a LangGraph run."""
    if connect is None or not credential_id or not isinstance(error, NotConnectedError | AuthenticationError):
        return None
    if getattr(error, "reason", None) == "malformed" or not in_graph_run():
        return None
    prompt: dict[str, str] = connect.prompt(credential_id)
    return prompt
