"""The credential store: credential id -> an Intercom connection (token, workspace, region, status).

:class:`SqliteCredentialStore` is the embedded default: one SQLite file in the user's data directory,
tokens encrypted at rest with Fernet (``cryptography``), the key from ``INTERCOM_AGENT_KEY`` or a key
file created beside the database; both files are mode 0600. A platform plugs in its own store (say
Postgres) by implementing :class:`CredentialStore` (sync) or :class:`AsyncCredentialStore`; see
docs/credentials.md for an example.

Intercom access tokens do not expire and Intercom issues no refresh token: a credential stays valid
until the app is uninstalled or the token revoked. A 401 marks it ``invalid``; disconnecting marks it
``disconnected`` and erases the token.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from intercom_agent.connections import Connection

Status = Literal["active", "invalid", "disconnected"]


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


class CredentialStore(Protocol):
    """What a store must do (synchronously). Implement it to keep credentials in your own database."""

    def get(self, credential_id: str) -> Credential | None: ...

    def put(self, credential: Credential) -> None: ...

    def set_status(self, credential_id: str, status: Status) -> None: ...

    def touch(self, credential_id: str) -> None: ...

    def list(self) -> list[Credential]: ...


class AsyncCredentialStore(Protocol):
    """The same interface, awaited, for stores backed by an async driver."""

    async def get(self, credential_id: str) -> Credential | None: ...

    async def put(self, credential: Credential) -> None: ...

    async def set_status(self, credential_id: str, status: Status) -> None: ...

    async def touch(self, credential_id: str) -> None: ...

    async def list(self) -> list[Credential]: ...


class AsyncStore:
    """Any sync :class:`CredentialStore` as an :class:`AsyncCredentialStore` (calls run in a thread)."""

    def __init__(self, store: CredentialStore) -> None:
        self.store = store

    async def get(self, credential_id: str) -> Credential | None:
        return await asyncio.to_thread(self.store.get, credential_id)

    async def put(self, credential: Credential) -> None:
        await asyncio.to_thread(self.store.put, credential)

    async def set_status(self, credential_id: str, status: Status) -> None:
        await asyncio.to_thread(self.store.set_status, credential_id, status)

    async def touch(self, credential_id: str) -> None:
        await asyncio.to_thread(self.store.touch, credential_id)

    async def list(self) -> list[Credential]:
        return await asyncio.to_thread(self.store.list)


def data_dir(environ: dict[str, str] | None = None) -> Path:
    """Where the embedded store lives: $INTERCOM_AGENT_HOME, else the XDG data dir."""
    env = dict(os.environ) if environ is None else environ
    if env.get("INTERCOM_AGENT_HOME"):
        return Path(env["INTERCOM_AGENT_HOME"])
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "intercom-agent"


def _private_file(path: Path) -> None:
    """Create ``path`` if missing, and make it readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def load_key(directory: Path, environ: dict[str, str] | None = None) -> bytes:
    """The Fernet key: $INTERCOM_AGENT_KEY, else a key file (created with mode 0600 on first use)."""
    from cryptography.fernet import Fernet

    env = dict(os.environ) if environ is None else environ
    if env.get("INTERCOM_AGENT_KEY"):
        return env["INTERCOM_AGENT_KEY"].encode()
    key_file = directory / "key"
    if not key_file.exists() or key_file.stat().st_size == 0:
        _private_file(key_file)
        key_file.write_bytes(Fernet.generate_key())
    os.chmod(key_file, stat.S_IRUSR | stat.S_IWUSR)
    return key_file.read_bytes().strip()


