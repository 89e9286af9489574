"""What the runs add up to: the score, per-tool precision and recall, argument accuracy, ask and refuse
accuracy, pass^k, and a JSON report with every case's verdict.

``score`` is the share of cases passed: every request is a case, every dialogue one more (it passes
when all its turns do). With ``k`` runs (a model that is not deterministic), a case passes only when it
passes in every run (pass^k).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graphs.evaluation.runner import Run, Verdict


def _ratio(good: int, total: int) -> float | None:
    return round(good / total, 4) if total else None


def tool_metrics(verdicts: list[Verdict]) -> dict[str, dict[str, Any]]:
    """Per tool: precision (of the calls made to it, how many were right to call it) and recall (of the
    requests that wanted it, how many called it)."""
    made: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    wanted: dict[str, int] = defaultdict(int)
    found: dict[str, int] = defaultdict(int)
    for v in verdicts:
        called = v.decision[0] if isinstance(v.decision, tuple) else None
        acceptable = set(v.case.tools)
        if called is not None:
            made[called] += 1
            right[called] += called in acceptable
        if v.case.expect == "call":
            first = v.case.tools[0]
            wanted[first] += 1
            found[first] += called in acceptable
    names = sorted(set(made) | set(wanted))
    return {
        name: {
            "precision": _ratio(right[name], made[name]),
            "recall": _ratio(found[name], wanted[name]),
            "calls": made[name],
            "wanted": wanted[name],
        }
        for name in names
    }


def report(runs: list[Run], player: str) -> dict[str, Any]:
    """The report over ``k = len(runs)`` runs of the same corpus."""
    first = runs[0]
    turns = [v for run in runs for v in run.requests + [t for _, ts in run.dialogues for t in ts]]
    request_ok = [all(run.requests[i].passed for run in runs) for i in range(len(first.requests))]
    dialogue_ok = [all(all(t.passed for t in run.dialogues[i][1]) for run in runs) for i in range(len(first.dialogues))]
    calls = [v for v in turns if v.case.expect == "call"]
    right_tool = [v for v in calls if isinstance(v.decision, tuple) and v.decision[0] in v.case.tools]
    asks = [v for v in turns if v.case.expect == "ask"]
    refusals = [v for v in turns if v.case.expect == "refuse"]
    cases = [{**v.as_json(), "kind": "request", "passed": ok} for v, ok in zip(first.requests, request_ok, strict=True)]
    for (dialogue, verdicts), ok in zip(first.dialogues, dialogue_ok, strict=True):
        cases.append({"id": dialogue.name, "kind": "dialogue", "passed": ok, "turns": [v.as_json() for v in verdicts]})
    passed = sum(request_ok) + sum(dialogue_ok)
    return {
        "player": player,
        "k": len(runs),
        "score": _ratio(passed, len(request_ok) + len(dialogue_ok)),
        "requests": {"passed": sum(request_ok), "total": len(request_ok)},
        "dialogues": {"passed": sum(dialogue_ok), "total": len(dialogue_ok)},
        "tool_accuracy": _ratio(len(right_tool), len(calls)),
        "argument_accuracy": _ratio(sum(v.passed for v in right_tool), len(right_tool)),
        "ask_accuracy": _ratio(sum(v.passed for v in asks), len(asks)),
        "refuse_accuracy": _ratio(sum(v.passed for v in refusals), len(refusals)),
        "per_tool": tool_metrics(turns),
        "cases": cases,
    }


def table(result: dict[str, Any]) -> Any:
    """The report as terminal tables (rich)."""
    from rich.table import Table

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.1%}"

    summary = Table(title=f"{result['player']}: score {pct(result['score'])} (pass^{result['k']})")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    summary.add_row("requests", f"{result['requests']['passed']}/{result['requests']['total']}")
    summary.add_row("dialogues", f"{result['dialogues']['passed']}/{result['dialogues']['total']}")
    for key in ("tool_accuracy", "argument_accuracy", "ask_accuracy", "refuse_accuracy"):
        summary.add_row(key.replace("_", " "), pct(result[key]))
    tools = Table(title="per tool")
    for column in ("tool", "precision", "recall", "calls", "wanted"):
        tools.add_column(column, justify="left" if column == "tool" else "right")
    for name, m in result["per_tool"].items():
        tools.add_row(name, pct(m["precision"]), pct(m["recall"]), str(m["calls"]), str(m["wanted"]))
    return summary, tools


def failures(result: dict[str, Any], limit: int = 20) -> list[str]:
    """One line per failed case (the first ``limit``)."""
    lines = []
    for case in result["cases"]:
        if case["passed"]:
            continue
        if case["kind"] == "dialogue":
            bad = next((t for t in case["turns"] if not t["passed"]), None)
            detail = f"turn {bad['q']!r}: got {bad['got']}" if bad else "failed in another run"
            lines.append(f"dialogue {case['id']}: {detail}")
        else:
            lines.append(f"{case['id']} {case['q']!r}: got {case['got']}")
    return lines[:limit]


__all__ = ["failures", "report", "table", "tool_metrics"]
