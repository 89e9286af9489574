"""``intercom-agent chat``: ask questions in a chat, one-shot or interactive, offline or with any model."""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
from typing import TYPE_CHECKING, Any

from intercom_agent.cli.environment import add_redact, console_for, guardrails_for, provider_for
from intercom_agent.cli.policy import EXIT_FAILED, EXIT_OK, classify, for_cli, usage

if TYPE_CHECKING:  # rich loads when the chat prints, not for --help
    from rich.console import Console


async def _ask(agent: Any, question: str, thread: str, args: argparse.Namespace, console: Console) -> bool:
    """Ask one question and print the answer once; False when a tool failed and nothing else answered.

    When Intercom is not connected for ``--credential-id`` and the chat can connect it (``args.links``),
    the run pauses: the link is printed (and opened), the chat waits for the person to come back, and the
    same question is answered.
    """
    from langchain_core.messages import HumanMessage
    from langgraph.types import Command

    config: Any = {"configurable": {"thread_id": thread}}
    answered = await _stream(agent, {"messages": [HumanMessage(question)]}, config, args.credential_id, console)
    links = getattr(args, "links", None)
    for _ in range(3):
        paused = [i.value for task in (await agent.aget_state(config)).tasks for i in task.interrupts]
        asked = next((p for p in paused if isinstance(p, dict) and p.get("type") == "connect_intercom"), None)
        if asked is None or links is None:
            break
        console.print(f"[yellow]{asked['message']}[/yellow]\n  {asked['url']}", soft_wrap=True)
        if not args.no_browser:
            import webbrowser

            webbrowser.open(asked["url"])
        credential = await asyncio.to_thread(links.finish, args.connect_timeout)
        console.print(f"[green]Intercom is connected ({credential.workspace_name}).[/green]")
        answered = await _stream(agent, Command(resume={}), config, args.credential_id, console)
    return answered


async def _stream(agent: Any, given: Any, config: Any, credential_id: str | None, console: Console) -> bool:
    from langchain_core.messages import AIMessage, ToolMessage

    from graphs.catalog import CATALOG
    from intercom_agent.cli.tables import FlowProgress, table_for
    from intercom_agent.connections import IntercomContext

    final, shown, errors = "", False, []
    with FlowProgress(console) as progress:
        async for namespace, mode, chunk in agent.astream(
            given,
            config=config,
            context=IntercomContext(credential_id),
            stream_mode=["updates", "custom"],
            subgraphs=True,
        ):
            if mode == "custom":
                progress.update(chunk)
                continue
            if namespace:
                continue
            for key, update in chunk.items():
                if key.startswith("__"):  # an interrupt: handled once the stream ends
                    continue
                for message in (update or {}).get("messages", []):
                    if isinstance(message, AIMessage) and message.tool_calls:
                        for call in message.tool_calls:
                            args = ", ".join(f"{k}={v!r}" for k, v in call["args"].items())
                            console.print(f"[cyan]→ {call['name']}({args})[/cyan]", soft_wrap=True)
                    elif isinstance(message, ToolMessage):
                        spec = CATALOG.get(message.name) if message.name and message.name in CATALOG else None
                        table = table_for(spec, message.artifact, console.width) if spec else None
                        if message.status == "error":
                            errors.append(str(message.content))
                            console.print(f"[red]✗ {for_cli(str(message.content))}[/red]", soft_wrap=True)
                        elif table is not None:
                            console.print(table)
                            shown = True
                    elif isinstance(message, AIMessage):
                        final = str(message.content)
    # The answer is printed once: not again when it only repeats a table or an error shown above.
    if final and not shown and not any(final.strip() == e.strip() for e in errors):
        console.print(final, soft_wrap=True)
    return not errors or shown or bool(final and final.strip() not in {e.strip() for e in errors})


def _check_memory(path: str) -> None:
    """--memory must be a SQLite file in an existing directory (created if absent)."""
    import sqlite3
    from pathlib import Path

    target = Path(path).expanduser()
    if target.is_dir():
        raise usage(f"--memory {path} is a directory. Give a file path, e.g. --memory ~/.intercom-agent/chat.sqlite.")
    if not target.parent.is_dir():
        raise usage(f"--memory {path}: the directory {target.parent} does not exist. Create it or pick another path.")
    if target.exists():
        try:
            with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as db:
                db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError:
            raise usage(f"--memory {path} is not a SQLite database. Pick a new file name.") from None


