"""The ``intercom-agent`` command line: demo, chat, eval, tools, call, sandbox, mcp, connect, disconnect,
credentials, audit.

Errors follow the one policy in :mod:`intercom_agent.cli.policy` (one line on stderr, exit 0/1/2);
``--debug`` anywhere shows tracebacks. The environment is read here (and in ``from_env``), never at
import time. The library never imports this package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from intercom_agent.cli import chat, commands, connecting, evaluating, serving
from intercom_agent.cli.policy import EPILOG, EXIT_INTERRUPTED, OneLineParser, fail, split_debug


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="intercom-agent", description="Read an Intercom workspace from AI agents.", epilog=EPILOG
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks (accepted anywhere)")
    sub = parser.add_subparsers(dest="command", required=True)

    def credential(p: argparse.ArgumentParser) -> None:
        p.add_argument("--credential-id", default=None, help="a stored connection (see: intercom-agent credentials)")

    commands.add_commands(sub, credential)
    chat.add_commands(sub, credential)
    serving.add_commands(sub, credential)
    connecting.add_commands(sub)
    evaluating.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, registry: Any = None) -> int:
    """Run one command; every failure goes through :func:`intercom_agent.cli.policy.fail`.

    ``registry`` (a :class:`~intercom_agent.registry.Registry`) replaces the catalog the commands offer.
    """
    arguments, debug = split_debug(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(arguments)
    args.debug = debug
    args.registry = registry
    try:
        code: int = args.func(args)
        return code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 (the policy decides; --debug re-raises)
        return fail(exc, debug)
    finally:
        from intercom_agent.guardrails.audit import flush_all

        flush_all()  # the command's calls are in the audit trail before it returns


__all__ = ["build_parser", "main"]
