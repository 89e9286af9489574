"""Graph factories for LangGraph Server and ``langgraph dev`` (see langgraph.json).

Multi-tenant by default: every run names its tenant's credential in its context
(``{"credential_id": "cred_..."}``, set by your platform from the authenticated user, never by the
model), and the id is resolved through the configured credential store on every call (PostgreSQL when
``INTERCOM_AGENT_DATABASE_URL`` is set, else SQLite in ``INTERCOM_AGENT_HOME``). A run without a
credential id, or with one that is unknown or disconnected, gets the connect message and sends
nothing to Intercom.

Single-connection mode only when configured explicitly: ``INTERCOM_ACCESS_TOKEN`` (one workspace for
every run), or ``INTERCOM_AGENT_CONNECTION=sandbox`` (the embedded demo workspace, to try the graphs).

Factories, not module-level graphs: the environment is read when the server builds a graph, never at
import; and the server provides its own checkpointer, so none is compiled in.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping

from graphs.agent import build_agent_graph
from graphs.company_events import build_company_events_graph
from graphs.contact_overview import build_contact_overview_graph
from graphs.context import Graph, set_default_provider
from graphs.find_conversations import build_find_conversations_graph
from intercom_agent.client import IntercomClient
from intercom_agent.connections import ClientProvider, StaticClients
from intercom_agent.guardrails import Guardrails

_PROVIDER: list[ClientProvider] = []
_GUARDRAILS: list[Guardrails] = []
_LOCK = threading.Lock()


def configured_provider(environ: Mapping[str, str] | None = None) -> ClientProvider:
    """The provider the environment asks for (see the module docstring)."""
    env = os.environ if environ is None else environ
    if env.get("INTERCOM_ACCESS_TOKEN", "").strip():
        return StaticClients(IntercomClient.from_env(env))
    mode = env.get("INTERCOM_AGENT_CONNECTION", "store").strip().lower()
    if mode == "sandbox":
        return StaticClients(IntercomClient.sandbox())
    if mode != "store":
        raise ValueError(f"INTERCOM_AGENT_CONNECTION must be 'store' (the default) or 'sandbox', got {mode!r}.")
    from intercom_agent.auth import store_provider

    return store_provider(None)  # the configured store, opened on first use (never blocking the loop)


def provider() -> ClientProvider:
    """One provider per server process, shared by every graph (and installed for the flows)."""
    with _LOCK:
        if not _PROVIDER:
            _PROVIDER.append(configured_provider())
            set_default_provider(_PROVIDER[0])
        return _PROVIDER[0]


def guardrails() -> Guardrails:
    """The environment's guardrails (INTERCOM_AGENT_REDACT, the audit trail, the record limit), once."""
    with _LOCK:
        if not _GUARDRAILS:
            _GUARDRAILS.append(Guardrails.from_env(front_end="langgraph"))
        return _GUARDRAILS[0]


def agent() -> Graph:
    return build_agent_graph(
        os.environ.get("INTERCOM_AGENT_MODEL") or None, provider=provider(), checkpointer=None, guardrails=guardrails()
    )


def company_events() -> Graph:
    provider()
    return build_company_events_graph()


def contact_overview() -> Graph:
    provider()
    return build_contact_overview_graph()


def find_conversations() -> Graph:
    provider()
    return build_find_conversations_graph()
