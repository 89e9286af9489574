"""Each flow as one composite tool: compact text for the model, the full result as artifact.

A composite tool runs its compiled flow with the caller's credential id (from the agent's runtime
context) and the toolkit's client provider; progress events reach the caller's stream, including
an agent streamed with ``subgraphs=True``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, ToolException
from langgraph.prebuilt import ToolRuntime
from pydantic import ConfigDict, Field

from graphs import company_events, contact_overview, find_conversations
from graphs.composite_specs import (
    COMPOSITE_SPECS,
    CompositeSpec,
)
from graphs.context import FlowContext, Graph
from intercom_agent import formatting as fmt
from intercom_agent.connections import IntercomContext
from intercom_agent.errors import IntercomError
from intercom_agent.registry import ToolArgs
from intercom_agent.toolkit import credential_id_of, tool_input_model, validation_message

MAX_CONCURRENCY = 32


def _company_text(result: dict[str, Any]) -> str:
    if result["status"] != "ok":
        return str(result["message"])
    company = result["company"]
    lines = [
        f'Company "{company["name"]}" (id={company["id"]}): {len(result["contacts"])} contacts'
        + (" shown; more exist (raise max_contacts)" if result["contacts_truncated"] else "")
        + "."
    ]
    for contact in result["contacts"]:
        who = (
            f'- "{contact.get("name")}" id={contact["id"]}'
            + (f" external_id={contact['external_id']}" if contact.get("external_id") else "")
            + (f" email={contact['email']}" if contact.get("email") else "")
        )
        events = contact.get("events")
        if events is None:
            failed_ids = {f.get("contact_id") for f in result["failures"]}
            lines.append(who + (": events not fetched (see FAILED below)" if contact["id"] in failed_ids else ""))
        elif not events:
            lines.append(who + ": no events in the last 90 days")
        else:
            more = " …" if contact.get("events_has_more") else ""
            lines.append(who + ": " + "; ".join(f"{fmt.iso(e['created_at'])} {e['event_name']}" for e in events) + more)
    for failed in result["failures"]:
        lines.append(f'FAILED "{failed.get("name")}" id={failed.get("contact_id")}: {failed["error"]}')
    return "\n".join(lines)


def _overview_text(result: dict[str, Any]) -> str:
    if result["status"] != "ok":
        return str(result["message"])
    p = result["profile"]
    lines = [
        f'Contact "{p.get("name")}" id={p["id"]} external_id={p.get("external_id")} email={p.get("email")} '
        f"role={p.get('role')} last_seen={fmt.iso(p.get('last_seen_at'))}"
    ]
    lines.append(
        "Companies: " + (", ".join(f'"{c["name"]}" (id={c["id"]})' for c in result["companies"] or []) or "none")
    )
    events = result["recent_events"] or []
    lines.append(
        "Recent events: "
        + ("; ".join(f"{fmt.iso(e['created_at'])} {e['event_name']}" for e in events) or "none in the last 90 days")
    )
    lines.append("Recent conversations:" if result["recent_conversations"] else "Recent conversations: none")
    for c in result["recent_conversations"] or []:
        lines.append(
            f"- id={c['id']} state={c.get('state')} updated={fmt.iso(c.get('updated_at'))} "
            f'"{fmt.text((c.get("source") or {}).get("body"), 100)}"'
        )
    for failed in result["failures"] or []:
        lines.append(f"FAILED {failed['part']}: {failed['error']}")
    return "\n".join(lines)


def _conversations_text(result: dict[str, Any]) -> str:
    if result["status"] != "ok":
        return str(result["message"])
    lines = [
        f"{result['total_matches'] or 0} conversations match; transcripts of the top {len(result['transcripts'])}:"
    ]
    for transcript in result["transcripts"]:
        lines += ["", transcript["text"]]
    for failed in result["failures"]:
        lines.append(f"FAILED conversation {failed['conversation_id']}: {failed['error']}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Composite:
    spec: CompositeSpec
    build: Callable[[], Graph]
    to_input: Callable[[ToolArgs], dict[str, Any]]
    result_of: Callable[[dict[str, Any]], dict[str, Any]]
    render: Callable[[dict[str, Any]], str]

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def description(self) -> str:
        return self.spec.description

    @property
    def args(self) -> type[ToolArgs]:
        return self.spec.args


COMPANY_EVENTS, CONTACT_OVERVIEW, FIND_CONVERSATIONS = COMPOSITE_SPECS
COMPOSITES: tuple[Composite, ...] = (
    Composite(
        COMPANY_EVENTS,
        company_events.build_company_events_graph,
        lambda a: a.model_dump(),
        company_events.result_of,
        _company_text,
    ),
    Composite(
        CONTACT_OVERVIEW,
        contact_overview.build_contact_overview_graph,
        lambda a: a.model_dump(),
        contact_overview.result_of,
        _overview_text,
    ),
    Composite(
        FIND_CONVERSATIONS,
        find_conversations.build_find_conversations_graph,
        lambda a: {k: v for k, v in a.model_dump().items() if v is not None},
        find_conversations.result_of,
        _conversations_text,
    ),
)
COMPOSITE_NAMES = tuple(c.name for c in COMPOSITES)
BY_NAME = {c.name: c for c in COMPOSITES}

ProgressCallback = Callable[[dict[str, Any]], Awaitable[None]]


async def run_flow(
    composite: Composite,
    graph: Graph,
    args: ToolArgs,
    context: FlowContext,
    on_progress: ProgressCallback | None = None,
) -> tuple[str, dict[str, Any]]:
    """Run a composite's flow: (text for the model, full result). ``on_progress`` gets each progress event.

    Raises :class:`ToolException` for invalid input the flow found, and Intercom errors as they are.
    """
    flow_input = composite.to_input(args)
    config: RunnableConfig = {"max_concurrency": MAX_CONCURRENCY}
    if on_progress is None:
        state = await graph.ainvoke(flow_input, context=context, config=config)
    else:
        state = {}
        stream: Any = graph.astream(flow_input, context=context, config=config, stream_mode=["custom", "values"])
        async for mode, chunk in stream:
            if mode == "custom":
                await on_progress(chunk)
            else:
                state = chunk
    result = composite.result_of(state)
    if result.get("status") == "invalid":
        raise ToolException(str(result["message"]))
    return composite.render(result), result


class CompositeTool(BaseTool):
    """A flow as one LangChain tool (sync and async)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    composite: Composite = Field(exclude=True)
    provider: Any = Field(default=None, exclude=True)
    graph: Any = Field(default=None, exclude=True)
    response_format: Literal["content", "content_and_artifact"] = "content_and_artifact"
    handle_tool_error: bool | str | Callable[[ToolException], str] | None = True
    handle_validation_error: bool | str | Callable[[Any], str] | None = validation_message

    def __init__(self, composite: Composite | str, provider: Any = None, **kwargs: Any) -> None:
        if isinstance(composite, str):
            composite = next(c for c in COMPOSITES if c.name == composite)
        super().__init__(
            name=composite.name,
            description=composite.description,
            args_schema=tool_input_model(composite.args, composite.description),
            composite=composite,
            provider=provider,
            graph=composite.build(),
            metadata={"read_only": True, "composite": True},
            **kwargs,
        )

    async def _arun(
        self,
        runtime: ToolRuntime[IntercomContext, Any] = None,  # type: ignore[assignment]
        **kwargs: Any,
    ) -> tuple[str, dict[str, Any]]:
        try:
            args = self.composite.args(**kwargs)
            context = FlowContext(credential_id=credential_id_of(runtime), provider=self.provider)
            return await run_flow(self.composite, self.graph, args, context)
        except IntercomError as exc:
            raise ToolException(str(exc)) from exc

    def _run(
        self,
        runtime: ToolRuntime[IntercomContext, Any] = None,  # type: ignore[assignment]
        **kwargs: Any,
    ) -> tuple[str, dict[str, Any]]:
        # The flows are async. A sync call runs them on one long-lived background loop, so the clients'
        # connections stay bound to a live loop (a throwaway loop per call would strand them).
        future = asyncio.run_coroutine_threadsafe(self._arun(runtime=runtime, **kwargs), _background_loop())
        return future.result()


_LOOP: list[asyncio.AbstractEventLoop] = []
_LOOP_LOCK = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    with _LOOP_LOCK:
        if not _LOOP:
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="intercom-agent-flows", daemon=True).start()
            _LOOP.append(loop)
        return _LOOP[0]


def composite_tools(provider: Any = None, names: tuple[str, ...] | None = None) -> list[BaseTool]:
    """The composite tools, sharing a client provider with the toolkit (None: the environment's)."""
    return [CompositeTool(c, provider) for c in COMPOSITES if names is None or c.name in names]
