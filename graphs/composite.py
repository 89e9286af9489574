"""Each flow as one composite tool: a :class:`~intercom_agent.registry.ToolSpec` in the same registry.

A composite tool's runner (:class:`FlowRunner`) runs its compiled flow with the caller's credential
id and client provider; progress events reach the caller (an MCP client's progress notifications, or
an agent streamed with ``subgraphs=True``). The flows are imported and compiled on first use, so
listing the tools (an MCP server's first ``tools/list``) stays fast.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import ConfigDict, Field

from graphs.name_forms import FOUND_AS
from intercom_agent import operations as ops
from intercom_agent.models import Company, Contact, Conversation, DataEvent, NullList, PiiKind
from intercom_agent.registry import Column, Output, Registry, Session, Table, ToolSpec
from intercom_agent.tools import text as fmt

if TYPE_CHECKING:  # kept light: listing the tools imports no LangGraph, no LangChain
    from langchain_core.tools import BaseTool

    from graphs.context import Graph

MAX_CONCURRENCY = 32
Status = Literal["ok", "ambiguous", "not_found", "no_contact"]

# ---- arguments -----------------------------------------------------------------------------------------


class CompanyContactsEventsArgs(ops.Args):
    company: str = Field(
        min_length=1,
        max_length=255,
        description="The company's name (e.g. 'Acme Corp'), Intercom id, or your company_id.",
    )
    max_contacts: int = Field(50, ge=1, le=500, description="At most this many contacts (1-500).")
    events_per_contact: int = Field(5, ge=0, le=50, description="Most recent events per contact (0: contacts only).")


class ContactOverviewArgs(ops.Args):
    contact: str = Field(
        min_length=1, max_length=255, description="The contact's email, external_id, Intercom id, or exact name."
    )
    events: int = Field(10, ge=1, le=50, description="How many recent events (1-50).")
    conversations: int = Field(5, ge=1, le=20, description="How many recent conversations (1-20).")


class FindConversationsArgs(ops.Args):
    text: str | None = Field(None, max_length=200, description="Words to find in the first message, e.g. 'billing'.")
    state: ops.State | None = ops.STATE
    created_after: ops.IsoDate | None = ops.CREATED_AFTER
    created_before: ops.IsoDate | None = ops.CREATED_BEFORE
    contact_email: str | None = Field(None, min_length=3, max_length=255, description="Only this contact's.")
    top: int = Field(5, ge=1, le=20, description="How many transcripts (1-20).")


# ---- outputs -------------------------------------------------------------------------------------------


class ContactWithEvents(Contact):
    events: list[DataEvent] | None = None  # None: not fetched (see failures)
    events_has_more: bool = False


class ContactFailure(Output):
    pii: ClassVar[PiiKind | None] = "person"

    contact_id: str | None = None
    name: str | None = None
    external_id: str | None = None
    error: str
    error_type: str


class CompanyContactsEvents(Output):
    status: Status | None = None
    message: str | None = None
    company: Company | None = None
    candidates: Annotated[list[Company], NullList] = Field(default_factory=list)
    contacts: Annotated[list[ContactWithEvents], NullList] = Field(default_factory=list)
    contacts_total: int | None = None
    contacts_truncated: bool = False
    contacts_next_cursor: str | None = None  # the rest: intercom_list_attach_contacts_to_company starting_after
    failures: Annotated[list[ContactFailure], NullList] = Field(default_factory=list)


class PartFailure(Output):
    part: str
    error: str
    error_type: str


class ContactOverview(Output):
    status: Status | None = None
    message: str | None = None
    profile: Contact | None = None
    candidates: Annotated[list[Contact], NullList] = Field(default_factory=list)
    companies: Annotated[list[Company], NullList] = Field(default_factory=list)
    recent_events: Annotated[list[DataEvent], NullList] = Field(default_factory=list)
    recent_conversations: Annotated[list[Conversation], NullList] = Field(default_factory=list)
    failures: Annotated[list[PartFailure], NullList] = Field(default_factory=list)


class Transcript(Output):
    """One match, read: its text is written from the conversation (so a policy applied to it holds)."""

    model_config = ConfigDict(extra="ignore")

    conversation_id: str
    conversation: Conversation
    parts: int = 20  # most recent parts shown


class TranscriptFailure(Output):
    conversation_id: str
    error: str


class FoundConversations(Output):
    status: Status | None = None
    message: str | None = None
    query: dict[str, Any] | None = None
    total_matches: int | None = None
    matches: Annotated[list[Conversation], NullList] = Field(default_factory=list)
    transcripts: Annotated[list[Transcript], NullList] = Field(default_factory=list)
    failures: Annotated[list[TranscriptFailure], NullList] = Field(default_factory=list)


# ---- text for the model --------------------------------------------------------------------------------


def _events_line(events: list[DataEvent]) -> str:
    return "; ".join(f"{fmt.iso(e.created_at)} {e.event_name}" for e in events)


def company_text(out: CompanyContactsEvents) -> str:
    if out.status != "ok" or out.company is None:
        return str(out.message)
    failed = {f.contact_id for f in out.failures}
    more = " shown; more exist (raise max_contacts" if out.contacts_truncated else ""
    if more and out.contacts_next_cursor:
        more += (f", or read the rest with intercom_list_attach_contacts_to_company company_id={out.company.id} "
                 f"starting_after={out.contacts_next_cursor}")  # fmt: skip
    more += ")" if more else ""
    lines = [f'Company "{out.company.name}" (id={out.company.id}): {len(out.contacts)} contacts{more}.']
    for c in out.contacts:
        who = f'- "{c.name}" id={c.id}' + (f" external_id={c.external_id}" if c.external_id else "")
        who += f" email={c.email}" if c.email else ""
        if c.events is None:
            lines.append(who + (": events not fetched (see FAILED below)" if c.id in failed else ""))
        elif not c.events:
            lines.append(who + ": no events in the last 90 days")
        else:
            lines.append(who + ": " + _events_line(c.events) + (" …" if c.events_has_more else ""))
    lines += [f'FAILED "{f.name}" id={f.contact_id}: {f.error}' for f in out.failures]
    return "\n".join(lines)


def overview_text(out: ContactOverview) -> str:
    if out.status != "ok" or out.profile is None:
        return str(out.message)
    p = out.profile
    found_as = [out.message] if out.message and out.message.startswith(FOUND_AS) else []  # (and the summary)
    lines = [
        *found_as,  # "No contact is named 'vic okafor'; found as 'Victor Okafor'."
        f'Contact "{p.name}" id={p.id} external_id={p.external_id} email={p.email} role={p.role} '
        f"last_seen={fmt.iso(p.last_seen_at)}" + (f" signed_up={fmt.iso(p.signed_up_at)}" if p.signed_up_at else ""),
        *([f"Custom attributes: {attrs}"] if (attrs := fmt.attributes(p)) else []),  # the plan, as the record has it
        "Companies: " + (", ".join(f'"{c.name}" (id={c.id})' for c in out.companies) or "none"),
        "Recent events: " + (_events_line(out.recent_events) or "none in the last 90 days"),
        "Recent conversations:" if out.recent_conversations else "Recent conversations: none",
    ]
    for c in out.recent_conversations:
        body = fmt.text(c.source.body if c.source else None, 100)
        lines.append(f'- id={c.id} state={c.state} updated={fmt.iso(c.updated_at)} "{body}"')
    lines += [f"FAILED {f.part}: {f.error}" for f in out.failures]
    return "\n".join(lines)


def conversations_text(out: FoundConversations) -> str:
    if out.status != "ok":
        return str(out.message)
    lines = [f"{out.total_matches or 0} conversations match; transcripts of the top {len(out.transcripts)}:"]
    for t in out.transcripts:
        lines += ["", fmt.conversation_detail(t.conversation, t.parts)]
    lines += [f"FAILED conversation {f.conversation_id}: {f.error}" for f in out.failures]
    return "\n".join(lines)


def _events_cell(contact: ContactWithEvents, failed: set[str | None]) -> str:
    if contact.id in failed:
        return "failed"
    if contact.events is None:
        return "-"
    if not contact.events:
        return "none in the last 90 days"
    return "\n".join(f"{fmt.iso(e.created_at)[:10]} {e.event_name}" for e in contact.events[:5])


COMPANY_EVENTS_TABLE = Table(
    title=lambda out: (
        f"{out.company.name} — {len(out.contacts)} contacts" + (" (more not shown)" if out.contacts_truncated else "")
    ),
    rows=lambda out: [(c, {f.contact_id for f in out.failures}) for c in out.contacts],
    columns=(
        Column(header="Name", value=lambda row: row[0].name or "-", drop=2),
        Column(header="Email", value=lambda row: row[0].email or "-", key=True),
        Column(header="External ID", value=lambda row: row[0].external_id or "-", key=True, drop=1),
        Column(header="Recent events", value=lambda row: _events_cell(*row)),
    ),
    applies=lambda out: out.status == "ok" and out.company is not None,
)

# ---- running a flow ------------------------------------------------------------------------------------


class FlowRunner:
    """The :class:`~intercom_agent.registry.Runner` of a composite tool: its flow, built on first use.

    ``module`` is the flow's module under ``graphs`` (it defines ``build_<module>_graph`` and
    ``result_of``); ``to_input`` turns the tool's arguments into the flow's input.
    """

    def __init__(self, module: str, to_input: Callable[[Any], dict[str, Any]] = lambda a: a.model_dump()) -> None:
        self.module = module
        self.to_input = to_input
        self._graph: Graph | None = None
        self._lock = threading.Lock()

    def _flow(self) -> tuple[Graph, Callable[[dict[str, Any]], dict[str, Any]]]:
        flow = importlib.import_module(f"graphs.{self.module}")  # the first call imports: run it off the event loop
        with self._lock:
            if self._graph is None:
                # No checkpointer, even inside a parent that has one (an agent, a served graph): the flow's
                # raw working state (every record, unredacted) never reaches a server's checkpoints.
                self._graph = getattr(flow, f"build_{self.module}_graph")(checkpointer=False)
            return self._graph, flow.result_of

    async def arun(self, args: Any, session: Session) -> dict[str, Any]:
        from langchain_core.runnables.config import var_child_runnable_config

        from graphs.context import FlowContext

        graph, result_of = self._flow()
        # A missing connection ends the flow and reaches the tool, which asks for it (the flow does not).
        context = FlowContext(credential_id=session.credential_id, provider=session.provider, connect=False)
        config: Any = {"max_concurrency": MAX_CONCURRENCY}
        flow_input = self.to_input(args)
        on_progress = session.on_progress

        async def run() -> dict[str, Any]:
            state: dict[str, Any] = {}
            stream: Any = graph.astream(flow_input, context=context, config=config, stream_mode=["custom", "values"])
            async for mode, chunk in stream:
                if mode != "custom":
                    state = chunk
                elif on_progress is not None:
                    await on_progress(chunk)
            return state

        # The flow runs as a run of its own, not as a subgraph of the caller's (an agent, a served graph):
        # its raw records and progress reach nobody but this tool, which holds them to the guardrails
        # (progress goes through session.on_progress, masked when redacting).
        detached = contextvars.copy_context()
        detached.run(var_child_runnable_config.set, None)
        return result_of(await asyncio.get_running_loop().create_task(run(), context=detached))

    def run(self, args: Any, session: Session) -> dict[str, Any]:
        # The flows are async. A sync call runs them on one long-lived background loop, so the clients'
        # connections stay bound to a live loop (a throwaway loop per call would strand them).
        return asyncio.run_coroutine_threadsafe(self.arun(args, session), _background_loop()).result()


_LOOP: list[asyncio.AbstractEventLoop] = []
_LOOP_LOCK = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    with _LOOP_LOCK:
        if not _LOOP:
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="intercom-agent-flows", daemon=True).start()
            _LOOP.append(loop)
        return _LOOP[0]


def _find_input(args: Any) -> dict[str, Any]:
    return {k: v for k, v in args.model_dump().items() if v is not None}


# ---- the composite tools -------------------------------------------------------------------------------

COMPANY_CONTACTS_EVENTS = ToolSpec(
    name="intercom_company_contacts_events",
    title="Contacts at a company, with their recent events",
    description="For a company (by name, id or your company_id): its contacts and each contact's recent data events, "
    "in one call, fetched in parallel. Use it for 'list contacts at Acme Corp and show their recent events'.",
    args=CompanyContactsEventsArgs,
    output=CompanyContactsEvents,
    runner=FlowRunner("company_events"),
    text=company_text,
    table=COMPANY_EVENTS_TABLE,
    permission="Read and list users and companies; Read events",
)
CONTACT_OVERVIEW = ToolSpec(
    name="intercom_contact_overview",
    title="Everything about a contact",
    description="Everything about one contact (by email, external_id, id or name) in one call: profile, companies, "
    "recent data events and recent conversations.",
    args=ContactOverviewArgs,
    output=ContactOverview,
    runner=FlowRunner("contact_overview"),
    text=overview_text,
    permission="Read one user and one company; Read events; Read conversations",
)
FIND_CONVERSATIONS = ToolSpec(
    name="intercom_find_conversations",
    title="Find conversations and read them",
    description="Finds conversations by words, state, dates or a contact's email and returns plain-text transcripts "
    "of the top matches in one call.",
    args=FindConversationsArgs,
    output=FoundConversations,
    runner=FlowRunner("find_conversations", _find_input),
    text=conversations_text,
    records=lambda out: len(out.matches),
    permission="Read conversations",
)

COMPOSITE_TOOLS = Registry([COMPANY_CONTACTS_EVENTS, CONTACT_OVERVIEW, FIND_CONVERSATIONS])


def composite_tools(
    provider: Any = None, names: tuple[str, ...] | None = None, *, redact: Any = None, guardrails: Any = None
) -> list[BaseTool]:
    """The composite tools as LangChain tools, sharing a client provider with the toolkit (None: the
    environment's); ``redact="pii"`` or ``guardrails`` hold them as the toolkit's tools are held."""
    from intercom_agent.guardrails import NO_GUARDRAILS
    from intercom_agent.toolkit import IntercomTool

    held = (guardrails or NO_GUARDRAILS).with_redaction(redact)
    return [
        IntercomTool(spec, provider, guardrails=held) for spec in COMPOSITE_TOOLS if names is None or spec.name in names
    ]


__all__ = [
    "COMPOSITE_TOOLS",
    "CompanyContactsEvents",
    "ContactOverview",
    "FlowRunner",
    "FoundConversations",
    "composite_tools",
]
