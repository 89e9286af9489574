"""What every CLI command reads from its environment: the console, and the connection it uses."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # rich loads when a command prints, not for --help
    from rich.console import Console


def console_for() -> Console:
    """The terminal's width on a TTY; in a pipe a wide page, so nothing is folded for lack of room."""
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, soft_wrap=False, width=200)
    return console


def provider_for(args: argparse.Namespace, *, connected: bool = True) -> Any:
    """The client provider for a command: a stored credential when --credential-id is given, else the env.

    ``connected``: an unknown or disconnected credential id is refused here, before any work (the chat
    passes False when it can connect the credential itself).
    """
    from intercom_agent.connections import StaticClients

    if getattr(args, "credential_id", None):
        from intercom_agent.auth import store_provider

        provider = store_provider(args.credential_id)
        if connected:
            provider.sync_client(args.credential_id)
        return provider
    return StaticClients()


def guardrails_for(args: argparse.Namespace, front_end: str = "cli") -> Any:
    """The guardrails a command runs under: the environment's, with ``--redact`` overriding
    INTERCOM_AGENT_REDACT (audit trail and record limit as configured)."""
    from intercom_agent.guardrails import Guardrails

    return Guardrails.from_env(redact=getattr(args, "redact", None), front_end=front_end)


def add_redact(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--redact",
        choices=["off", "pii"],
        default=None,
        help="mask personal data in every output (default: $INTERCOM_AGENT_REDACT, else off)",
    )
