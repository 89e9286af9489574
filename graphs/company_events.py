"""Flow (a): a company -> its attached contacts -> each contact's recent data events, in parallel.

"List contacts at Acme Corp and show their recent events" in one call: the company is resolved by
name, Intercom id or your own company_id (two companies with the same name: the flow returns the
candidates and asks which one); contacts are read page after page up to a cap, and each page's
contacts have their events fetched as soon as it arrives, alongside the next page (pipelined),
concurrently with its external_id as user_id (falling back to intercom_user_id,
which Intercom accepts for leads too). A contact whose events fail after retries is listed with its
error; no contact is ever silently lost.
"""

from __future__ import annotations

import asyncio
import difflib
import itertools
import operator
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import RetryPolicy
from typing_extensions import TypedDict  # pydantic needs it on Python < 3.12 (LangGraph Server schemas)

from graphs.context import Graph, check_input, client_for, is_transient, progress, reconnecting
from intercom_agent import operations as ops
from intercom_agent.connections import IntercomContext
from intercom_agent.errors import IntercomError, NotFoundError

FLOW = "company_events"
INTERCOM_ID = re.compile(r"^[0-9a-f]{24}$")


class CompanyEventsInput(TypedDict, total=False):
    company: str  # a name, an Intercom company id, or your company_id
    max_contacts: int  # cap on contacts (default 100)
    events_per_contact: int  # most recent events per contact (default 5)


class CompanyEventsState(CompanyEventsInput, total=False):
    status: Literal["ok", "ambiguous", "not_found"]
    message: str
    company_record: dict[str, Any]
    candidates: list[dict[str, Any]]
    contacts: Annotated[list[dict[str, Any]], operator.add]  # appended page by page, in order
    contacts_total: int | None
    contacts_truncated: bool
    contacts_next_cursor: str | None  # when capped: starting_after for the rest (intercom_list_attach_contacts_…)
    events: Annotated[list[dict[str, Any]], operator.add]  # one entry per contact that succeeded
    failures: Annotated[list[dict[str, Any]], operator.add]  # one entry per contact that failed


def identifier(contact: dict[str, Any]) -> dict[str, Any]:
    """How to ask Intercom for this contact's events: external_id as user_id, else its Intercom id."""
    if contact.get("external_id"):
        return {"user_id": contact["external_id"]}
    if contact.get("id"):
        return {"intercom_user_id": contact["id"]}
    return {"email": contact["email"]}


