"""The shipped evaluation: score the offline planner, or any LangChain chat model, on how people ask.

``intercom-agent eval [--model provider:model] [--k N] [--json] [--corpus DIR]`` plays the corpus shipped
in ``graphs/evaluation/corpus`` (or another in the same format) against the embedded sandbox and
reports the score, per-tool precision and recall, argument accuracy, ask and refuse accuracy, and every
case's verdict (:mod:`graphs.evaluation.scoring`)::

    from graphs.evaluation import evaluate
    result = evaluate()                          # the offline planner
    result = evaluate("openai:gpt-4o-mini", k=3) # a model, pass^3
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from graphs.evaluation.cases import CORPUS, Corpus, load
from graphs.evaluation.runner import NOW, ModelPlayer, PlannerPlayer, Player, play
from graphs.evaluation.scoring import report


def sandbox_tools() -> tuple[dict[str, Any], Any]:
    """The agent's tools over a fresh embedded sandbox pinned to the corpus's instant, and their provider."""
    from graphs.agent import agent_tools
    from intercom_agent.client import IntercomClient
    from intercom_agent.connections import StaticClients
    from intercom_agent.sandbox import Sandbox

    provider = StaticClients(IntercomClient.sandbox(Sandbox(now=NOW, clock=lambda: float(NOW))))
    return {t.name: t for t in agent_tools(provider)}, provider


def player_for(model: str | None, tools: dict[str, Any], provider: Any) -> Player:
    """The offline planner (with the workspace's names), or the named LangChain chat model."""
    if model is None or model == "offline":
        from graphs.planner.gazetteer import Gazetteer, look_up

        client = provider.sync_client(None)
        return PlannerPlayer(Gazetteer().names(provider, None), lookup=lambda name: look_up(client, name))
    from graphs.agent import resolve_model

    return ModelPlayer(resolve_model(model), list(tools.values()), model)


def evaluate(
    model: str | None = None,
    *,
    k: int = 1,
    corpus: Corpus | Path | str | None = None,
    progress: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Play the corpus ``k`` times with the offline planner (``model=None``) or a model; the report."""
    if k < 1:
        raise ValueError("k must be at least 1")
    cases = corpus if isinstance(corpus, Corpus) else load(corpus or CORPUS)
    tools, provider = sandbox_tools()
    player = player_for(model, tools, provider)
    runs = [play(cases, player, tools, progress) for _ in range(k)]
    return report(runs, player.name)


__all__ = ["CORPUS", "evaluate", "load", "player_for", "sandbox_tools"]
