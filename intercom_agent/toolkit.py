"""LangChain tools over the registry, and :class:`IntercomToolkit`.

Each tool is an :class:`IntercomTool` (a ``BaseTool``) built from a :class:`ToolSpec`. Its arguments
are the spec's model plus a hidden ``runtime`` (LangGraph's ``ToolRuntime``): inside an agent the
runtime's context carries the tenant's credential id; called directly, the toolkit's default
connection is used. Output is ``content_and_artifact``: compact text for the model, full objects in
the artifact. Intercom errors become tool error messages the model can act on; programming errors
are not swallowed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, cast

from langchain_core.tools import BaseTool, BaseToolkit, ToolException
from langgraph.prebuilt import ToolRuntime
from langgraph.types import interrupt
from pydantic import ConfigDict, Field, ValidationError, create_model

from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.connections import (
    ClientProvider,
    Connection,
    IntercomContext,
    ResolvedClients,
    StaticClients,
    connect_prompt,
)
from intercom_agent.errors import IntercomError
from intercom_agent.guardrails import NO_GUARDRAILS, Guardrails, RedactionPolicy
from intercom_agent.operations import Args, invalid_input
from intercom_agent.registry import Session, ToolSpec, execute, execute_sync, stream_progress
from intercom_agent.tools import TOOLS


def credential_id_of(runtime: Any) -> str | None:
    """The credential id in a tool runtime's context (a dataclass, a dict, or absent)."""
    context = getattr(runtime, "context", None)
    if context is None:
        return None
    if isinstance(context, dict):
        value = context.get("credential_id")
    else:
        value = getattr(context, "credential_id", None)
    return str(value) if value else None


def validation_message(error: Any) -> str:
    """A pydantic error on tool input, as the one-line fix a model can apply."""
    return str(invalid_input(error)) if isinstance(error, ValidationError) else f"Invalid arguments: {error}"


def tool_input_model(args: type[Args], description: str) -> type[Args]:
    """A tool's input model: its arguments plus the hidden, injected LangGraph ``runtime``."""
    model = create_model(
        f"{args.__name__.removesuffix('Args')}Input",
        __base__=args,
        __doc__=description,
        runtime=(ToolRuntime[IntercomContext, Any], Field(default=None, exclude=True)),
    )
    return cast(type[Args], model)


