"""Flow (a) at scale: 100, 300 and 1,000 contacts, against the dependency floor; and under a rate limit.

The floor is the least any client with the same connection budget must wait: the contact pages one
after another (each needs the previous page's cursor), every contact's events started as soon as its
page arrives, all through the same client (32 requests in flight). The flow reads the pages first and
then fans the events out (LangGraph ``Send``). Served sandbox in its own process, 50 ms latency;
3 interleaved rounds per size; medians.

Under a rate limit (the sandbox allows 100 requests per 10 s window, Intercom's windows are 10 s):
how many requests were answered 429, whether any rate-limit error reached the caller, and the wall
time against the windows the limit forces (about 27 s for 300 contacts).
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from typing import Any

from benchmarks.flow_speed import served_sandbox
from graphs.company_events import build_company_events_graph, identifier, result_of
from graphs.composite import MAX_CONCURRENCY
from graphs.context import FlowContext
from intercom_agent import operations as ops
from intercom_agent.client import AsyncIntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.ratelimit import RateLimiter
from intercom_agent.sandbox import Faults, Sandbox

SIZES = (100, 300, 1000)
ROUNDS = 3
LATENCY = 0.05
TOKEN = "sandbox-token-us"


async def _floor(client: AsyncIntercomClient, size: int) -> float:
    started = time.perf_counter()
    company = (await client.call(ops.FIND_COMPANIES, name="Acme Corp")).items[0]
    tasks = []
    async for page in client.pages(ops.LIST_ATTACHED_CONTACTS, company_id=company.id, per_page=150, max_pages=100):
        for contact in page.items:
            ident = identifier(contact.model_dump())
            tasks.append(asyncio.ensure_future(client.call(ops.LIST_EVENTS, per_page=5, **ident)))
    await asyncio.gather(*tasks)
    assert len(tasks) == size
    return time.perf_counter() - started


async def _flow(graph: Any, context: FlowContext, size: int) -> float:
    started = time.perf_counter()
    state = await graph.ainvoke(
        {"company": "Acme Corp", "max_contacts": size, "events_per_contact": 5},
        context=context,
        config={"max_concurrency": MAX_CONCURRENCY},
    )
    elapsed = time.perf_counter() - started
    result = result_of(state)
    assert len(result["contacts"]) == size and not result["failures"]
    return elapsed


async def _size(url: str, size: int) -> dict[str, Any]:
    client = AsyncIntercomClient(TOKEN, base_url=url, max_concurrency=MAX_CONCURRENCY, limiter=RateLimiter())
    context = FlowContext(provider=StaticClients(async_client=client))
    graph = build_company_events_graph()
    await _flow(graph, context, size)
    floors, flows = [], []
    for _ in range(ROUNDS):
        floors.append(await _floor(client, size))
        flows.append(await _flow(graph, context, size))
    await client.aclose()
    ratios = [f / g for f, g in zip(flows, floors, strict=True)]
    return {
        "floor": statistics.median(floors),
        "flow": statistics.median(flows),
        "ratio": statistics.median(ratios),
        "range": (min(ratios), max(ratios)),
    }


async def _rate_limited(size: int = 300) -> dict[str, Any]:
    limit, window = 100, 10.0
    box = Sandbox(faults=Faults(rate_limit=limit, rate_window=window), acme_contacts=size)
    with box.serve() as served:
        # A fresh limiter: the process-wide one per token remembers the windows of earlier servers.
        client = AsyncIntercomClient(TOKEN, base_url=served.url, max_concurrency=MAX_CONCURRENCY, limiter=RateLimiter())
        context = FlowContext(provider=StaticClients(async_client=client))
        epoch_start = time.time()
        started = time.perf_counter()
        state = await build_company_events_graph().ainvoke(
            {"company": "Acme Corp", "max_contacts": size, "events_per_contact": 5},
            context=context,
            config={"max_concurrency": MAX_CONCURRENCY},
        )
        wall = time.perf_counter() - started
        await client.aclose()
    result = result_of(state)
    answered = [r for r in box.requests if r.status]
    limited = sum(1 for r in answered if r.status == 429)
    succeeded = len(answered) - limited
    # The windows are aligned to multiples of ``window``: the last successful request cannot start
    # before the window that has room for it opens.
    last_window = math.floor(epoch_start / window) + math.ceil(succeeded / limit) - 1
    forced = max(0.0, last_window * window - epoch_start)
    return {
        "size": size,
        "requests": len(answered),
        "limited": limited,
        "errors_to_caller": len(result["failures"]),
        "wall": wall,
        "forced": forced,
    }


def run() -> dict[str, Any]:
    out: dict[str, Any] = {"sizes": {}}
    for size in SIZES:
        # Intercom's default limit (10,000 a minute) would cut into the 1,000-contact rounds; it is raised
        # here so the sizes measure the flow, and measured on its own below.
        flags = ("--latency", str(LATENCY), "--acme-contacts", str(size), "--rate-limit", "1000000")
        with served_sandbox(*flags) as url:
            out["sizes"][size] = asyncio.run(_size(url, size))
    out["rate"] = asyncio.run(_rate_limited())
    return out


def report(r: dict[str, Any]) -> str:
    lines = [
        f"Served sandbox, {LATENCY * 1000:.0f} ms latency, {MAX_CONCURRENCY} requests in flight, {ROUNDS} interleaved "
        "rounds, medians (range of per-round ratios):",
        "",
        "| contacts | floor (pages chained, events overlapping) | flow (a) | flow / floor | bound |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size, m in r["sizes"].items():
        lines.append(
            f"| {size:,} | {m['floor'] * 1000:.0f} ms | {m['flow'] * 1000:.0f} ms | {m['ratio']:.2f} "
            f"({m['range'][0]:.2f}–{m['range'][1]:.2f}) | ≤ 1.30 |"
        )
    q = r["rate"]
    share = q["limited"] / q["requests"] if q["requests"] else 0.0
    lines += [
        "",
        f"Under a rate limit of 100 requests per 10 s window, {q['size']} contacts: {q['requests']} requests, "
        f"{q['limited']} answered 429 ({share:.1%}; bound ≤ 5%), {q['errors_to_caller']} errors reached the caller "
        f"(bound 0), wall {q['wall']:.2f} s against {q['forced']:.2f} s of windows the limit forces "
        f"({q['wall'] / q['forced'] if q['forced'] else 0:.2f}×; bound ≤ 1.1×).",
    ]
    return "\n".join(lines)


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    q = r["rate"]
    out = [(f"{size:,} contacts: flow ≤ 1.3 × floor", m["ratio"] <= 1.3) for size, m in r["sizes"].items()]
    out += [
        ("rate limit: no error reaches the caller", q["errors_to_caller"] == 0),
        ("rate limit: ≤ 5% of requests answered 429", q["limited"] <= 0.05 * q["requests"]),
        ("rate limit: wall ≤ 1.1 × the windows forced", q["wall"] <= 1.1 * q["forced"]),
    ]
    return out


if __name__ == "__main__":
    print(report(run()))
