"""Fault injection and rate-limit windows for the sandbox, seeded and reproducible.

Every response carries ``X-RateLimit-Limit``/``-Remaining``/``-Reset`` (UNIX seconds), as Intercom
sends them. A configured limit is enforced per workspace in fixed windows; random 429s, 5xx answers,
dropped connections and latency can be injected on top.
"""

from __future__ import annotations

import math
import random
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

RATE_LIMIT_BODY_MESSAGE = "Exceeded rate limit"


@dataclass(frozen=True)
class Faults:
    """What can go wrong, per sandbox instance.

    - ``latency`` seconds before every answer, plus up to ``latency_jitter`` more at random;
    - ``rate_limit`` requests per ``rate_window`` seconds per workspace, then 429 until the reset;
    - ``rate_limit_rate``, ``error_rate``, ``drop_rate``: the fraction of requests answered 429, 5xx,
      or with a dropped connection; ``rate_limit_reset_after`` is how far away a random 429's reset is;
    - ``fail``: regular expressions over "METHOD /path?query" mapped to a status that such requests
      always get (a permanent fault);
    - ``seed`` makes the random choices reproducible.
    """

    latency: float = 0.0
    latency_jitter: float = 0.0
    rate_limit: int | None = None
    rate_window: float = 10.0
    rate_limit_rate: float = 0.0
    rate_limit_reset_after: float = 1.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    fail: dict[str, int] = field(default_factory=dict)
    seed: int = 0


@dataclass(frozen=True)
class Decision:
    """What the sandbox does with one request, decided before the API handles it."""

    latency: float = 0.0
    drop: bool = False
    status: int | None = None  # an injected error status instead of the real answer
    headers: dict[str, str] = field(default_factory=dict)


class FaultPlan:
    """Decides, request by request, the latency, the faults and the rate-limit headers."""

    def __init__(self, faults: Faults, clock: Callable[[], float]) -> None:
        self.faults = faults
        self.clock = clock
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}  # workspace -> (window start, count)
        self._fail = [(re.compile(pattern), status) for pattern, status in faults.fail.items()]

    def decide(self, workspace: str | None, target: str) -> Decision:
        f = self.faults
        with self._lock:
            roll_drop, roll_429, roll_5xx = self._rng.random(), self._rng.random(), self._rng.random()
            latency = f.latency + (self._rng.uniform(0, f.latency_jitter) if f.latency_jitter else 0.0)
            now = self.clock()
            limit = f.rate_limit or 10_000 // 6  # Intercom's default: 10,000/min in 10-second windows
            window = f.rate_window if f.rate_limit else 10.0
            start, count = self._windows.get(workspace or "", (now - now % window, 0))
            if now >= start + window:
                start, count = now - now % window, 0
            count += 1
            self._windows[workspace or ""] = (start, count)
            reset = math.ceil(start + window)
            headers = {
                "X-RateLimit-Limit": str(limit),
                "X-RateLimit-Remaining": str(max(0, limit - count)),
                "X-RateLimit-Reset": str(reset),
            }
        if f.drop_rate and roll_drop < f.drop_rate:
            return Decision(latency=latency, drop=True)
        for pattern, status in self._fail:
            if pattern.search(target):
                return Decision(latency=latency, status=status, headers=headers)
        if f.rate_limit and count > limit:
            return Decision(latency=latency, status=429, headers={**headers, "X-RateLimit-Remaining": "0"})
        if f.rate_limit_rate and roll_429 < f.rate_limit_rate:
            reset_at = str(math.ceil(now + f.rate_limit_reset_after)) if f.rate_limit_reset_after else str(int(now))
            return Decision(
                latency=latency,
                status=429,
                headers={**headers, "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset_at},
            )
        if f.error_rate and roll_5xx < f.error_rate:
            return Decision(latency=latency, status=(500, 502, 503)[int(roll_5xx * 1000) % 3], headers=headers)
        return Decision(latency=latency, headers=headers)


ERROR_CODES = {
    429: ("rate_limit_exceeded", RATE_LIMIT_BODY_MESSAGE),
    500: ("server_error", "Server Error"),
    502: ("server_error", "Bad Gateway"),
    503: ("service_unavailable", "Service Unavailable"),
    401: ("unauthorized", "Access Token Invalid"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", "Resource Not Found"),
    408: ("request_timeout", "Request Timeout"),
}
