"""Servers: the MCP server (stdio and streamable HTTP) and the connect endpoints beside it."""
