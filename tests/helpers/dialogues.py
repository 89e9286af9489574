"""Dialogues played against the sandbox the way the evaluation plays them, for the planner's tests."""

from __future__ import annotations

from functools import cache
from typing import Any

from graphs.evaluation import player_for, sandbox_tools
from graphs.evaluation.cases import Case, Dialogue
from graphs.evaluation.runner import Verdict, play_dialogue


def turn(q: str, tool: str | None = None, **args: Any) -> dict[str, Any]:
    """One turn as a corpus writes it: a call with the arguments to check, or "ask" / "refuse" (``tool``);
    no tool at all is "refuse" when no arguments are given."""
    if tool in ("ask", "refuse") or tool is None:
        return {"q": q, "expect": tool or "refuse"}
    return {"q": q, "expect": "call", "tool": tool, "args": args}


@cache
def _played_with() -> tuple[dict[str, Any], Any]:
    """One sandbox, its tools and the planner for every dialogue of a test run, as ``intercom-agent eval``
    plays the whole corpus on one: a dialogue's state lives in its own history, and the sandbox only reads
    (its clock is pinned), so sharing them changes no verdict and saves building the demo data per test."""
    tools, provider = sandbox_tools()
    return tools, player_for(None, tools, provider)


def verdicts(name: str, turns: list[dict[str, Any]]) -> list[Verdict]:
    """Every turn of a dialogue played with the offline planner against the sandbox, judged."""
    tools, player = _played_with()
    cases = tuple(Case.read(t, f"{name}#{n}") for n, t in enumerate(turns, 1))
    return play_dialogue(player, Dialogue(name, cases), tools)


def failed_turns(name: str, turns: list[dict[str, Any]]) -> list[tuple[str, object]]:
    """The turns of a dialogue the offline planner gets wrong: (what was said, what it decided)."""
    return [(v.case.q, v.decision) for v in verdicts(name, turns) if not v.passed]
