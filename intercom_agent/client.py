"""The Intercom clients: one sans-I/O core, a thin sync driver and a thin async driver.

The core (:class:`_Core`) turns an :class:`~intercom_agent.operations.Operation` call into a
generator that yields *actions* (send this request, sleep this long) and receives their outcomes;
it owns headers, rate limiting, retries and error mapping. :class:`IntercomClient` runs the
generator over ``httpx.Client``, :class:`AsyncIntercomClient` over ``httpx.AsyncClient``. Transport
is injected (httpx's seam): pass the sandbox's transport to run offline.

The token is held privately and only ever written into the ``Authorization`` header: it is in no
repr, log line or exception.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Self, TypeVar

import httpx
from pydantic import ValidationError

from intercom_agent.errors import (
    InvalidInputError,
    TransportError,
    UnexpectedResponseError,
    api_error,
)
from intercom_agent.models import Collected, Page
from intercom_agent.operations import Args, Operation
from intercom_agent.ratelimit import SHARED_LIMITERS, RateLimiter, RetryConfig

logger = logging.getLogger("intercom_agent")

Region = Literal["us", "eu", "au"]
REGION_URLS: dict[str, str] = {
    "us": "https://api.intercom.io",
    "eu": "https://api.eu.intercom.io",
    "au": "https://api.au.intercom.io",
}
DEFAULT_API_VERSION = "2.14"
POOL_SIZE = 8  # connections per httpx pool for async fan-outs (see AsyncIntercomClient._http)
USER_AGENT = "intercom-agent/0.1"
SANDBOX_URL = "http://sandbox.intercom.invalid"

TokenSource = str | Callable[[], str]
R = TypeVar("R")
A = TypeVar("A", bound=Args)


def base_url_for(region: str) -> str:
    """The REST base URL of an Intercom region (us, eu, au)."""
    try:
        return REGION_URLS[region.lower()]
    except KeyError:
        raise InvalidInputError("region", f"unknown region {region!r}.", fix="Use us, eu or au.") from None


@dataclass(frozen=True)
class _Send:
    request: httpx.Request


@dataclass(frozen=True)
class _Sleep:
    seconds: float


Action = _Send | _Sleep
Outcome = httpx.Response | httpx.TransportError | None


@dataclass
class _Core:
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

    def exchange(self, op: Operation[Any, R], args: Args) -> Generator[Action, Outcome, R]:
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
                yield _Sleep(delay)
            attempt += 1
            outcome = yield _Send(request)
            headers = outcome.headers if isinstance(outcome, httpx.Response) else None
            limiter.release(headers)
            if isinstance(outcome, httpx.Response) and outcome.status_code < 400:
                logger.debug("%s %s -> %s", request.method, request.url.path, outcome.status_code)
                return self._parse(op, outcome)
            delay = self._retry_delay(op, outcome, attempt, waited, limiter)
            logger.info("%s %s: retrying in %.2fs (attempt %d)", request.method, request.url.path, delay, attempt)
            waited += delay
            yield _Sleep(delay)

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


def _settings(
    token: TokenSource | None,
    region: str | None,
    base_url: str | None,
    api_version: str,
    retry: RetryConfig | None,
    limiter: RateLimiter | None,
    seed: int | None,
) -> _Core:
    if token is None:
        raise InvalidInputError(
            "token", "an Intercom access token is required.", fix="Pass token=... or use from_env()."
        )
    if isinstance(token, str) and not token.strip():
        raise InvalidInputError("token", "the access token is empty.")
    url = (base_url or base_url_for(region or "us")).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInputError("base_url", f"{url!r} is not an http(s) URL.")
    return _Core(
        token=token,
        base_url=url,
        region=(region or "us") if not base_url else region,
        api_version=api_version,
        retry=retry or RetryConfig(),
        limiter=limiter,
        rng=random.Random(seed),
    )


class _Common:
    _core: _Core
    _options: dict[str, Any]
    is_sandbox: bool = False

    def _twin_settings(self, transport_type: type) -> dict[str, Any]:
        transport = self._options["transport"]
        return {
            "token": self._core.token,
            "region": self._core.region,
            "base_url": self._core.base_url,
            "api_version": self._core.api_version,
            "retry": self._core.retry,
            "limiter": self._core.limiter,
            "timeout": self._options["timeout"],
            "max_concurrency": self._options["max_concurrency"],
            "transport": transport if isinstance(transport, transport_type) else None,
            "on_unauthorized": self._core.on_unauthorized,
        }

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def region(self) -> str | None:
        return self._core.region

    def __repr__(self) -> str:
        where = "embedded sandbox" if self.is_sandbox else self._core.base_url
        return f"{type(self).__name__}({where}, version={self._core.api_version})"

    def __init__(self, token: TokenSource | None = None, **kwargs: Any) -> None:  # each client defines its own
        raise NotImplementedError

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """Configure from INTERCOM_* variables, read now; the embedded sandbox when no token is set."""
        env = _env(environ)
        if not env["access_token"]:
            return cls.sandbox(**kwargs)
        return cls(
            env["access_token"],
            region=env["region"],
            base_url=env["base_url"],
            api_version=env["api_version"] or DEFAULT_API_VERSION,
            **kwargs,
        )

    @classmethod
    def sandbox(cls, sandbox: Any = None, token: str | None = None, **kwargs: Any) -> Self:
        """A client of an embedded sandbox (a fresh default one unless given), in-process."""
        from intercom_agent.sandbox import DEFAULT_TOKEN, Sandbox

        box = sandbox or Sandbox()
        client = cls(token or DEFAULT_TOKEN, base_url=SANDBOX_URL, transport=box.transport(), **kwargs)
        client.is_sandbox = True
        return client

    def describe(self) -> str:
        """One line saying which Intercom this client reaches; never the token."""
        if self.is_sandbox:
            return "Using the embedded Intercom sandbox (demo data); set INTERCOM_ACCESS_TOKEN for a real workspace."
        return f"Using Intercom at {self._core.base_url} (API {self._core.api_version})."


def _env(environ: Mapping[str, str] | None) -> dict[str, str | None]:
    env = os.environ if environ is None else environ
    return {
        name: (env.get(f"INTERCOM_{name.upper()}") or None)
        for name in ("access_token", "region", "base_url", "api_version")
    }


class IntercomClient(_Common):
    """Synchronous Intercom client. Thread-safe; ``max_concurrency`` bounds requests in flight."""

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 8,
        retry: RetryConfig | None = None,
        transport: httpx.BaseTransport | None = None,
        limiter: RateLimiter | None = None,
        seed: int | None = None,
        on_unauthorized: Callable[[], None] | None = None,
    ) -> None:
        self._core = _settings(token, region, base_url, api_version, retry, limiter, seed)
        self._core.on_unauthorized = on_unauthorized
        self._options = {"transport": transport, "timeout": timeout, "max_concurrency": max_concurrency}
        self._http = httpx.Client(transport=transport, timeout=timeout)
        self._slots = threading.BoundedSemaphore(max_concurrency)

    def to_async(self) -> AsyncIntercomClient:
        """An async client for the same connection (same token, region, limiter and sandbox)."""
        twin = AsyncIntercomClient(**self._twin_settings(httpx.AsyncBaseTransport))
        twin.is_sandbox = self.is_sandbox
        return twin

    def call(self, op: Operation[A, R], args: A | dict[str, Any] | None = None, **kwargs: Any) -> R:
        """Run one operation: validated arguments, rate limited, retried within bounds, parsed."""
        steps = self._core.exchange(op, op.validate(args, **kwargs))
        outcome: Outcome = None
        try:
            while True:
                action = steps.send(outcome)
                if isinstance(action, _Sleep):
                    time.sleep(action.seconds)
                    outcome = None
                    continue
                with self._slots:
                    try:
                        outcome = self._http.send(action.request)
                        outcome.read()
                    except httpx.TransportError as exc:
                        outcome = exc
        except StopIteration as done:
            result: R = done.value
            return result

    def pages(
        self,
        op: Operation[A, Page[Any]],
        args: A | dict[str, Any] | None = None,
        *,
        max_pages: int = 100,
        **kwargs: Any,
    ) -> Iterator[Page[Any]]:
        """Yield pages of a list until the last one or ``max_pages``."""
        current: A | None = op.validate(args, **kwargs)
        for _ in range(max_pages):
            if current is None:
                return
            page = self.call(op, current)
            yield page
            current = op.next_args(current, page)

    def collect(
        self,
        op: Operation[A, Page[Any]],
        args: A | dict[str, Any] | None = None,
        *,
        max_items: int = 1000,
        **kwargs: Any,
    ) -> Collected[Any]:
        """Every item of a list, up to ``max_items``; ``truncated`` says whether more were left."""
        return _collect(self.pages(op, args, max_pages=10**6, **kwargs), max_items)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> IntercomClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_CLOSING: set[asyncio.Task[None]] = set()  # background closes still running (kept from the GC)


def _aiohttp_transport(connections: int) -> httpx.AsyncBaseTransport | None:
    """httpx over aiohttp (the httpx-aiohttp package) when installed and not turned off."""
    if os.environ.get("INTERCOM_AGENT_HTTP", "").strip().lower() == "httpcore":
        return None
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        return None
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    transport: httpx.AsyncBaseTransport = AiohttpTransport(limits=limits)
    return transport


class AsyncIntercomClient(_Common):
    """Asynchronous Intercom client; ``max_concurrency`` bounds requests in flight."""

    def __init__(
        self,
        token: TokenSource | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        api_version: str = DEFAULT_API_VERSION,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 8,
        retry: RetryConfig | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        seed: int | None = None,
        on_unauthorized: Callable[[], None] | None = None,
    ) -> None:
        self._core = _settings(token, region, base_url, api_version, retry, limiter, seed)
        self._core.on_unauthorized = on_unauthorized
        self._options = {"transport": transport, "timeout": timeout, "max_concurrency": max_concurrency}
        self._max_concurrency = max_concurrency
        # Connections belong to an event loop, so each loop that uses this client gets its own pools.
        self._https: dict[asyncio.AbstractEventLoop, list[httpx.AsyncClient]] = {}
        self._turn = 0
        self._slots: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}

    def to_sync(self) -> IntercomClient:
        """A sync client for the same connection (same token, region, limiter and sandbox)."""
        twin = IntercomClient(**self._twin_settings(httpx.BaseTransport))
        twin.is_sandbox = self.is_sandbox
        return twin

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if loop not in self._slots:
            self._slots[loop] = asyncio.Semaphore(self._max_concurrency)
        return self._slots[loop]

    def _http(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if loop not in self._https:
            # httpcore's bookkeeping on each request grows with the connections in its pool, so a wide
            # fan-out is spread over several small pools (measured: benchmarks/flow_speed.py,
            # docs/benchmarks.md). An injected transport (the sandbox's) gets one client.
            transport = self._options["transport"]
            count = 1 if transport is not None else max(1, -(-self._max_concurrency // POOL_SIZE))
            if transport is None and (fast := _aiohttp_transport(self._max_concurrency)) is not None:
                # aiohttp's connection pool costs a third less CPU per request than httpcore's, and its
                # cost does not grow with the pool (measured: docs/benchmarks.md), so one pool serves all.
                transport, count = fast, 1
            self._https[loop] = [
                httpx.AsyncClient(transport=transport, timeout=self._options["timeout"]) for _ in range(count)
            ]
        pools = self._https[loop]
        self._turn += 1
        return pools[self._turn % len(pools)]

    async def call(self, op: Operation[A, R], args: A | dict[str, Any] | None = None, **kwargs: Any) -> R:
        """Run one operation: validated arguments, rate limited, retried within bounds, parsed."""
        steps = self._core.exchange(op, op.validate(args, **kwargs))
        outcome: Outcome = None
        slots = self._semaphore()
        try:
            while True:
                action = steps.send(outcome)
                if isinstance(action, _Sleep):
                    await asyncio.sleep(action.seconds)
                    outcome = None
                    continue
                async with slots:
                    try:
                        outcome = await self._http().send(action.request)
                        await outcome.aread()
                    except httpx.TransportError as exc:
                        outcome = exc
        except StopIteration as done:
            result: R = done.value
            return result

    async def pages(
        self,
        op: Operation[A, Page[Any]],
        args: A | dict[str, Any] | None = None,
        *,
        max_pages: int = 100,
        **kwargs: Any,
    ) -> AsyncIterator[Page[Any]]:
        """Yield pages of a list until the last one or ``max_pages``."""
        current: A | None = op.validate(args, **kwargs)
        for _ in range(max_pages):
            if current is None:
                return
            page = await self.call(op, current)
            yield page
            current = op.next_args(current, page)

    async def collect(
        self,
        op: Operation[A, Page[Any]],
        args: A | dict[str, Any] | None = None,
        *,
        max_items: int = 1000,
        **kwargs: Any,
    ) -> Collected[Any]:
        """Every item of a list, up to ``max_items``; ``truncated`` says whether more were left."""
        pages = [page async for page in _until(self.pages(op, args, max_pages=10**6, **kwargs), max_items)]
        return _collect(iter(pages), max_items)

    async def aclose(self) -> None:
        """Close this loop's connections (and those of loops that are running elsewhere)."""
        current = asyncio.get_running_loop()
        for loop, pools in list(self._https.items()):
            for http in pools:
                if loop is current:
                    await http.aclose()
                elif loop.is_running():
                    await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(http.aclose(), loop))
            self._https.pop(loop, None)

    def close(self) -> None:
        """Close every loop's connections, from synchronous code (loops that already closed are skipped)."""
        try:
            current: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        for loop, pools in list(self._https.items()):
            for http in pools:
                if loop is current:  # called from this loop itself: close in the background, never block it
                    task = loop.create_task(http.aclose())
                    _CLOSING.add(task)
                    task.add_done_callback(_CLOSING.discard)
                elif loop.is_running():
                    asyncio.run_coroutine_threadsafe(http.aclose(), loop).result(timeout=10)
                elif not loop.is_closed():
                    loop.run_until_complete(http.aclose())
            self._https.pop(loop, None)

    async def __aenter__(self) -> AsyncIntercomClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


async def _until(pages: AsyncIterator[Page[Any]], max_items: int) -> AsyncIterator[Page[Any]]:
    seen = 0
    async for page in pages:
        yield page
        seen += len(page.items)
        if seen >= max_items:
            return


def _collect(pages: Iterator[Page[Any]], max_items: int) -> Collected[Any]:
    if max_items < 1:
        raise InvalidInputError("max_items", "must be at least 1.")
    items: list[Any] = []
    count, last = 0, None
    for page in pages:
        count, last = count + 1, page
        items.extend(page.items)
        if len(items) >= max_items:
            break
    if last is None:
        return Collected(items=[], pages_fetched=0, truncated=False)
    truncated = len(items) > max_items or last.has_more
    cursor = last.next_cursor if len(items) <= max_items else None
    return Collected(
        items=items[:max_items],
        pages_fetched=count,
        truncated=truncated,
        next_cursor=cursor,
        total_count=last.total_count,
    )


__all__ = ["AsyncIntercomClient", "IntercomClient", "base_url_for"]
