"""What tests share about the sandbox: the pinned instant, fast retries, clients, subprocess environments."""

from __future__ import annotations

import os
import tempfile

from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.ratelimit import RateLimiter, RetryConfig
from intercom_agent.sandbox import DEFAULT_TOKEN, Sandbox

# Every sandbox in the run (and in the CLI and server subprocesses the tests start, which inherit the
# environment) anchors its demo data to the same instant: nothing depends on when the suite runs.
FIXED_NOW = 1_795_000_000  # 2026-11-18T08:53:20Z
os.environ["INTERCOM_SANDBOX_NOW"] = str(FIXED_NOW)

# Small waits so fault tests run fast; the logic under test is the same as with the defaults.
FAST_RETRY = RetryConfig(
    max_retries=6, backoff_base=0.002, backoff_max=0.02, max_total_wait=5.0, rate_limit_jitter=0.002
)


def make_client(box: Sandbox, token: str = DEFAULT_TOKEN, **kwargs: object) -> IntercomClient:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("limiter", RateLimiter())
    return IntercomClient(token, base_url="https://api.intercom.io", transport=box.transport(), seed=1, **kwargs)  # type: ignore[arg-type]


def make_async_client(box: Sandbox, token: str = DEFAULT_TOKEN, **kwargs: object) -> AsyncIntercomClient:
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("limiter", RateLimiter())
    return AsyncIntercomClient(token, base_url="https://api.intercom.io", transport=box.transport(), seed=1, **kwargs)  # type: ignore[arg-type]


# CLI and server subprocesses keep their credential store (and its audit trail) here, never in the
# home directory of whoever runs the suite.
HOME = tempfile.mkdtemp(prefix="intercom-agent-tests-")
os.environ["INTERCOM_AGENT_HOME"] = HOME


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: no INTERCOM_* settings but the pinned sandbox instant and a
    private INTERCOM_AGENT_HOME (tests that need their own pass one)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_") or k == "INTERCOM_SANDBOX_NOW"}
    env["INTERCOM_AGENT_HOME"] = HOME
    env.update(extra)
    return env
