"""The audit trail and the per-credential record limit, kept in the credential store.

Every tool call (and so every flow run a composite tool makes) becomes an :class:`AuditEntry`: when,
which credential and tenant, which tool, the arguments' shape (ids, numbers and choices as given;
free text as a keyed hash), how many records came back, the outcome, the duration. Never a token,
never a personal value. Entries are written off the caller's path: :meth:`AuditLog.record` queues,
a background thread drains the queue a few times a second, writes each batch in one statement and
enforces retention, and anything queued is written before the process exits.

The record limit (``INTERCOM_AGENT_MAX_RECORDS_PER_HOUR``) sums a credential's records of the last
hour from the same table, so replicas sharing the store share the count.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
import typing
import weakref
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from intercom_agent.errors import IntercomError
from intercom_agent.models import IntercomModel, Page
from intercom_agent.stores import AuditEntry, AuditStore

_LOGS: weakref.WeakSet[AuditLog] = weakref.WeakSet()
HOUR = 3600.0
DAY = 86_400.0
BATCH = 500
CURSOR_FIELDS = frozenset({"starting_after", "next_cursor"})
# An entry as the caller's thread queues it: AuditEntry's fields in order (at, tool, credential_id,
# tenant, args, records, outcome, duration_ms, front_end).
Call = tuple[float, str, str | None, None, dict[str, Any], int, str, float, str]


class RecordLimitError(IntercomError):
    """This credential read as many records as it may this hour; says when that resets."""

    def __init__(self, limit: int, resets_at: float) -> None:
        self.limit = limit
        self.resets_at = resets_at
        when = datetime.fromtimestamp(resets_at, UTC).strftime("%H:%M UTC")
        super().__init__(
            f"This account has read its limit of {limit} Intercom records this hour; try again after {when}."
        )


def args_shape(args: BaseModel) -> dict[str, Any]:
    """The arguments a call was given, safe to keep: ids, numbers, booleans and choices as they are;
    cursors as "cursor"; free text (names, emails, search words) as ``text:<digest>`` to be filled in by
    the writer (it holds the key)."""
    shape: dict[str, Any] = {}
    given = args.model_fields_set  # what the caller gave, not the defaults
    if not given:
        return shape
    fields = type(args).model_fields
    for name in given:
        value, info = getattr(args, name), fields.get(name)
        if value is None:
            continue
        if isinstance(value, bool | int | float):
            shape[name] = value
        elif name in CURSOR_FIELDS:
            shape[name] = "cursor"
        elif isinstance(value, str) and (name.endswith("_id") or _is_choice(info)):
            shape[name] = value
        elif isinstance(value, list) and name.endswith("_ids"):
            shape[name] = [str(v) for v in value]
        else:
            shape[name] = _Secret(value)
    return shape


class _Secret:
    """A value that must be hashed before it is written anywhere (its repr never shows it)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<free text>"

    def text(self) -> str:
        return self.value if isinstance(self.value, str) else repr(self.value)


def _is_choice(info: Any) -> bool:
    annotation = getattr(info, "annotation", None)
    return any(typing.get_origin(arg) is typing.Literal for arg in (annotation, *typing.get_args(annotation)))


def count_records(output: BaseModel) -> int:
    """How many Intercom records an output holds: a page's items, the lists and single objects at its top."""
    fields = output.__dict__
    page = fields.get("page")
    if isinstance(page, Page):
        return len(page.items)
    total = 0
    for name, kind in _counted(type(output)):
        value = fields.get(name)
        if not value:
            continue
        if kind == "models":  # a list of models, by its annotation
            total += len(value)
        elif kind == "one":
            total += isinstance(value, IntercomModel)
        elif isinstance(value, list):
            total += sum(1 for item in value if isinstance(item, BaseModel))
        elif isinstance(value, IntercomModel):
            total += 1
    return total


_COUNTED: dict[type, tuple[tuple[str, str], ...]] = {}


