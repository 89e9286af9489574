"""Flow (c): search conversations (words, state, dates, contact email) -> plain-text transcripts of
the top matches, fetched in parallel."""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, cast

from langgraph.errors import NodeError
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import RetryPolicy, Send
from typing_extensions import TypedDict  # pydantic needs it on Python < 3.12 (LangGraph Server schemas)

from graphs.context import Graph, check_input, client_for, counter, is_transient, progress, reconnecting
from intercom_agent import operations as ops
from intercom_agent.connections import IntercomContext
from intercom_agent.errors import IntercomError
from intercom_agent.tools import text as fmt
from intercom_agent.tools.conversations import (
    SEARCH_CONVERSATIONS,
    ConversationSearch,
    ConversationSearchArgs,
    search_conversations,
)
from intercom_agent.tools.logic import drive_async

FLOW = "find_conversations"


class FindConversationsInput(TypedDict, total=False):
    text: str
    state: str
    created_after: str
    created_before: str
    contact_email: str
    top: int  # how many transcripts (default 5, at most 20)
    parts_per_transcript: int  # most recent parts per transcript (default 20)


class FindConversationsState(FindConversationsInput, total=False):
    status: Literal["ok", "no_contact"]
    message: str
    query: dict[str, Any]
    matches: list[dict[str, Any]]
    total_matches: int | None
    transcripts: Annotated[list[dict[str, Any]], operator.add]
    failures: Annotated[list[dict[str, Any]], operator.add]


class TranscriptTask(TypedDict):
    conversation_id: str
    parts: int
    total: int


async def search(state: FindConversationsState, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    check_input(FindConversationsInput, state)
    top = max(1, min(20, state.get("top") or 5))
    search = SEARCH_CONVERSATIONS.parse(  # the tool's own checks, before any request
        {
            "query": state.get("text"),
            "state": state.get("state"),
            "created_after": state.get("created_after"),
            "created_before": state.get("created_before"),
            "contact_email": state.get("contact_email"),
            "per_page": top,
        }
    )
    client = await client_for(runtime.context)
    logic = search_conversations(cast(ConversationSearchArgs, search))  # the search tool's own logic
    found = cast(ConversationSearch, await drive_async(logic, client))
    if found.page is None:
        return {"status": "no_contact", "message": f"No contact has the email {found.contact_email}."}
    query, page = found.query, found.page
    progress({"flow": FLOW, "stage": "search", "matches": page.total_count, "fetching": len(page.items)})
    return {
        "status": "ok",
        "query": query,
        "matches": [c.model_dump(mode="json") for c in page.items],
        "total_matches": page.total_count,
    }


def fan_out(state: FindConversationsState) -> list[Send] | Literal["summarize", "__end__"]:
    if state.get("status") != "ok":
        return "__end__"
    matches = state.get("matches") or []
    if not matches:
        return "summarize"
    parts = state.get("parts_per_transcript") or 20
    return [
        Send("fetch_transcript", TranscriptTask(conversation_id=m["id"], parts=parts, total=len(matches)))
        for m in matches
    ]


async def fetch_transcript(task: TranscriptTask, runtime: Runtime[IntercomContext]) -> dict[str, Any]:
    client = await client_for(runtime.context)
    try:
        conv = await client.call(ops.GET_CONVERSATION, conversation_id=task["conversation_id"])
    except IntercomError as exc:
        if is_transient(exc):
            raise
        return {"failures": [{"conversation_id": task["conversation_id"], "error": str(exc)}]}
    done = counter(runtime.context, "transcripts")
    progress({"flow": FLOW, "stage": "transcripts", "done": done, "total": task["total"]})
    return {
        "transcripts": [
            {
                "conversation_id": conv.id,
                "parts": task["parts"],
                "text": fmt.conversation_detail(conv, task["parts"]),
                "conversation": conv.model_dump(mode="json"),
            }
        ]
    }


def transcript_failed(task: TranscriptTask, error: NodeError) -> dict[str, Any]:
    return {"failures": [{"conversation_id": task["conversation_id"], "error": str(error.error)}]}


def summarize(state: FindConversationsState) -> dict[str, Any]:
    shown = len(state.get("transcripts") or [])
    return {
        "message": f"{state.get('total_matches') or 0} conversations match; {shown} transcripts fetched"
        + (f", {len(state.get('failures') or [])} failed." if state.get("failures") else ".")
    }


def build_find_conversations_graph(
    *, retry_attempts: int = 3, retry_interval: float = 0.5, checkpointer: Any = None
) -> Graph:
    graph = StateGraph(FindConversationsState, context_schema=IntercomContext, input_schema=FindConversationsInput)
    retry = RetryPolicy(max_attempts=retry_attempts, initial_interval=retry_interval, retry_on=is_transient)
    graph.add_node("search", reconnecting(search), retry_policy=retry)
    graph.add_node(  # a Send target: its input is its own task, not the graph state
        "fetch_transcript",
        cast(Any, fetch_transcript),  # typed for its task, which the stubs do not model
        input_schema=TranscriptTask,
        retry_policy=retry,
        error_handler=transcript_failed,
    )
    graph.add_node("summarize", summarize)
    graph.add_edge(START, "search")
    graph.add_conditional_edges("search", fan_out, ["fetch_transcript", "summarize", END])
    graph.add_edge("fetch_transcript", "summarize")
    graph.add_edge("summarize", END)
    return graph.compile(checkpointer=checkpointer, name=FLOW)


def result_of(state: dict[str, Any]) -> dict[str, Any]:
    order = {m["id"]: i for i, m in enumerate(state.get("matches") or [])}
    transcripts = sorted(state.get("transcripts") or [], key=lambda t: order.get(t["conversation_id"], 0))
    return {
        "status": state.get("status"),
        "message": state.get("message"),
        "query": state.get("query"),
        "total_matches": state.get("total_matches"),
        "matches": state.get("matches") or [],
        "transcripts": transcripts,
        "failures": state.get("failures") or [],
    }
