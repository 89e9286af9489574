"""The MCP server: the 11 Intercom tools and the composite flow tools, from one registry.

Built on the official ``mcp`` SDK's low-level server over the tool registry: each tool's input
schema, ``outputSchema`` (its ``structuredContent`` always matches), read-only annotations and title
come from its :class:`~intercom_agent.registry.ToolSpec`, and every call runs through
:func:`~intercom_agent.registry.execute`, as in every front end. Composite tools report progress while
their flow runs: one notification per step, ``progress`` strictly increasing, ``total`` once known.
An expected failure is an ``isError`` result with its message; a bug is logged with its traceback
and answered with a reference only.

Three modes. **user** (HTTP): each user authorizes through the MCP authorization flow, chained to
Intercom's OAuth (:mod:`intercom_agent.servers.user_auth`); their server token names their credential.
**single**: one connection (stdio, or HTTP with a token or ``--credential-id``); a
request naming a tenant is refused. **platform** (HTTP, many tenants): each request names its
tenant's credential id in the ``X-Intercom-Credential-Id`` header, resolved through the credential
store on every call; a request without it is refused with a message naming the header. Results that
come from the embedded sandbox say so in ``_meta``.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Literal

from mcp import types
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import UrlElicitationRequiredError

from intercom_agent.connections import ClientProvider
from intercom_agent.errors import AuthenticationError, IntercomError, NotConnectedError
from intercom_agent.guardrails import NO_GUARDRAILS, Guardrails
from intercom_agent.registry import Registry, Session, ToolSpec, execute
from intercom_agent.servers.elicitation import CREDENTIAL_HEADER, ClientMemory, ask_to_connect

SERVER_NAME = "intercom-agent"
SANDBOX_META = "io.github.intercom-agent/sandbox"
Mode = Literal["single", "platform", "user"]
logger = logging.getLogger("intercom_agent.mcp")


def package_version() -> str:
    try:
        return version("intercom-agent")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without metadata
        return "0+unknown"


def default_registry() -> Registry:
    """The whole catalog: the 11 tools and the composite flows (the flows import on first use)."""
    from graphs.catalog import CATALOG

    return CATALOG


def mcp_tool(spec: ToolSpec) -> types.Tool:
    """A registry tool as MCP lists it: schemas, title and read-only annotations, all from its spec."""
    hints = spec.hints
    return types.Tool(
        name=spec.name,
        title=spec.title,
        description=spec.description,
        inputSchema=spec.input_schema(),
        outputSchema=spec.output_schema(),
        annotations=types.ToolAnnotations(
            title=spec.title,
            readOnlyHint=hints.read_only,
            destructiveHint=hints.destructive,
            idempotentHint=hints.idempotent,
            openWorldHint=hints.open_world,
        ),
    )


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


class ToolFailure(Exception):
    """A failure the client should see as ``isError`` with this text (never a bug's own text)."""


def build_server(
    provider: ClientProvider,
    mode: Mode = "single",
    registry: Registry | None = None,
    guardrails: Guardrails = NO_GUARDRAILS,
    connect: Any = None,
    memory: ClientMemory | None = None,
) -> Server[Any, Any]:
    """An MCP server over ``provider`` (each call resolves its tenant's clients through it), every call
    held to ``guardrails`` (redaction, audit trail, record limit). With ``connect`` (ConnectLinks), a
    credential that is not connected gets a link to connect it (:mod:`intercom_agent.servers.elicitation`);
    ``memory`` is what each caller declared at ``initialize`` (a stateless server's)."""
    server: Server[Any, Any] = Server(SERVER_NAME, version=package_version())
    tools = registry if registry is not None else default_registry()
    listed = [mcp_tool(spec) for spec in tools]

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

    async def url_elicitation() -> bool:
        session = server.request_context.session
        if session.client_params is not None:  # a session (stdio) remembers what the client declared
            elicitation = session.client_params.capabilities.elicitation
            return elicitation is not None and elicitation.url is not None
        headers = getattr(server.request_context.request, "headers", None)
        return memory is not None and headers is not None and await memory.supports_url(headers)

    @server.call_tool(validate_input=False)  # type: ignore[untyped-decorator]
    async def call_tool(name: str, arguments: dict[str, Any] | None) -> types.CallToolResult:
        cid: str | None = None
        try:
            spec = tools.get(name)
            args = spec.parse(arguments)
            cid = credential_id()
            session = Session(provider, cid, _progress_sender(server), guardrails)
            outcome = await execute(spec, args, session)
        except (NotConnectedError, AuthenticationError) as exc:
            if connect is None or not cid or getattr(exc, "reason", None) == "malformed":
                return _failed(str(exc))
            return _failed(await ask_to_connect(connect, cid, await url_elicitation(), exc))
        except (IntercomError, ToolFailure) as exc:  # expected: the caller can act on the message
            return _failed(str(exc))
        except UrlElicitationRequiredError:
            raise  # the SDK answers it as the JSON-RPC error the client understands (-32042)
        except Exception:  # a bug: logged here with its traceback; the caller gets a reference, not its text
            reference = secrets.token_hex(4)
            logger.exception("internal error in tool %s (reference %s)", name, reference)
            return _failed(f"Internal error in intercom-agent (reference {reference}); the server's log has details.")
        meta = {SANDBOX_META: True} if getattr(provider, "is_sandbox", False) else None
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=outcome.text)],
            structuredContent=outcome.artifact,
            isError=False,
            _meta=meta,
        )

    return server


def _failed(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], isError=True)


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


async def serve_stdio(provider: ClientProvider, guardrails: Guardrails = NO_GUARDRAILS) -> None:
    """Serve over stdio until the client disconnects."""
    from mcp.server.stdio import stdio_server

    server = build_server(provider, "single", guardrails=guardrails)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
