"""A store in process memory, for tests and short-lived processes (nothing survives a restart)."""

from __future__ import annotations

import builtins
import hashlib
import secrets
import threading
import time
from dataclasses import replace

from intercom_agent.stores.base import AuditEntry, Credential, PendingState, Status


class MemoryCredentialStore:
    """Credentials and pending states in dicts; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, Credential] = {}
        self._states: dict[str, PendingState] = {}
        self._grants: dict[tuple[str, str], tuple[str, float]] = {}
        self._audit: list[AuditEntry] = []
        self._digest_key = secrets.token_bytes(32)

    def __repr__(self) -> str:
        return f"MemoryCredentialStore({len(self._items)} credentials)"

    def get(self, credential_id: str) -> Credential | None:
        with self._lock:
            return self._items.get(credential_id)

    def put(self, credential: Credential) -> None:
        with self._lock:
            self._items[credential.credential_id] = credential

    def set_status(self, credential_id: str, status: Status) -> None:
        with self._lock:
            current = self._items.get(credential_id)
            if current is not None:
                token = "" if status == "disconnected" else current.token
                self._items[credential_id] = replace(current, status=status, token=token)

    def touch(self, credential_id: str, when: float | None = None) -> None:
        with self._lock:
            if credential_id in self._items:
                stamp = time.time() if when is None else when
                self._items[credential_id] = replace(self._items[credential_id], last_used_at=stamp)

    def list(self, tenant: str | None = None) -> list[Credential]:
        with self._lock:
            items = [c for c in self._items.values() if tenant is None or c.tenant == tenant]
        return sorted(items, key=lambda c: (c.created_at, c.credential_id))

    def delete(self, credential_id: str) -> bool:
        with self._lock:
            return self._items.pop(credential_id, None) is not None

    def find(self, tenant: str | None, workspace_id: str) -> Credential | None:
        with self._lock:
            mine = [c for c in self._items.values() if c.tenant == tenant and c.workspace_id == workspace_id]
        return max(mine, key=lambda c: (c.created_at, c.credential_id), default=None)

    def save_state(self, state: str, pending: PendingState) -> None:
        with self._lock:
            self._states[state] = pending

    def take_state(self, state: str) -> PendingState | None:
        with self._lock:
            return self._states.pop(state, None)

    def save_grant(self, kind: str, key: str, value: str, expires_at: float) -> None:
        with self._lock:
            self._grants[(kind, key)] = (value, expires_at)

    def get_grant(self, kind: str, key: str) -> str | None:
        with self._lock:
            found = self._grants.get((kind, key))
        return found[0] if found and found[1] >= time.time() else None

    def take_grant(self, kind: str, key: str) -> str | None:
        with self._lock:
            found = self._grants.pop((kind, key), None)
        return found[0] if found and found[1] >= time.time() else None

    def drop_grant(self, kind: str, key: str) -> None:
        with self._lock:
            self._grants.pop((kind, key), None)

    def record_audit(self, entries: builtins.list[AuditEntry], purge_before: float | None = None) -> None:
        with self._lock:
            self._audit += entries
            if purge_before is not None:
                self._audit = [e for e in self._audit if e.at >= purge_before]

    def audit(
        self, credential_id: str | None = None, since: float | None = None, limit: int = 1000
    ) -> builtins.list[AuditEntry]:
        with self._lock:
            found = [
                e
                for e in self._audit
                if (credential_id is None or e.credential_id == credential_id) and (since is None or e.at >= since)
            ]
        return sorted(found, key=lambda e: e.at)[:limit]

    def records_read(self, credential_id: str | None, since: float) -> tuple[int, float | None]:
        with self._lock:
            mine = [e for e in self._audit if e.credential_id == credential_id and e.at >= since]
        return sum(e.records for e in mine), min((e.at for e in mine), default=None)

    def digest(self, text: str) -> str:
        return hashlib.blake2s(text.encode(), key=self._digest_key, digest_size=8).hexdigest()
