"""Embed the Intercom toolkit in your own LangGraph agent.

Run: python examples/embed_toolkit_agent.py

A hand-built agent loop (StateGraph + ToolNode + tools_condition) with the 11 tools. The model here is
the offline planner so it runs anywhere; put any LangChain chat model in its place.
"""

from __future__ import annotations

from langchain_core.messages import HumanMessage
from langgraph.graph import START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, tools_condition

from graphs.planner import OfflinePlanner
from intercom_agent import IntercomToolkit

toolkit = IntercomToolkit.from_env()  # INTERCOM_ACCESS_TOKEN, or the embedded sandbox when unset
tools = toolkit.get_tools()
model = OfflinePlanner().bind_tools(tools)

graph = StateGraph(MessagesState)
graph.add_node("agent", lambda state: {"messages": [model.invoke(state["messages"])]})
graph.add_node("tools", ToolNode(tools))
graph.add_edge(START, "agent")
graph.add_conditional_edges("agent", tools_condition)
graph.add_edge("tools", "agent")
agent = graph.compile()

print(toolkit.describe())
for question in ("List Intercom teams", "Segments with counts"):
    result = agent.invoke({"messages": [HumanMessage(question)]})
    print(f"\n> {question}\n{result['messages'][-1].content}")
