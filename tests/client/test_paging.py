"""Walking every paging style to the end yields exactly the sandbox's totals: no duplicates, no gaps."""

from __future__ import annotations

import pytest

from intercom_agent import operations as ops
from intercom_agent.models import PagingStyle
from intercom_agent.sandbox import Sandbox
from intercom_agent.search import build_query
from tests.helpers.sandboxes import make_async_client, make_client

WS = "sandbox-token-us"


def _expected(box: Sandbox) -> dict[str, list[str]]:
    ws = box.workspaces[WS]
    acme = ws.companies[0]
    heavy = max((c for c in ws.contacts if c["role"] == "user"), key=lambda c: len(ws.events.get(c["id"], [])))
    now_ms = (box.now() - 90 * 86_400) * 1000
    return {
        "contacts": sorted(c["id"] for c in ws.contacts),
        "companies": sorted(c["id"] for c in ws.companies if c["user_count"] > 0),
        "acme": sorted(ws.memberships[acme["id"]]),
        "events": sorted(e["id"] for e in ws.events[heavy["id"]] if e["_ms"] >= now_ms),
        "conversations": sorted(c["id"] for c in ws.conversations),
        "billing": sorted(c["id"] for c in ws.conversations if "billing" in c["source"]["body"].lower()),
        "acme_id": [acme["id"]],
        "heavy": [heavy["external_id"]],
    }


CASES = [
    ("contacts", ops.LIST_CONTACTS, {"per_page": 37}, PagingStyle.CURSOR),
    ("companies", ops.LIST_COMPANIES, {"per_page": 9}, PagingStyle.PAGE_NUMBER),
    ("acme", ops.LIST_ATTACHED_CONTACTS, {"per_page": 7}, PagingStyle.CURSOR),
    ("events", ops.LIST_EVENTS, {"per_page": 9}, PagingStyle.NEXT_URL),
    ("conversations", ops.LIST_CONVERSATIONS, {"per_page": 23}, PagingStyle.CURSOR),
    ("billing", ops.SEARCH_CONVERSATIONS, {"per_page": 4}, PagingStyle.CURSOR),
]


def _args(name: str, base: dict[str, object], expected: dict[str, list[str]]) -> dict[str, object]:
    args = dict(base)
    if name == "acme":
        args["company_id"] = expected["acme_id"][0]
    if name == "events":
        args["user_id"] = expected["heavy"][0]
    if name == "billing":
        args["query"] = build_query(text="billing")
    return args


@pytest.mark.parametrize(("name", "op", "base", "style"), CASES, ids=[c[0] for c in CASES])
def test_sync_walk_is_complete(shared_sandbox: Sandbox, name: str, op: ops.Operation, base: dict, style: str) -> None:
    expected = _expected(shared_sandbox)
    client = make_client(shared_sandbox)
    pages = list(client.pages(op, _args(name, base, expected), max_pages=1000))
    ids = [item.id for page in pages for item in page.items]
    assert len(ids) == len(set(ids)), "duplicates across pages"
    assert sorted(ids) == expected[name]
    assert len(pages) > 1, "the walk must actually page"
    assert all(p.style == style for p in pages)
    assert all(p.has_more and p.next_cursor for p in pages[:-1])
    assert not pages[-1].has_more and pages[-1].next_cursor is None


@pytest.mark.parametrize(("name", "op", "base", "style"), CASES, ids=[c[0] for c in CASES])
async def test_async_walk_is_complete(
    shared_sandbox: Sandbox, name: str, op: ops.Operation, base: dict, style: str
) -> None:
    expected = _expected(shared_sandbox)
    async with make_async_client(shared_sandbox) as client:
        collected = await client.collect(op, _args(name, base, expected), max_items=100_000)
    ids = [item.id for item in collected.items]
    assert sorted(ids) == expected[name] and len(ids) == len(set(ids))
    assert not collected.truncated


