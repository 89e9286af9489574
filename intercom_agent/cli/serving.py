"""The serving commands: ``intercom-agent sandbox`` and ``intercom-agent mcp`` (stdio or HTTP)."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
from typing import Any

from intercom_agent.cli.environment import add_redact, guardrails_for
from intercom_agent.cli.environment import provider_for as _provider
from intercom_agent.cli.policy import EXIT_OK, bind, port, usage


def cmd_sandbox(args: argparse.Namespace) -> int:
    """Serve the fake Intercom API on 127.0.0.1 until interrupted."""
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
    sock = _listen(args.host, args.port)
    box = Sandbox(faults=faults, seed=args.data_seed, acme_contacts=args.acme_contacts)

    def announce(url: str) -> None:
        print(f"Intercom sandbox serving at {url}", flush=True)
        for token, ws in box.workspaces.items():
            print(f"  token {token}  ->  workspace {ws.id_code} ({ws.name}, region {ws.region})", flush=True)
        print(
            f"Point a client at it: INTERCOM_BASE_URL={url} INTERCOM_ACCESS_TOKEN={next(iter(box.workspaces))}",
            flush=True,
        )

    _serve(asgi_app(box), sock, announce)
    return 0


def _listen(host: str, port: int) -> Any:
    """The listening socket, bound before anything else is said: a busy port is one line."""
    sock = bind(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: listening on {host}: reachable from other machines. Use 127.0.0.1 unless you mean it.",
            file=sys.stderr,
            flush=True,
        )
    return sock


def _serve(app: Any, sock: Any, announce: Any) -> None:
    """Serve an ASGI app with uvicorn on ``sock`` until interrupted; ``announce(url)`` once it listens."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))

    async def run() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                await task
                return
            await asyncio.sleep(0.02)
        bound_host, bound_port = server.servers[0].sockets[0].getsockname()[:2]
        announce(f"http://{bound_host}:{bound_port}")
        await task

    asyncio.run(run())


def cmd_mcp(args: argparse.Namespace) -> int:
    """Serve the tools over MCP: stdio (one connection) or streamable HTTP (one connection or many tenants)."""
    from intercom_agent.servers.mcp_server import serve_stdio

    if args.transport == "stdio":
        provider = _provider(args)
        if getattr(provider, "is_sandbox", False) or "embedded Intercom sandbox" in provider.describe():
            print("No INTERCOM_ACCESS_TOKEN: serving the embedded Intercom sandbox (demo data).", file=sys.stderr)
        asyncio.run(serve_stdio(provider, guardrails_for(args, "mcp")))
        return EXIT_OK
    from intercom_agent.servers.connect_routes import Connector
    from intercom_agent.servers.http_server import http_app

    if args.auth == "user":
        return _serve_user_auth(args)
    sock = _listen(args.host, args.port)
    provider, mode, banner = _mcp_http_provider(args)
    token = args.token or os.environ.get("INTERCOM_MCP_TOKEN")
    if not token:
        token = secrets.token_urlsafe(24)
        print(f"No INTERCOM_MCP_TOKEN set; this run's bearer token: {token}", file=sys.stderr, flush=True)
    flow = _connect_flow(args) if mode == "platform" else None
    app = http_app(
        provider,
        token,
        mode=mode,
        allowed_hosts=args.allow_host,
        allowed_origins=args.allow_origin,
        connect=Connector(flow, secure=args.public_url.startswith("https:")) if flow is not None else None,
        guardrails=guardrails_for(args, "mcp"),
    )
    _serve(app, sock, lambda url: print(f"MCP server (streamable HTTP) at {url}/mcp — {banner}", flush=True))
    return EXIT_OK


