"""What every flow needs at run time: the tenant's credential id and where clients come from.

Flows take :class:`FlowContext` as their LangGraph ``context_schema``. Inside an agent the context
is the agent's own (an ``IntercomContext`` with a credential id); the composite tools add the
toolkit's client provider. Without a provider, the environment's default connection is used
(the embedded sandbox when no token is set).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from langgraph.config import get_stream_writer
from langgraph.graph.state import CompiledStateGraph

from intercom_agent.client import AsyncIntercomClient
from intercom_agent.connections import ClientProvider, IntercomContext, StaticClients
from intercom_agent.errors import RateLimitedError, ServerError, TransportError

Graph = CompiledStateGraph[Any, Any, Any, Any]
"""A compiled flow or agent graph."""

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
    """A flow's runtime context: the credential id, the client provider, and progress counters."""

    provider: Any = None  # a ClientProvider; None: the environment's default connection
    counters: dict[str, Counter] = field(default_factory=dict)

    def counter(self, name: str) -> Counter:
        return self.counters.setdefault(name, Counter())


def default_provider() -> ClientProvider:
    """The environment's connection, created on first use (never at import)."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(StaticClients())
        return _DEFAULT[0]


async def client_for(context: Any) -> AsyncIntercomClient:
    """The async client of the context's tenant."""
    provider = getattr(context, "provider", None) or default_provider()
    credential_id = getattr(context, "credential_id", None)
    if isinstance(context, dict):
        credential_id = context.get("credential_id")
    client: AsyncIntercomClient = await provider.async_client(credential_id)
    return client


def progress(event: dict[str, Any]) -> None:
    """Emit a progress event on the custom stream (a no-op outside a streaming run)."""
    try:
        writer = get_stream_writer()
    except RuntimeError:  # called outside a graph run
        return
    writer(event)


def counter(context: Any, name: str) -> int:
    """The next value of a per-run counter (1, 2, …); 0 when the context keeps none."""
    if isinstance(context, FlowContext):
        return context.counter(name).next()
    return 0


def is_transient(error: BaseException) -> bool:
    """Errors worth another try after the client's own retries: Intercom busy or unreachable."""
    return isinstance(error, ServerError | RateLimitedError | TransportError)
