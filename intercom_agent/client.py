"""The Intercom clients: a thin sync driver and a thin async driver over one sans-I/O protocol.

The protocol (:class:`~intercom_agent.protocol.Exchange`) turns an operation call into actions (send
this request, sleep this long); it owns headers, rate limiting, retries and error mapping.
:class:`IntercomClient` performs them over ``httpx.Client``, :class:`AsyncIntercomClient` over
``httpx.AsyncClient``. Transport is injected (httpx's seam): pass the sandbox's transport to run offline.

The token is held privately and only ever written into the ``Authorization`` header: it is in no
repr, log line or exception.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Self, TypeVar

import httpx

from intercom_agent.errors import InvalidInputError
from intercom_agent.models import Collected, Page
from intercom_agent.operations import Args, Operation
from intercom_agent.protocol import Exchange, Outcome, Sleep, TokenSource, settings
from intercom_agent.ratelimit import RateLimiter, RetryConfig

DEFAULT_API_VERSION = "2.14"
POOL_SIZE = 8  # connections per httpx pool for async fan-outs (see AsyncIntercomClient._http)
SANDBOX_URL = "http://sandbox.intercom.invalid"

R = TypeVar("R")
A = TypeVar("A", bound=Args)


class _Common:
    """What both clients share: configuration (written once, here) and construction; they add only I/O."""

    is_sandbox: bool = False

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
        transport: Any = None,
        limiter: RateLimiter | None = None,
        seed: int | None = None,
        on_unauthorized: Callable[[], None] | None = None,
        sandbox: bool = False,
    ) -> None:
        """``transport``: an httpx transport of the client's kind (the sandbox's, to run offline).
        ``on_unauthorized`` is called on a 401 (e.g. to mark a stored credential invalid); ``sandbox``
        marks a client of the embedded sandbox, which :meth:`describe` then says."""
        self._core: Exchange = settings(token, region, base_url, api_version, retry, limiter, seed, on_unauthorized)
        self._options: dict[str, Any] = {"transport": transport, "timeout": timeout, "max_concurrency": max_concurrency}
        self.is_sandbox = sandbox
        self._open(transport, timeout, max_concurrency)

    def _open(self, transport: Any, timeout: float | httpx.Timeout, max_concurrency: int) -> None:
        raise NotImplementedError

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
            "sandbox": self.is_sandbox,
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
        return cls(token or DEFAULT_TOKEN, base_url=SANDBOX_URL, transport=box.transport(), sandbox=True, **kwargs)

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

    def _open(
        self, transport: httpx.BaseTransport | None, timeout: float | httpx.Timeout, max_concurrency: int
    ) -> None:
        self._http = httpx.Client(transport=transport, timeout=timeout)
        self._slots = threading.BoundedSemaphore(max_concurrency)

    def to_async(self) -> AsyncIntercomClient:
        """An async client for the same connection (same token, region, limiter and sandbox)."""
        return AsyncIntercomClient(**self._twin_settings(httpx.AsyncBaseTransport))

    def call(self, op: Operation[A, R], args: A | dict[str, Any] | None = None, **kwargs: Any) -> R:
        """Run one operation: validated arguments, rate limited, retried within bounds, parsed."""
        steps = self._core.run(op, op.validate(args, **kwargs))
        outcome: Outcome = None
        try:
            while True:
                action = steps.send(outcome)
                if isinstance(action, Sleep):
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

    def _open(
        self, transport: httpx.AsyncBaseTransport | None, timeout: float | httpx.Timeout, max_concurrency: int
    ) -> None:
        self._max_concurrency = max_concurrency
        # Connections belong to an event loop, so each loop that uses this client gets its own pools.
        self._https: dict[asyncio.AbstractEventLoop, list[httpx.AsyncClient]] = {}
        self._turn = 0
        self._slots: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}

    def to_sync(self) -> IntercomClient:
        """A sync client for the same connection (same token, region, limiter and sandbox)."""
        return IntercomClient(**self._twin_settings(httpx.BaseTransport))

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
        steps = self._core.run(op, op.validate(args, **kwargs))
        outcome: Outcome = None
        slots = self._semaphore()
        try:
            while True:
                action = steps.send(outcome)
                if isinstance(action, Sleep):
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


__all__ = ["AsyncIntercomClient", "IntercomClient"]
