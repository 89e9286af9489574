"""The SQL both database stores speak, written once: schema migrations, statements, row mapping.

SQLite and PostgreSQL share every statement (``INSERT ... ON CONFLICT``, ``DELETE ... RETURNING``);
they differ in placeholders, column types and table names, which :class:`Dialect` supplies. The
schema is versioned in its own table and migrated on open, under a lock (an advisory lock on
PostgreSQL), so replicas starting together do not race.
"""

from __future__ import annotations

import builtins
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from intercom_agent.stores.base import AuditEntry, Credential, PendingState, Status
from intercom_agent.stores.keys import Keyring

COLUMNS = (
    "credential_id, token, workspace_id, workspace_name, region, base_url, created_at, last_used_at, status, tenant"
)
SCHEMA_VERSION = 5


@dataclass(frozen=True)
class Dialect:
    placeholder: str  # "?" (sqlite3) or "%s" (psycopg)
    blob: str
    real: str
    prefix: str  # table name prefix
    serial: str  # an auto-numbered primary key

    @property
    def credentials(self) -> str:
        return f"{self.prefix}credentials"

    @property
    def states(self) -> str:
        return f"{self.prefix}oauth_states"

    @property
    def grants(self) -> str:
        return f"{self.prefix}grants"

    @property
    def audit(self) -> str:
        return f"{self.prefix}audit"

    @property
    def schema(self) -> str:
        return f"{self.prefix}schema_version"

    def sql(self, text: str) -> str:
        return text.replace("?", self.placeholder)


SQLITE = Dialect("?", "BLOB", "REAL", "", "INTEGER PRIMARY KEY AUTOINCREMENT")
POSTGRES = Dialect("%s", "BYTEA", "DOUBLE PRECISION", "intercom_agent_", "BIGSERIAL PRIMARY KEY")
AUDIT_COLUMNS = "at, tool, credential_id, tenant, args, records, outcome, duration_ms, front_end"

Query = tuple[str, Sequence[Any]]


def migrations(d: Dialect) -> dict[int, list[str]]:
    """Statements that bring the schema from version N-1 to N (each idempotent)."""
    return {
        1: [
            f"CREATE TABLE IF NOT EXISTS {d.credentials} (credential_id TEXT PRIMARY KEY, token {d.blob},"
            f" workspace_id TEXT, workspace_name TEXT, region TEXT, base_url TEXT, created_at {d.real},"
            f" last_used_at {d.real}, status TEXT, tenant TEXT)"
        ],
        2: [
            f"CREATE INDEX IF NOT EXISTS {d.credentials}_tenant_workspace ON {d.credentials} (tenant, workspace_id)",
            f"CREATE TABLE IF NOT EXISTS {d.states} (state TEXT PRIMARY KEY, tenant TEXT,"
            f" expires_at {d.real} NOT NULL)",
        ],
        3: [
            f"CREATE TABLE IF NOT EXISTS {d.grants} (kind TEXT NOT NULL, key TEXT NOT NULL, value {d.blob} NOT NULL,"
            f" expires_at {d.real} NOT NULL, PRIMARY KEY (kind, key))",
        ],
        4: [
            f"CREATE TABLE IF NOT EXISTS {d.audit} (id {d.serial}, at {d.real} NOT NULL, tool TEXT NOT NULL,"
            f" credential_id TEXT, tenant TEXT, args TEXT, records INTEGER, outcome TEXT, duration_ms {d.real},"
            " front_end TEXT)",
            f"CREATE INDEX IF NOT EXISTS {d.audit}_at ON {d.audit} (at)",
            f"CREATE INDEX IF NOT EXISTS {d.audit}_credential_at ON {d.audit} (credential_id, at)",
        ],
        5: [  # what a pending sign-in is bound to: the browser that started it, the credential it connects
            f"ALTER TABLE {d.states} ADD COLUMN browser TEXT",
            f"ALTER TABLE {d.states} ADD COLUMN credential_id TEXT",
        ],
    }


