"""How long a person waits: ``intercom-agent --help``, the demo, and an MCP client's first tools/list.

Each is a fresh process (imports included), timed three times; medians and ranges. The bounds hold for
the core install the README's demo command makes (``pip install -e .``). The optional ``speed`` extra
(httpx-aiohttp, which ``[test]`` and ``[bench]`` pull in) makes langsmith import aiohttp at start-up
whenever langchain-core loads; that case is measured too, beside it, with the extra hidden from the
core runs by a shim on PYTHONPATH rather than uninstalled.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RUNS = 3
BOUNDS = {"help": 0.3, "demo": 1.2, "mcp": 1.0}


_CORE = tempfile.mkdtemp(prefix="intercom-agent-core-")  # httpx_aiohttp made unimportable, as without [speed]
(Path(_CORE) / "httpx_aiohttp.py").write_text('raise ImportError("hidden: the core install has no [speed] extra")\n')


def _env(core: bool = True) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")} | {"COLUMNS": "120"}
    if core:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_CORE, env.get("PYTHONPATH", "")) if p)
    return env


def _speed_installed() -> bool:
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        return False
    return True


def _timed(*args: str, core: bool = True) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "intercom_agent.cli", *args], env=_env(core), capture_output=True, check=True)
    return time.perf_counter() - started


async def _mcp_first_list() -> float:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    server = StdioServerParameters(command=sys.executable, args=["-m", "intercom_agent.cli", "mcp"], env=_env())
    started = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        async with stdio_client(server, errlog=quiet) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            listed = await session.list_tools()
            elapsed = time.perf_counter() - started
    assert len(listed.tools) == 14
    return elapsed


def run() -> dict[str, Any]:
    samples: dict[str, list[float]] = {"help": [], "demo": [], "mcp": []}
    speed = _speed_installed()
    if speed:
        samples["demo_speed"] = []
    for _ in range(RUNS):  # interleaved
        samples["help"].append(_timed("--help"))
        samples["demo"].append(_timed("demo"))
        if speed:
            samples["demo_speed"].append(_timed("demo", core=False))
        samples["mcp"].append(asyncio.run(_mcp_first_list()))
    return {k: {"median": statistics.median(v), "range": (min(v), max(v))} for k, v in samples.items()}


LABELS = {
    "help": "intercom-agent --help",
    "demo": "intercom-agent demo (sandbox)",
    "mcp": "MCP stdio: spawn to first tools/list",
    "demo_speed": "intercom-agent demo, with the [speed] extra installed",
}


def report(r: dict[str, Any]) -> str:
    lines = [
        f"Fresh process each time, {RUNS} interleaved runs, median (range); the core install (`pip install -e .`)"
        " unless the row says otherwise:",
        "",
        "| what | wall time | bound |",
        "|---|---:|---:|",
    ]
    for key, label in LABELS.items():
        if key not in r:
            continue
        m, bound = r[key], f"≤ {BOUNDS[key]} s" if key in BOUNDS else "(reported)"
        lines.append(f"| {label} | {m['median']:.2f} s ({m['range'][0]:.2f}–{m['range'][1]:.2f}) | {bound} |")
    return "\n".join(lines)


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [(f"{LABELS[k]} ≤ {b} s", r[k]["median"] <= b) for k, b in BOUNDS.items()]


if __name__ == "__main__":
    print(report(run()))
