"""Flow (a)'s wall time against the three-round-trip critical path and a sequential run.

Served sandbox on 127.0.0.1 with 50 ms injected latency per request; Acme Corp has 30 contacts. All
three are measured in the same run, interleaved, several times; the medians give the ratios.

- critical path: the three dependent calls one after another (company look-up, the contacts page,
  one contact's events): the least any implementation can take, since events need the contacts;
- flow: ``build_company_events_graph`` for "Acme Corp" (events of all contacts fetched in parallel);
- sequential: the same 32 calls as the flow, one after another.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

from graphs.company_events import build_company_events_graph, identifier, result_of
from graphs.context import FlowContext
from intercom_agent import operations as ops
from intercom_agent.client import AsyncIntercomClient
from intercom_agent.connections import StaticClients

LATENCY = 0.05
ROUNDS = 7


async def _critical_path(client: AsyncIntercomClient) -> float:
    started = time.perf_counter()
    company = (await client.call(ops.FIND_COMPANIES, name="Acme Corp")).items[0]
    contacts = (await client.call(ops.LIST_ATTACHED_CONTACTS, company_id=company.id, per_page=100)).items
    await client.call(ops.LIST_EVENTS, per_page=5, **identifier(contacts[0].model_dump()))
    return time.perf_counter() - started


async def _sequential(client: AsyncIntercomClient) -> float:
    started = time.perf_counter()
    company = (await client.call(ops.FIND_COMPANIES, name="Acme Corp")).items[0]
    contacts = (await client.call(ops.LIST_ATTACHED_CONTACTS, company_id=company.id, per_page=100)).items
    for contact in contacts:
        await client.call(ops.LIST_EVENTS, per_page=5, **identifier(contact.model_dump()))
    return time.perf_counter() - started


async def _flow(graph: Any, context: FlowContext) -> tuple[float, int]:
    started = time.perf_counter()
    state = await graph.ainvoke(
        {"company": "Acme Corp", "events_per_contact": 5}, context=context, config={"max_concurrency": 32}
    )
    elapsed = time.perf_counter() - started
    result = result_of(state)
    assert not result["failures"] and all(c["events"] is not None for c in result["contacts"])
    return elapsed, len(result["contacts"])


async def _measure(url: str) -> dict[str, Any]:
    client = AsyncIntercomClient("sandbox-token-us", base_url=url, max_concurrency=32)
    context = FlowContext(provider=StaticClients(async_client=client))
    graph = build_company_events_graph()
    await _flow(graph, context)  # warm-up: connections, imports
    critical, flow, sequential = [], [], []
    contacts = 0
    for _ in range(ROUNDS):
        critical.append(await _critical_path(client))
        elapsed, contacts = await _flow(graph, context)
        flow.append(elapsed)
        sequential.append(await _sequential(client))
    await client.aclose()
    series = {"critical": critical, "flow": flow, "sequential": sequential}
    med = {name: statistics.median(values) for name, values in series.items()}
    ratios = [f / c for f, c in zip(flow, critical, strict=True)]
    return {
        "contacts": contacts,
        "rounds": ROUNDS,
        "latency_ms": LATENCY * 1000,
        **med,
        "ratio_range": (min(ratios), max(ratios)),
        "flow_over_critical": med["flow"] / med["critical"],
        "flow_over_sequential": med["flow"] / med["sequential"],
    }


def run() -> dict[str, Any]:
    # The sandbox runs in its own process, as Intercom would be another machine: in a thread of this
    # process, its CPU work would compete with the client's for the GIL and be measured as the flow's.
    with served_sandbox("--latency", str(LATENCY)) as url:
        return asyncio.run(_measure(url))


@contextlib.contextmanager
def served_sandbox(*flags: str) -> Iterator[str]:
    """``intercom-agent sandbox --port 0`` in a subprocess; yields its URL, stops it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "intercom_agent.cli", "sandbox", "--port", "0", *flags],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if "serving at" not in line:
            raise RuntimeError(f"the sandbox did not start: {line!r}")
        yield line.rsplit(" ", 1)[1].strip()
    finally:
        process.terminate()
        process.communicate(timeout=10)


def report(r: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"Served sandbox on 127.0.0.1, {r['latency_ms']:.0f} ms latency per request, Acme Corp with "
            f"{r['contacts']} contacts, medians of {r['rounds']} interleaved rounds:",
            "",
            "| measurement | median wall time | ratio | bound |",
            "|---|---:|---:|---:|",
            f"| critical path (3 dependent round trips) | {r['critical'] * 1000:.0f} ms | 1.00 | |",
            f"| flow (a), events in parallel | {r['flow'] * 1000:.0f} ms | {r['flow_over_critical']:.2f} × critical | "
            "≤ 1.15 |",
            f"| sequential, same {r['contacts'] + 2} calls | {r['sequential'] * 1000:.0f} ms | "
            f"flow = {r['flow_over_sequential']:.3f} × sequential | ≤ 0.15 |",
            "",
            f"Per-round flow/critical ratios ranged {r['ratio_range'][0]:.2f}–{r['ratio_range'][1]:.2f}.",
        ]
    )


if __name__ == "__main__":
    print(report(run()))