class Statements:
    """Each store operation as a query and the reading of its rows; tokens sealed and opened here."""

    def __init__(self, dialect: Dialect, keys: Keyring) -> None:
        self.d = dialect
        self.keys = keys

    def _q(self, text: str, *params: Any) -> Query:
        return self.d.sql(text), params

    def credential(self, row: Sequence[Any] | None) -> Credential | None:
        if row is None:
            return None
        token = self.keys.open(row[1], row[0]) if row[1] else ""
        return Credential(row[0], token, row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9])

    def get(self, credential_id: str) -> Query:
        return self._q(f"SELECT {COLUMNS} FROM {self.d.credentials} WHERE credential_id = ?", credential_id)

    def put(self, c: Credential) -> Query:
        sealed = self.keys.seal(c.token) if c.token else None
        updates = ", ".join(f"{name} = excluded.{name}" for name in COLUMNS.split(", ")[1:])
        return self._q(
            f"INSERT INTO {self.d.credentials} ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            f" ON CONFLICT (credential_id) DO UPDATE SET {updates}",
            c.credential_id,
            sealed,
            c.workspace_id,
            c.workspace_name,
            c.region,
            c.base_url,
            c.created_at,
            c.last_used_at,
            c.status,
            c.tenant,
        )

    def set_status(self, credential_id: str, status: Status) -> Query:
        # A disconnected credential keeps no token at all.
        return self._q(
            f"UPDATE {self.d.credentials} SET status = ?, token = CASE WHEN ? = 'disconnected' THEN NULL"
            " ELSE token END WHERE credential_id = ?",
            status,
            status,
            credential_id,
        )

    def touch(self, credential_id: str, when: float) -> Query:
        return self._q(f"UPDATE {self.d.credentials} SET last_used_at = ? WHERE credential_id = ?", when, credential_id)

    def list(self, tenant: str | None) -> Query:
        where = " WHERE tenant = ?" if tenant is not None else ""
        params = (tenant,) if tenant is not None else ()
        return self._q(f"SELECT {COLUMNS} FROM {self.d.credentials}{where} ORDER BY created_at, credential_id", *params)

    def delete(self, credential_id: str) -> Query:
        return self._q(
            f"DELETE FROM {self.d.credentials} WHERE credential_id = ? RETURNING credential_id", credential_id
        )

    def find(self, tenant: str | None, workspace_id: str) -> Query:
        return self._q(
            f"SELECT {COLUMNS} FROM {self.d.credentials} WHERE COALESCE(tenant, '') = ? AND workspace_id = ?"
            " ORDER BY created_at DESC, credential_id DESC LIMIT 1",
            tenant or "",
            workspace_id,
        )

    def save_state(self, state: str, pending: PendingState) -> Query:
        return self._q(
            f"INSERT INTO {self.d.states} (state, tenant, expires_at, browser, credential_id) VALUES (?, ?, ?, ?, ?)",
            state,
            pending.tenant,
            pending.expires_at,
            pending.browser,
            pending.credential_id,
        )

    def purge_states(self, now: float) -> Query:
        """Expired states older than a day are dropped (an expired state still says 'expired' for a day)."""
        return self._q(f"DELETE FROM {self.d.states} WHERE expires_at < ?", now - 86_400)

    def take_state(self, state: str) -> Query:
        return self._q(
            f"DELETE FROM {self.d.states} WHERE state = ? RETURNING tenant, expires_at, browser, credential_id", state
        )

    @staticmethod
    def pending(row: Sequence[Any] | None) -> PendingState | None:
        return None if row is None else PendingState(row[0], float(row[1]), row[2], row[3])

    # ---- grants: what an authorization server keeps (clients, codes, tokens), sealed like tokens ----

    def save_grant(self, kind: str, key: str, value: str, expires_at: float) -> Query:
        return self._q(
            f"INSERT INTO {self.d.grants} (kind, key, value, expires_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
            kind,
            key,
            self.keys.seal(value),
            expires_at,
        )

    def get_grant(self, kind: str, key: str, now: float) -> Query:
        return self._q(
            f"SELECT value FROM {self.d.grants} WHERE kind = ? AND key = ? AND expires_at >= ?", kind, key, now
        )

    def take_grant(self, kind: str, key: str, now: float) -> Query:
        return self._q(
            f"DELETE FROM {self.d.grants} WHERE kind = ? AND key = ? AND expires_at >= ? RETURNING value",
            kind,
            key,
            now,
        )

    def drop_grant(self, kind: str, key: str) -> Query:
        return self._q(f"DELETE FROM {self.d.grants} WHERE kind = ? AND key = ?", kind, key)

    def purge_grants(self, now: float) -> Query:
        return self._q(f"DELETE FROM {self.d.grants} WHERE expires_at < ?", now - 86_400)

    def grant(self, row: Sequence[Any] | None) -> str | None:
        return None if row is None else self.keys.open(row[0], "grant")

    # ---- the audit trail ---------------------------------------------------------------------------

    def insert_audit(self, entries: Sequence[AuditEntry]) -> Query:
        """One statement for a batch of entries (a writer flushes hundreds at once)."""
        rows = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(entries))
        params: list[Any] = []
        for e in entries:
            args = json.dumps(e.args, sort_keys=True) if e.args else "{}"
            params += [e.at, e.tool, e.credential_id, e.tenant, args, e.records, e.outcome, e.duration_ms, e.front_end]
        return self._q(f"INSERT INTO {self.d.audit} ({AUDIT_COLUMNS}) VALUES {rows}", *params)

    def purge_audit(self, before: float) -> Query:
        return self._q(f"DELETE FROM {self.d.audit} WHERE at < ?", before)

    def list_audit(self, credential_id: str | None, since: float | None, limit: int) -> Query:
        where: list[str] = []
        params: list[Any] = []
        if credential_id is not None:
            where.append("credential_id = ?")
            params.append(credential_id)
        if since is not None:
            where.append("at >= ?")
            params.append(since)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._q(f"SELECT {AUDIT_COLUMNS} FROM {self.d.audit}{clause} ORDER BY at, id LIMIT ?", *params, limit)

    @staticmethod
    def audit_entry(row: Sequence[Any]) -> AuditEntry:
        return AuditEntry(
            at=float(row[0]),
            tool=row[1],
            credential_id=row[2],
            tenant=row[3],
            args=json.loads(row[4] or "{}"),
            records=int(row[5] or 0),
            outcome=row[6] or "",
            duration_ms=float(row[7] or 0),
            front_end=row[8] or "",
        )

    def records_read(self, credential_id: str | None, since: float) -> Query:
        who = "credential_id = ?" if credential_id is not None else "credential_id IS NULL"
        params = (credential_id, since) if credential_id is not None else (since,)
        return self._q(
            f"SELECT COALESCE(SUM(records), 0), MIN(at) FROM {self.d.audit} WHERE {who} AND at >= ?", *params
        )

    def sealed_tokens(self) -> Query:
        return self._q(f"SELECT credential_id, token FROM {self.d.credentials} WHERE token IS NOT NULL")

    def reseal(self, credential_id: str, sealed: bytes) -> Query:
        return self._q(
            f"UPDATE {self.d.credentials} SET token = ? WHERE credential_id = ?",
            self.keys.rotate(sealed),
            credential_id,
        )


