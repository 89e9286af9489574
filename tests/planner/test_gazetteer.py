"""The workspace's names: read through the tenant's client, cached per credential, read again on a miss
(at most once a minute), and a workspace whose names cannot be read plans without them."""

from __future__ import annotations

import asyncio
from typing import Any

from langchain_core.messages import HumanMessage

from graphs.agent import build_agent_graph
from graphs.planner import Gazetteer, OfflinePlanner, plan
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.errors import NotConnectedError
from intercom_agent.sandbox import Sandbox
from tests.helpers.sandboxes import FIXED_NOW


class Counting:
    """A provider that counts how often the names are read (each read lists the companies once)."""

    def __init__(self, box: Sandbox) -> None:
        self.inner = StaticClients(IntercomClient.sandbox(box))
        self.reads = 0

    def sync_client(self, credential_id: str | None) -> Any:
        self.reads += 1
        return self.inner.sync_client(credential_id)

    async def async_client(self, credential_id: str | None) -> Any:
        self.reads += 1
        return await self.inner.async_client(credential_id)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_names_are_cached_per_credential_and_read_again_after_the_ttl_or_on_a_miss() -> None:
    box, clock = Sandbox(), Clock()
    provider, gazetteer = Counting(box), Gazetteer(ttl=600, clock=clock)
    names = gazetteer.names(provider, None)
    assert names.kind("ACME corp") == "company" and names.kind("eu customers") == "segment"
    assert names.kind("vip") == "team" and len(names.companies["globex"]) == 2
    gazetteer.names(provider, None)
    assert provider.reads == 1
    box.workspaces["sandbox-token-us"].companies[5]["name"] = "Initech"  # renamed meanwhile
    assert gazetteer.names(provider, None, refresh=True).kind("initech") is None  # read less than a minute ago
    clock.now = 61
    assert gazetteer.names(provider, None, refresh=True).kind("initech") == "company" and provider.reads == 2
    clock.now = 700
    gazetteer.names(provider, None)
    assert provider.reads == 3  # the TTL ran out


def test_a_workspace_whose_names_cannot_be_read_plans_without_them_and_is_not_asked_every_turn() -> None:
    class Unconnected:
        reads = 0

        def sync_client(self, credential_id: str | None) -> Any:
            self.reads += 1
            raise NotConnectedError("cred_x", "not connected")

    clock, provider = Clock(), Unconnected()
    gazetteer = Gazetteer(clock=clock)
    assert gazetteer.names(provider, "cred_x").companies == {}
    gazetteer.names(provider, "cred_x")
    assert provider.reads == 1
    clock.now = 61
    gazetteer.names(provider, "cred_x")
    assert provider.reads == 2


def test_names_make_the_difference_between_a_company_and_nothing() -> None:
    names = Gazetteer().names(StaticClients(IntercomClient.sandbox(Sandbox())), None)
    assert plan("tell me about acme", now=FIXED_NOW, names=names) == (
        "intercom_company_contacts_events",
        {"company": "Acme Corp", "events_per_contact": 0},
    )
    assert plan("how big is the sales team", now=FIXED_NOW, names=names) == ("intercom_list_all_teams", {})
    assert plan("and EU customers?", now=FIXED_NOW, names=names) == ("intercom_list_segments", {})
    assert not isinstance(plan("tell me about acme", now=FIXED_NOW), tuple)  # without names: not a company


def test_the_agent_reads_the_tenants_names_once_and_uses_them() -> None:
    box = Sandbox()
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=StaticClients(IntercomClient.sandbox(box)))
    config = {"configurable": {"thread_id": "t"}}
    out = agent.invoke({"messages": [HumanMessage("tell me about acme")]}, config)
    call = next(m for m in out["messages"] if getattr(m, "tool_calls", None)).tool_calls[0]
    assert call["args"]["company"] == "Acme Corp"
    asyncio.run(agent.ainvoke({"messages": [HumanMessage("what about birch labs")]}, config))
    team_reads = [r for r in box.requests if r.path == "/teams"]
    assert len(team_reads) == 1  # the names were read once, then came from the cache