class SqliteCredentialStore:
    """The embedded store: SQLite, tokens encrypted with Fernet, files 0600. Thread-safe."""

    def __init__(self, path: Path | str, key: bytes) -> None:
        from cryptography.fernet import Fernet

        self.path = Path(path)
        _private_file(self.path)
        self._fernet = Fernet(key)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS credentials (credential_id TEXT PRIMARY KEY, token BLOB, workspace_id TEXT,"
            " workspace_name TEXT, region TEXT, base_url TEXT, created_at REAL, last_used_at REAL, status TEXT,"
            " tenant TEXT)"
        )
        self._db.commit()
        for suffix in ("-journal", "-wal"):  # keep SQLite's side files private too
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.chmod(side, stat.S_IRUSR | stat.S_IWUSR)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> SqliteCredentialStore:
        directory = data_dir(environ)
        return cls(directory / "credentials.sqlite3", load_key(directory, environ))

    def __repr__(self) -> str:
        return f"SqliteCredentialStore({str(self.path)!r})"

    def _row(self, row: Any) -> Credential:
        token = self._fernet.decrypt(row[1]).decode() if row[1] else ""
        return Credential(
            credential_id=row[0],
            token=token,
            workspace_id=row[2],
            workspace_name=row[3],
            region=row[4],
            base_url=row[5],
            created_at=row[6],
            last_used_at=row[7],
            status=row[8],
            tenant=row[9],
        )

    def get(self, credential_id: str) -> Credential | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM credentials WHERE credential_id = ?", (credential_id,)).fetchone()
        return self._row(row) if row else None

    def put(self, credential: Credential) -> None:
        sealed = self._fernet.encrypt(credential.token.encode()) if credential.token else b""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO credentials VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    credential.credential_id,
                    sealed,
                    credential.workspace_id,
                    credential.workspace_name,
                    credential.region,
                    credential.base_url,
                    credential.created_at,
                    credential.last_used_at,
                    credential.status,
                    credential.tenant,
                ),
            )
            self._db.commit()

    def set_status(self, credential_id: str, status: Status) -> None:
        current = self.get(credential_id)
        if current is None:
            return
        # A disconnected credential keeps no token at all.
        self.put(replace(current, status=status, token="" if status == "disconnected" else current.token))

    def touch(self, credential_id: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE credentials SET last_used_at = ? WHERE credential_id = ?", (time.time(), credential_id)
            )
            self._db.commit()

    def list(self) -> list[Credential]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM credentials ORDER BY created_at").fetchall()
        return [self._row(row) for row in rows]

    def close(self) -> None:
        self._db.close()


class MemoryCredentialStore:
    """A store in a dict, for tests and short-lived processes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, Credential] = {}

    def get(self, credential_id: str) -> Credential | None:
        with self._lock:
            return self._items.get(credential_id)

    def put(self, credential: Credential) -> None:
        with self._lock:
            self._items[credential.credential_id] = credential

    def set_status(self, credential_id: str, status: Status) -> None:
        with self._lock:
            if credential_id in self._items:
                current = self._items[credential_id]
                self._items[credential_id] = replace(
                    current, status=status, token="" if status == "disconnected" else current.token
                )

    def touch(self, credential_id: str) -> None:
        with self._lock:
            if credential_id in self._items:
                self._items[credential_id] = replace(self._items[credential_id], last_used_at=time.time())

    def list(self) -> list[Credential]:
        with self._lock:
            return list(self._items.values())


def resolver_for(
    store: CredentialStore,
) -> tuple[Callable[[str], Connection | None], Callable[[str], None]]:
    """(resolver, on_unauthorized) for :class:`~intercom_agent.connections.ResolvedClients`.

    The resolver gives the connection of an *active* credential (and records its use); anything
    else (unknown, invalid, disconnected) resolves to None, which refuses with the connect message
    before any request is sent.
    """

    def resolve(credential_id: str) -> Connection | None:
        credential = store.get(credential_id)
        if credential is None or credential.status != "active" or not credential.token:
            return None
        store.touch(credential_id)
        return credential.connection()

    def unauthorized(credential_id: str) -> None:
        store.set_status(credential_id, "invalid")

    return resolve, unauthorized
