"""Graph factories for ``langgraph dev`` (see langgraph.json).

Factories, not module-level graphs: the environment is read when the server builds a graph, never at
import; and ``langgraph dev`` provides its own checkpointer, so none is compiled in.
"""

from __future__ import annotations

from graphs.agent import build_agent_graph
from graphs.company_events import build_company_events_graph
from graphs.contact_overview import build_contact_overview_graph
from graphs.context import Graph
from graphs.find_conversations import build_find_conversations_graph


def agent() -> Graph:
    return build_agent_graph(checkpointer=None)


def company_events() -> Graph:
    return build_company_events_graph()


def contact_overview() -> Graph:
    return build_contact_overview_graph()


def find_conversations() -> Graph:
    return build_find_conversations_graph()
