"""Connecting Intercom from inside the conversation: the agent and the flows pause with a link instead of
failing, and answer the original question once resumed (the question is never asked again)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from graphs.agent import build_agent_graph
from graphs.company_events import build_company_events_graph, result_of
from graphs.context import FlowContext
from graphs.planner import OfflinePlanner
from intercom_agent.auth import ANY_TENANT, ConnectLinks, OAuthConfig, OAuthFlow, store_provider
from intercom_agent.client import SANDBOX_URL
from intercom_agent.connections import IntercomContext
from intercom_agent.sandbox import Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.stores import Credential, MemoryCredentialStore
from tests.helpers.sandboxes import FIXED_NOW

CALLBACK = "http://127.0.0.1:9/intercom/callback"  # the sandbox accepts loopback redirects


@pytest.fixture
def world() -> dict[str, Any]:
    box, store = Sandbox(), MemoryCredentialStore()
    config = OAuthConfig(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, redirect_uri=CALLBACK, api_url=SANDBOX_URL)
    config = OAuthConfig(**{**config.__dict__, "authorize_url": f"{SANDBOX_URL}/oauth"})
    flow = OAuthFlow(config, store, transport=box.transport())
    store.put(Credential("cred-gone", "", "demo-eu", base_url=SANDBOX_URL, status="disconnected", tenant="tenant-eu"))
    provider = store_provider(None, store, transport=box.transport())
    return {"box": box, "store": store, "links": ConnectLinks(flow), "provider": provider}


def _open_link(world: dict[str, Any], url: str, workspace: str = "demo-eu") -> None:
    """The person's browser: Intercom's page (the sandbox), then this deployment's callback."""
    with httpx.Client(transport=world["box"].transport()) as browser:
        back = browser.get(f"{url}&workspace={workspace}").headers["location"]
    assert back.startswith(CALLBACK)
    query = {k: v[0] for k, v in parse_qs(urlsplit(back).query).items()}
    world["links"].flow.complete(query["code"], query["state"], ANY_TENANT)  # what the callback route does


def _agent(world: dict[str, Any], links: bool = True) -> Any:
    planner = OfflinePlanner(now=FIXED_NOW)
    connect = world["links"] if links else None
    return build_agent_graph(planner, provider=world["provider"], checkpointer=InMemorySaver(), connect=connect)


def test_the_agent_pauses_with_a_link_and_answers_the_same_question_once_connected(world: dict[str, Any]) -> None:
    agent = _agent(world)
    config: Any = {"configurable": {"thread_id": "t1"}}
    context = IntercomContext("cred-gone")
    seen = len(world["box"].requests)
    paused = agent.invoke({"messages": [HumanMessage("List Intercom teams")]}, config, context=context)
    (asked,) = paused["__interrupt__"]
    assert asked.value["type"] == "connect_intercom" and asked.value["url"].startswith(f"{SANDBOX_URL}/oauth?")
    assert "not connected" in asked.value["message"] and len(world["box"].requests) == seen  # nothing sent

    again = agent.invoke(Command(resume={}), config, context=context)  # resumed before connecting: asked again
    assert again["__interrupt__"][0].value["type"] == "connect_intercom"
    assert again["__interrupt__"][0].value["url"] != asked.value["url"]  # a fresh single-use link

    _open_link(world, again["__interrupt__"][0].value["url"])
    answered = agent.invoke(Command(resume={}), config, context=context)
    assert "__interrupt__" not in answered
    humans = [m for m in answered["messages"] if isinstance(m, HumanMessage)]
    assert len(humans) == 1  # the question was not asked again
    tool = next(m for m in answered["messages"] if isinstance(m, ToolMessage))
    assert tool.status == "success" and "Support" in str(tool.content)
    assert world["store"].get("cred-gone").status == "active"  # the same credential id, reactivated
    assert world["store"].get("cred-gone").workspace_id == "demo-eu" and world["store"].get("cred-gone").token

    fresh = agent.invoke(
        {"messages": [HumanMessage("List Intercom teams")]}, {"configurable": {"thread_id": "t2"}}, context=context
    )
    assert "__interrupt__" not in fresh and isinstance(fresh["messages"][-1], AIMessage)


def test_a_401_mid_run_asks_to_reconnect_too(world: dict[str, Any]) -> None:
    world["store"].put(Credential("cred-revoked", "revoked-token", "demo-eu", base_url=SANDBOX_URL, tenant="t"))
    agent = _agent(world)
    config: Any = {"configurable": {"thread_id": "t3"}}
    context = IntercomContext("cred-revoked")
    paused = agent.invoke({"messages": [HumanMessage("List Intercom teams")]}, config, context=context)
    _open_link(world, paused["__interrupt__"][0].value["url"])
    answered = agent.invoke(Command(resume={}), config, context=context)
    assert "Support" in str(next(m for m in answered["messages"] if isinstance(m, ToolMessage)).content)


def test_without_links_the_agent_says_to_connect_as_before(world: dict[str, Any]) -> None:
    agent = _agent(world, links=False)
    state = agent.invoke(
        {"messages": [HumanMessage("List Intercom teams")]},
        {"configurable": {"thread_id": "t4"}},
        context=IntercomContext("cred-gone"),
    )
    assert "__interrupt__" not in state and "connect Intercom" in str(state["messages"][-1].content)


async def test_a_flow_pauses_and_resumes_on_its_own(world: dict[str, Any]) -> None:
    graph = build_company_events_graph().with_config(checkpointer=None)
    graph.checkpointer = InMemorySaver()
    config: Any = {"configurable": {"thread_id": "f1"}}
    context = FlowContext(credential_id="cred-gone", provider=world["provider"], connect=world["links"])
    paused = await graph.ainvoke({"company": "Acme Corp", "max_contacts": 3}, config, context=context)
    _open_link(world, paused["__interrupt__"][0].value["url"])
    done = await graph.ainvoke(Command(resume={}), config, context=context)
    result = result_of(done)
    assert result["status"] == "ok" and len(result["contacts"]) == 3