class SyncSqlStore:
    """The store operations both sync database stores share; each supplies ``_sql``, ``_one`` and ``_all``."""

    _sql: Statements

    def _one(self, query: Query) -> Any:
        raise NotImplementedError

    def _all(self, query: Query) -> list[Any]:
        raise NotImplementedError

    def get(self, credential_id: str) -> Credential | None:
        return self._sql.credential(self._one(self._sql.get(credential_id)))

    def put(self, credential: Credential) -> None:
        self._one(self._sql.put(credential))

    def set_status(self, credential_id: str, status: Status) -> None:
        self._one(self._sql.set_status(credential_id, status))

    def touch(self, credential_id: str, when: float | None = None) -> None:
        self._one(self._sql.touch(credential_id, time.time() if when is None else when))

    def list(self, tenant: str | None = None) -> list[Credential]:
        return [c for c in map(self._sql.credential, self._all(self._sql.list(tenant))) if c is not None]

    def delete(self, credential_id: str) -> bool:
        return self._one(self._sql.delete(credential_id)) is not None

    def find(self, tenant: str | None, workspace_id: str) -> Credential | None:
        return self._sql.credential(self._one(self._sql.find(tenant, workspace_id)))

    def take_state(self, state: str) -> PendingState | None:
        return self._sql.pending(self._one(self._sql.take_state(state)))

    def save_grant(self, kind: str, key: str, value: str, expires_at: float) -> None:
        self._one(self._sql.purge_grants(time.time()))
        self._one(self._sql.save_grant(kind, key, value, expires_at))

    def get_grant(self, kind: str, key: str) -> str | None:
        return self._sql.grant(self._one(self._sql.get_grant(kind, key, time.time())))

    def take_grant(self, kind: str, key: str) -> str | None:
        return self._sql.grant(self._one(self._sql.take_grant(kind, key, time.time())))

    def drop_grant(self, kind: str, key: str) -> None:
        self._one(self._sql.drop_grant(kind, key))

    def _many(self, queries: builtins.list[Query]) -> None:
        raise NotImplementedError

    def record_audit(self, entries: builtins.list[AuditEntry], purge_before: float | None = None) -> None:
        """Append entries in one transaction; drop those older than ``purge_before`` (retention)."""
        queries: builtins.list[Query] = [self._sql.insert_audit(entries)] if entries else []
        if purge_before is not None:
            queries.append(self._sql.purge_audit(purge_before))
        self._many(queries)

    def audit(
        self, credential_id: str | None = None, since: float | None = None, limit: int = 1000
    ) -> builtins.list[AuditEntry]:
        return [self._sql.audit_entry(row) for row in self._all(self._sql.list_audit(credential_id, since, limit))]

    def records_read(self, credential_id: str | None, since: float) -> tuple[int, float | None]:
        row = self._one(self._sql.records_read(credential_id, since))
        return int(row[0] or 0), (float(row[1]) if row[1] is not None else None)

    def digest(self, text: str) -> str:
        return self._sql.keys.digest(text)
