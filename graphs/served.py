"""Graph factories for LangGraph Server and ``langgraph dev`` (see langgraph.json).

Multi-tenant by default: every run names its tenant's credential in its context
(``{"credential_id": "cred_..."}``, set by your platform from the authenticated user, never by the
model), and the id is resolved through the configured credential store on every call (PostgreSQL when
``INTERCOM_AGENT_DATABASE_URL`` is set, else SQLite in ``INTERCOM_AGENT_HOME``). A run without a
credential id, or with one that is unknown or disconnected, gets the connect message and sends
nothing to Intercom.

The flows are served as their composite tools (graphs/guarded.py): the guardrails the environment
asks for (INTERCOM_AGENT_REDACT, the audit trail, the record limit) hold for them as for the agent, and
their raw working state is never checkpointed.

Single-connection mode only when configured explicitly: ``INTERCOM_ACCESS_TOKEN`` (one workspace for
every run), or ``INTERCOM_AGENT_CONNECTION=sandbox`` (the embedded demo workspace, to try the graphs).

Factories, not module-level graphs: the environment is read when the server builds a graph, never at
import; and the server provides its own checkpointer, so none is compiled in.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from graphs.agent import build_agent_graph
from graphs.composite import COMPANY_CONTACTS_EVENTS, CONTACT_OVERVIEW, FIND_CONVERSATIONS
from graphs.context import Graph, set_default_links, set_default_provider
from graphs.guarded import build_guarded_flow_graph
from intercom_agent.auth import CONNECT_PATH, ConnectLinks
from intercom_agent.client import IntercomClient
from intercom_agent.connections import ClientProvider, StaticClients
from intercom_agent.guardrails import Guardrails
from intercom_agent.registry import ToolSpec
from intercom_agent.servers.connect_routes import Connector

_PROVIDER: list[ClientProvider] = []
_GUARDRAILS: list[Guardrails] = []
_LINKS: list[ConnectLinks | None] = []
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


def links() -> ConnectLinks | None:
    """Links that connect a tenant from inside a conversation (INTERCOM_CLIENT_ID / _SECRET and
    INTERCOM_AGENT_PUBLIC_URL), once per process; the flows use them too."""
    with _LOCK:
        if not _LINKS:
            _LINKS.append(ConnectLinks.from_env())
            set_default_links(_LINKS[0])
        return _LINKS[0]


def agent() -> Graph:
    return build_agent_graph(
        os.environ.get("INTERCOM_AGENT_MODEL") or None,
        provider=provider(),
        checkpointer=None,
        guardrails=guardrails(),
        connect=links(),
    )


def company_events() -> Graph:
    return _flow(COMPANY_CONTACTS_EVENTS)


def contact_overview() -> Graph:
    return _flow(CONTACT_OVERVIEW)


def find_conversations() -> Graph:
    return _flow(FIND_CONVERSATIONS)


def _flow(spec: ToolSpec) -> Graph:
    """A flow as its composite tool, held to the deployment's guardrails (graphs/guarded.py): redacted
    when INTERCOM_AGENT_REDACT says so, audited, and never checkpointing the raw records."""
    links()
    return build_guarded_flow_graph(spec, provider(), guardrails())


async def _intercom_callback(request: Request) -> Response:
    """Intercom sends the person back here (``<INTERCOM_AGENT_PUBLIC_URL>/intercom/callback``): the token is
    stored under the credential the link was made for; the conversation can resume."""
    connect = links()
    if connect is None:
        return PlainTextResponse(
            "Connecting Intercom is not configured here (INTERCOM_CLIENT_ID, INTERCOM_CLIENT_SECRET and "
            "INTERCOM_AGENT_PUBLIC_URL).",
            status_code=503,
            headers={"Cache-Control": "no-store"},
        )
    return await Connector(connect.flow, callback_path=CONNECT_PATH).callback(request)


# Mounted on LangGraph Server through langgraph.json ("http": {"app": ...}): the deployment that runs the
# graphs also finishes the sign-in their interrupts link to. The environment is read on the first request.
webapp = Starlette(routes=[Route(CONNECT_PATH, _intercom_callback, methods=["GET"])])
