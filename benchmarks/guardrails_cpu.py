"""What PII redaction and the audit trail cost per tool call, side by side with the same calls without them.

One process, no network: an ``httpx.MockTransport`` answers with a recorded body, so only CPU is
measured (process time: the audit writer's thread included; its queue is flushed inside each timed
block). Two tools: the teams list (small: nothing personal to mask, the audit entry is the cost) and a
page of 50 contacts (every name, email, location and custom attribute masked). Each call goes the whole
way a front end takes it: ``registry.execute_sync`` (arguments, client, output model, text).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.guardrails import PII, AuditLog, Guardrails
from intercom_agent.ratelimit import RateLimiter
from intercom_agent.registry import Session, execute_sync
from intercom_agent.sandbox import Sandbox
from intercom_agent.stores import Keyring, SqliteCredentialStore, new_key
from intercom_agent.tools import TOOLS

CALLS = 600
REPEATS = 5
CASES = {
    "teams": ("intercom_list_all_teams", "/teams", {}),
    "contacts": ("intercom_list_all_contacts", "/contacts?per_page=50", {"per_page": 50}),
}


def _body(path: str) -> bytes:
    headers = {"authorization": "Bearer sandbox-token-us", "intercom-version": "2.14"}
    return Sandbox().respond("GET", path, headers, b"", "http://x")[1].content()


def _session(body: bytes, guardrails: Guardrails) -> Session:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    client = IntercomClient("t", transport=transport, limiter=RateLimiter())
    return Session(StaticClients(client), guardrails=guardrails)


def _timed(tool: str, args: dict[str, Any], session: Session) -> float:
    spec = TOOLS.get(tool)
    parsed = spec.parse(args)
    started = time.process_time()
    for _ in range(CALLS):
        execute_sync(spec, parsed, session)
    if session.guardrails.audit is not None:
        session.guardrails.audit.flush()
    return (time.process_time() - started) / CALLS


def run() -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home:
        store = SqliteCredentialStore(Path(home) / "credentials.sqlite3", Keyring([new_key()]))
        held = Guardrails(redaction=PII, audit=AuditLog(store))
        for kind, (tool, path, args) in CASES.items():
            body = _body(path)
            plain_session, held_session = _session(body, Guardrails()), _session(body, held)
            _timed(tool, args, plain_session), _timed(tool, args, held_session)  # warm up both
            plain, guarded = [], []
            for _ in range(REPEATS):  # interleaved, side by side
                plain.append(_timed(tool, args, plain_session))
                guarded.append(_timed(tool, args, held_session))
            ratios = [g / p for g, p in zip(guarded, plain, strict=True)]
            out[kind] = {
                "plain_ms": statistics.median(plain) * 1000,
                "guarded_ms": statistics.median(guarded) * 1000,
                "ratio": statistics.median(ratios),
                "ratio_range": (min(ratios), max(ratios)),
            }
        out["audited"] = len(store.audit(limit=10**6))
        store.close()
    return out


def report(r: dict[str, Any]) -> str:
    lines = [
        f"CPU per tool call (process time, the audit writer included), {CALLS} calls × {REPEATS} interleaved "
        "repeats, medians (range):",
        "",
        "| tool call | without guardrails | redaction (pii) + audit (SQLite) | ratio | bound |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, label in (("teams", "teams (small)"), ("contacts", "50 contacts")):
        m = r[kind]
        lines.append(
            f"| {label} | {m['plain_ms']:.3f} ms | {m['guarded_ms']:.3f} ms | {m['ratio']:.3f} "
            f"({m['ratio_range'][0]:.3f}–{m['ratio_range'][1]:.3f}) | ≤ 1.05 |"
        )
    lines.append(f"\n{r['audited']:,} calls were written to the audit trail during the run.")
    return "\n".join(lines)


def bounds(r: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("redaction + audit ≤ 5% CPU per small call", r["teams"]["ratio"] <= 1.05),
        ("redaction + audit ≤ 5% CPU per 50-contact call", r["contacts"]["ratio"] <= 1.05),
    ]


if __name__ == "__main__":
    print(report(run()))
