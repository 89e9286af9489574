"""PostgreSQL stores (the ``postgres`` extra: psycopg 3 and psycopg_pool), sync and async, pooled.

Tables (created and migrated on open, under an advisory lock so replicas can start together):
``intercom_agent_credentials``, ``intercom_agent_oauth_states``, ``intercom_agent_schema_version``.
Tokens are encrypted with the same Fernet keyring as the embedded store; the key comes from
``INTERCOM_AGENT_KEY`` (required: replicas must share it). Configure with
``INTERCOM_AGENT_DATABASE_URL`` (a libpq URL, e.g. ``postgresql://user:pass@host:5432/db``).
"""

from __future__ import annotations

import time
from typing import Any

from intercom_agent.stores.base import Credential, PendingState, Status
from intercom_agent.stores.keys import Keyring
from intercom_agent.stores.sql import POSTGRES, Query, Statements, SyncSqlStore, migrations

MIGRATION_LOCK = 0x1C0DE_A6E7  # pg_advisory_xact_lock key: one migrator at a time


def _migration_steps(current: int) -> list[Query]:
    steps: list[Query] = []
    for version, statements in sorted(migrations(POSTGRES).items()):
        if version > current:
            steps += [(statement, ()) for statement in statements]
            steps.append((f"INSERT INTO {POSTGRES.schema} (version) VALUES (%s)", (version,)))
    return steps


LOCK = (f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})", ())
SCHEMA = (f"CREATE TABLE IF NOT EXISTS {POSTGRES.schema} (version INTEGER NOT NULL)", ())
VERSION = (f"SELECT COALESCE(MAX(version), 0) FROM {POSTGRES.schema}", ())


def _redacted(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"postgresql://{host}{':' + str(parts.port) if parts.port else ''}{parts.path}"


class PostgresCredentialStore(SyncSqlStore):
    """The sync store over a ``psycopg_pool.ConnectionPool``."""

    def __init__(self, url: str, keys: Keyring, *, min_size: int = 1, max_size: int = 10) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self.keys = keys
        self._sql = Statements(POSTGRES, keys)
        self.pool = ConnectionPool(url, min_size=min_size, max_size=max_size, open=True, kwargs={"autocommit": False})
        self._migrate()

    def __repr__(self) -> str:  # never the password
        return f"PostgresCredentialStore({_redacted(self.url)!r})"

    def _migrate(self) -> None:
        with self.pool.connection() as db:
            db.execute(*LOCK)
            db.execute(*SCHEMA)
            current = db.execute(*VERSION).fetchone()[0]  # type: ignore[index]
            for step in _migration_steps(current):
                db.execute(*step)

    def schema_version(self) -> int:
        with self.pool.connection() as db:
            return int(db.execute(*VERSION).fetchone()[0])  # type: ignore[index]

    def _one(self, query: Query) -> Any:
        with self.pool.connection() as db:
            cursor = db.execute(*query)
            return cursor.fetchone() if cursor.description else None

    def _all(self, query: Query) -> list[Any]:
        with self.pool.connection() as db:
            return db.execute(*query).fetchall()

    def _many(self, queries: list[Query]) -> None:
        with self.pool.connection() as db:  # one transaction, committed when the block ends
            for query in queries:
                db.execute(*query)

    def save_state(self, state: str, pending: PendingState) -> None:
        with self.pool.connection() as db:
            db.execute(*self._sql.purge_states(pending.expires_at))
            db.execute(*self._sql.save_state(state, pending))

    def rotate_keys(self) -> int:
        """Re-encrypt every token with the newest key, in one transaction; how many were re-encrypted."""
        with self.pool.connection() as db:
            rows = db.execute(*self._sql.sealed_tokens()).fetchall()
            for credential_id, sealed in rows:
                db.execute(*self._sql.reseal(credential_id, sealed))
        return len(rows)

    def close(self) -> None:
        self.pool.close()


class AsyncPostgresCredentialStore:
    """The async store over a ``psycopg_pool.AsyncConnectionPool``; open it with ``await store.open()``."""

    def __init__(self, url: str, keys: Keyring, *, min_size: int = 1, max_size: int = 10) -> None:
        from psycopg_pool import AsyncConnectionPool

        self.url = url
        self.keys = keys
        self._sql = Statements(POSTGRES, keys)
        self.pool = AsyncConnectionPool(
            url, min_size=min_size, max_size=max_size, open=False, kwargs={"autocommit": False}
        )
        self._opened = False

    def __repr__(self) -> str:
        return f"AsyncPostgresCredentialStore({_redacted(self.url)!r})"

    async def open(self) -> AsyncPostgresCredentialStore:
        if not self._opened:
            await self.pool.open()
            async with self.pool.connection() as db:
                await db.execute(*LOCK)
                await db.execute(*SCHEMA)
                current = (await (await db.execute(*VERSION)).fetchone())[0]  # type: ignore[index]
                for step in _migration_steps(current):
                    await db.execute(*step)
            self._opened = True
        return self

    async def _one(self, query: Query) -> Any:
        await self.open()
        async with self.pool.connection() as db:
            cursor = await db.execute(*query)
            return await cursor.fetchone() if cursor.description else None

    async def _all(self, query: Query) -> list[Any]:
        await self.open()
        async with self.pool.connection() as db:
            return await (await db.execute(*query)).fetchall()

    async def get(self, credential_id: str) -> Credential | None:
        return self._sql.credential(await self._one(self._sql.get(credential_id)))

    async def put(self, credential: Credential) -> None:
        await self._one(self._sql.put(credential))

    async def set_status(self, credential_id: str, status: Status) -> None:
        await self._one(self._sql.set_status(credential_id, status))

    async def touch(self, credential_id: str, when: float | None = None) -> None:
        await self._one(self._sql.touch(credential_id, time.time() if when is None else when))

    async def list(self, tenant: str | None = None) -> list[Credential]:
        rows = await self._all(self._sql.list(tenant))
        return [c for c in map(self._sql.credential, rows) if c is not None]

    async def delete(self, credential_id: str) -> bool:
        return await self._one(self._sql.delete(credential_id)) is not None

    async def find(self, tenant: str | None, workspace_id: str) -> Credential | None:
        return self._sql.credential(await self._one(self._sql.find(tenant, workspace_id)))

    async def save_state(self, state: str, pending: PendingState) -> None:
        await self.open()
        async with self.pool.connection() as db:
            await db.execute(*self._sql.purge_states(pending.expires_at))
            await db.execute(*self._sql.save_state(state, pending))

    async def take_state(self, state: str) -> PendingState | None:
        return self._sql.pending(await self._one(self._sql.take_state(state)))

    async def close(self) -> None:
        await self.pool.close()
