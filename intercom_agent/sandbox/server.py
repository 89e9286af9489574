"""The sandbox over real HTTP: an ASGI app around the same handler, served by uvicorn."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

import uvicorn

if TYPE_CHECKING:
    from intercom_agent.sandbox import Sandbox

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def asgi_app(sandbox: Sandbox) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI application answering exactly as the in-process transport does."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        raw_path = scope.get("raw_path") or scope["path"].encode()
        target = raw_path.decode("latin-1") + (
            ("?" + scope["query_string"].decode("latin-1")) if scope.get("query_string") else ""
        )
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "127.0.0.1")
        decision, reply = sandbox.respond(scope["method"], target, headers, body, f"http://{host}")
        if decision.latency:
            await asyncio.sleep(decision.latency)
        if decision.drop:
            # Promise a body and stop short: the server closes the connection mid-response.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
                }
            )
            await send({"type": "http.response.body", "body": b'{"type":', "more_body": True})
            raise ConnectionAbortedError("sandbox: injected dropped connection")
        content = reply.content()
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
                + [(b"content-length", str(len(content)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": content})

    return app


class ServedSandbox:
    """A sandbox served on 127.0.0.1 by uvicorn in a background thread (a context manager)."""

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        config = uvicorn.Config(
            asgi_app(sandbox), host=host, port=port, log_level="critical", lifespan="on", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="intercom-sandbox", daemon=True)
        self.url = ""

    def start(self) -> ServedSandbox:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> ServedSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
