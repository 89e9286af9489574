"""Flow (a) against Intercom's own Python SDK (``python-intercom``, the ``bench`` extra), side by side.

Same served sandbox (its own process, 50 ms latency per request), same work: find "Acme Corp",
list its contacts, fetch each contact's recent events. The SDK is driven the two ways a user would:
one call after another, and with ``asyncio.gather`` over its async client for the events. Every
SDK client sends ``Intercom-Version: 2.14`` like ours. Interleaved rounds; medians and ranges.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from benchmarks.flow_speed import LATENCY, served_sandbox
from graphs.company_events import build_company_events_graph, result_of
from graphs.composite import MAX_CONCURRENCY
from graphs.context import FlowContext
from intercom_agent.client import AsyncIntercomClient
from intercom_agent.connections import StaticClients

ROUNDS = 9
HEADERS = {"Intercom-Version": "2.14"}
TOKEN = "sandbox-token-us"


def _events_args(contact: Any) -> dict[str, Any]:
    if getattr(contact, "external_id", None):
        return {"user_id": contact.external_id}
    return {"intercom_user_id": contact.id}


def _sdk_sequential(url: str) -> float:
    from intercom import Intercom

    client = Intercom(token=TOKEN, base_url=url, headers=HEADERS)
    started = time.perf_counter()
    found = client.companies.retrieve(name="Acme Corp")
    company_id = getattr(found, "id", None) or found.data[0].id  # type: ignore[union-attr]
    contacts = client.companies.list_attached_contacts(company_id).data or []
    for contact in contacts:
        client.events.list(type="user", per_page=5, **_events_args(contact))
    return time.perf_counter() - started


async def _sdk_gather(url: str) -> float:
    from intercom import AsyncIntercom

    client = AsyncIntercom(token=TOKEN, base_url=url, headers=HEADERS)
    started = time.perf_counter()
    found = await client.companies.retrieve(name="Acme Corp")
    company_id = getattr(found, "id", None) or found.data[0].id  # type: ignore[union-attr]
    contacts = (await client.companies.list_attached_contacts(company_id)).data or []
    await asyncio.gather(*(client.events.list(type="user", per_page=5, **_events_args(c)) for c in contacts))
    return time.perf_counter() - started


async def _ours(graph: Any, context: FlowContext) -> float:
    started = time.perf_counter()
    config: Any = {"max_concurrency": MAX_CONCURRENCY}  # as the composite tool runs it
    state = await graph.ainvoke({"company": "Acme Corp", "events_per_contact": 5}, context=context, config=config)
    elapsed = time.perf_counter() - started
    assert not result_of(state)["failures"]
    return elapsed


async def _measure(url: str) -> dict[str, Any]:
    client = AsyncIntercomClient(TOKEN, base_url=url, max_concurrency=32)
    context = FlowContext(provider=StaticClients(async_client=client))
    graph = build_company_events_graph()
    await _ours(graph, context)
    await _sdk_gather(url)
    _sdk_sequential(url)
    ours, sequential, gathered = [], [], []
    for _ in range(ROUNDS):
        ours.append(await _ours(graph, context))
        sequential.append(await asyncio.to_thread(_sdk_sequential, url))
        gathered.append(await _sdk_gather(url))
    await client.aclose()
    to_seq = [o / s for o, s in zip(ours, sequential, strict=True)]
    to_gather = [o / g for o, g in zip(ours, gathered, strict=True)]
    return {
        "ours": statistics.median(ours),
        "sequential": statistics.median(sequential),
        "gathered": statistics.median(gathered),
        "over_sequential": statistics.median(to_seq),
        "over_sequential_range": (min(to_seq), max(to_seq)),
        "over_gather": statistics.median(to_gather),
        "over_gather_range": (min(to_gather), max(to_gather)),
    }


def run() -> dict[str, Any]:
    with served_sandbox("--latency", str(LATENCY)) as url:
        return asyncio.run(_measure(url))


def report(r: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"Served sandbox, {LATENCY * 1000:.0f} ms latency, Acme Corp (30 contacts), {ROUNDS} interleaved rounds, "
            "medians (range of per-round ratios):",
            "",
            "| implementation | wall time | intercom-agent / it | bound |",
            "|---|---:|---:|---:|",
            f"| intercom-agent flow (a) | {r['ours'] * 1000:.0f} ms | 1.00 | |",
            f"| python-intercom 5.0.1, sequential | {r['sequential'] * 1000:.0f} ms | {r['over_sequential']:.3f} "
            f"({r['over_sequential_range'][0]:.3f}–{r['over_sequential_range'][1]:.3f}) | ≤ 0.15 |",
            f"| python-intercom 5.0.1, asyncio.gather | {r['gathered'] * 1000:.0f} ms | {r['over_gather']:.2f} "
            f"({r['over_gather_range'][0]:.2f}–{r['over_gather_range'][1]:.2f}) | ≤ 0.80 |",
        ]
    )


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("flow (a) ≤ 0.15 × python-intercom sequential", r["over_sequential"] <= 0.15),
        ("flow (a) ≤ 0.8 × python-intercom with asyncio.gather", r["over_gather"] <= 0.8),
    ]


if __name__ == "__main__":
    print(report(run()))
