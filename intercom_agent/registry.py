"""The tool registry: what a tool is, and the one way every front end runs one.

A :class:`ToolSpec` owns a tool whole: its name (for models), title (for people), description (a
prompt: what it does and when to use it), arguments (extending the Intercom operation's, so a limit or
a default is written once), output model (the artifact, and the MCP ``outputSchema``), MCP hints, how
it runs (a :class:`Runner`), the text a model reads (written from the output), and the table a person
sees in a terminal (declared here, drawn by the CLI). A :class:`Registry` is an ordered set of specs.

Every front end runs a tool through :func:`execute` (or :func:`execute_sync`): the LangChain tools
(:mod:`intercom_agent.toolkit`), the MCP server (:mod:`intercom_agent.servers.mcp_server`), the CLI
(``intercom-agent call``) and the flows' composite tools alike. What is expected to fail (an
:class:`~intercom_agent.errors.IntercomError`: Intercom's errors, invalid arguments, a missing
connection) is raised as such for the front end to word; anything else is a bug and propagates.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict, ValidationError

from intercom_agent.connections import ClientProvider
from intercom_agent.errors import InvalidInputError
from intercom_agent.guardrails import NO_GUARDRAILS, Guardrails
from intercom_agent.models import PiiKind
from intercom_agent.operations import Args, Operation, invalid_input

ProgressCallback = Callable[[dict[str, Any]], Awaitable[None]]


class Output(BaseModel):
    """Base of every tool's output (its artifact): the fields it promises, and any others Intercom sent.

    ``pii`` declares whose data the object holds ("person", "company"), for redaction.
    """

    model_config = ConfigDict(extra="allow")
    pii: ClassVar[PiiKind | None] = None


def stream_progress() -> ProgressCallback | None:
    """Progress to the custom stream of the LangGraph run this is called in (a tool node, a graph node),
    or None outside a run: a tool's flow then reports progress where the run streams it."""
    from langgraph.config import get_stream_writer

    try:
        writer = get_stream_writer()
    except (RuntimeError, KeyError):  # not inside a graph run (a tool invoked on its own)
        return None
    run = contextvars.copy_context()  # the writer reads the run's config when called: call it in the run's context

    async def send(event: dict[str, Any]) -> None:
        run.copy().run(writer, event)

    return send


@dataclass(frozen=True)
class Session:
    """Whom one call runs for: the client provider, the tenant's credential id, where progress goes, and
    the guardrails it is held to (redaction, audit, record limit)."""

    provider: ClientProvider
    credential_id: str | None = None
    on_progress: ProgressCallback | None = field(default=None, repr=False)
    guardrails: Guardrails = NO_GUARDRAILS


