"""Call the MCP server from an MCP client (the official SDK's), over stdio.

Run: python examples/mcp_client.py

Starts `intercom-agent mcp` as a subprocess (the embedded sandbox, since no token is set), lists its
tools and calls two of them, one with progress notifications.
"""

from __future__ import annotations

import asyncio
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


async def main() -> None:
    server = StdioServerParameters(
        command=sys.executable,
        args=["-m", "intercom_agent.cli", "mcp"],
        env={k: v for k, v in os.environ.items() if not k.startswith("INTERCOM_")},
    )
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = await session.list_tools()
        print(f"{len(tools.tools)} tools:", ", ".join(t.name for t in tools.tools))
        teams = await session.call_tool("intercom_list_all_teams", {})
        print(teams.content[0].text)

        async def progress(done: float, total: float | None, message: str | None) -> None:
            print(f"  progress {done:.0f}/{total or '?'}: {message}")

        acme = await session.call_tool(
            "intercom_company_contacts_events", {"company": "Acme Corp", "max_contacts": 3}, progress_callback=progress
        )
        print(acme.content[0].text)


asyncio.run(main())
