"""What every flow needs at run time: the tenant's credential id and where clients come from.

Flows publish :class:`~intercom_agent.connections.IntercomContext` (just ``credential_id``) as their
LangGraph ``context_schema``, so a server shows and validates exactly that. In process, callers may
pass a :class:`FlowContext` (a subclass) that also carries the client provider and progress counters.
Without a provider, the default one is used: the one :func:`set_default_provider` installed (LangGraph
Server: the configured credential store), else the environment's connection (the embedded sandbox
when no token is set).
"""

from __future__ import annotations

import asyncio
import functools
import threading
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from langgraph.config import get_stream_writer
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import TypeAdapter, ValidationError

from intercom_agent.client import AsyncIntercomClient
from intercom_agent.connections import ClientProvider, IntercomContext, StaticClients, connect_prompt
from intercom_agent.errors import IntercomError, RateLimitedError, ServerError, TransportError
from intercom_agent.operations import invalid_input

Graph = CompiledStateGraph[Any, Any, Any, Any]
"""A compiled flow or agent graph."""
Node = TypeVar("Node", bound=Callable[..., Awaitable[Any]])

_DEFAULT: list[ClientProvider] = []
_DEFAULT_LOCK = threading.Lock()


class Counter:
    """A thread-safe counter, for "events 12 of 25" progress across parallel tasks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value


@dataclass
class FlowContext(IntercomContext):
    """A flow's runtime context in process: the credential id, the client provider, and how to ask for a
    connection (``connect``: ConnectLinks; None: the default ones; False: never, the caller handles it)."""

    provider: Any = None  # a ClientProvider; None: the default provider
    connect: Any = None


# Per-run progress counters, keyed by the run's context object (one per run, shared by its parallel
# tasks, in process and on LangGraph Server alike); dropped when the context is.
_COUNTERS: dict[int, dict[str, Counter]] = {}


@functools.cache
def _adapter(schema: type) -> TypeAdapter[Any]:
    return TypeAdapter(schema)


def check_input(schema: type, state: Mapping[str, Any]) -> None:
    """Validate a flow's input against its input schema; :class:`InvalidInputError` names the field.

    LangGraph does not validate TypedDict input, and a server run passes whatever JSON it was given.
    """
    fields = getattr(schema, "__annotations__", {})
    given = {key: state[key] for key in fields if key in state and state[key] is not None}
    try:
        _adapter(schema).validate_python(given)
    except ValidationError as exc:
        raise invalid_input(exc) from None


_LINKS: list[Any] = []


def set_default_links(links: Any) -> None:
    """The ConnectLinks flows use to ask for a connection when the run's context brings none (LangGraph
    Server: from INTERCOM_AGENT_PUBLIC_URL and the app's OAuth credentials)."""
    with _DEFAULT_LOCK:
        _LINKS[:] = [links] if links is not None else []


def links_for(context: Any) -> Any:
    chosen = getattr(context, "connect", None)
    if chosen is False:
        return None
    return chosen or (_LINKS[0] if _LINKS else None)


def reconnecting(node: Node) -> Node:
    """A flow node that, when the tenant's Intercom is not connected (or answers 401 mid-run), pauses the
    run with an interrupt carrying a link to connect it, and runs again when resumed."""

    @functools.wraps(node)
    async def run(state: Any, runtime: Runtime[IntercomContext]) -> Any:
        while True:
            try:
                return await node(state, runtime)
            except IntercomError as exc:
                context = runtime.context
                credential_id = credential_of(context)
                links = links_for(context)
                prompt = await asyncio.to_thread(connect_prompt, links, credential_id, exc) if links else None
                if prompt is None:
                    raise
                interrupt(prompt)

    return cast(Node, run)


def set_default_provider(provider: ClientProvider) -> None:
    """Where flows get clients when the run's context brings no provider (e.g. on LangGraph Server)."""
    with _DEFAULT_LOCK:
        _DEFAULT[:] = [provider]


def default_provider() -> ClientProvider:
    """The environment's connection, created on first use (never at import)."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(StaticClients())
        return _DEFAULT[0]


def credential_of(context: Any) -> str | None:
    """The run's credential id: from a context object in process, a plain dict on LangGraph Server."""
    if isinstance(context, dict):
        found = context.get("credential_id")
        return str(found) if found is not None else None
    return getattr(context, "credential_id", None)


async def client_for(context: Any) -> AsyncIntercomClient:
    """The async client of the context's tenant."""
    provider = getattr(context, "provider", None) or default_provider()
    client: AsyncIntercomClient = await provider.async_client(credential_of(context))
    return client


def progress(event: dict[str, Any]) -> None:
    """Emit a progress event on the custom stream (a no-op outside a streaming run)."""
    try:
        writer = get_stream_writer()
    except RuntimeError:  # called outside a graph run
        return
    writer(event)


def counter(context: Any, name: str) -> int:
    """The next value of a per-run counter (1, 2, …): "events 12 of 25" across parallel tasks."""
    if context is None or isinstance(context, dict):
        return 0
    key = id(context)
    with _DEFAULT_LOCK:
        counters = _COUNTERS.get(key)
        if counters is None:
            counters = _COUNTERS[key] = {}
            weakref.finalize(context, _COUNTERS.pop, key, None)
        found = counters.setdefault(name, Counter())
    return found.next()


def is_transient(error: BaseException) -> bool:
    """Errors worth another try after the client's own retries: Intercom busy or unreachable."""
    return isinstance(error, ServerError | RateLimitedError | TransportError)
