"""The ``intercom-agent`` command line.

Errors are one readable line with the fix and a non-zero exit code; ``--debug`` shows tracebacks.
The environment is read here (and in ``from_env``), never at import time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

from intercom_agent import operations as ops
from intercom_agent.client import IntercomClient
from intercom_agent.errors import IntercomError


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    widths = {c: max(len(c), *(len(str(r.get(c, "") or "")) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "") or "").ljust(widths[c]) for c in columns))


def _iso(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts)) if ts else ""


def cmd_demo(args: argparse.Namespace) -> int:
    """Acme Corp's contacts and their latest data events, from the embedded sandbox by default."""
    client = IntercomClient.from_env()
    print(client.describe())
    companies = client.call(ops.FIND_COMPANIES, name=args.company).items
    if not companies:
        print(f"No company named {args.company!r}.")
        return 1
    company = companies[0]
    contacts = client.collect(ops.LIST_ATTACHED_CONTACTS, company_id=company.id, max_items=args.max_contacts)
    print(f"\n{company.name}: {len(contacts.items)} contacts" + (" (more not shown)" if contacts.truncated else ""))
    rows = []
    for contact in contacts.items:
        ident = {"user_id": contact.external_id} if contact.external_id else {"intercom_user_id": contact.id}
        events = client.call(ops.LIST_EVENTS, per_page=3, **ident).items
        rows.append(
            {
                "name": contact.name,
                "email": contact.email,
                "external_id": contact.external_id,
                "recent events": ", ".join(f"{e.event_name} ({_iso(e.created_at)})" for e in events) or "none",
            }
        )
    _print_table(rows, ["name", "email", "external_id", "recent events"])
    return 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    """Serve the fake Intercom API on 127.0.0.1 until interrupted."""
    import uvicorn

    from intercom_agent.sandbox import Faults, Sandbox
    from intercom_agent.sandbox.server import asgi_app

    faults = Faults(
        latency=args.latency,
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        drop_rate=args.drop_rate,
        seed=args.seed,
    )
    box = Sandbox(faults=faults, seed=args.data_seed)
    config = uvicorn.Config(asgi_app(box), host=args.host, port=args.port, log_level="warning")
    server = uvicorn.Server(config)

    async def announce_and_serve() -> None:
        import asyncio

        task = asyncio.create_task(server.serve())
        while not server.started:
            if task.done():
                await task
                return
            await asyncio.sleep(0.02)
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        print(f"Intercom sandbox serving at http://{host}:{port}", flush=True)
        for token, ws in box.workspaces.items():
            print(f"  token {token}  ->  workspace {ws.id_code} ({ws.name}, region {ws.region})", flush=True)
        print(
            f"Point a client at it: INTERCOM_BASE_URL=http://{host}:{port} "
            f"INTERCOM_ACCESS_TOKEN={next(iter(box.workspaces))}",
            flush=True,
        )
        await task

    import asyncio

    try:
        asyncio.run(announce_and_serve())
    except KeyboardInterrupt:
        pass
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intercom-agent", description="Read an Intercom workspace from AI agents.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="list contacts at Acme Corp with their recent events")
    demo.add_argument("--company", default="Acme Corp")
    demo.add_argument("--max-contacts", type=int, default=25)
    demo.set_defaults(func=cmd_demo)

    box = sub.add_parser("sandbox", help="serve the fake Intercom API on 127.0.0.1")
    box.add_argument("--host", default="127.0.0.1")
    box.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    box.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    box.add_argument("--rate-limit", type=int, default=None, help="requests per window, then 429")
    box.add_argument("--rate-window", type=float, default=10.0)
    box.add_argument("--rate-limit-rate", type=float, default=0.0, help="fraction of requests answered 429")
    box.add_argument("--error-rate", type=float, default=0.0, help="fraction of requests answered 5xx")
    box.add_argument("--drop-rate", type=float, default=0.0, help="fraction of connections dropped")
    box.add_argument("--seed", type=int, default=0, help="fault seed")
    box.add_argument("--data-seed", type=int, default=7, help="demo data seed")
    box.set_defaults(func=cmd_sandbox)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except IntercomError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _json(obj: Any) -> str:
    return json.dumps(obj, indent=2, default=str)


if __name__ == "__main__":
    sys.exit(main())
