"""Flow (b): one contact's overview — profile, companies, recent events and recent conversations.

The contact is found by Intercom id, external_id, email or exact name; a name that finds no one is tried
in its other forms (surname first, a given name's short or long form: :mod:`graphs.name_forms`), and the answer
says which form matched. Several matches return the candidates and ask which one. The three look-ups after that
run in parallel branches.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import RetryPolicy
from typing_extensions import TypedDict  # pydantic needs it on Python < 3.12 (LangGraph Server schemas)

from graphs.company_events import INTERCOM_ID, identifier
from graphs.context import Graph, check_input, client_for, is_transient, progress, reconnecting
from graphs.name_forms import FOUND_AS, other_forms
from intercom_agent import operations as ops
from intercom_agent.connections import IntercomContext
from intercom_agent.errors import IntercomError, NotFoundError
from intercom_agent.search import build_query

FLOW = "contact_overview"


class ContactOverviewInput(TypedDict, total=False):
    contact: str  # an email, an external_id, an Intercom id, or an exact name
    events: int  # most recent events (default 10)
    conversations: int  # most recent conversations (default 5)


class ContactOverviewState(ContactOverviewInput, total=False):
    status: Literal["ok", "ambiguous", "not_found"]
    message: str
    profile: dict[str, Any]
    candidates: list[dict[str, Any]]
    companies: list[dict[str, Any]]
    recent_events: list[dict[str, Any]]
    recent_conversations: list[dict[str, Any]]
    failures: Annotated[list[dict[str, Any]], operator.add]


async def find_contact(state: ContactOverviewState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    check_input(ContactOverviewInput, state)
    query = (state.get("contact") or "").strip()
    if not query:
        return {"status": "not_found", "message": "No contact given: pass an email, external_id, id or name."}
    client = await client_for(runtime.context)
    found: list[dict[str, Any]] = []
    attempts: list[Any] = []
    if INTERCOM_ID.match(query):
        attempts.append((ops.GET_CONTACT, {"contact_id": query}))
    if "@" in query:
        attempts.append((ops.SEARCH_CONTACTS, {"query": {"field": "email", "operator": "=", "value": query}}))
    attempts.append((ops.FIND_CONTACT_BY_EXTERNAL_ID, {"external_id": query}))
    attempts.append((ops.SEARCH_CONTACTS, {"query": {"field": "name", "operator": "=", "value": query}}))
    for op, args in attempts:
        try:
            result = await client.call(op, args)
        except NotFoundError:
            continue
        found = [c.model_dump(mode="json") for c in getattr(result, "items", [result])]
        if found:
            break
    matched = ""
    for form in other_forms(query) if not found else ():  # "vic okafor": Victor Okafor, said so in the answer
        result = await client.call(ops.SEARCH_CONTACTS, {"query": {"field": "name", "operator": "=", "value": form}})
        found, matched = [c.model_dump(mode="json") for c in result.items], form
        if found:
            break
    if not found:
        return {
            "status": "not_found",
            "message": f"No contact matches {query!r}. Use intercom_list_all_contacts to see contacts.",
        }
    if len(found) > 1:
        names = "; ".join(f"{c.get('name')} <{c.get('email')}> (id={c['id']})" for c in found[:15])
        said = f"{query!r} (as {matched!r})" if matched else repr(query)
        return {
            "status": "ambiguous",
            "candidates": found,
            "message": f"{len(found)} contacts match {said}: {names}. Which one? Pass an id or email.",
        }
    progress({"flow": FLOW, "stage": "contact", "contact": found[0].get("name"), "id": found[0]["id"]})
    return {"status": "ok", "profile": found[0], **({"message": _found_as(query, matched)} if matched else {})}


def _found_as(query: str, form: str) -> str:
    return f"{FOUND_AS} {query!r}; found as {form!r}."


def after_contact(state: ContactOverviewState) -> list[str] | Literal["__end__"]:
    return ["fetch_companies", "fetch_events", "fetch_conversations"] if state.get("status") == "ok" else "__end__"


def _failed(part: str, exc: IntercomError) -> dict[str, Any]:
    if is_transient(exc):
        raise exc
    return {"failures": [{"part": part, "error": str(exc), "error_type": type(exc).__name__}]}


async def fetch_companies(state: ContactOverviewState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    client = await client_for(runtime.context)
    refs = ((state["profile"].get("companies") or {}).get("data") or [])[:10]
    companies = []
    for ref in refs:
        try:
            companies.append((await client.call(ops.GET_COMPANY, company_id=ref["id"])).model_dump(mode="json"))
        except IntercomError as exc:
            return {"companies": companies, **_failed("companies", exc)}
    progress({"flow": FLOW, "stage": "companies", "count": len(companies)})
    return {"companies": companies}


async def fetch_events(state: ContactOverviewState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    client = await client_for(runtime.context)
    try:
        page = await client.call(ops.LIST_EVENTS, per_page=state.get("events") or 10, **identifier(state["profile"]))
    except IntercomError as exc:
        return {"recent_events": [], **_failed("events", exc)}
    progress({"flow": FLOW, "stage": "events", "count": len(page.items)})
    return {"recent_events": [e.model_dump(mode="json") for e in page.items]}


async def fetch_conversations(state: ContactOverviewState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    client = await client_for(runtime.context)
    query = build_query(contact_ids=[state["profile"]["id"]])
    try:
        page = await client.call(ops.SEARCH_CONVERSATIONS, query=query, per_page=state.get("conversations") or 5)
    except IntercomError as exc:
        return {"recent_conversations": [], **_failed("conversations", exc)}
    progress({"flow": FLOW, "stage": "conversations", "count": len(page.items)})
    return {"recent_conversations": [c.model_dump(mode="json") for c in page.items]}


def summarize(state: ContactOverviewState) -> dict[str, Any]:
    profile = state["profile"]
    found_as = state.get("message") or ""  # "No contact is named 'vic okafor'; found as 'Victor Okafor'."
    message = (found_as + " " if found_as.startswith(FOUND_AS) else "") + (
        f"{profile.get('name') or profile['id']}: {len(state.get('companies') or [])} companies, "
        f"{len(state.get('recent_events') or [])} recent events, "
        f"{len(state.get('recent_conversations') or [])} recent conversations"
        + (f", {len(state.get('failures') or [])} parts failed." if state.get("failures") else ".")
    )
    return {"message": message}


def build_contact_overview_graph(
    *, retry_attempts: int = 3, retry_interval: float = 0.5, checkpointer: Any = None
) -> Graph:
    graph = StateGraph(ContactOverviewState, context_schema=IntercomContext, input_schema=ContactOverviewInput)
    retry = RetryPolicy(max_attempts=retry_attempts, initial_interval=retry_interval, retry_on=is_transient)
    graph.add_node("find_contact", reconnecting(find_contact), retry_policy=retry)
    for name, node in (
        ("fetch_companies", fetch_companies),
        ("fetch_events", fetch_events),
        ("fetch_conversations", fetch_conversations),
    ):
        graph.add_node(name, node, retry_policy=retry)
        graph.add_edge(name, "summarize")
    graph.add_node("summarize", summarize, defer=True)
    graph.add_edge(START, "find_contact")
    graph.add_conditional_edges(
        "find_contact", after_contact, ["fetch_companies", "fetch_events", "fetch_conversations", END]
    )
    graph.add_edge("summarize", END)
    return graph.compile(checkpointer=checkpointer, name=FLOW)


def result_of(state: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "status",
        "message",
        "profile",
        "candidates",
        "companies",
        "recent_events",
        "recent_conversations",
        "failures",
    )
    return {key: state.get(key) for key in keys}
