"""What a credential store is: the record, the sync and async contracts, and resolution.

A store maps a credential id to one Intercom connection (token, workspace, region, status) and keeps
the pending OAuth authorizations (``state`` values), so a flow started on one replica can finish on
another and each state is accepted exactly once. The contract every store meets (one test suite runs
it against the in-memory, SQLite and PostgreSQL stores):

- only ``active`` credentials with a token resolve; a 401 marks a credential ``invalid``;
- ``set_status(id, "disconnected")`` erases the token; ``delete`` forgets the credential;
- ``find(tenant, workspace_id)`` gives the credential a tenant already has for a workspace, so
  reconnecting it reactivates the same id;
- ``take_state`` returns a pending state once and removes it (atomic across processes);
- ``record_audit`` appends to the audit trail (and drops entries past retention); ``records_read``
  sums what a credential read since an instant (the per-hour record limit, shared by replicas).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

from intercom_agent.connections import Connection

Status = Literal["active", "invalid", "disconnected"]
TOUCH_INTERVAL = 60.0  # seconds: last_used_at is written at most this often per credential


@dataclass(frozen=True)
class Credential:
    """One stored connection. ``token`` is secret: it is in no repr and never printed."""

    credential_id: str
    token: str = field(repr=False)
    workspace_id: str | None = None
    workspace_name: str | None = None
    region: str = "us"
    base_url: str | None = None
    created_at: float = field(default_factory=time.time)
    last_used_at: float | None = None
    status: Status = "active"
    tenant: str | None = None

    def connection(self) -> Connection:
        return Connection(self.token, region=self.region, base_url=self.base_url, workspace_id=self.workspace_id)


@dataclass(slots=True)
class AuditEntry:
    """One tool call or flow run, as the audit trail keeps it: never a token, never a personal value.

    ``args`` is the arguments' shape: ids, numbers and choices as given, free text as a keyed hash.
    """

    at: float
    tool: str
    credential_id: str | None = None
    tenant: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    records: int = 0
    outcome: str = "ok"
    duration_ms: float = 0.0
    front_end: str = "library"


@dataclass(frozen=True)
class PendingState:
    """An OAuth authorization that was started: for whom, until when it may complete, and (when the
    browser that started it came through us) a digest of that browser's binding cookie."""

    tenant: str | None
    expires_at: float
    browser: str | None = None
    credential_id: str | None = None  # the credential the sign-in connects (reconnects), when known


class CredentialStore(Protocol):
    """What a store must do (synchronously). Implement it to keep credentials in your own database."""

    def get(self, credential_id: str) -> Credential | None: ...

    def put(self, credential: Credential) -> None: ...

    def set_status(self, credential_id: str, status: Status) -> None: ...

    def touch(self, credential_id: str, when: float | None = None) -> None: ...

    def list(self, tenant: str | None = None) -> list[Credential]: ...

    def delete(self, credential_id: str) -> bool: ...

    def find(self, tenant: str | None, workspace_id: str) -> Credential | None: ...

    def save_state(self, state: str, pending: PendingState) -> None: ...

    def take_state(self, state: str) -> PendingState | None: ...


class AuditStore(Protocol):
    """Where the audit trail lives (the credential store's ``audit`` table), shared by replicas."""

    def record_audit(self, entries: list[AuditEntry], purge_before: float | None = None) -> None: ...

    def audit(
        self, credential_id: str | None = None, since: float | None = None, limit: int = 1000
    ) -> list[AuditEntry]: ...

    def records_read(self, credential_id: str | None, since: float) -> tuple[int, float | None]: ...

    def digest(self, text: str) -> str: ...


class GrantStore(Protocol):
    """What an authorization server keeps (registered clients, codes, tokens), sealed at rest and
    shared by replicas. ``take_grant`` is atomic: a code or refresh token is accepted once."""

    def save_grant(self, kind: str, key: str, value: str, expires_at: float) -> None: ...

    def get_grant(self, kind: str, key: str) -> str | None: ...

    def take_grant(self, kind: str, key: str) -> str | None: ...

    def drop_grant(self, kind: str, key: str) -> None: ...