def _counted(cls: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """The fields of an output class that can hold records, and how to count each (worked out once)."""
    found = _COUNTED.get(cls)
    if found is None:
        plan = []
        for name, info in cls.model_fields.items():
            annotation = info.annotation
            args = typing.get_args(annotation)
            if typing.get_origin(annotation) is list and args and _is_model(args[0]):
                plan.append((name, "models"))
            elif _is_model(annotation) or (args and all(_is_model(a) or a is type(None) for a in args)):
                plan.append((name, "one"))
            elif not (isinstance(annotation, type) and issubclass(annotation, str | int | float | bool)):
                plan.append((name, "scan"))  # Any, a union, a list of anything: looked at
        found = _COUNTED[cls] = tuple(plan)
    return found


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def flush_all(timeout: float = 10.0) -> None:
    """Write everything every audit log of this process has queued (a CLI command's last act)."""
    for log in list(_LOGS):
        log.flush(timeout)


def _forked() -> None:
    """In a forked child: no writer runs there (threads do not survive a fork), so each log starts its own."""
    for log in list(_LOGS):
        log._running = False


os.register_at_fork(after_in_child=_forked)


class AuditLog:
    """Writes entries to an :class:`~intercom_agent.stores.AuditStore` from a background thread.

    ``store`` is the store, or a function that opens it (called on the writer thread, so an event loop
    that records an entry never waits on a database). ``retention_days`` entries are kept.
    """

    def __init__(
        self,
        store: AuditStore | Callable[[], AuditStore],
        retention_days: float = 30,
        clock: Callable[[], float] = time.time,
        interval: float = 0.25,
    ) -> None:
        if hasattr(store, "record_audit"):
            self._store: AuditStore | None = typing.cast(AuditStore, store)
            self._opener: Callable[[], AuditStore] | None = None
        else:
            self._store, self._opener = None, store
        self.retention_days = retention_days
        self.clock = clock
        self.interval = interval
        self._queue: deque[AuditEntry | Call | threading.Event] = deque()
        self._wake = threading.Event()
        self._pending: dict[str | None, int] = {}  # records queued, not written yet, per credential
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._running = False  # a writer is draining the queue (not after it ended, nor in a forked child)
        self._tenants: dict[str, str | None] = {}
        self._error: BaseException | None = None
        _LOGS.add(self)

    def __repr__(self) -> str:
        return f"AuditLog(retention_days={self.retention_days})"

    @property
    def store(self) -> AuditStore:
        if self._store is None:
            assert self._opener is not None
            self._store = self._opener()
        return self._store

    def record(self, entry: AuditEntry | Call) -> None:
        """Queue an entry, or a :data:`Call` (its fields in order, made an entry by the writer: a tuple of
        plain values costs the caller's thread less, the garbage collector included). Never blocks, never
        wakes the writer: it drains the queue every ``interval``."""
        if isinstance(entry, AuditEntry):
            credential_id, records = entry.credential_id, entry.records
        else:
            credential_id, records = entry[2], entry[5]
        with self._lock:
            self._pending[credential_id] = self._pending.get(credential_id, 0) + records
            if not self._running:
                if self._thread is None:
                    atexit.register(self.flush)  # what is queued is written before the process exits
                self._thread = threading.Thread(target=self._write_forever, name="intercom-agent-audit", daemon=True)
                self._thread.start()
                self._running = True
        self._queue.append(entry)

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything queued so far is written."""
        if self._thread is None or not self._thread.is_alive():
            return
        done = threading.Event()
        self._queue.append(done)
        self._wake.set()
        done.wait(timeout)

    def pending(self, credential_id: str | None) -> int:
        with self._lock:
            return self._pending.get(credential_id, 0)

    def _write_forever(self) -> None:
        try:
            self._drain_forever()
        finally:
            self._running = False  # it never should end: the next entry starts another

    def _drain_forever(self) -> None:
        while True:
            self._wake.wait(self.interval)
            self._wake.clear()
            batch: list[AuditEntry] = []
            waiting: list[threading.Event] = []
            while self._queue:
                item = self._queue.popleft()
                if isinstance(item, tuple):
                    batch.append(AuditEntry(*item))
                elif isinstance(item, AuditEntry):
                    batch.append(item)
                else:
                    waiting.append(item)
            for start in range(0, len(batch), BATCH):
                self._write_safely(batch[start : start + BATCH])
            for event in waiting:
                event.set()

    def _write_safely(self, batch: list[AuditEntry]) -> None:
        try:
            self._write(batch)
        except Exception as exc:  # noqa: BLE001 (kept for the caller; the writer must go on)
            self._error = exc
        finally:
            with self._lock:
                for entry in batch:
                    self._pending[entry.credential_id] -= entry.records

    def _write(self, batch: list[AuditEntry]) -> None:
        store = self.store
        for entry in batch:  # the entries are this log's own: finished here, in place
            if entry.args and any(isinstance(v, _Secret) for v in entry.args.values()):
                entry.args = {
                    k: f"text:{store.digest(v.text())}" if isinstance(v, _Secret) else v for k, v in entry.args.items()
                }
            if entry.tenant is None and entry.credential_id is not None:
                entry.tenant = self._tenant(entry.credential_id)
        store.record_audit(batch, purge_before=self.clock() - self.retention_days * DAY)

    def _tenant(self, credential_id: str | None) -> str | None:
        if credential_id is None:
            return None
        if credential_id not in self._tenants:
            getter = getattr(self.store, "get", None)
            credential = getter(credential_id) if getter is not None else None
            self._tenants[credential_id] = getattr(credential, "tenant", None)
        return self._tenants[credential_id]

    def check_limit(self, credential_id: str | None, limit: int) -> None:
        """Raise :class:`RecordLimitError` when the credential read ``limit`` records in the last hour."""
        now = self.clock()
        read, oldest = self.store.records_read(credential_id, now - HOUR)
        if read + self.pending(credential_id) >= limit:
            raise RecordLimitError(limit, (oldest if oldest is not None else now) + HOUR)


__all__ = ["AuditLog", "RecordLimitError", "args_shape", "count_records", "flush_all"]