class Runner(Protocol):
    """How a tool produces its output (an :class:`Output` or a dict the output model reads)."""

    def run(self, args: Any, session: Session) -> Any: ...

    async def arun(self, args: Any, session: Session) -> Any: ...


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of a terminal table. ``key`` columns (ids, emails) are never folded or cut, so they stay
    copyable; when a table cannot fit, columns with the highest ``drop`` go first (0: never dropped)."""

    header: str
    value: Callable[[Any], str]
    key: bool = False
    drop: int = 0


@dataclass(frozen=True, kw_only=True)
class Table:
    """How a person would rather look at a result than read it: the rows of an output and their columns.

    Declared with the tool, drawn by the CLI (``intercom_agent.cli.tables``); ``applies`` says whether
    this output is a table at all (a flow that asks "which one?" is read as text).
    """

    title: Callable[[Any], str]
    rows: Callable[[Any], Sequence[Any]]
    columns: tuple[Column, ...]
    caption: Callable[[Any], str] | None = None
    applies: Callable[[Any], bool] = lambda output: True


@dataclass(frozen=True)
class Hints:
    """The MCP tool annotations: every tool here reads, never writes."""

    read_only: bool = True
    destructive: bool = False
    idempotent: bool = True
    open_world: bool = True


@dataclass(frozen=True, kw_only=True)
class ToolSpec:
    """One tool, whole. Build it by keyword; every front end reads it through a :class:`Registry`."""

    name: str
    title: str
    description: str
    args: type[Args]
    output: type[BaseModel]
    runner: Runner
    text: Callable[[Any], str]
    table: Table | None = None
    operation: Operation[Any, Any] | None = None
    permission: str | None = None
    hints: Hints = Hints()
    records: Callable[[Any], int] | None = None  # records an output holds (audit, limit); default: counted

    @property
    def needs(self) -> str:
        """The Intercom permission the tool needs (its operation's unless given)."""
        if self.permission:
            return self.permission
        return self.operation.permission if self.operation is not None else "Read conversations"

    def parse(self, arguments: Args | dict[str, Any] | None) -> Args:
        """Validated arguments, or :class:`InvalidInputError` naming the first wrong one."""
        if isinstance(arguments, self.args):
            return arguments
        if arguments is not None and not isinstance(arguments, dict):
            raise InvalidInputError("arguments", f"must be an object, not {type(arguments).__name__}.")
        try:
            return self.args.model_validate(arguments or {})
        except ValidationError as exc:
            raise invalid_input(exc) from None

    def input_schema(self) -> dict[str, Any]:
        schema = self.args.model_json_schema()
        schema.pop("title", None)
        return schema

    def output_schema(self) -> dict[str, Any]:
        schema = self.output.model_json_schema(mode="serialization")
        schema.pop("title", None)
        return schema


@dataclass(frozen=True)
class Outcome:
    """A tool's answer: the text a model reads and the output (the artifact) it was written from."""

    text: str
    output: BaseModel

    @property
    def artifact(self) -> dict[str, Any]:
        dumped: dict[str, Any] = self.output.model_dump(mode="json")
        return dumped


class OutputError(RuntimeError):
    """A tool produced an output its own model rejects: a bug in the tool, never the caller's input."""


def _output(spec: ToolSpec, raw: Any) -> BaseModel:
    try:
        output: BaseModel = raw if isinstance(raw, spec.output) else spec.output.model_validate(raw)
    except ValidationError as exc:  # not an input error, so no front end may word it as one
        raise OutputError(f"{spec.name} produced an invalid {spec.output.__name__}: {exc}") from None
    return output


def _finish(spec: ToolSpec, args: Args, session: Session, started: float, raw: Any, masker: Any) -> Outcome:
    guard = session.guardrails
    try:
        output = guard.apply(spec.name, _output(spec, raw), masker)
        outcome = Outcome(spec.text(output), output)
    except BaseException as exc:
        guard.record(spec.name, args, session.credential_id, started, None, exc)
        raise
    guard.record(spec.name, args, session.credential_id, started, output, None, spec.records)
    return outcome


def _held(spec: ToolSpec, session: Session) -> tuple[Session, Any]:
    """The session a call runs in, and the redactor of this call (None: nothing to mask). Progress events
    are masked with the output's pseudonyms before they reach the front end's callback."""
    masker = session.guardrails.redactor(spec.name)
    sink = session.on_progress
    if masker is None or sink is None:
        return session, masker

    async def masked(event: dict[str, Any]) -> None:
        await sink(masker.event(event))

    return replace(session, on_progress=masked), masker


async def execute(spec: ToolSpec, args: Args, session: Session) -> Outcome:
    """Run a tool for a session (async): the one path every front end takes. The session's guardrails
    hold here: the record limit before the call, redaction of its output and progress, its audit entry
    after."""
    guard, started = session.guardrails, time.perf_counter()
    session, masker = _held(spec, session)
    try:
        if guard.checks:
            await asyncio.to_thread(guard.check, session.credential_id)
        raw = await spec.runner.arun(args, session)
    except BaseException as exc:
        guard.record(spec.name, args, session.credential_id, started, None, exc)
        raise
    return _finish(spec, args, session, started, raw, masker)


def execute_sync(spec: ToolSpec, args: Args, session: Session) -> Outcome:
    """Run a tool for a session, synchronously (the same guardrails)."""
    guard, started = session.guardrails, time.perf_counter()
    session, masker = _held(spec, session)
    try:
        guard.check(session.credential_id)
        raw = spec.runner.run(args, session)
    except BaseException as exc:
        guard.record(spec.name, args, session.credential_id, started, None, exc)
        raise
    return _finish(spec, args, session, started, raw, masker)


class Registry:
    """An ordered set of tools, by name. Registries add: ``TOOLS + COMPOSITE_TOOLS``."""

    def __init__(self, specs: Iterable[ToolSpec] = ()) -> None:
        self._specs: dict[str, ToolSpec] = {}
        for spec in specs:
            if spec.name in self._specs:
                raise ValueError(f"two tools are named {spec.name!r}")
            self._specs[spec.name] = spec

    def __iter__(self) -> Iterator[ToolSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __add__(self, other: Iterable[ToolSpec]) -> Registry:
        return Registry([*self, *other])

    def __repr__(self) -> str:
        return f"Registry({', '.join(self._specs)})"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def get(self, name: str) -> ToolSpec:
        """The tool called ``name``, or :class:`InvalidInputError` listing the known ones."""
        try:
            return self._specs[name]
        except KeyError:
            raise InvalidInputError(
                "tool", f"unknown tool {name!r}.", fix=f"Known tools: {', '.join(self._specs)}."
            ) from None


__all__ = [
    "Column",
    "Hints",
    "Outcome",
    "Output",
    "OutputError",
    "ProgressCallback",
    "Registry",
    "Runner",
    "Session",
    "Table",
    "ToolSpec",
    "execute",
    "execute_sync",
]
