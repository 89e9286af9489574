"""intercom-agent: read an Intercom workspace from AI agents, correctly, safely and fast.

The public API, imported lazily so that ``import intercom_agent`` stays light::

    from intercom_agent import IntercomClient, IntercomToolkit, Sandbox
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "APIError": "intercom_agent.errors",
    "AsyncIntercomClient": "intercom_agent.client",
    "AuthenticationError": "intercom_agent.errors",
    "Connection": "intercom_agent.connections",
    "Faults": "intercom_agent.sandbox",
    "IntercomClient": "intercom_agent.client",
    "IntercomContext": "intercom_agent.connections",
    "IntercomError": "intercom_agent.errors",
    "IntercomTool": "intercom_agent.toolkit",
    "IntercomToolkit": "intercom_agent.toolkit",
    "InvalidInputError": "intercom_agent.errors",
    "NotConnectedError": "intercom_agent.errors",
    "NotFoundError": "intercom_agent.errors",
    "Page": "intercom_agent.models",
    "PermissionDeniedError": "intercom_agent.errors",
    "RateLimitedError": "intercom_agent.errors",
    "RetryConfig": "intercom_agent.ratelimit",
    "Sandbox": "intercom_agent.sandbox",
    "ServerError": "intercom_agent.errors",
    "TOOL_NAMES": "intercom_agent.tools",
    "TransportError": "intercom_agent.errors",
}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'intercom_agent' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
