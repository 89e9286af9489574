"""Retry timing and a per-workspace rate limiter shared by every caller using the same token.

Intercom splits its per-minute limit into 10-second windows and reports the window on every response
(``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, ``X-RateLimit-Reset`` in UNIX seconds); it sends no
``Retry-After``. The limiter keeps an estimate of what is left in the window, counts requests in
flight, and makes callers wait for the reset instead of spending requests on 429s.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryConfig:
    """How hard the client tries before giving up.

    ``max_retries`` bounds retries of 5xx/408/connection errors; 429s wait for the window reset and
    count only against ``max_total_wait``, the total seconds one call may spend waiting.
    """

    max_retries: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_total_wait: float = 60.0
    rate_limit_jitter: float = 0.5

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with full jitter for retry number ``attempt`` (1-based)."""
        ceiling: float = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


class RateLimiter:
    """The rate-limit window of one workspace, as seen from this process.

    Thread-safe without blocking: :meth:`reserve` either admits a request (returns 0) or says how long
    to wait, and the caller sleeps in its own way (``time.sleep`` or ``asyncio.sleep``).
    """

    def __init__(self, *, clock: Callable[[], float] = time.time, jitter: float = 0.25) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._jitter = jitter
        self._rng = random.Random(0)
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None
        self.in_flight = 0
        self.waits = 0  # how many times a caller was told to wait: observable in tests and benchmarks

    def reserve(self) -> float:
        """Admit one request now (0.0) or return the seconds to wait before asking again."""
        with self._lock:
            now = self._clock()
            if self.reset_at is not None and now >= self.reset_at:
                self.remaining, self.reset_at = None, None  # a new window: unknown until Intercom says
            if self.remaining is not None and self.reset_at is not None and self.remaining - self.in_flight <= 0:
                self.waits += 1
                return max(0.05, self.reset_at - now) + self._rng.uniform(0, self._jitter)
            self.in_flight += 1
            return 0.0

    def release(self, headers: Mapping[str, str] | None) -> None:
        """Finish a request admitted by :meth:`reserve`, learning the window from its headers."""
        with self._lock:
            self.in_flight = max(0, self.in_flight - 1)
            if not headers:
                return
            limit = _int_header(headers, "x-ratelimit-limit")
            remaining = _int_header(headers, "x-ratelimit-remaining")
            reset = _int_header(headers, "x-ratelimit-reset")
            if limit is not None:
                self.limit = limit
            if remaining is not None and reset is not None:
                if self.reset_at is None or reset > self.reset_at:
                    self.reset_at, self.remaining = float(reset), remaining
                elif reset == self.reset_at:
                    # Answers arrive out of order; the smallest remaining is the newest.
                    self.remaining = min(remaining, self.remaining if self.remaining is not None else remaining)

    def seconds_until_reset(self, headers: Mapping[str, str]) -> float | None:
        """Seconds until the window in these (429) headers resets; None if they do not say."""
        reset = _int_header(headers, "x-ratelimit-reset")
        return None if reset is None else max(0.0, reset - self._clock())


class LimiterRegistry:
    """One :class:`RateLimiter` per workspace token, so concurrent clients of a tenant share it.

    Keys are SHA-256 digests of the token: the registry never holds a token.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limiters: dict[str, RateLimiter] = {}

    def for_token(self, token: str) -> RateLimiter:
        key = hashlib.sha256(token.encode()).hexdigest()
        with self._lock:
            if key not in self._limiters:
                self._limiters[key] = RateLimiter()
            return self._limiters[key]


SHARED_LIMITERS = LimiterRegistry()
