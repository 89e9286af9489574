"""The 11 Intercom read tools, each a :class:`~intercom_agent.registry.ToolSpec` defined once.

``TOOLS`` is their registry, in the integration's order. The LangChain toolkit, the MCP server and the
CLI read it (with the flows' composite tools, ``graphs.catalog.CATALOG``) through one code path:
:func:`intercom_agent.registry.execute`.
"""

from __future__ import annotations

from intercom_agent.registry import Registry
from intercom_agent.tools.companies import ATTACHED_CONTACTS, GET_COMPANY, LIST_COMPANIES, LIST_SEGMENTS, LIST_TEAMS
from intercom_agent.tools.contacts import GET_CONTACT, LIST_ALL_CONTACTS, LIST_EVENTS
from intercom_agent.tools.conversations import GET_CONVERSATION, LIST_CONVERSATIONS, SEARCH_CONVERSATIONS

TOOLS = Registry(
    [
        LIST_ALL_CONTACTS,
        GET_CONTACT,
        LIST_COMPANIES,
        GET_COMPANY,
        ATTACHED_CONTACTS,
        LIST_SEGMENTS,
        LIST_TEAMS,
        LIST_EVENTS,
        LIST_CONVERSATIONS,
        GET_CONVERSATION,
        SEARCH_CONVERSATIONS,
    ]
)
TOOL_NAMES: tuple[str, ...] = TOOLS.names

__all__ = ["TOOLS", "TOOL_NAMES"]
