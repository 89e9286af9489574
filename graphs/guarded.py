"""A flow as a served graph that holds the guardrails: what LangGraph Server runs for each flow.

A flow's own graph keeps its raw working state (every contact record, every event) in its channels, and
a server checkpoints channels and streams them (``values``, ``updates``, thread state and history). So
the served graph is not the raw flow: it is one node that runs the flow's composite tool through
:func:`intercom_agent.registry.execute`, the path every front end takes, and keeps only the answer.
Redaction, the audit trail and the record limit hold exactly as they do for the MCP server or the
CLI, and nothing unredacted is ever written to the server's checkpoints:

- input: the composite tool's arguments (validated; a wrong one is refused by name, nothing is sent);
- output: the composite tool's structured output (``status``, ``company``, ``contacts``, ...), redacted
  when the deployment says so, plus ``summary``, the text a model would read;
- progress: the flow's progress events on the ``custom`` stream;
- a tenant whose Intercom is not connected: the run pauses with a link to connect it (an interrupt),
  and answers when resumed.

The flow inside runs with ``checkpointer=False`` (see :class:`graphs.composite.FlowRunner`), so its raw
state is not checkpointed under the served graph either.
"""

from __future__ import annotations

from typing import Any, cast

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from typing_extensions import TypedDict

from graphs.context import Graph, credential_of, default_provider, reconnecting
from intercom_agent.connections import ClientProvider, IntercomContext
from intercom_agent.guardrails import Guardrails
from intercom_agent.registry import Session, ToolSpec, execute, stream_progress


def _typed_dict(name: str, fields: dict[str, Any]) -> Any:
    return TypedDict(name, fields, total=False)  # type: ignore[operator]


def build_guarded_flow_graph(
    spec: ToolSpec,
    provider: ClientProvider | None = None,
    guardrails: Guardrails | None = None,
    *,
    checkpointer: Any = None,
) -> Graph:
    """The composite tool ``spec`` as a graph: input its arguments, output its (guarded) answer.

    ``provider`` None: the default provider (:func:`graphs.context.set_default_provider`), read per call.
    """
    base = "".join(part.title() for part in spec.name.removeprefix("intercom_").split("_"))
    arguments = {name: info.annotation for name, info in spec.args.model_fields.items()}
    answer = {name: Any for name in spec.output.model_fields} | {"summary": str}
    Input = _typed_dict(f"{base}Input", arguments)
    Output = _typed_dict(f"{base}Output", answer)
    State = _typed_dict(f"{base}State", {**arguments, **answer})
    held = guardrails or Guardrails()

    async def run(state: dict[str, Any], runtime: Runtime[IntercomContext]) -> dict[str, Any]:
        args = spec.parse({key: state[key] for key in arguments if state.get(key) is not None})
        context = runtime.context
        session = Session(
            provider or getattr(context, "provider", None) or default_provider(),
            credential_id=credential_of(context),
            on_progress=stream_progress(),
            guardrails=held,
        )
        outcome = await execute(spec, args, session)
        return {**outcome.artifact, "summary": outcome.text}

    graph = StateGraph(State, context_schema=IntercomContext, input_schema=Input, output_schema=Output)
    graph.add_node("run", cast(Any, reconnecting(run)))
    graph.add_edge(START, "run")
    graph.add_edge("run", END)
    return graph.compile(checkpointer=checkpointer, name=spec.name.removeprefix("intercom_"))


__all__ = ["build_guarded_flow_graph"]
