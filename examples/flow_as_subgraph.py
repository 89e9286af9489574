"""Use a flow as a subgraph of your own graph.

Run: python examples/flow_as_subgraph.py

The company -> contacts -> events flow is a compiled graph: add it as a node, give it the company, and
read its contacts (with their events) from your state. Flows are async: run the parent with ainvoke.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.graph import END, START, StateGraph

from graphs.company_events import CompanyEventsState, build_company_events_graph
from graphs.context import FlowContext


class State(CompanyEventsState, total=False):
    report: str


def report(state: State) -> dict[str, Any]:
    active = [c for c in state.get("contacts") or [] if c.get("id")]
    events = {e["contact_id"]: len(e["events"]) for e in state.get("events") or []}
    lines = [f"{c['name']}: {events.get(c['id'], 0)} recent events" for c in active[:10]]
    return {"report": "\n".join(lines)}


graph = StateGraph(State, context_schema=FlowContext)
graph.add_node("company_events", build_company_events_graph())
graph.add_node("report", report)
graph.add_edge(START, "company_events")
graph.add_edge("company_events", "report")
graph.add_edge("report", END)
app = graph.compile()

out = asyncio.run(app.ainvoke({"company": "Acme Corp", "events_per_contact": 5}, context=FlowContext()))
print(out["message"])
print(out["report"])
