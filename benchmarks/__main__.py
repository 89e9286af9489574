"""Run every benchmark: ``python -m benchmarks`` (after ``pip install -e ".[test,bench]"``).

Prints Markdown (as recorded in docs/benchmarks.md): the machine, each measurement with its spread
(every comparison is measured side by side, interleaved, in this one run: these machines are noisy),
and the bounds. Exits 1 when a bound is missed or a measurement could not be made.
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import client_cpu, flow_scale, flow_speed, guardrails_cpu, output_size, peers, planner_speed, startup


def _machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return (
        f"Python {platform.python_version()} on {platform.machine()} ({platform.system()}), "
        f"{os.cpu_count()} cores, load average {load[0]:.2f} at start."
    )


def flow_bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("flow (a) ≤ 1.15 × the critical path", r["flow_over_critical"] <= 1.15),
        ("flow (a) ≤ 0.15 × the same calls made one after another", r["flow_over_sequential"] <= 0.15),
    ]


SECTIONS: list[tuple[str, Callable[[], Any], Callable[[Any], str], Callable[[Any], list[tuple[str, bool]]]]] = [
    ("Model-facing output size", output_size.run, output_size.report, lambda r: []),
    ("Client CPU per request", client_cpu.run, client_cpu.report, client_cpu.bounds),
    ("Guardrails CPU per call", guardrails_cpu.run, guardrails_cpu.report, guardrails_cpu.bounds),
    ("Startup", startup.run, startup.report, startup.bounds),
    ("Chat planner", planner_speed.run, planner_speed.report, planner_speed.bounds),
    ("Flow (a) wall time", flow_speed.run, flow_speed.report, flow_bounds),
    ("Flow (a) at scale, and under a rate limit", flow_scale.run, flow_scale.report, flow_scale.bounds),
    ("Against Intercom's Python SDK", peers.run, peers.report, peers.bounds),
]


def main() -> int:
    print(f"# intercom-agent benchmarks\n\n{_machine()}\n")
    verdicts: list[tuple[str, bool]] = []
    for title, run, report, bounds in SECTIONS:
        print(f"## {title}\n")
        try:
            result = run()
        except ImportError as exc:
            print(f"Not measured: {exc} (pip install -e '.[test,bench]').\n")
            verdicts.append((f"{title}: measured", False))
            continue
        print(report(result) + "\n")
        verdicts += bounds(result)
    print("## Bounds\n")
    for name, ok in verdicts:
        print(f"- {'met' if ok else 'MISSED'}: {name}")
    missed = [name for name, ok in verdicts if not ok]
    print(f"\n{len(verdicts) - len(missed)} of {len(verdicts)} bounds met.")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
