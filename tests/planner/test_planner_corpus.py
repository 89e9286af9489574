"""The offline planner against corpora written before it (tests/corpus): how users ask, not how the
code was written. Single questions must reach the right tool with the right arguments at least 95%
of the time; every multi-turn dialogue must go right, turn by turn, against the sandbox."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from graphs.agent import agent_tools
from graphs.planner import plan
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.sandbox import Sandbox
from tests.helpers.sandboxes import FIXED_NOW

CORPUS = Path(__file__).parents[1] / "corpus"
QUESTIONS = [json.loads(line) for line in (CORPUS / "planner_questions.jsonl").read_text().splitlines() if line]
DIALOGUES = json.loads((CORPUS / "planner_dialogues.json").read_text())


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, str) and isinstance(got, str):
        return expected.strip().casefold() == got.strip().casefold()
    return bool(expected == got)


def _matches(case: dict[str, Any], decision: Any) -> bool:
    if case["tool"] == "ask":
        return isinstance(decision, str)
    if isinstance(decision, str):
        return False
    name, args = decision
    return name == case["tool"] and all(_same(v, args.get(k)) for k, v in case["args"].items())


def test_questions_reach_the_right_tool_and_arguments() -> None:
    misses = [(c["q"], c["tool"], c["args"], plan(c["q"], now=FIXED_NOW)) for c in QUESTIONS]
    misses = [m for m in misses if not _matches({"tool": m[1], "args": m[2]}, m[3])]
    rate = 1 - len(misses) / len(QUESTIONS)
    assert len(QUESTIONS) >= 200
    assert rate >= 0.95, f"{rate:.1%} right; misses:\n" + "\n".join(map(repr, misses))


def _resolve(value: Any, history: list[Any]) -> Any:
    """'@item[1].external_id', '@cursor', '@candidate[0].id': read from the last list in ``history``."""
    if not isinstance(value, str) or not value.startswith("@"):
        return value
    for artifact in reversed(history):
        page = artifact.get("page") if isinstance(artifact, dict) else None
        if value == "@cursor" and isinstance(page, dict):
            return page.get("next_cursor")
        m = re.fullmatch(r"@(item|candidate)\[(-?\d+)\]\.(\w+)", value)
        if m:
            items = (
                artifact.get("candidates")
                if m.group(1) == "candidate"
                else (page or {}).get("items") or artifact.get("contacts")
            )
            if items:
                return items[int(m.group(2))][m.group(3)]
    raise AssertionError(f"nothing to resolve {value}")


@pytest.fixture(scope="module")
def tools() -> dict[str, Any]:
    return {t.name: t for t in agent_tools(StaticClients(IntercomClient.sandbox(Sandbox())))}


@pytest.mark.parametrize("dialogue", DIALOGUES, ids=[d["name"] for d in DIALOGUES])
def test_dialogues_go_right_turn_by_turn(dialogue: dict[str, Any], tools: dict[str, Any]) -> None:
    messages: list[Any] = []
    artifacts: list[Any] = []
    for n, turn in enumerate(dialogue["turns"]):
        decision = plan(turn["q"], messages, now=FIXED_NOW)
        expected = {"tool": turn["tool"], "args": {k: _resolve(v, artifacts) for k, v in turn["args"].items()}}
        assert _matches(expected, decision), (n, turn["q"], expected, decision)
        messages.append(HumanMessage(turn["q"]))
        if isinstance(decision, str):
            messages.append(AIMessage(decision))
            continue
        name, args = decision
        call_id = f"call_{n}"
        messages.append(AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}]))
        result = tools[name].invoke({"name": name, "args": args, "id": call_id, "type": "tool_call"})
        assert isinstance(result, ToolMessage)
        messages.append(result)
        artifacts.append(result.artifact)
        messages.append(AIMessage(str(result.content)))


def test_what_is_not_understood_gets_no_guess_and_suggestions_that_run_as_written() -> None:
    for question in ("what's the weather?", "tell me a joke", "asdf qwerty", "how do I bake bread"):
        answer = plan(question, now=FIXED_NOW)
        assert isinstance(answer, str), (question, answer)
        suggested = re.findall(r'^- "(.+)"$', answer, re.M)
        assert suggested, answer
        for suggestion in suggested:
            assert not isinstance(plan(suggestion, now=FIXED_NOW), str), suggestion


def test_every_example_in_the_help_runs_as_written() -> None:
    from graphs.planner import HELP

    examples = [e for line in HELP.splitlines() if line.startswith("- ") for e in re.findall(r'"([^"]+)"', line)]
    assert len(examples) >= 12
    for example in examples:
        assert not isinstance(plan(example, now=FIXED_NOW), str), example
