"""``intercom-agent eval``: score the offline planner, or any LangChain chat model, on the shipped corpus.

Runs against the embedded sandbox (never Intercom), so it works offline with the planner; a model needs
its provider's package and key. ``--min-score`` makes it a gate (exit 1 below it), as CI uses it.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from intercom_agent.cli.environment import console_for
from intercom_agent.cli.policy import EXIT_OK, CommandError
from intercom_agent.errors import InvalidInputError


def cmd_eval(args: argparse.Namespace) -> int:
    from graphs.evaluation import evaluate
    from graphs.evaluation.scoring import failures, table

    if args.k < 1:
        raise InvalidInputError("--k", "must be at least 1.", fix="Example: --k 3")
    if args.min_score is not None and not 0 <= args.min_score <= 1:
        raise InvalidInputError("--min-score", "must be between 0 and 1.", fix="Example: --min-score 0.95")
    console = None if args.json else console_for()
    try:
        result = evaluate(args.model, k=args.k, corpus=args.corpus)
    except FileNotFoundError as exc:
        raise InvalidInputError("--corpus", f"{exc}.", fix="Give a directory of *.jsonl and *.json cases") from None
    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        assert console is not None
        for drawn in table(result):
            console.print(drawn)
        missed = failures(result, args.failures)
        if missed:
            console.print(f"[bold]failed[/bold] (first {len(missed)}):")
            for line in missed:
                console.print(f"  {line}", markup=False)
    score = result["score"] or 0.0
    if args.min_score is not None and score < args.min_score:
        raise CommandError(f"score {score:.4f} is below --min-score {args.min_score}")
    return EXIT_OK


def add_commands(sub: Any) -> None:
    ev = sub.add_parser("eval", help="score the offline planner or a chat model on the shipped corpus")
    ev.add_argument("--model", default=None, help="provider:model (default: the offline planner)")
    ev.add_argument("--k", type=int, default=1, help="runs per case; a case passes only if it passes in all (pass^k)")
    ev.add_argument("--json", action="store_true", help="the full report, every case's verdict included")
    ev.add_argument("--corpus", default=None, help="a directory of cases in the same format (default: shipped)")
    ev.add_argument("--failures", type=int, default=20, help="how many failed cases to list")
    ev.add_argument("--min-score", type=float, default=None, help="exit 1 when the score is below this (0-1)")
    ev.set_defaults(func=cmd_eval)