def test_unpaged_lists_are_whole(shared_sandbox: Sandbox) -> None:
    client = make_client(shared_sandbox)
    segments = client.call(ops.LIST_SEGMENTS, include_count=True)
    teams = client.call(ops.LIST_TEAMS)
    ws = shared_sandbox.workspaces[WS]
    assert [s.id for s in segments.items] == [s["id"] for s in ws.segments]
    assert all(s.count is not None for s in segments.items)
    assert client.call(ops.LIST_SEGMENTS).items[0].count is None
    assert [t.id for t in teams.items] == [t["id"] for t in ws.teams]
    assert not segments.has_more and segments.style == PagingStyle.NONE


def test_collect_cap_says_truncated_and_resumes(shared_sandbox: Sandbox) -> None:
    client = make_client(shared_sandbox)
    first = client.collect(ops.LIST_CONTACTS, per_page=50, max_items=100)
    assert len(first.items) == 100 and first.truncated and first.next_cursor
    assert first.total_count == len(shared_sandbox.workspaces[WS].contacts)
    rest = client.collect(ops.LIST_CONTACTS, per_page=50, starting_after=first.next_cursor, max_items=10_000)
    ids = [c.id for c in first.items + rest.items]
    assert len(ids) == len(set(ids)) == first.total_count


def test_companies_list_leaves_out_companies_without_users_and_orders(shared_sandbox: Sandbox) -> None:
    client = make_client(shared_sandbox)
    desc = client.collect(ops.LIST_COMPANIES, per_page=60, order="desc").items
    asc = client.collect(ops.LIST_COMPANIES, per_page=60, order="asc").items
    assert [c.id for c in desc] == [c.id for c in reversed(asc)]
    assert all((c.user_count or 0) > 0 for c in desc)
    assert len(desc) < len(shared_sandbox.workspaces[WS].companies)
    past_end = client.call(ops.LIST_COMPANIES, page=99, per_page=60)
    assert past_end.items == [] and not past_end.has_more


def test_conversation_returns_at_most_500_most_recent_parts(shared_sandbox: Sandbox) -> None:
    client = make_client(shared_sandbox)
    conv = client.call(ops.GET_CONVERSATION, conversation_id="conversation_100000")
    parts = conv.conversation_parts
    assert parts is not None and len(parts.conversation_parts) == 500 and parts.total_count > 500
    stored = shared_sandbox.workspaces[WS].parts["100000"]
    assert parts.conversation_parts[-1].id == stored[-1]["id"]
    assert "<p>" not in (parts.conversation_parts[0].body or "")


def test_lookups(shared_sandbox: Sandbox) -> None:
    client = make_client(shared_sandbox)
    ws = shared_sandbox.workspaces[WS]
    globex = client.call(ops.FIND_COMPANIES, name="Globex")
    assert len(globex.items) == 2 and len({c.id for c in globex.items}) == 2
    by_your_id = client.call(ops.FIND_COMPANIES, company_id="cmp-0001")
    assert by_your_id.items[0].name == "Acme Corp"
    user = next(c for c in ws.contacts if c["external_id"])
    assert client.call(ops.FIND_CONTACT_BY_EXTERNAL_ID, external_id=user["external_id"]).id == user["id"]
    found = client.call(ops.SEARCH_CONTACTS, query={"field": "email", "operator": "=", "value": user["email"]})
    assert [c.id for c in found.items] == [user["id"]]
    me = client.call(ops.GET_ME)
    assert me.app is not None and me.app.id_code == "demo-us"
    summary = client.call(ops.EVENT_SUMMARY, user_id=user["external_id"])
    assert summary.type == "event.summary"


def test_tenants_are_separate(shared_sandbox: Sandbox) -> None:
    us = make_client(shared_sandbox, "sandbox-token-us").call(ops.LIST_CONTACTS, per_page=150)
    eu = make_client(shared_sandbox, "sandbox-token-eu").call(ops.LIST_CONTACTS, per_page=150)
    assert {c.workspace_id for c in us.items} == {"demo-us"}
    assert {c.workspace_id for c in eu.items} == {"demo-eu"}
