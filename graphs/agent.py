"""The chat agent: a chat model, the 11 tools and the composite tools, with multi-turn memory.

A hand-built loop (StateGraph + ToolNode + tools_condition), ``context_schema=IntercomContext``
carrying the tenant's credential id, and a checkpointer (in memory by default; SQLite with the
``sqlite`` extra). The model is the offline planner unless one is named (``"provider:model"``,
through ``init_chat_model``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, SystemMessage
from langchain_core.runnables import RunnableLambda
from langchain_core.tools import BaseTool
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, tools_condition

from graphs.catalog import CATALOG
from graphs.context import Graph
from graphs.planner import Gazetteer, Names, OfflinePlanner
from intercom_agent.connections import ClientProvider, IntercomContext, StaticClients
from intercom_agent.errors import IntercomError
from intercom_agent.guardrails import NO_GUARDRAILS, RedactionPolicy
from intercom_agent.toolkit import IntercomToolkit, credential_id_of

SYSTEM_PROMPT = (
    "You answer questions about the user's Intercom workspace with the intercom_* tools. Prefer the composite "
    "tools for multi-step questions (a company's contacts and their events; everything about one contact; "
    "conversations with transcripts). Never invent ids: look them up with the list tools. When a list says "
    "has_more=true, say so and offer the next page."
)


class ModelConfigError(IntercomError, ValueError):
    """A chat model was named but cannot be created; the message says what to install or set."""


def resolve_model(spec: str | BaseChatModel | None) -> BaseChatModel:
    """The offline planner (None), a model instance, or ``init_chat_model("provider:model")``."""
    if spec is None or spec == "offline":
        return OfflinePlanner()
    if isinstance(spec, BaseChatModel):
        return spec
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        raise ModelConfigError(
            f"Using the model {spec!r} needs the langchain package: pip install 'intercom-agent[models]' "
            "plus the provider's package (e.g. langchain-openai, langchain-anthropic)."
        ) from None
    try:
        model: BaseChatModel = init_chat_model(spec)
    except ImportError as exc:
        package = next((w for w in str(exc).split() if w.startswith("langchain-")), "the provider's package")
        raise ModelConfigError(
            f"The model {spec!r} needs {package.rstrip('.')}: pip install {package.rstrip('.')}"
        ) from None
    except ValueError as exc:
        raise ModelConfigError(
            f"Cannot use the model {spec!r}: {exc}. Name it as 'provider:model', e.g. 'openai:gpt-4o-mini'."
        ) from None
    except Exception as exc:  # provider SDKs raise their own types for a missing API key
        raise ModelConfigError(f"Cannot create the model {spec!r}: {exc} (is its API key set?)") from None
    return model


def agent_tools(
    provider: ClientProvider | None = None,
    *,
    redact: str | RedactionPolicy | None = None,
    guardrails: Any = None,
    connect: Any = None,
) -> list[BaseTool]:
    """The 11 Intercom tools plus the composite flow tools (the whole catalog), sharing one client provider
    and held to the same guardrails (``redact="pii"`` masks personal data in every output). With ``connect``
    (ConnectLinks), a missing or refused connection pauses the run with a link instead of failing."""
    held = (guardrails or NO_GUARDRAILS).with_redaction(redact)
    toolkit = IntercomToolkit(provider=provider or StaticClients(), registry=CATALOG, guardrails=held, connect=connect)
    return toolkit.get_tools()


def build_agent_graph(
    model: str | BaseChatModel | None = None,
    *,
    provider: ClientProvider | None = None,
    tools: Sequence[BaseTool] | None = None,
    checkpointer: BaseCheckpointSaver[Any] | None | bool = True,
    system_prompt: str = SYSTEM_PROMPT,
    redact: str | RedactionPolicy | None = None,
    guardrails: Any = None,
    connect: Any = None,
) -> Graph:
    """The compiled chat agent. ``checkpointer=True`` (default) keeps memory in process; pass a saver
    (e.g. ``SqliteSaver``) to persist it, or ``None`` for no memory (as ``langgraph dev`` requires).
    ``redact="pii"`` (or ``guardrails``) holds every tool the agent calls: the model never sees personal data.
    ``connect`` (ConnectLinks): when the tenant's Intercom is not connected, the run pauses with
    ``interrupt({"type": "connect_intercom", "url": ..., "message": ...})``; resume it (``Command(resume={})``)
    once the person connected, and the question is answered (a checkpointer keeps it)."""
    chat_model = resolve_model(model)
    provider = provider or StaticClients()
    tool_list = (
        list(tools)
        if tools is not None
        else agent_tools(provider, redact=redact, guardrails=guardrails, connect=connect)
    )
    bound = chat_model.bind_tools(tool_list)
    # The offline planner learns the tenant's company, segment and team names (cached per credential), and
    # whom a full name means when one is said. Not with redaction on, nor with a record limit: a person found
    # so reaches the chat outside the tools (an email in a call's arguments or in "which one?"), unmasked and
    # uncounted, so names then go to the guarded overview.
    gazetteer = Gazetteer() if isinstance(chat_model, OfflinePlanner) and tools is None else None
    held = (guardrails or NO_GUARDRAILS).with_redaction(redact)
    people = held.redaction is None and held.max_records_per_hour is None

    def call_model(state: MessagesState) -> dict[str, list[BaseMessage]]:
        messages = [SystemMessage(system_prompt), *state["messages"]]
        if gazetteer is None:
            return {"messages": [bound.invoke(messages)]}
        credential_id = _credential_id()
        reply = _planner(bound, gazetteer.names(provider, credential_id)).invoke(messages)
        if reply.response_metadata.get("unknown_company") and gazetteer.stale(credential_id):
            reply = _planner(bound, gazetteer.names(provider, credential_id, refresh=True)).invoke(messages)
        if people and (person := reply.response_metadata.get("unknown_person")):  # whom it means: asked once
            reply = _planner(bound, gazetteer.person(provider, credential_id, person)).invoke(messages)
        return {"messages": [reply]}

    async def acall_model(state: MessagesState) -> dict[str, list[BaseMessage]]:
        messages = [SystemMessage(system_prompt), *state["messages"]]
        if gazetteer is None:
            return {"messages": [await bound.ainvoke(messages)]}
        credential_id = _credential_id()
        reply = await _planner(bound, await gazetteer.anames(provider, credential_id)).ainvoke(messages)
        if reply.response_metadata.get("unknown_company") and gazetteer.stale(credential_id):
            names = await gazetteer.anames(provider, credential_id, refresh=True)
            reply = await _planner(bound, names).ainvoke(messages)
        if people and (person := reply.response_metadata.get("unknown_person")):
            reply = await _planner(bound, await gazetteer.aperson(provider, credential_id, person)).ainvoke(messages)
        return {"messages": [reply]}

    graph = StateGraph(MessagesState, context_schema=IntercomContext)
    graph.add_node("agent", RunnableLambda(call_model, afunc=acall_model, name="agent"))
    # Our tools turn expected failures into error messages themselves; the node's default handler adds only
    # the model's own invalid calls. A bug in a tool is not a message to the model: it propagates.
    graph.add_node("tools", ToolNode(tool_list))
    graph.add_edge(START, "agent")
    graph.add_conditional_edges("agent", tools_condition)
    graph.add_edge("tools", "agent")
    saver = InMemorySaver() if checkpointer is True else (checkpointer or None)
    return graph.compile(checkpointer=saver, name="intercom_agent")


def _credential_id() -> str | None:
    from langgraph.runtime import get_runtime

    try:
        return credential_id_of(get_runtime(IntercomContext))
    except RuntimeError:  # invoked outside a graph run
        return None


def _planner(bound: Any, names: Names) -> Any:
    """The bound offline planner, knowing ``names`` (``bind_tools`` returned the planner itself)."""
    return bound.with_names(names)


def async_sqlite_checkpointer(path: str) -> AbstractAsyncContextManager[BaseCheckpointSaver[Any]]:
    """An async SQLite checkpointer (for ``ainvoke``/``astream``), as an async context manager."""
    try:
        from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
    except ImportError:
        raise ModelConfigError("SQLite memory needs: pip install 'intercom-agent[sqlite]'") from None
    manager: AbstractAsyncContextManager[BaseCheckpointSaver[Any]] = AsyncSqliteSaver.from_conn_string(path)
    return manager


@asynccontextmanager
async def async_checkpointer(target: str) -> AsyncIterator[BaseCheckpointSaver[Any]]:
    """Agent memory that survives restarts: a PostgreSQL URL (``postgresql://...``, the ``postgres``
    extra: langgraph-checkpoint-postgres, tables created on first use) or a SQLite file path."""
    if not target.startswith(("postgres://", "postgresql://")):
        async with async_sqlite_checkpointer(target) as saver:
            yield saver
        return
    try:
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    except ImportError:
        raise ModelConfigError("PostgreSQL memory needs: pip install 'intercom-agent[postgres]'") from None
    async with AsyncPostgresSaver.from_conn_string(target) as postgres_saver:
        await postgres_saver.setup()
        yield postgres_saver


def sqlite_checkpointer(path: str) -> BaseCheckpointSaver[Any]:
    """A SQLite checkpointer for multi-turn memory across restarts (``pip install 'intercom-agent[sqlite]'``)."""
    try:
        import sqlite3

        from langgraph.checkpoint.sqlite import SqliteSaver
    except ImportError:
        raise ModelConfigError("SQLite memory needs: pip install 'intercom-agent[sqlite]'") from None
    saver: BaseCheckpointSaver[Any] = SqliteSaver(sqlite3.connect(path, check_same_thread=False))
    return saver
