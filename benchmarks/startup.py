"""How long a person waits: ``intercom-agent --help``, the demo, and an MCP client's first tools/list.

Each is a fresh process (imports included), timed three times; medians and ranges.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
from typing import Any

RUNS = 3
BOUNDS = {"help": 0.3, "demo": 1.2, "mcp": 1.0}


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")} | {"COLUMNS": "120"}


def _timed(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "intercom_agent.cli", *args], env=_env(), capture_output=True, check=True)
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
    for _ in range(RUNS):  # interleaved
        samples["help"].append(_timed("--help"))
        samples["demo"].append(_timed("demo"))
        samples["mcp"].append(asyncio.run(_mcp_first_list()))
    return {k: {"median": statistics.median(v), "range": (min(v), max(v))} for k, v in samples.items()}


LABELS = {
    "help": "intercom-agent --help",
    "demo": "intercom-agent demo (sandbox)",
    "mcp": "MCP stdio: spawn to first tools/list",
}


def report(r: dict[str, Any]) -> str:
    lines = [
        f"Fresh process each time, {RUNS} interleaved runs, median (range):",
        "",
        "| what | wall time | bound |",
        "|---|---:|---:|",
    ]
    for key, label in LABELS.items():
        m = r[key]
        lines.append(f"| {label} | {m['median']:.2f} s ({m['range'][0]:.2f}–{m['range'][1]:.2f}) | ≤ {BOUNDS[key]} s |")
    return "\n".join(lines)


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [(f"{LABELS[k]} ≤ {b} s", r[k]["median"] <= b) for k, b in BOUNDS.items()]


if __name__ == "__main__":
    print(report(run()))
