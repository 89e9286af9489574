"""The client's own CPU per request, against the floor of its dependencies, in one process.

No network: an ``httpx.MockTransport`` answers every request with the same recorded body, so only CPU
is measured. Two bodies: the teams list (small: overhead per request) and a page of 50 contacts
(parsing at scale). The floor is what any client built on the same dependencies must do: an httpx
request, ``json.loads``, and pydantic validation of the same models. Ours adds argument validation,
rate limiting, retry bookkeeping and paging.
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

import httpx
from pydantic import TypeAdapter

from intercom_agent import operations as ops
from intercom_agent.client import IntercomClient
from intercom_agent.models import Contact, Team
from intercom_agent.ratelimit import RateLimiter
from intercom_agent.sandbox import Sandbox

CALLS = 1500
REPEATS = 3


def _bodies() -> dict[str, bytes]:
    box = Sandbox()
    headers = {"authorization": "Bearer sandbox-token-us", "intercom-version": "2.14"}
    teams = box.respond("GET", "/teams", headers, b"", "http://x")[1]
    contacts = box.respond("GET", "/contacts?per_page=50", headers, b"", "http://x")[1]
    return {"teams": teams.content(), "contacts": contacts.content()}


def _transport(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )


def _floor(body: bytes, kind: str) -> float:
    adapter: TypeAdapter[Any] = TypeAdapter(list[Team] if kind == "teams" else list[Contact])
    key = "teams" if kind == "teams" else "data"
    with httpx.Client(transport=_transport(body), base_url="https://api.intercom.io") as http:
        started = time.process_time()
        for _ in range(CALLS):
            reply = http.get("/teams" if kind == "teams" else "/contacts", params={"per_page": "50"})
            adapter.validate_python(json.loads(reply.content)[key])
        return (time.process_time() - started) / CALLS


def _ours(body: bytes, kind: str) -> float:
    limiter = RateLimiter()
    with IntercomClient("t", transport=_transport(body), limiter=limiter) as client:
        started = time.process_time()
        for _ in range(CALLS):
            if kind == "teams":
                client.call(ops.LIST_TEAMS)
            else:
                client.call(ops.LIST_CONTACTS, per_page=50)
        return (time.process_time() - started) / CALLS


def run() -> dict[str, Any]:
    bodies = _bodies()
    out: dict[str, Any] = {}
    for kind, body in bodies.items():
        floors, ours = [], []
        for _ in range(REPEATS):  # interleaved, side by side
            floors.append(_floor(body, kind))
            ours.append(_ours(body, kind))
        ratios = [o / f for o, f in zip(ours, floors, strict=True)]
        out[kind] = {
            "bytes": len(body),
            "floor_ms": statistics.median(floors) * 1000,
            "ours_ms": statistics.median(ours) * 1000,
            "ratio": statistics.median(ratios),
            "ratio_range": (min(ratios), max(ratios)),
            "ours_range": (min(ours) * 1000, max(ours) * 1000),
        }
    return out


def report(r: dict[str, Any]) -> str:
    lines = [
        f"CPU per request (process time), {CALLS} calls × {REPEATS} interleaved repeats, medians (range):",
        "",
        "| body | floor: httpx + json + pydantic | intercom-agent client | ratio | bound |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, label, bound in (
        ("teams", "teams list (small)", "≤ 0.8 ms"),
        ("contacts", "50 contacts", "≤ 1.3 × floor"),
    ):
        m = r[kind]
        lines.append(
            f"| {label}, {m['bytes']:,} B | {m['floor_ms']:.3f} ms | {m['ours_ms']:.3f} ms "
            f"({m['ours_range'][0]:.3f}–{m['ours_range'][1]:.3f}) | {m['ratio']:.2f} "
            f"({m['ratio_range'][0]:.2f}–{m['ratio_range'][1]:.2f}) | {bound} |"
        )
    return "\n".join(lines)


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("client CPU per small request ≤ 0.8 ms", r["teams"]["ours_ms"] <= 0.8),
        ("client CPU at scale ≤ 1.3 × dependency floor", r["contacts"]["ratio"] <= 1.3),
    ]


if __name__ == "__main__":
    print(report(run()))