class AsyncCredentialStore(Protocol):
    """The same interface, awaited, for stores backed by an async driver."""

    async def get(self, credential_id: str) -> Credential | None: ...

    async def put(self, credential: Credential) -> None: ...

    async def set_status(self, credential_id: str, status: Status) -> None: ...

    async def touch(self, credential_id: str, when: float | None = None) -> None: ...

    async def list(self, tenant: str | None = None) -> list[Credential]: ...

    async def delete(self, credential_id: str) -> bool: ...

    async def find(self, tenant: str | None, workspace_id: str) -> Credential | None: ...

    async def save_state(self, state: str, pending: PendingState) -> None: ...

    async def take_state(self, state: str) -> PendingState | None: ...


class AsyncStore:
    """Any sync :class:`CredentialStore` as an :class:`AsyncCredentialStore` (calls run in a thread).

    Given a function instead of a store, it opens the store on first use, in a thread too: an event
    loop (LangGraph Server's) never waits on a file or a database, not even to open it.
    """

    def __init__(self, store: CredentialStore | Callable[[], CredentialStore]) -> None:
        opened = hasattr(store, "get")
        self.store: CredentialStore | None = cast(CredentialStore, store) if opened else None
        self._opener = None if opened else cast(Callable[[], CredentialStore], store)

    async def _open(self) -> CredentialStore:
        if self.store is None:
            assert self._opener is not None
            store = await asyncio.to_thread(self._opener)
            self.store = self.store or store
        return self.store

    async def _call(self, method: str, *args: Any) -> Any:
        return await asyncio.to_thread(getattr(await self._open(), method), *args)

    async def get(self, credential_id: str) -> Credential | None:
        found: Credential | None = await self._call("get", credential_id)
        return found

    async def put(self, credential: Credential) -> None:
        await self._call("put", credential)

    async def set_status(self, credential_id: str, status: Status) -> None:
        await self._call("set_status", credential_id, status)

    async def touch(self, credential_id: str, when: float | None = None) -> None:
        await self._call("touch", credential_id, when)

    async def list(self, tenant: str | None = None) -> list[Credential]:
        found: list[Credential] = await self._call("list", tenant)
        return found

    async def delete(self, credential_id: str) -> bool:
        return bool(await self._call("delete", credential_id))

    async def find(self, tenant: str | None, workspace_id: str) -> Credential | None:
        found: Credential | None = await self._call("find", tenant, workspace_id)
        return found

    async def save_state(self, state: str, pending: PendingState) -> None:
        await self._call("save_state", state, pending)

    async def take_state(self, state: str) -> PendingState | None:
        found: PendingState | None = await self._call("take_state", state)
        return found

    async def close(self) -> None:
        closing = getattr(self.store, "close", None) if self.store is not None else None
        if closing is not None:
            await asyncio.to_thread(closing)


def usable(credential: Credential | None) -> bool:
    return credential is not None and credential.status == "active" and bool(credential.token)


class _Touches:
    """Which credentials had their last use recorded recently (so a busy tenant is not a write per call)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}

    def due(self, credential_id: str) -> float | None:
        now = self.clock()
        with self._lock:
            if now - self._last.get(credential_id, float("-inf")) < TOUCH_INTERVAL:
                return None
            self._last[credential_id] = now
        return now


def resolver_for(
    store: CredentialStore, clock: Callable[[], float] = time.time
) -> tuple[Callable[[str], Connection | None], Callable[[str], None]]:
    """(resolver, on_unauthorized) for :class:`~intercom_agent.connections.ResolvedClients`.

    The resolver gives the connection of an *active* credential (and records its use, at most once a
    minute); anything else (unknown, invalid, disconnected) resolves to None, which refuses with the
    connect message before any request is sent.
    """
    touches = _Touches(clock)

    def resolve(credential_id: str) -> Connection | None:
        credential = store.get(credential_id)
        if credential is None or not usable(credential):
            return None
        when = touches.due(credential_id)
        if when is not None:
            store.touch(credential_id, when)
        return credential.connection()

    def unauthorized(credential_id: str) -> None:
        store.set_status(credential_id, "invalid")

    return resolve, unauthorized


def async_resolver_for(
    store: AsyncCredentialStore, clock: Callable[[], float] = time.time
) -> Callable[[str], Awaitable[Connection | None]]:
    """The awaited resolver, for servers whose event loop must never block on the database."""
    touches = _Touches(clock)

    async def resolve(credential_id: str) -> Connection | None:
        credential = await store.get(credential_id)
        if credential is None or not usable(credential):
            return None
        when = touches.due(credential_id)
        if when is not None:
            await store.touch(credential_id, when)
        return credential.connection()

    return resolve
