"""Expose a flow as one composite tool, and call it.

Run: python examples/composite_tool.py

"List contacts at Acme Corp and show their recent events" becomes one tool call instead of 2 + N:
the tool returns compact text for the model and the full result as its artifact.
"""

from __future__ import annotations

from graphs.composite import composite_tools

[tool] = composite_tools(names=("intercom_company_contacts_events",))
message = tool.invoke(
    {
        "name": tool.name,
        "args": {"company": "Acme Corp", "max_contacts": 5, "events_per_contact": 2},
        "id": "call_1",
        "type": "tool_call",
    }
)
print(message.content)
print(f"\nartifact: {len(message.artifact['contacts'])} contacts, failures: {message.artifact['failures']}")
