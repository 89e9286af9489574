"""LangGraph workflows over the Intercom tools: composite questions answered in one call."""
