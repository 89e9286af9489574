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

import difflib
import operator
import re
from typing import Annotated, Any, Literal, cast

from langgraph.errors import NodeError
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command, RetryPolicy, Send
from typing_extensions import TypedDict  # pydantic needs it on Python < 3.12 (LangGraph Server schemas)

from graphs.context import Graph, check_input, client_for, counter, is_transient, progress
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
    events: Annotated[list[dict[str, Any]], operator.add]  # one entry per contact that succeeded
    failures: Annotated[list[dict[str, Any]], operator.add]  # one entry per contact that failed


class PageTask(TypedDict):
    """One page of the company's contacts to read: where it starts and how many are still wanted."""

    company_id: str
    cursor: str | None
    page: int
    fetched: int
    cap: int
    events_per_contact: int


class ContactTask(TypedDict):
    contact: dict[str, Any]
    events_per_contact: int
    total: int


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


def after_company(state: CompanyEventsState) -> list[Send] | Literal["__end__"]:
    """The first page of contacts, once the company is known."""
    if state.get("status") != "ok":
        return "__end__"
    per = state.get("events_per_contact")
    first = PageTask(
        company_id=state["company_record"]["id"],
        cursor=None,
        page=1,
        fetched=0,
        cap=max(1, state.get("max_contacts") or 100),
        events_per_contact=5 if per is None else per,
    )
    return [Send("fetch_contacts", first)]


async def fetch_contacts(task: PageTask, runtime: Runtime[IntercomContext]) -> Command[Any]:
    """One page of attached contacts. Pipelined: its contacts' events start at once, alongside the next
    page (the pages are chained by their cursor; the events need not wait for the last page)."""
    client = await client_for(runtime.context)
    wanted = task["cap"] - task["fetched"]
    page = await client.call(
        ops.LIST_ATTACHED_CONTACTS,
        company_id=task["company_id"],
        per_page=min(150, wanted),
        starting_after=task["cursor"],
    )
    contacts = [c.model_dump(mode="json") for c in page.items][:wanted]
    fetched = task["fetched"] + len(contacts)
    total = page.total_count
    expected = min(total, task["cap"]) if total is not None else task["cap"]
    progress({"flow": FLOW, "stage": "contacts", "page": task["page"], "contacts": fetched, "total": total})
    more = page.has_more and bool(page.next_cursor)
    goto: list[Send] = []
    if task["events_per_contact"] > 0:
        goto += [
            Send("fetch_events", ContactTask(contact=c, events_per_contact=task["events_per_contact"], total=expected))
            for c in contacts
        ]
    if more and fetched < task["cap"]:
        goto.append(
            Send(
                "fetch_contacts",
                PageTask({**task, "cursor": page.next_cursor, "page": task["page"] + 1, "fetched": fetched}),
            )
        )
    truncated = (more and fetched >= task["cap"]) or len(page.items) > len(contacts)
    update: dict[str, Any] = {"contacts": contacts, "contacts_total": total, "contacts_truncated": truncated}
    return Command(update=update, goto=goto)


async def fetch_events(task: ContactTask, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    """One contact's most recent events. Transient errors are raised for the retry policy;
    anything else is recorded against the contact."""
    contact = task["contact"]
    client = await client_for(runtime.context)
    try:
        page = await client.call(ops.LIST_EVENTS, per_page=task["events_per_contact"], **identifier(contact))
    except IntercomError as exc:
        if is_transient(exc):
            raise
        return {"failures": [failure(contact, exc)]}
    done = counter(runtime.context, "events")
    progress({"flow": FLOW, "stage": "events", "done": done, "total": task["total"], "contact": contact.get("name")})
    return {
        "events": [
            {
                "contact_id": contact["id"],
                "events": [e.model_dump(mode="json") for e in page.items],
                "has_more": page.has_more,
            }
        ]
    }


def failure(contact: dict[str, Any], error: BaseException) -> dict[str, Any]:
    return {
        "contact_id": contact.get("id"),
        "name": contact.get("name"),
        "external_id": contact.get("external_id"),
        "error": str(error),
        "error_type": type(error).__name__,
    }


def events_failed(task: ContactTask, error: NodeError) -> dict[str, Any]:
    """After the retry policy gave up on a contact: record it with its error, keep everyone else."""
    return {"failures": [failure(task["contact"], error.error)]}


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


def build_company_events_graph(*, retry_attempts: int = 3, retry_interval: float = 0.5) -> Graph:
    """The compiled flow: embed it as a subgraph, or invoke it with ``context=FlowContext(...)``."""
    graph = StateGraph(CompanyEventsState, context_schema=IntercomContext, input_schema=CompanyEventsInput)
    retry = RetryPolicy(max_attempts=retry_attempts, initial_interval=retry_interval, retry_on=is_transient)
    graph.add_node("resolve_company", resolve_company, retry_policy=retry)
    graph.add_node(  # a Send target, one task per page of contacts
        "fetch_contacts",
        cast(Any, fetch_contacts),
        input_schema=PageTask,
        retry_policy=retry,
        destinations=("fetch_events", "fetch_contacts"),
    )
    graph.add_node(  # a Send target: its input is its own task, not the graph state
        "fetch_events",
        cast(Any, fetch_events),  # typed for its task, which the stubs do not model
        input_schema=ContactTask,
        retry_policy=retry,
        error_handler=events_failed,
    )
    graph.add_node("summarize", summarize, defer=True)  # once, when every page and every contact is done
    graph.add_edge(START, "resolve_company")
    graph.add_conditional_edges("resolve_company", after_company, ["fetch_contacts", END])
    graph.add_edge("fetch_contacts", "summarize")
    graph.add_edge("fetch_events", "summarize")
    graph.add_edge("summarize", END)
    return graph.compile(name=FLOW)


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
        "failures": state.get("failures") or [],
    }
