"""The request protocol both clients share, without I/O: headers, rate limiting, retries, error mapping.

:meth:`Exchange.run` turns one :class:`~intercom_agent.operations.Operation` call into a generator
that yields *actions* (:class:`Send` this request, :class:`Sleep` this long) and receives their
outcomes; the sync and async clients (:mod:`intercom_agent.client`) only perform them. The token is
held privately and only ever written into the ``Authorization`` header.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from intercom_agent.errors import InvalidInputError, TransportError, UnexpectedResponseError, api_error
from intercom_agent.operations import Args, Operation
from intercom_agent.ratelimit import SHARED_LIMITERS, RateLimiter, RetryConfig

logger = logging.getLogger("intercom_agent")

REGION_URLS: dict[str, str] = {
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}
USER_AGENT = "intercom-agent/0.1"

TokenSource = str | Callable[[], str]
R = TypeVar("R")


def base_url_for(region: str) -> str:
    """The REST base URL of an Intercom region (us, eu, au)."""
    try:
        return REGION_URLS[region.lower()]
    except KeyError:
        raise InvalidInputError("region", f"unknown region {region!r}.", fix="Use us, eu or au.") from None


@dataclass(frozen=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True)
class Sleep:
    seconds: float


Action = Send | Sleep
Outcome = httpx.Response | httpx.TransportError | None


@dataclass
class Exchange:
    """Everything both clients share: configuration and the request/retry protocol."""

    token: TokenSource = field(repr=False)
    base_url: str
    region: str | None
    api_version: str
    retry: RetryConfig
    limiter: RateLimiter | None
    rng: random.Random = field(default_factory=random.Random, repr=False)
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    on_unauthorized: Callable[[], None] | None = field(default=None, repr=False)

    def _token(self) -> str:
        token = self.token() if callable(self.token) else self.token
        if not token:
            raise InvalidInputError("token", "no Intercom access token is configured.")
        return token

    def request_for(self, op: Operation[Any, Any], args: Args, token: str) -> httpx.Request:
        spec = op.build(args)
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "Intercom-Version": self.api_version,
            "User-Agent": USER_AGENT,
            **self.extra_headers,
        }
        return httpx.Request(
            spec.method, self.base_url + spec.path, params=list(spec.params), json=spec.json, headers=headers
        )

    def run(self, op: Operation[Any, R], args: Args) -> Generator[Action, Outcome, R]:
        """The protocol for one call: wait for the rate limiter, send, retry within bounds, parse."""
        token = self._token()  # once per call: a token provider is asked once, not per retry or header
        request = self.request_for(op, args, token)
        limiter = self.limiter or SHARED_LIMITERS.for_token(token)
        waited, attempt = 0.0, 0
        while True:
            while (delay := limiter.reserve()) > 0:
                if waited + delay > self.retry.max_total_wait:
                    raise self._error(op, 429, b"", retry_after=delay)
                waited += delay
                yield Sleep(delay)
            attempt += 1
            outcome = yield Send(request)
            headers = outcome.headers if isinstance(outcome, httpx.Response) else None
            limiter.release(headers)
            if isinstance(outcome, httpx.Response) and outcome.status_code < 400:
                logger.debug("%s %s -> %s", request.method, request.url.path, outcome.status_code)
                return self._parse(op, outcome)
            delay = self._retry_delay(op, outcome, attempt, waited, limiter)
            logger.info("%s %s: retrying in %.2fs (attempt %d)", request.method, request.url.path, delay, attempt)
            waited += delay
            yield Sleep(delay)

    def _retry_delay(
        self, op: Operation[Any, Any], outcome: Outcome, attempt: int, waited: float, limiter: RateLimiter
    ) -> float:
        """Seconds to wait before trying again, or raise the error that ends the call."""
        budget = self.retry.max_total_wait - waited
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if status == 429:
                reset = limiter.seconds_until_reset(outcome.headers)
                # No reset header: wait one window step rather than hammering.
                until_reset = (1.0 if reset is None else reset) + self.rng.uniform(0, self.retry.rate_limit_jitter)
                if until_reset > budget:
                    raise self._error(op, 429, outcome.content, retry_after=until_reset)
                return until_reset
            if status == 401 and self.on_unauthorized is not None:
                self.on_unauthorized()  # e.g. mark the stored credential invalid
            if status != 408 and status < 500:
                raise self._error(op, status, outcome.content)
            if attempt > self.retry.max_retries:
                raise self._error(op, status, outcome.content)
        elif attempt > self.retry.max_retries:
            # (httpx-aiohttp reports a refused connection as a connect timeout: say what happened)
            timed_out = isinstance(outcome, httpx.TimeoutException) and "Connect call failed" not in str(outcome)
            kind = "timed out" if timed_out else "could not connect or was cut off"
            raise TransportError(
                f"Intercom {op.summary} failed: the request {kind} on {attempt} attempts. "
                "Check the network (and INTERCOM_BASE_URL / region) and try again."
            ) from outcome
        delay = self.retry.backoff(attempt, self.rng)
        if delay > budget:
            if isinstance(outcome, httpx.Response):
                raise self._error(op, outcome.status_code, outcome.content)
            raise TransportError(f"Intercom {op.summary} failed: out of retry time.") from outcome
        return delay

    def _error(self, op: Operation[Any, Any], status: int, body: bytes, retry_after: float | None = None) -> Exception:
        return api_error(
            status,
            body,
            operation=op.summary,
            permission=op.permission,
            not_found_hint=op.not_found_hint,
            region=self.region,
            retry_after=retry_after,
        )

    def _parse(self, op: Operation[Any, R], response: httpx.Response) -> R:
        try:
            return op.parse(response.json())
        except (ValueError, ValidationError, AttributeError, TypeError) as exc:
            raise UnexpectedResponseError(
                f"Intercom {op.summary} returned a body this toolkit cannot read ({type(exc).__name__}).",
                status=response.status_code,
                operation=op.summary,
            ) from exc


def settings(
    token: TokenSource | None,
    region: str | None,
    base_url: str | None,
    api_version: str,
    retry: RetryConfig | None,
    limiter: RateLimiter | None,
    seed: int | None,
    on_unauthorized: Callable[[], None] | None = None,
) -> Exchange:
    """The protocol's configuration, checked: a token, and an http(s) base URL (from the region if none)."""
    if token is None:
        raise InvalidInputError(
            "token", "an Intercom access token is required.", fix="Pass token=... or use from_env()."
        )
    if isinstance(token, str) and not token.strip():
        raise InvalidInputError("token", "the access token is empty.")
    url = (base_url or base_url_for(region or "us")).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInputError("base_url", f"{url!r} is not an http(s) URL.")
    return Exchange(
        token=token,
        base_url=url,
        region=(region or "us") if not base_url else region,
        api_version=api_version,
        retry=retry or RetryConfig(),
        limiter=limiter,
        rng=random.Random(seed),
        on_unauthorized=on_unauthorized,
    )