def cmd_chat(args: argparse.Namespace) -> int:
    from graphs.agent import async_checkpointer, build_agent_graph, resolve_model

    postgres_memory = bool(args.memory and args.memory.startswith(("postgres://", "postgresql://")))
    if args.memory and not postgres_memory:
        _check_memory(args.memory)
    args.model = args.model or os.environ.get("INTERCOM_AGENT_MODEL") or None
    model = resolve_model(args.model)  # a model that cannot be loaded is a usage error, before anything runs
    console = console_for()
    args.links = _links(args)  # when set, a credential that is not connected is connected from the chat
    provider = provider_for(args, connected=args.links is None)
    console.print(f"[dim]{provider.describe()} Model: {args.model or 'offline planner'}.[/dim]")
    # With --memory, one conversation continues across runs unless --thread names another.
    thread = args.thread or ("default" if args.memory else secrets.token_hex(4))

    # One event loop for the whole chat, driven from the main thread: input() runs here too, so
    # Ctrl-C at the prompt interrupts at once (KeyboardInterrupt, exit 130).
    with asyncio.Runner() as runner:
        saver_context = async_checkpointer(args.memory) if args.memory else None
        saver = runner.run(saver_context.__aenter__()) if saver_context else None
        try:
            agent = build_agent_graph(
                model,
                provider=provider,
                checkpointer=saver if saver is not None else True,
                guardrails=guardrails_for(args),
                connect=args.links,
            )
            if args.question:
                answered = runner.run(_ask(agent, " ".join(args.question), thread, args, console))
                return EXIT_OK if answered else EXIT_FAILED
            try:
                import readline  # noqa: F401  (line editing and history for input())
            except ImportError:
                pass
            console.print(
                "Ask about your Intercom workspace (Ctrl-D or Ctrl-C to quit). Try: List contacts at Acme Corp "
                "and show their recent events"
            )
            while True:
                try:
                    question = input("you> ")
                except EOFError:
                    console.print()
                    return EXIT_OK
                if not question.strip():
                    continue
                try:
                    runner.run(_ask(agent, question.strip(), thread, args, console))
                except Exception as exc:  # noqa: BLE001 (a failed turn is reported; the chat goes on)
                    if args.debug:
                        raise
                    console.print(f"[red]error: {classify(exc)[1]}[/red]", soft_wrap=True)
        finally:
            if saver_context is not None:
                runner.run(saver_context.__aexit__(None, None, None))


def _links(args: argparse.Namespace) -> Any:
    """With ``--credential-id`` and your app's OAuth credentials: links that connect it from the chat."""
    from intercom_agent.auth import app_credentials
    from intercom_agent.cli.callback import CallbackServer, LocalLinks, app_config

    if not args.credential_id or app_credentials() is None:
        return None
    callback = CallbackServer(0)
    return LocalLinks(app_config(args, callback.redirect_uri), callback)


def add_commands(sub: Any, credential: Any) -> None:
    chat = sub.add_parser("chat", help="ask questions in a chat (one-shot with a question)")
    chat.add_argument("question", nargs="*")
    chat.add_argument(
        "--model",
        default=None,
        help="provider:model for any LangChain chat model (default: $INTERCOM_AGENT_MODEL, else offline)",
    )
    chat.add_argument("--thread", default=None, help="conversation id (default: a new one; 'default' with --memory)")
    chat.add_argument(
        "--memory",
        default=None,
        metavar="PATH",
        help="keep the conversation across runs: a SQLite file (the 'sqlite' extra) or a postgresql:// URL "
        "(the 'postgres' extra)",
    )
    credential(chat)
    add_redact(chat)
    chat.add_argument(
        "--no-browser", action="store_true", help="when Intercom must be connected, print the link without opening it"
    )
    chat.add_argument("--connect-timeout", type=float, default=300.0, help=argparse.SUPPRESS)
    chat.set_defaults(func=cmd_chat)