class IntercomTool(BaseTool):
    """One registry tool as a LangChain tool (sync and async): the 11 Intercom tools and the composite flows.

    Expected failures (an :class:`~intercom_agent.errors.IntercomError`: Intercom's errors, invalid
    arguments, a missing connection) become error tool messages the model can act on. Anything else is
    a bug in this toolkit: it is not dressed up as a message, it propagates.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    spec: Any = Field(exclude=True)  # a ToolSpec
    provider: Any = Field(exclude=True)  # a ClientProvider
    guardrails: Any = Field(default=NO_GUARDRAILS, exclude=True)  # redaction, audit, record limit
    connect: Any = Field(default=None, exclude=True)  # ConnectLinks: reconnect from inside the conversation
    response_format: Literal["content", "content_and_artifact"] = "content_and_artifact"
    handle_tool_error: bool | str | Callable[[ToolException], str] | None = True
    handle_validation_error: bool | str | Callable[[Any], str] | None = validation_message

    def __init__(
        self,
        spec: ToolSpec | str,
        provider: ClientProvider | None = None,
        *,
        redact: str | RedactionPolicy | None = None,
        **kwargs: Any,
    ) -> None:
        spec = TOOLS.get(spec) if isinstance(spec, str) else spec
        if redact is not None:
            kwargs["guardrails"] = kwargs.get("guardrails", NO_GUARDRAILS).with_redaction(redact)
        super().__init__(
            name=spec.name,
            description=spec.description,
            args_schema=tool_input_model(spec.args, spec.description),
            spec=spec,
            provider=provider if provider is not None else StaticClients(),
            metadata={"read_only": spec.hints.read_only, "permission": spec.needs, "title": spec.title},
            **kwargs,
        )

    def _session(self, runtime: Any) -> Session:
        # Progress (a composite tool's flow) goes to the agent run's custom stream, through the guardrails.
        return Session(self.provider, credential_id_of(runtime), stream_progress(), self.guardrails)

    def _connect_prompt(self, session: Session, error: IntercomError) -> dict[str, str] | None:
        """The interrupt that asks the person to (re)connect, when this can be done in the conversation."""
        return connect_prompt(self.connect, session.credential_id, error)

    # The annotation is what makes LangChain inject the runtime (and hide it from the model).
    def _run(
        self,
        runtime: ToolRuntime[IntercomContext, Any] = None,  # type: ignore[assignment]
        **kwargs: Any,
    ) -> tuple[str, dict[str, Any]]:
        session = self._session(runtime)
        while True:
            try:
                outcome = execute_sync(self.spec, self.spec.parse(kwargs), session)
            except IntercomError as exc:
                prompt = self._connect_prompt(session, exc)
                if prompt is None:
                    raise ToolException(str(exc)) from exc
                interrupt(prompt)  # the run pauses; resumed, the call is tried again (and may ask again)
                continue
            return outcome.text, outcome.artifact

    async def _arun(
        self,
        runtime: ToolRuntime[IntercomContext, Any] = None,  # type: ignore[assignment]
        **kwargs: Any,
    ) -> tuple[str, dict[str, Any]]:
        session = self._session(runtime)
        while True:
            try:
                outcome = await execute(self.spec, self.spec.parse(kwargs), session)
            except IntercomError as exc:
                prompt = await asyncio.to_thread(self._connect_prompt, session, exc)
                if prompt is None:
                    raise ToolException(str(exc)) from exc
                interrupt(prompt)  # the run pauses; resumed, the call is tried again (and may ask again)
                continue
            return outcome.text, outcome.artifact


class IntercomToolkit(BaseToolkit):
    """The 11 Intercom read tools (or another registry's: ``registry=graphs.catalog.CATALOG`` adds the
    composite flows).

    Build it from a client (single user), a credential resolver (many tenants), or the environment.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    provider: Any = Field(default=None, exclude=True)  # a ClientProvider
    registry: Any = Field(default=TOOLS, exclude=True)  # a Registry
    guardrails: Any = Field(default=NO_GUARDRAILS, exclude=True)  # a Guardrails
    redact: Any = Field(default=None, exclude=True)  # "pii" | "off" | a RedactionPolicy: sets guardrails' redaction
    connect: Any = Field(default=None, exclude=True)  # ConnectLinks: reconnect from inside the conversation

    def model_post_init(self, context: Any) -> None:
        if self.provider is None:
            self.provider = StaticClients()
        if self.redact is not None:
            self.guardrails = self.guardrails.with_redaction(self.redact)

    @classmethod
    def from_env(cls, **kwargs: Any) -> IntercomToolkit:
        """The toolkit for INTERCOM_* settings (the embedded sandbox when no token is set), held to the
        guardrails the environment asks for (INTERCOM_AGENT_REDACT, the audit trail, the record limit)."""
        kwargs.setdefault("guardrails", Guardrails.from_env(front_end="langchain"))
        return cls(provider=StaticClients(IntercomClient.from_env()), **kwargs)

    @classmethod
    def from_client(cls, client: IntercomClient | AsyncIntercomClient, **kwargs: Any) -> IntercomToolkit:
        if isinstance(client, AsyncIntercomClient):
            return cls(provider=StaticClients(async_client=client), **kwargs)
        return cls(provider=StaticClients(client), **kwargs)

    @classmethod
    def from_resolver(cls, resolver: Callable[[str], Connection | None], **kwargs: Any) -> IntercomToolkit:
        """Multi-tenant: each call's credential id (runtime context) is resolved to its connection."""
        options = {k: kwargs.pop(k) for k in ("transport", "retry", "default_credential_id") if k in kwargs}
        return cls(provider=ResolvedClients(resolver, **options), **kwargs)

    def describe(self) -> str:
        return str(self.provider.describe())

    def get_tools(self, names: Sequence[str] | None = None) -> list[BaseTool]:
        """The tools, in registry order; ``names`` selects a subset (unknown names are an error)."""
        wanted: Iterable[str] = names if names is not None else self.registry.names
        return [
            IntercomTool(self.registry.get(name), self.provider, guardrails=self.guardrails, connect=self.connect)
            for name in wanted
        ]


__all__ = ["IntercomContext", "IntercomTool", "IntercomToolkit", "credential_id_of"]
