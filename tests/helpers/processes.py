"""Running what the tests exercise from outside: the CLI as a subprocess, an ASGI app on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.helpers.sandboxes import clean_env


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``intercom-agent ARGS`` in a subprocess, with a clean environment (plus ``env``)."""
    base = clean_env()
    base.update({"COLUMNS": "160", "NO_COLOR": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "intercom_agent.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=base,
    )


def port_for_a_child() -> int:
    """A free port for a server another process binds later. Probing port 0 and letting go leaves a window in
    which an outgoing connection's ephemeral port can take it; a port below the kernel's ephemeral range cannot
    be taken that way (only by another listener, which a bind here would have seen)."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as ranges:
            low = int(ranges.read().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    start = 20000 + os.getpid() % 5000  # apart from other test runs on the machine
    candidates: list[int] = [*range(start, low), *range(20000, start)]
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between 20000 and {low}")


@contextmanager
def serve(app: Any, path: str = "/mcp") -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 (a free port) in a thread; yields its URL + ``path``."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.01)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    try:
        yield f"http://{host}:{port}{path}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
