"""How an Intercom tool runs: its logic asks for operations; a sync or an async driver performs them.

A tool's logic is a generator that yields :class:`Call` (one operation) or :class:`Parallel` (several
at once) and returns the tool's output. It does no I/O, so one definition runs under both drivers:
the sync driver performs a :class:`Parallel` step one call after another, the async driver
concurrently. An Intercom error is thrown back into the logic (which may handle it, as a missing
company name does) or ends the call; any other exception is a bug and propagates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.errors import IntercomError
from intercom_agent.operations import Args, Operation
from intercom_agent.registry import Session


@dataclass(frozen=True)
class Call:
    """Ask the driver to run one operation; the generator receives its result (or its error thrown in)."""

    op: Operation[Any, Any]
    args: Args | dict[str, Any]


@dataclass(frozen=True)
class Parallel:
    """Run several operations at once; the generator receives a list of results or Intercom errors."""

    calls: tuple[Call, ...]


Step = Call | Parallel
Logic = Generator[Step, Any, BaseModel]


def _advance(steps: Logic, outcome: Any, error: BaseException | None) -> Step | BaseModel:
    """Feed the last outcome (or error) to a tool's logic: its next step, or its output when done."""
    try:
        return steps.throw(error) if error is not None else steps.send(outcome)
    except StopIteration as done:
        output: BaseModel = done.value
        return output


def drive_sync(logic: Logic, client: IntercomClient) -> BaseModel:
    """Run a tool's logic with a sync client (:class:`Parallel` steps run one after another)."""
    step = _advance(logic, None, None)
    while isinstance(step, Call | Parallel):
        outcome: Any = None
        error: BaseException | None = None
        if isinstance(step, Call):
            try:
                outcome = client.call(step.op, step.args)
            except IntercomError as exc:
                error = exc
        else:
            outcome = [_try_sync(client, call) for call in step.calls]
        step = _advance(logic, outcome, error)
    return step


def _try_sync(client: IntercomClient, call: Call) -> Any:
    try:
        return client.call(call.op, call.args)
    except IntercomError as exc:
        return exc


async def drive_async(logic: Logic, client: AsyncIntercomClient) -> BaseModel:
    """Run a tool's logic with an async client; :class:`Parallel` steps run concurrently."""
    step = _advance(logic, None, None)
    while isinstance(step, Call | Parallel):
        outcome: Any = None
        error: BaseException | None = None
        if isinstance(step, Call):
            try:
                outcome = await client.call(step.op, step.args)
            except IntercomError as exc:
                error = exc
        else:
            outcome = await asyncio.gather(*(client.call(c.op, c.args) for c in step.calls), return_exceptions=True)
            for item in outcome:
                if isinstance(item, BaseException) and not isinstance(item, IntercomError):
                    raise item  # a programming error is not a result
        step = _advance(logic, outcome, error)
    return step


@dataclass(frozen=True)
class LogicRunner:
    """The :class:`~intercom_agent.registry.Runner` of a tool built on Intercom operations."""

    logic: Callable[[Any], Logic]

    def run(self, args: Any, session: Session) -> BaseModel:
        client = session.provider.sync_client(session.credential_id)
        return drive_sync(self.logic(args), client)

    async def arun(self, args: Any, session: Session) -> BaseModel:
        client = await session.provider.async_client(session.credential_id)
        return await drive_async(self.logic(args), client)


__all__ = ["Call", "Logic", "LogicRunner", "Parallel", "Step", "drive_async", "drive_sync"]
