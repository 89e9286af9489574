"""Credential stores, chosen by configuration.

- ``INTERCOM_AGENT_DATABASE_URL`` set: PostgreSQL (the ``postgres`` extra), for LangGraph Server,
  several replicas, or any deployment; the key must come from ``INTERCOM_AGENT_KEY``.
- otherwise SQLite in ``$INTERCOM_AGENT_HOME`` (the embedded default).

:class:`MemoryCredentialStore` is for tests and short-lived processes. A platform can plug in its
own store by implementing :class:`CredentialStore` or :class:`AsyncCredentialStore`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from intercom_agent.stores.base import (
    AsyncCredentialStore,
    AsyncStore,
    AuditEntry,
    AuditStore,
    Credential,
    CredentialStore,
    GrantStore,
    PendingState,
    Status,
    async_resolver_for,
    resolver_for,
)
from intercom_agent.stores.keys import KEY_VARIABLE, KeyConfigError, Keyring, data_dir, new_key
from intercom_agent.stores.memory import MemoryCredentialStore
from intercom_agent.stores.sqlite import SqliteCredentialStore

DATABASE_VARIABLE = "INTERCOM_AGENT_DATABASE_URL"


def _postgres_keys(env: Mapping[str, str]) -> Keyring:
    if not env.get(KEY_VARIABLE, "").strip():
        raise KeyConfigError(
            f"{DATABASE_VARIABLE} is set, so {KEY_VARIABLE} must be too: every replica needs the same "
            "encryption key (generate one with: intercom-agent rotate-key --new-key)."
        )
    return Keyring.from_env(None, env)


def open_store(environ: Mapping[str, str] | None = None) -> Any:
    """The configured sync store: PostgreSQL when INTERCOM_AGENT_DATABASE_URL is set, else SQLite."""
    env = os.environ if environ is None else environ
    url = env.get(DATABASE_VARIABLE, "").strip()
    if url:
        _check_psycopg()
        from intercom_agent.stores.postgres import PostgresCredentialStore

        return PostgresCredentialStore(url, _postgres_keys(env))
    return SqliteCredentialStore.from_env(env)


def open_async_store(environ: Mapping[str, str] | None = None) -> Any:
    """The configured store, awaited: native async on PostgreSQL, SQLite through a thread otherwise."""
    env = os.environ if environ is None else environ
    url = env.get(DATABASE_VARIABLE, "").strip()
    if url:
        _check_psycopg()
        from intercom_agent.stores.postgres import AsyncPostgresCredentialStore

        return AsyncPostgresCredentialStore(url, _postgres_keys(env))
    return AsyncStore(lambda: SqliteCredentialStore.from_env(env))  # opened in a thread, on first use


def _check_psycopg() -> None:
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        raise KeyConfigError(
            f"{DATABASE_VARIABLE} needs the postgres extra: pip install 'intercom-agent[postgres]'."
        ) from None


__all__ = [
    "DATABASE_VARIABLE",
    "AuditEntry",
    "AuditStore",
    "KEY_VARIABLE",
    "AsyncCredentialStore",
    "AsyncStore",
    "Credential",
    "CredentialStore",
    "GrantStore",
    "KeyConfigError",
    "Keyring",
    "MemoryCredentialStore",
    "PendingState",
    "SqliteCredentialStore",
    "Status",
    "async_resolver_for",
    "data_dir",
    "new_key",
    "open_async_store",
    "open_store",
    "resolver_for",
]
