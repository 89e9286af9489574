"""Playing the corpus: the offline planner or any LangChain chat model decides each request, against the
embedded sandbox (its US demo workspace, at a fixed instant, so dates and data never move).

A request is one decision: the first tool call the player makes, or its text when it makes none. A
dialogue is played turn by turn: a tool call is run for real and its result joins the conversation, so a
later "the second one" or "next page" reads what the earlier turn showed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from graphs.evaluation.cases import Case, Corpus, Dialogue, resolve, same

NOW = 1_795_000_000  # 2026-11-18T08:53:20Z: the instant the corpus's dates are written against
Decision = tuple[str, dict[str, Any]] | str  # a tool call, or text


@dataclass
class Verdict:
    """How one case went: the decision, whether it passed, and why not."""

    case: Case
    decision: Decision
    passed: bool
    expected: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # references resolved

    def as_json(self) -> dict[str, Any]:
        got: Any = (
            {"tool": self.decision[0], "args": self.decision[1]}
            if isinstance(self.decision, tuple)
            else {"text": self.decision[:300]}
        )
        return {
            "id": self.case.id,
            "q": self.case.q,
            "expect": self.case.expect,
            "expected": [{"tool": t, "args": a} for t, a in self.expected],
            "got": got,
            "passed": self.passed,
        }


def judge(case: Case, decision: Decision, artifacts: Sequence[Any] = ()) -> Verdict:
    """Score one decision: a call against its alternatives; a question for ``ask``; no tool for ``refuse``."""
    if case.expect == "refuse":
        return Verdict(case, decision, isinstance(decision, str))
    if case.expect == "ask":
        return Verdict(case, decision, isinstance(decision, str) and "?" in decision)
    expected = []
    for tool, checks in case.calls:
        try:
            expected.append((tool, {k: resolve(v, list(artifacts)) for k, v in checks.items()}))
        except (ValueError, LookupError, TypeError):
            continue  # an alternative that refers to nothing shown: it cannot be the answer
    passed = isinstance(decision, tuple) and any(
        decision[0] == tool and all(same(v, *_argument(tool, decision[1], k)) for k, v in checks.items())
        for tool, checks in expected
    )
    return Verdict(case, decision, passed, expected)


PERSON_KEYS = ("user_id", "intercom_user_id", "email")  # a contact's data events, by any one of them


def _argument(tool: str, args: dict[str, Any], key: str) -> tuple[Any, str]:
    """The call's value for a checked argument, and how to compare it. A contact's events asked for by
    another of her identifiers (her external id, Intercom id or email) are the same events: compared as
    the same one contact."""
    if tool == "intercom_list_events" and key in PERSON_KEYS and key not in args:
        given = next((args[k] for k in PERSON_KEYS if k in args), None)
        return given, "contact"
    return args.get(key), key


class Player:
    """Decides one request, given the conversation so far."""

    name = "player"

    def decide(self, text: str, history: list[BaseMessage]) -> Decision:
        raise NotImplementedError


class PlannerPlayer(Player):
    """The offline planner, given the workspace's names (its gazetteer), as the agent runs it: a full name
    the names do not hold yet is looked up (``lookup``: the name -> the contacts it means) and the turn
    planned again. What was looked up is forgotten when a new conversation starts, so no case's verdict
    depends on the cases played before it."""

    def __init__(self, names: Any = None, now: float = NOW, lookup: Callable[[str], list[Any]] | None = None) -> None:
        self.name = "offline planner"
        self.names = self.workspace = names
        self.now = now
        self.lookup = lookup

    def decide(self, text: str, history: list[BaseMessage]) -> Decision:
        from graphs.planner.checked import checked
        from graphs.planner.model import planned, to_look_up

        if not history:
            self.names = self.workspace
        decision, request = planned(text, history, self.now, self.names)
        if self.lookup is not None and self.names is not None and (person := to_look_up(request, self.names)):
            self.names = self.names.with_people(person, self.lookup(person))
            decision = planned(text, history, self.now, self.names)[0]
        return checked(decision)  # as the offline planner's chat model answers


class ModelPlayer(Player):
    """Any LangChain chat model, with the agent's system prompt and every tool bound."""

    def __init__(self, model: BaseChatModel, tools: Sequence[Any], name: str) -> None:
        from graphs.agent import SYSTEM_PROMPT

        self.name = name
        self.model = model.bind_tools(list(tools))
        self.prompt = SYSTEM_PROMPT + f" Today is {_today()}."

    def decide(self, text: str, history: list[BaseMessage]) -> Decision:
        reply = self.model.invoke([SystemMessage(self.prompt), *history, HumanMessage(text)])
        if isinstance(reply, AIMessage) and reply.tool_calls:
            call = reply.tool_calls[0]
            return call["name"], dict(call["args"])
        return str(reply.content) if isinstance(reply.content, str) else json.dumps(reply.content)


def _today() -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(NOW, UTC).strftime("%A %Y-%m-%d")


def play_request(player: Player, case: Case) -> Verdict:
    return judge(case, player.decide(case.q, []))


def play_dialogue(player: Player, dialogue: Dialogue, tools: dict[str, Any]) -> list[Verdict]:
    """Every turn, in order, each tool call run for real so that later turns can refer to its result."""
    history: list[BaseMessage] = []
    artifacts: list[Any] = []
    verdicts = []
    for case in dialogue.turns:
        decision = player.decide(case.q, history)
        verdicts.append(judge(case, decision, artifacts))
        history.append(HumanMessage(case.q))
        if isinstance(decision, str):
            history.append(AIMessage(decision))
            continue
        name, args = decision
        call_id = f"call_{uuid.uuid4().hex[:8]}"
        history.append(AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}]))
        if name not in tools:
            history.append(ToolMessage(f"Unknown tool {name}", tool_call_id=call_id, name=name, status="error"))
            continue
        result = tools[name].invoke({"name": name, "args": args, "id": call_id, "type": "tool_call"})
        history.append(result)
        artifacts.append(getattr(result, "artifact", None))
        history.append(AIMessage(str(result.content)))
    return verdicts


@dataclass
class Run:
    """One pass over the corpus."""

    requests: list[Verdict]
    dialogues: list[tuple[Dialogue, list[Verdict]]]


def play(corpus: Corpus, player: Player, tools: dict[str, Any], progress: Callable[[], None] | None = None) -> Run:
    requests = []
    for case in corpus.requests:
        requests.append(play_request(player, case))
        if progress:
            progress()
    dialogues = []
    for dialogue in corpus.dialogues:
        dialogues.append((dialogue, play_dialogue(player, dialogue, tools)))
        if progress:
            progress()
    return Run(requests, dialogues)


__all__ = ["NOW", "ModelPlayer", "PlannerPlayer", "Player", "Run", "Verdict", "judge", "play"]
