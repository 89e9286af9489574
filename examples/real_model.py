"""Switch the chat agent to a real model.

Run: python examples/real_model.py [provider:model]     e.g. openai:gpt-4o-mini

With no argument (or when the model cannot be created: package or API key missing) it says what to
install or set, then answers with the offline planner, so the example always runs.
"""

from __future__ import annotations

import sys

from langchain_core.messages import HumanMessage

from graphs.agent import ModelConfigError, build_agent_graph

spec = sys.argv[1] if len(sys.argv) > 1 else None
try:
    agent = build_agent_graph(spec)
    print(f"model: {spec or 'offline planner'}")
except ModelConfigError as exc:
    print(f"{exc}\nFalling back to the offline planner.")
    agent = build_agent_graph(None)

out = agent.invoke(
    {"messages": [HumanMessage("List contacts at Acme Corp and show their recent events")]},
    config={"configurable": {"thread_id": "example"}},
)
print(out["messages"][-1].content.splitlines()[0])
