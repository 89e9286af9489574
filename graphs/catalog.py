"""The whole catalog: the 11 Intercom tools and the composite flow tools, in one registry.

The front ends (the MCP server, the CLI, the chat agent) read this; it imports no flow, so listing
the tools stays fast. Add a tool by defining a :class:`~intercom_agent.registry.ToolSpec` and putting
it in a registry (docs/architecture.md).
"""

from __future__ import annotations

from graphs.composite import COMPOSITE_TOOLS
from intercom_agent.tools import TOOLS

CATALOG = TOOLS + COMPOSITE_TOOLS

__all__ = ["CATALOG"]
