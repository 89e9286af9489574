"""The LLM double: a chat model that plays a script of tool calls (see research/langchain.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult


class ScriptedToolModel(FakeMessagesListChatModel):
    """Answers with the scripted messages in turn; ``bind_tools`` is accepted and ignored.

    A script item may be a callable taking the conversation so far, so a step can use ids that
    earlier tool results revealed (as a real model would).
    """

    script: list[Any]

    def __init__(self, script: Sequence[AIMessage | Callable[[list[BaseMessage]], AIMessage]], **kw: Any) -> None:
        super().__init__(responses=[], script=list(script), **kw)

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedToolModel:  # type: ignore[override]
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        turn = sum(1 for m in messages if isinstance(m, AIMessage))
        item = self.script[min(turn, len(self.script) - 1)]
        message = item(messages) if callable(item) else item
        return ChatResult(generations=[ChatGeneration(message=message)])


def tool_call(name: str, args: dict[str, Any], call_id: str = "call_1") -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
