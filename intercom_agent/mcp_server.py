"""The MCP server: the 11 Intercom tools and the composite flow tools, from the same registry.

Built on the official ``mcp`` SDK's low-level server, so each tool keeps its own pydantic input schema,
read-only annotations, and structured output (the artifact) alongside the text a model reads.
Composite tools send progress notifications while their flow runs.

Transports: stdio (desktop clients; one connection, from the environment or the sandbox) and
streamable HTTP (many tenants): every HTTP request must carry the server's own bearer token, and
names its tenant with the ``X-Intercom-Credential-Id`` header, resolved through the client provider
(for example the credential store). An unknown credential id gets the connect message.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

from mcp import types
from mcp.server.lowlevel import Server
from pydantic import ValidationError

from graphs.composite import COMPOSITES, Composite, run_flow
from graphs.context import FlowContext
from intercom_agent.connections import ClientProvider
from intercom_agent.errors import IntercomError
from intercom_agent.operations import invalid_input
from intercom_agent.registry import TOOLS, ToolArgs, ToolSpec, run_async

CREDENTIAL_HEADER = "x-intercom-credential-id"
SERVER_NAME = "intercom-agent"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class ToolFailure(Exception):
    """A tool error the client should see as ``isError`` with this text."""


def _annotations(title: str) -> types.ToolAnnotations:
    return types.ToolAnnotations(
        title=title, readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=True
    )


def _schema(args: type[ToolArgs]) -> dict[str, Any]:
    schema = args.model_json_schema()
    schema.pop("title", None)
    return schema


def _validate(args: type[ToolArgs], arguments: dict[str, Any] | None) -> ToolArgs:
    try:
        return args.model_validate(arguments or {})
    except ValidationError as exc:
        raise ToolFailure(str(invalid_input(exc))) from None


def build_server(provider: ClientProvider) -> Server[Any, Any]:
    """An MCP server over ``provider`` (each call resolves its tenant's clients through it)."""
    server: Server[Any, Any] = Server(SERVER_NAME)
    specs: dict[str, ToolSpec] = {spec.name: spec for spec in TOOLS}
    composites: dict[str, tuple[Composite, Any]] = {c.name: (c, c.build()) for c in COMPOSITES}

    def credential_id() -> str | None:
        request = server.request_context.request
        headers = getattr(request, "headers", None)
        return headers.get(CREDENTIAL_HEADER) if headers is not None else None

    @server.list_tools()  # type: ignore[no-untyped-call, untyped-decorator]
    async def list_tools() -> list[types.Tool]:
        tools = [
            types.Tool(
                name=s.name,
                title=s.title,
                description=s.description,
                inputSchema=_schema(s.args),
                annotations=_annotations(s.title),
            )
            for s in TOOLS
        ]
        tools += [
            types.Tool(
                name=c.name,
                title=c.name.replace("_", " "),
                description=c.description,
                inputSchema=_schema(c.args),
                annotations=_annotations(c.name),
            )
            for c in COMPOSITES
        ]
        return tools

    @server.call_tool(validate_input=False)  # type: ignore[untyped-decorator]
    async def call_tool(name: str, arguments: dict[str, Any] | None) -> Any:
        try:
            if name in specs:
                spec = specs[name]
                client = await provider.async_client(credential_id())
                result = await run_async(spec, _validate(spec.args, arguments), client)
                return [types.TextContent(type="text", text=result.content)], result.artifact
            if name in composites:
                composite, graph = composites[name]
                args = _validate(composite.args, arguments)
                context = FlowContext(credential_id=credential_id(), provider=provider)
                text, outcome = await run_flow(composite, graph, args, context, _progress_sender(server))
                return [types.TextContent(type="text", text=text)], json.loads(json.dumps(outcome, default=str))
        except IntercomError as exc:
            raise ToolFailure(str(exc)) from exc
        except Exception as exc:
            if type(exc).__name__ == "ToolException":
                raise ToolFailure(str(exc)) from exc
            raise
        raise ToolFailure(f"Unknown tool {name!r}.")

    return server


def _progress_sender(server: Server[Any, Any]) -> Callable[[dict[str, Any]], Awaitable[None]]:
    context = server.request_context
    token = context.meta.progressToken if context.meta is not None else None

    async def send(event: dict[str, Any]) -> None:
        if token is None:
            return
        done, total = event.get("done") or event.get("page") or 0, event.get("total")
        message = ", ".join(f"{k}={v}" for k, v in event.items() if k != "flow")
        # related_request_id routes the notification to this request's stream (streamable HTTP).
        await context.session.send_progress_notification(
            token,
            progress=float(done),
            total=float(total) if total else None,
            message=message,
            related_request_id=str(context.request_id),
        )

    return send


async def serve_stdio(provider: ClientProvider) -> None:
    """Serve over stdio until the client disconnects."""
    from mcp.server.stdio import stdio_server

    server = build_server(provider)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def http_app(provider: ClientProvider, bearer_token: str) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """The streamable-HTTP ASGI app (at ``/mcp``), refusing requests without the server's bearer token."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    if not bearer_token:
        raise ValueError("the MCP HTTP server needs a bearer token of its own")
    # Stateless (each request stands alone, so any replica can serve it); answers stream as SSE so that
    # progress notifications reach the client during a flow.
    manager = StreamableHTTPSessionManager(app=build_server(provider), stateless=True, json_response=False)
    expected = f"Bearer {bearer_token}".encode()

    @asynccontextmanager
    async def lifespan() -> Any:
        async with manager.run():
            yield

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            async with lifespan():
                while (message := await receive())["type"] != "lifespan.shutdown":
                    if message["type"] == "lifespan.startup":
                        await send({"type": "lifespan.startup.complete"})
                await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["path"].rstrip("/") != "/mcp":
            await _plain(send, 404, b"Not found: the MCP endpoint is /mcp")
            return
        auth = dict(scope["headers"]).get(b"authorization", b"")
        if not hmac.compare_digest(auth, expected):
            await _plain(send, 401, b"Unauthorized: send this server's bearer token (Authorization: Bearer ...)")
            return
        await manager.handle_request(scope, receive, send)

    return app


async def _plain(send: Send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain"), (b"www-authenticate", b"Bearer")],
        }
    )
    await send({"type": "http.response.body", "body": body})
