"""The MCP server: the 11 Intercom tools and the composite flow tools, from the same registry.

Built on the official ``mcp`` SDK's low-level server, so each tool keeps its own pydantic input
schema, an ``outputSchema`` its ``structuredContent`` always matches, read-only annotations and a
title for people. Composite tools report progress while their flow runs: one notification per step,
``progress`` strictly increasing, ``total`` once it is known.

Three modes. **user** (HTTP): each user authorizes through the MCP authorization flow, chained to
Intercom's OAuth (:mod:`intercom_agent.servers.user_auth`); their server token names their credential.
**single**: one connection (stdio, or HTTP with a token or ``--credential-id``); a
request naming a tenant is refused. **platform** (HTTP, many tenants): each request names its
tenant's credential id in the ``X-Intercom-Credential-Id`` header, resolved through the credential
store on every call; a request without it is refused with a message naming the header. Results that
come from the embedded sandbox say so in ``_meta``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Literal

from mcp import types
from mcp.server.lowlevel import Server
from pydantic import ValidationError

from graphs.composite_specs import COMPOSITE_SPECS, CompositeSpec
from intercom_agent.connections import ClientProvider
from intercom_agent.errors import IntercomError
from intercom_agent.operations import invalid_input
from intercom_agent.registry import TOOLS, ToolArgs, ToolSpec, run_async
from intercom_agent.servers.schemas import output_schema

CREDENTIAL_HEADER = "x-intercom-credential-id"
SERVER_NAME = "intercom-agent"
SANDBOX_META = "io.github.intercom-agent/sandbox"
Mode = Literal["single", "platform", "user"]


def package_version() -> str:
    try:
        return version("intercom-agent")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
        return "0+unknown"


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


def tool_list() -> list[types.Tool]:
    """The 11 tools and the composite flows, each with its schemas, title and annotations."""
    listed: tuple[ToolSpec | CompositeSpec, ...] = (*TOOLS, *COMPOSITE_SPECS)
    return [
        types.Tool(
            name=s.name,
            title=s.title,
            description=s.description,
            inputSchema=_schema(s.args),
            outputSchema=output_schema(s.name),
            annotations=_annotations(s.title),
        )
        for s in listed
    ]


class Progress:
    """Turns a flow's progress events into MCP progress: strictly increasing, total once known."""

    def __init__(self) -> None:
        self.sent = 0
        self.total: int | None = None
        self._stage: str | None = None
        self._offset = 0

    def step(self, event: dict[str, Any]) -> tuple[int, int | None]:
        self.sent += 1
        stage_total = event.get("total") if "done" in event else None
        if stage_total:
            if event.get("stage") != self._stage:  # a counted stage starts: its steps follow the ones sent
                self._stage, self._offset = event.get("stage"), self.sent - 1
            self.total = max(self._offset + int(stage_total), self.sent, self.total or 0)
        elif self.total is not None and self.sent > self.total:
            self.total = self.sent
        return self.sent, self.total


def build_server(provider: ClientProvider, mode: Mode = "single") -> Server[Any, Any]:
    """An MCP server over ``provider`` (each call resolves its tenant's clients through it)."""
    server: Server[Any, Any] = Server(SERVER_NAME, version=package_version())
    specs: dict[str, ToolSpec] = {spec.name: spec for spec in TOOLS}
    composite_args = {c.name: c.args for c in COMPOSITE_SPECS}
    graphs: dict[str, Any] = {}  # flows are imported and compiled on first use (a fast first tools/list)
    listed = tool_list()

    def credential_id() -> str | None:
        if mode == "user":  # the server token the caller authorized with names the credential
            from mcp.server.auth.middleware.auth_context import get_access_token

            token = get_access_token()
            if token is None or not token.subject:
                raise ToolFailure("Not authorized: connect Intercom through this server's OAuth flow first.")
            return token.subject
        request = server.request_context.request
        headers = getattr(request, "headers", None)
        named = headers.get(CREDENTIAL_HEADER) if headers is not None else None
        if mode == "platform" and not named:
            raise ToolFailure(
                "This MCP server serves many tenants: send the X-Intercom-Credential-Id header with the "
                "tenant's credential id (connect a workspace at /connect?tenant=<you> to get one)."
            )
        if mode == "single" and named:
            raise ToolFailure(
                "This MCP server is bound to one Intercom connection: remove the X-Intercom-Credential-Id "
                "header (or run the server in platform mode, without --credential-id or INTERCOM_ACCESS_TOKEN)."
            )
        return named or None

    @server.list_tools()  # type: ignore[no-untyped-call, untyped-decorator]
    async def list_tools() -> list[types.Tool]:
        return listed

    @server.call_tool(validate_input=False)  # type: ignore[untyped-decorator]
    async def call_tool(name: str, arguments: dict[str, Any] | None) -> Any:
        try:
            if name in specs:
                spec = specs[name]
                args = _validate(spec.args, arguments)
                client = await provider.async_client(credential_id())
                result = await run_async(spec, args, client)
                return _result(result.content, result.artifact, client)
            if name in composite_args:
                from graphs.composite import BY_NAME, run_flow
                from graphs.context import FlowContext

                args = _validate(composite_args[name], arguments)
                cid = credential_id()
                client = await provider.async_client(cid)  # refuses an unknown tenant before the flow starts
                composite = BY_NAME[name]
                graph = graphs.get(name) or graphs.setdefault(name, composite.build())
                context = FlowContext(credential_id=cid, provider=provider)
                text, outcome = await run_flow(composite, graph, args, context, _progress_sender(server))
                return _result(text, json.loads(json.dumps(outcome, default=str)), client)
        except IntercomError as exc:
            raise ToolFailure(str(exc)) from exc
        except Exception as exc:
            if type(exc).__name__ == "ToolException":
                raise ToolFailure(str(exc)) from exc
            raise
        raise ToolFailure(f"Unknown tool {name!r}.")

    return server


def _result(text: str, artifact: dict[str, Any], client: Any) -> types.CallToolResult:
    meta = {SANDBOX_META: True} if getattr(client, "is_sandbox", False) else None
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)],
        structuredContent=artifact,
        isError=False,
        _meta=meta,
    )


def _progress_sender(server: Server[Any, Any]) -> Callable[[dict[str, Any]], Awaitable[None]]:
    context = server.request_context
    token = context.meta.progressToken if context.meta is not None else None
    tracker = Progress()

    async def send(event: dict[str, Any]) -> None:
        if token is None:
            return
        progress, total = tracker.step(event)
        message = ", ".join(f"{k}={v}" for k, v in event.items() if k != "flow")
        # related_request_id routes the notification to this request's stream (streamable HTTP).
        await context.session.send_progress_notification(
            token,
            progress=float(progress),
            total=float(total) if total is not None else None,
            message=message,
            related_request_id=str(context.request_id),
        )

    return send


async def serve_stdio(provider: ClientProvider) -> None:
    """Serve over stdio until the client disconnects."""
    from mcp.server.stdio import stdio_server

    server = build_server(provider, "single")
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
