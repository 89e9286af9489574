"""An embedded, spec-faithful fake of the Intercom REST API (2.14), with seeded demo workspaces.

Use it in-process (no sockets) through :meth:`Sandbox.transport`, an httpx transport for both sync
and async clients, or serve it on 127.0.0.1 with :meth:`Sandbox.serve` (or ``intercom-agent
sandbox``). Each demo token reaches its own workspace; an unknown token gets 401. Faults
(:class:`Faults`) make it slow, rate limited, flaky or broken, reproducibly.

This package imports nothing from the client, so that it can catch the client's mistakes.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from intercom_agent.sandbox.data import Workspace, build_workspace, demo_workspaces
from intercom_agent.sandbox.faults import ERROR_CODES, Decision, FaultPlan, Faults
from intercom_agent.sandbox.handler import Handler
from intercom_agent.sandbox.wire import Reply, Request, parse_query

DEFAULT_TOKEN = "sandbox-token-us"
SECOND_TOKEN = "sandbox-token-eu"


@dataclass
class SeenRequest:
    """A request the sandbox received (for tests: what was sent, never the token)."""

    method: str
    path: str
    query: str
    workspace: str | None
    status: int | None = None  # what the sandbox answered (0: the connection was dropped)


NOW_VARIABLE = "INTERCOM_SANDBOX_NOW"


def data_now(clock: Callable[[], float] = time.time, environ: Mapping[str, str] | None = None) -> float:
    """The instant the demo data is anchored to: ``INTERCOM_SANDBOX_NOW`` (UNIX seconds) when set.

    The data's dates are relative to this instant ("seen 3 days ago"); pinning it makes every
    sandbox built in a run, and every answer it gives, identical (the test suite pins it). Rate-limit
    windows and reset headers always follow ``clock``.
    """
    value = (os.environ if environ is None else environ).get(NOW_VARIABLE, "").strip()
    if not value:
        return clock()
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{NOW_VARIABLE} must be UNIX seconds (e.g. 1795000000), got {value!r}.") from None


class Sandbox:
    """The fake Intercom: demo workspaces, one request handler, and faults."""

    def __init__(
        self,
        *,
        faults: Faults | None = None,
        seed: int = 7,
        now: float | None = None,
        clock: Callable[[], float] = time.time,
        workspaces: dict[str, Workspace] | None = None,
        acme_contacts: int = 30,
    ) -> None:
        anchor = data_now(clock) if now is None else now
        if workspaces is None:
            workspaces = demo_workspaces(now=anchor, seed=seed, acme_contacts=acme_contacts)
        self.workspaces = workspaces
        self.clock = clock
        self.handler = Handler(self.workspaces, clock, lag=clock() - anchor)
        self.faults = faults or Faults()
        self.plan = FaultPlan(self.faults, clock)
        self._lock = threading.Lock()
        self.requests: list[SeenRequest] = []

    def now(self) -> float:
        """The data's "now": the pinned ``INTERCOM_SANDBOX_NOW`` (moving on with the clock), else the clock."""
        return self.clock() - self.handler.lag

    @property
    def tokens(self) -> list[str]:
        return list(self.workspaces)

    def add_workspace(self, token: str, workspace: Workspace) -> None:
        self.workspaces[token] = workspace

    def revoke(self, token: str) -> bool:
        """Forget a token (as uninstalling the app does); later calls with it get 401."""
        return self.workspaces.pop(token, None) is not None

    def set_faults(self, faults: Faults) -> None:
        self.faults = faults
        self.plan = FaultPlan(faults, self.clock)

    def respond(
        self, method: str, raw_target: str, headers: dict[str, str], body: bytes, base_url: str
    ) -> tuple[Decision, Reply]:
        """Decide the faults for one request and, unless it is dropped, answer it."""
        path, _, raw_query = raw_target.partition("?")
        request = Request(
            method.upper(),
            path.rstrip("/") or "/",
            parse_query(raw_query),
            {k.lower(): v for k, v in headers.items()},
            body,
            base_url,
        )
        ws = self.handler.workspace_for(request)
        seen = SeenRequest(request.method, path, raw_query, ws.id_code if ws else None)
        with self._lock:
            self.requests.append(seen)
        decision = self.plan.decide(ws.id_code if ws else None, f"{request.method} {raw_target}")
        if decision.drop:
            seen.status = 0
            return decision, Reply(0, None)
        if decision.status is not None:
            code, message = ERROR_CODES.get(decision.status, ("server_error", "Server Error"))
            reply = self.handler.error(decision.status, code, message)
        else:
            reply = self.handler.handle(request)
        reply.headers = {"Content-Type": "application/json", **decision.headers, **reply.headers}
        seen.status = reply.status
        return decision, reply

    def transport(self) -> SandboxTransport:
        """An in-process httpx transport (sync and async) over this sandbox."""
        return SandboxTransport(self)

    def asgi_app(self) -> Callable[..., Any]:
        from intercom_agent.sandbox.server import asgi_app

        return asgi_app(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Any:
        """Serve over HTTP in a background thread; returns a started :class:`ServedSandbox`."""
        from intercom_agent.sandbox.server import ServedSandbox

        return ServedSandbox(self, host=host, port=port).start()


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers httpx requests from a :class:`Sandbox` without any socket."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _respond(self, request: httpx.Request, body: bytes) -> tuple[Decision, Reply]:
        base = f"{request.url.scheme}://{request.url.netloc.decode()}"
        return self.sandbox.respond(
            request.method, request.url.raw_path.decode("ascii"), dict(request.headers), body, base
        )

    @staticmethod
    def _response(reply: Reply, request: httpx.Request) -> httpx.Response:
        if reply.status == 0:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(reply.status, headers=reply.headers, content=reply.content(), request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        decision, reply = self._respond(request, request.read())
        if decision.latency:
            time.sleep(decision.latency)
        return self._response(reply, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        decision, reply = self._respond(request, await request.aread())
        if decision.latency:
            await asyncio.sleep(decision.latency)
        return self._response(reply, request)


__all__ = [
    "DEFAULT_TOKEN",
    "SECOND_TOKEN",
    "Faults",
    "Sandbox",
    "SandboxTransport",
    "SeenRequest",
    "Workspace",
    "build_workspace",
    "demo_workspaces",
]