async def resolve_company(state: CompanyEventsState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    """Find the company by Intercom id, exact name or your company_id; stop if none or several."""
    check_input(CompanyEventsInput, state)
    query = (state.get("company") or "").strip()
    if not query:
        return {"status": "not_found", "message": "No company given: pass a company name or id."}
    client = await client_for(runtime.context)
    found: list[dict[str, Any]] = []
    if INTERCOM_ID.match(query):
        try:
            found = [(await client.call(ops.GET_COMPANY, company_id=query)).model_dump(mode="json")]
        except NotFoundError:
            found = []
    if not found:
        for key in ("name", "company_id"):
            try:
                page = await client.call(ops.FIND_COMPANIES, {key: query, "per_page": 60})
                found = [c.model_dump(mode="json") for c in page.items]
            except NotFoundError:
                continue
            if found:
                break
    suggestions: list[str] = []
    if not found:  # no exact match: the same name in another case, or say which names are close
        found, suggestions = await _match_loosely(client, query)
    if not found:
        hint = f" Did you mean {' or '.join(repr(n) for n in suggestions)}?" if suggestions else ""
        return {
            "status": "not_found",
            "message": f"No company named or with id {query!r}.{hint} "
            "List the companies to see their names (intercom_list_companies).",
        }
    if len(found) > 1:
        names = "; ".join(
            f"{c['name']} (id={c['id']}, company_id={c.get('company_id')}, users={c.get('user_count')})" for c in found
        )
        return {
            "status": "ambiguous",
            "candidates": found,
            "message": f"{len(found)} companies match {query!r}: {names}. Which one? Pass its id.",
        }
    progress({"flow": FLOW, "stage": "company", "company": found[0]["name"], "id": found[0]["id"]})
    return {"status": "ok", "company_record": found[0]}


LOOSE_MATCH_LIMIT = 600  # companies read to match a name case-insensitively (10 pages of 60)


async def _match_loosely(client: Any, query: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Companies whose name equals ``query`` ignoring case; else up to 3 close names to suggest."""
    listed = await client.collect(ops.LIST_COMPANIES, {"per_page": 60}, max_items=LOOSE_MATCH_LIMIT)
    companies = [c.model_dump(mode="json") for c in listed.items]
    wanted = query.casefold()
    same = [c for c in companies if (c.get("name") or "").casefold() == wanted]
    if same:
        return same, []
    names = sorted({c["name"] for c in companies if c.get("name")})
    by_fold = {n.casefold(): n for n in names}
    close = difflib.get_close_matches(wanted, list(by_fold), n=3, cutoff=0.6)
    return [], [by_fold[n] for n in close]


def after_company(state: CompanyEventsState) -> Literal["fetch_contacts", "__end__"]:
    return "fetch_contacts" if state.get("status") == "ok" else "__end__"


def contacts_and_events_node(attempts: int, interval: float) -> Any:
    """The node that reads the contacts page after page and, pipelined, each contact's events.

    Each page's contacts have their events requested the moment the page arrives, while the next
    page is read (pages are chained by their cursor; events need not wait for the last page). The
    requests in flight are bounded by the client. A contact's events that fail with a transient error
    after the client's own retries are tried again (``attempts``, backing off from ``interval``);
    any other failure is recorded against that contact, and every other contact keeps its events.
    """

    async def events_of(
        client: Any, contact: dict[str, Any], per: int, total: int, done: Iterator[int]
    ) -> dict[str, Any]:
        for attempt in range(attempts):
            try:
                page = await client.call(ops.LIST_EVENTS, per_page=per, **identifier(contact))
            except IntercomError as exc:
                if is_transient(exc) and attempt + 1 < attempts:
                    await asyncio.sleep(interval * 2**attempt)
                    continue
                return {"failure": failure(contact, exc)}
            progress(
                {"flow": FLOW, "stage": "events", "done": next(done), "total": total, "contact": contact.get("name")}
            )
            events = [e.model_dump(mode="json") for e in page.items]
            return {"entry": {"contact_id": contact["id"], "events": events, "has_more": page.has_more}}
        raise AssertionError("unreachable")  # pragma: no cover

    async def fetch_contacts(state: CompanyEventsState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
        client = await client_for(runtime.context)
        cap = max(1, state.get("max_contacts") or 100)
        per = state.get("events_per_contact")
        per = 5 if per is None else per
        contacts: list[dict[str, Any]] = []
        started: list[asyncio.Task[dict[str, Any]]] = []
        done = itertools.count(1)
        cursor: str | None = None
        page_number, total, truncated, rest = 0, None, False, None
        try:
            while True:
                page = await client.call(
                    ops.LIST_ATTACHED_CONTACTS,
                    company_id=state["company_record"]["id"],
                    per_page=min(150, cap - len(contacts)),
                    starting_after=cursor,
                )
                page_number += 1
                new = [c.model_dump(mode="json") for c in page.items][: cap - len(contacts)]
                contacts += new
                total = page.total_count
                progress(
                    {"flow": FLOW, "stage": "contacts", "page": page_number, "contacts": len(contacts), "total": total}
                )
                expected = min(total, cap) if total is not None else cap
                if per > 0:
                    started += [asyncio.ensure_future(events_of(client, c, per, expected, done)) for c in new]
                more = page.has_more and bool(page.next_cursor)
                if not more or len(contacts) >= cap:
                    truncated = more or len(page.items) > len(new)
                    rest = page.next_cursor if more and len(page.items) == len(new) else None  # resumes after the last
                    break
                cursor = page.next_cursor
            outcomes = await asyncio.gather(*started)
        finally:
            for task in started:  # a failed page or a cancelled run leaves no request behind
                task.cancel()
        return {
            "contacts": contacts,
            "contacts_total": total,
            "contacts_truncated": truncated,
            "contacts_next_cursor": rest,
            "events": [o["entry"] for o in outcomes if "entry" in o],
            "failures": [o["failure"] for o in outcomes if "failure" in o],
        }

    return fetch_contacts


def failure(contact: dict[str, Any], error: BaseException) -> dict[str, Any]:
    return {
        "contact_id": contact.get("id"),
        "name": contact.get("name"),
        "external_id": contact.get("external_id"),
        "error": str(error),
        "error_type": type(error).__name__,
    }


def summarize(state: CompanyEventsState) -> dict[str, Any]:
    contacts = state.get("contacts") or []
    failed = len(state.get("failures") or [])
    more = " (capped: more contacts exist)" if state.get("contacts_truncated") else ""
    fetched = (
        f"events for {len(state.get('events') or [])}, {failed} failed"
        if state.get("events_per_contact") != 0
        else "events not requested"
    )
    message = f"{state['company_record']['name']}: {len(contacts)} contacts{more}, {fetched}."
    progress({"flow": FLOW, "stage": "done", "contacts": len(contacts), "failed": failed})
    return {"message": message}


def build_company_events_graph(
    *, retry_attempts: int = 3, retry_interval: float = 0.5, checkpointer: Any = None
) -> Graph:
    """The compiled flow: embed it as a subgraph, or invoke it with ``context=FlowContext(...)``."""
    graph = StateGraph(CompanyEventsState, context_schema=IntercomContext, input_schema=CompanyEventsInput)
    retry = RetryPolicy(max_attempts=retry_attempts, initial_interval=retry_interval, retry_on=is_transient)
    graph.add_node("resolve_company", reconnecting(resolve_company), retry_policy=retry)
    fetch = reconnecting(contacts_and_events_node(retry_attempts, retry_interval))
    graph.add_node("fetch_contacts", fetch, retry_policy=retry)
    graph.add_node("summarize", summarize)
    graph.add_edge(START, "resolve_company")
    graph.add_conditional_edges("resolve_company", after_company, ["fetch_contacts", END])
    graph.add_edge("fetch_contacts", "summarize")
    graph.add_edge("summarize", END)
    return graph.compile(checkpointer=checkpointer, name=FLOW)


def result_of(state: dict[str, Any]) -> dict[str, Any]:
    """The flow's answer: each contact with its events (in contact order), and every failure."""
    by_contact = {entry["contact_id"]: entry for entry in state.get("events") or []}
    contacts = [
        {
            **c,
            "events": by_contact.get(c["id"], {}).get("events"),
            "events_has_more": by_contact.get(c["id"], {}).get("has_more", False),
        }
        for c in state.get("contacts") or []
    ]
    return {
        "status": state.get("status"),
        "message": state.get("message"),
        "company": state.get("company_record"),
        "candidates": state.get("candidates") or [],
        "contacts": contacts,
        "contacts_total": state.get("contacts_total"),
        "contacts_truncated": state.get("contacts_truncated", False),
        "contacts_next_cursor": state.get("contacts_next_cursor"),
        "failures": state.get("failures") or [],
    }
