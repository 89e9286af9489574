"""Shared fixtures: the sandbox is the test double for everything (helpers live in tests/helpers)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from intercom_agent.client import IntercomClient
from intercom_agent.sandbox import Faults, Sandbox

from .helpers.sandboxes import make_client


@pytest.fixture(scope="session")
def shared_sandbox() -> Sandbox:
    """A fault-free sandbox shared by read-only tests."""
    return Sandbox()


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh sandbox per test, for tests that inject faults or inspect the request log."""
    return Sandbox()


@pytest.fixture
def client(sandbox: Sandbox) -> IntercomClient:
    return make_client(sandbox)


@pytest.fixture
def flaky_sandbox() -> Sandbox:
    """20% of requests answered 429 and 10% 5xx, reproducibly."""
    return Sandbox(faults=Faults(rate_limit_rate=0.2, error_rate=0.1, rate_limit_reset_after=0, seed=11))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL 16, started by the tests from the pgserver wheel (no install by hand).

    A missing server is a failure, not a skip: the PostgreSQL store is only shipped tested. Its data
    directory is this session's own, not under pytest's shared temporary root: pytest keeps only its
    three newest session directories there, so a second test run started meanwhile (another checkout,
    another terminal) would delete a running server's files.
    """
    import pgserver

    with tempfile.TemporaryDirectory(prefix="intercom-agent-pg-", ignore_cleanup_errors=True) as home:
        server = pgserver.get_server(Path(home), cleanup_mode="stop")
        try:
            yield server.get_uri()
        finally:
            server.cleanup()


@pytest.fixture
def fresh_database(postgres_url: str) -> str:
    """A new, empty database on the test server (one per test: no state leaks between tests)."""
    import secrets
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = "t_" + secrets.token_hex(6)
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(postgres_url)
    return urlunsplit(parts._replace(path="/" + name))