def _serve_user_auth(args: argparse.Namespace) -> int:
    """MCP over HTTP where each user authorizes (MCP authorization, chained to Intercom's OAuth)."""
    from intercom_agent.auth import app_credentials, server_flow, store_provider
    from intercom_agent.servers.authorization import IntercomAuthorization
    from intercom_agent.servers.user_auth import user_app

    if not app_credentials():
        raise usage("--auth user needs your Intercom app's INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET.")
    if args.credential_id:
        raise usage("--auth user gives each user their own credential: drop --credential-id.")
    sock = _listen(args.host, args.port)
    public = (args.public_url or "http://{}:{}".format(*sock.getsockname()[:2])).rstrip("/")
    flow = server_flow(f"{public}/intercom/callback")
    assert flow is not None
    app = user_app(
        store_provider(None),
        IntercomAuthorization(flow, public),
        allowed_hosts=args.allow_host,
        allowed_origins=args.allow_origin,
        guardrails=guardrails_for(args, "mcp"),
    )
    banner = f"per-user authorization: MCP clients authorize at {public}/authorize (chained to Intercom's OAuth)."
    _serve(app, sock, lambda url: print(f"MCP server (streamable HTTP) at {url}/mcp — {banner}", flush=True))
    return EXIT_OK


def _mcp_http_provider(args: argparse.Namespace) -> tuple[Any, Any, str]:
    """(provider, mode, banner): one connection when asked for explicitly, else many tenants."""
    from intercom_agent.auth import store_provider
    from intercom_agent.connections import StaticClients

    if args.credential_id:
        return _provider(args), "single", f"single connection: credential {args.credential_id}."
    if os.environ.get("INTERCOM_ACCESS_TOKEN", "").strip():
        provider = StaticClients()
        return provider, "single", f"single connection: INTERCOM_ACCESS_TOKEN. {provider.describe()}"
    if args.sandbox:
        provider = StaticClients()
        return provider, "single", "single connection: the embedded Intercom sandbox (demo data)."
    return (
        store_provider(None),
        "platform",
        "platform mode: each request names its tenant in the X-Intercom-Credential-Id header.",
    )


def _connect_flow(args: argparse.Namespace) -> Any:
    """The OAuth flow behind /connect and /callback, when the app's credentials and --public-url are set."""
    from intercom_agent.auth import server_flow

    return server_flow(f"{args.public_url.rstrip('/')}/callback") if args.public_url else None


def add_commands(sub: Any, credential: Any) -> None:
    box = sub.add_parser("sandbox", help="serve the fake Intercom API on 127.0.0.1")
    box.add_argument("--host", default="127.0.0.1")
    box.add_argument("--port", type=port, default=8765, help="0 picks a free port")
    box.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    box.add_argument("--rate-limit", type=int, default=None, help="requests per window, then 429")
    box.add_argument("--rate-window", type=float, default=10.0)
    box.add_argument("--rate-limit-rate", type=float, default=0.0, help="fraction of requests answered 429")
    box.add_argument("--error-rate", type=float, default=0.0, help="fraction of requests answered 5xx")
    box.add_argument("--drop-rate", type=float, default=0.0, help="fraction of connections dropped")
    box.add_argument("--seed", type=int, default=0, help="fault seed")
    box.add_argument("--data-seed", type=int, default=7, help="demo data seed")
    box.add_argument("--acme-contacts", type=int, default=30, help="contacts at Acme Corp (benchmarks: 100-1000)")
    box.set_defaults(func=cmd_sandbox)

    mcp = sub.add_parser("mcp", help="serve the tools over MCP (stdio or streamable HTTP)")
    mcp.add_argument("--transport", choices=["stdio", "http"], default="stdio")
    mcp.add_argument("--host", default="127.0.0.1")
    mcp.add_argument("--port", type=port, default=8766, help="0 picks a free port")
    mcp.add_argument("--token", default=None, help="the HTTP server's bearer token (or INTERCOM_MCP_TOKEN)")
    mcp.add_argument("--sandbox", action="store_true", help="(http) serve the embedded demo workspace")
    mcp.add_argument(
        "--auth",
        choices=["bearer", "user"],
        default="bearer",
        help="(http) bearer: this server's token, tenants by header; user: each user authorizes (MCP OAuth, "
        "chained to Intercom's)",
    )
    mcp.add_argument("--allow-host", action="append", default=[], help="(http) also accept this Host header")
    mcp.add_argument("--allow-origin", action="append", default=[], help="(http) also accept this Origin")
    mcp.add_argument(
        "--public-url",
        default=None,
        help="(http) this server's URL as browsers reach it, for /connect and /callback (with INTERCOM_CLIENT_ID "
        "and INTERCOM_CLIENT_SECRET)",
    )
    credential(mcp)
    add_redact(mcp)
    mcp.set_defaults(func=cmd_mcp)
