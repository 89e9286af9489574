"""Serve many tenants with one set of tools: credential ids in the runtime context.

Run: python examples/multi_tenant.py

Each tenant's credential id resolves (here, in an in-memory credential store) to its own token and
region; the model never sees a token. Two tenants run concurrently and see only their own data.
"""

from __future__ import annotations

import asyncio

from langchain_core.messages import HumanMessage

from graphs.agent import build_agent_graph
from intercom_agent.auth import store_provider
from intercom_agent.client import SANDBOX_URL
from intercom_agent.connections import IntercomContext
from intercom_agent.sandbox import Sandbox
from intercom_agent.stores import Credential, MemoryCredentialStore

box = Sandbox()  # two demo workspaces; a real deployment stores OAuth credentials (intercom-agent connect)
store = MemoryCredentialStore()
store.put(Credential("cred-alice", token="sandbox-token-us", base_url=SANDBOX_URL, workspace_id="demo-us"))
store.put(Credential("cred-bob", token="sandbox-token-eu", base_url=SANDBOX_URL, workspace_id="demo-eu"))
agent = build_agent_graph(provider=store_provider(None, store, transport=box.transport()))


async def ask(credential_id: str, question: str) -> str:
    out = await agent.ainvoke(
        {"messages": [HumanMessage(question)]},
        context=IntercomContext(credential_id),
        config={"configurable": {"thread_id": credential_id}},
    )
    lines = str(out["messages"][-1].content).splitlines()
    return lines[1] if len(lines) > 1 else lines[0]  # the first contact, or the one-line refusal


async def main() -> None:
    alice, bob, nobody = await asyncio.gather(
        ask("cred-alice", "List Intercom contacts"),
        ask("cred-bob", "List Intercom contacts"),
        ask("cred-nobody", "List Intercom teams"),
    )
    print(f"alice's first contact: {alice}\nbob's first contact:   {bob}\nunknown credential:    {nobody}")


asyncio.run(main())
