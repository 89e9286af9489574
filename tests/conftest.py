"""Shared fixtures: the sandbox is the test double for everything."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.ratelimit import RateLimiter, RetryConfig
from intercom_agent.sandbox import DEFAULT_TOKEN, Faults, Sandbox

# Every sandbox in the run (and in the CLI and server subprocesses the tests start, which inherit the
# environment) anchors its demo data to the same instant: nothing depends on when the suite runs.
FIXED_NOW = 1_795_000_000  # 2026-11-18T08:53:20Z
os.environ["INTERCOM_SANDBOX_NOW"] = str(FIXED_NOW)

# Small waits so fault tests run fast; the logic under test is the same as with the defaults.
FAST_RETRY = RetryConfig(
    max_retries=6, backoff_base=0.002, backoff_max=0.02, max_total_wait=5.0, rate_limit_jitter=0.002
)


@pytest.fixture(scope="session")
def shared_sandbox() -> Sandbox:
    """A fault-free sandbox shared by read-only tests."""
    return Sandbox()


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh sandbox per test, for tests that inject faults or inspect the request log."""
    return Sandbox()


def make_client(box: Sandbox, token: str = DEFAULT_TOKEN, **kwargs: object) -> IntercomClient:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("limiter", RateLimiter())
    return IntercomClient(token, base_url="https://api.intercom.io", transport=box.transport(), seed=1, **kwargs)  # type: ignore[arg-type]


def make_async_client(box: Sandbox, token: str = DEFAULT_TOKEN, **kwargs: object) -> AsyncIntercomClient:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("limiter", RateLimiter())
    return AsyncIntercomClient(token, base_url="https://api.intercom.io", transport=box.transport(), seed=1, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def client(sandbox: Sandbox) -> IntercomClient:
    return make_client(sandbox)


@pytest.fixture
def flaky_sandbox() -> Sandbox:
    """20% of requests answered 429 and 10% 5xx, reproducibly."""
    return Sandbox(faults=Faults(rate_limit_rate=0.2, error_rate=0.1, rate_limit_reset_after=0, seed=11))


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no INTERCOM_* settings but the pinned sandbox instant."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_") or k == "INTERCOM_SANDBOX_NOW"}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real PostgreSQL 16, started by the tests from the pgserver wheel (no install by hand).

    A missing server is a failure, not a skip: the PostgreSQL store is only shipped tested.
    """
    import pgserver

    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server.get_uri()
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
