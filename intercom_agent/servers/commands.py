"""The serving commands: ``intercom-agent sandbox`` and ``intercom-agent mcp`` (stdio or HTTP)."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
from typing import Any

from intercom_agent.cli_common import provider_for as _provider
from intercom_agent.cli_policy import EXIT_OK, bind, usage


def sandbox(args: argparse.Namespace) -> int:
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


def mcp(args: argparse.Namespace) -> int:
    """Serve the tools over MCP: stdio (one connection) or streamable HTTP (one connection or many tenants)."""
    from intercom_agent.servers.mcp import serve_stdio

    if args.transport == "stdio":
        provider = _provider(args)
        if getattr(provider, "is_sandbox", False) or "embedded Intercom sandbox" in provider.describe():
            print("No INTERCOM_ACCESS_TOKEN: serving the embedded Intercom sandbox (demo data).", file=sys.stderr)
        asyncio.run(serve_stdio(provider))
        return EXIT_OK
    from intercom_agent.servers.http import Connector, http_app

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
        connect=Connector(flow) if flow is not None else None,
    )
    _serve(app, sock, lambda url: print(f"MCP server (streamable HTTP) at {url}/mcp — {banner}", flush=True))
    return EXIT_OK


def _serve_user_auth(args: argparse.Namespace) -> int:
    """MCP over HTTP where each user authorizes (MCP authorization, chained to Intercom's OAuth)."""
    from intercom_agent.auth import store_provider
    from intercom_agent.servers.user_auth import IntercomAuthorization, user_app

    if not _app_credentials():
        raise usage("--auth user needs your Intercom app's INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET.")
    if args.credential_id:
        raise usage("--auth user gives each user their own credential: drop --credential-id.")
    sock = _listen(args.host, args.port)
    public = (args.public_url or "http://{}:{}".format(*sock.getsockname()[:2])).rstrip("/")
    flow = _server_flow(f"{public}/intercom/callback")
    assert flow is not None
    app = user_app(
        store_provider(None),
        IntercomAuthorization(flow),
        public,
        allowed_hosts=args.allow_host,
        allowed_origins=args.allow_origin,
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


def _app_credentials() -> tuple[str, str] | None:
    """Your Intercom app's OAuth client id and secret, from the environment."""
    client_id, secret = os.environ.get("INTERCOM_CLIENT_ID"), os.environ.get("INTERCOM_CLIENT_SECRET")
    return (client_id, secret) if client_id and secret else None


def _server_flow(redirect_uri: str) -> Any:
    """The OAuth flow a server runs over the configured store; None without the app's credentials."""
    from intercom_agent.auth import API_URL, AUTHORIZE_URL, OAuthConfig, OAuthFlow
    from intercom_agent.stores import open_store

    app = _app_credentials()
    if app is None:
        return None
    config = OAuthConfig(
        *app,
        redirect_uri=redirect_uri,
        authorize_url=os.environ.get("INTERCOM_AUTHORIZE_URL", AUTHORIZE_URL),
        api_url=os.environ.get("INTERCOM_OAUTH_API_URL", API_URL),
    )
    return OAuthFlow(config, open_store())


def _connect_flow(args: argparse.Namespace) -> Any:
    """The OAuth flow behind /connect and /callback, when the app's credentials and --public-url are set."""
    return _server_flow(f"{args.public_url.rstrip('/')}/callback") if args.public_url else None
