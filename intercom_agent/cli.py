"""The ``intercom-agent`` command line: demo, chat, tools, call, sandbox, mcp, connect, disconnect, credentials.

Errors follow the one policy in :mod:`intercom_agent.cli_policy` (one line on stderr, exit 0/1/2);
``--debug`` anywhere shows tracebacks. The environment is read here (and in ``from_env``), never at
import time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console

from intercom_agent.cli_common import console_for as _console
from intercom_agent.cli_common import provider_for as _provider
from intercom_agent.cli_policy import (
    EPILOG,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CommandError,
    OneLineParser,
    classify,
    fail,
    for_cli,
    port,
    split_debug,
    usage,
)
from intercom_agent.errors import InvalidInputError

# ---- demo -------------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """The integration's example flow: contacts at a company with their recent events."""
    from graphs.company_events import build_company_events_graph, result_of
    from graphs.context import FlowContext
    from intercom_agent.rendering import FlowProgress, company_events_table

    console = _console()
    provider = _provider(args)
    console.print(f"[dim]{provider.describe()}[/dim]")
    console.print(f"[bold]> List contacts at {args.company} and show their recent events[/bold]")
    graph = build_company_events_graph()

    async def run() -> dict[str, Any]:
        state: dict[str, Any] = {}
        context = FlowContext(credential_id=args.credential_id, provider=provider)
        with FlowProgress(console) as progress:
            stream: Any = graph.astream(
                {"company": args.company, "max_contacts": args.max_contacts, "events_per_contact": args.events},
                context=context,
                config={"max_concurrency": 32},
                stream_mode=["custom", "values"],
            )
            async for mode, chunk in stream:
                if mode == "custom":
                    progress.update(chunk)
                else:
                    state = chunk
        return result_of(state)

    result = asyncio.run(run())
    if result["status"] != "ok":
        raise CommandError(str(result["message"]))
    console.print(company_events_table(result, events_shown=args.events, width=console.width))
    console.print(result["message"])
    return 0


# ---- chat -------------------------------------------------------------------------------------------


async def _ask(agent: Any, question: str, thread: str, credential_id: str | None, console: Console) -> bool:
    """Ask one question and print the answer once; False when a tool failed and nothing else answered."""
    from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

    from intercom_agent.connections import IntercomContext
    from intercom_agent.rendering import FlowProgress, table_for

    final, shown, errors = "", False, []
    with FlowProgress(console) as progress:
        async for namespace, mode, chunk in agent.astream(
            {"messages": [HumanMessage(question)]},
            config={"configurable": {"thread_id": thread}},
            context=IntercomContext(credential_id),
            stream_mode=["updates", "custom"],
            subgraphs=True,
        ):
            if mode == "custom":
                progress.update(chunk)
                continue
            if namespace:
                continue
            for update in chunk.values():
                for message in (update or {}).get("messages", []):
                    if isinstance(message, AIMessage) and message.tool_calls:
                        for call in message.tool_calls:
                            args = ", ".join(f"{k}={v!r}" for k, v in call["args"].items())
                            console.print(f"[cyan]→ {call['name']}({args})[/cyan]", soft_wrap=True)
                    elif isinstance(message, ToolMessage):
                        table = table_for(message.name or "", message.artifact, console.width)
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
    console = _console()
    provider = _provider(args)
    console.print(f"[dim]{provider.describe()} Model: {args.model or 'offline planner'}.[/dim]")
    # With --memory, one conversation continues across runs unless --thread names another.
    thread = args.thread or ("default" if args.memory else secrets.token_hex(4))

    # One event loop for the whole chat, driven from the main thread: input() runs here too, so
    # Ctrl-C at the prompt interrupts at once (KeyboardInterrupt, exit 130).
    with asyncio.Runner() as runner:
        saver_context = async_checkpointer(args.memory) if args.memory else None
        saver = runner.run(saver_context.__aenter__()) if saver_context else None
        try:
            agent = build_agent_graph(model, provider=provider, checkpointer=saver if saver is not None else True)
            if args.question:
                answered = runner.run(_ask(agent, " ".join(args.question), thread, args.credential_id, console))
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
                    runner.run(_ask(agent, question.strip(), thread, args.credential_id, console))
                except Exception as exc:  # noqa: BLE001 (a failed turn is reported; the chat goes on)
                    if args.debug:
                        raise
                    console.print(f"[red]error: {classify(exc)[1]}[/red]", soft_wrap=True)
        finally:
            if saver_context is not None:
                runner.run(saver_context.__aexit__(None, None, None))


# ---- tools and call ---------------------------------------------------------------------------------


def _all_tools(provider: Any) -> list[Any]:
    from graphs.agent import agent_tools

    return agent_tools(provider)


def cmd_tools(args: argparse.Namespace) -> int:
    from intercom_agent.connections import StaticClients

    tools = _all_tools(StaticClients())
    if args.json:
        print(
            json.dumps(
                [
                    {"name": t.name, "description": t.description, "args": t.tool_call_schema.model_json_schema()}
                    for t in tools
                ],
                indent=2,
            )
        )
        return 0
    console = _console()
    for tool in tools:
        console.print(f"[bold]{tool.name}[/bold]\n  {tool.description}")
    return 0


def cmd_call(args: argparse.Namespace) -> int:
    try:
        arguments = json.loads(args.args)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            "--args", f"is not valid JSON ({exc.msg}).", fix="Example: --args '{\"per_page\": 5}'"
        ) from None
    if not isinstance(arguments, dict):
        raise InvalidInputError("--args", "must be a JSON object.", fix="Example: --args '{\"per_page\": 5}'")
    from pydantic import ValidationError

    from intercom_agent.operations import invalid_input

    provider = _provider(args)
    tools = {t.name: t for t in _all_tools(provider)}
    if args.tool not in tools:
        raise InvalidInputError("TOOL", f"unknown tool {args.tool!r}.", fix="List them with: intercom-agent tools")
    try:  # bad arguments are a usage error, found before anything is sent
        tools[args.tool].args_schema.model_validate(arguments)
    except ValidationError as exc:
        raise invalid_input(exc) from None
    message = tools[args.tool].invoke({"name": args.tool, "args": arguments, "id": "cli", "type": "tool_call"})
    artifact = message.artifact if isinstance(message.artifact, dict) else {}
    failed = message.status != "success" or artifact.get("status") not in (None, "ok")
    if args.json:
        print(
            json.dumps(
                {"status": message.status, "content": message.content, "artifact": message.artifact},
                indent=2,
                default=str,
            )
        )
    elif not failed:
        print(message.content)
    if failed:  # an Intercom error, or a flow's not-found / ambiguous answer
        raise CommandError(str(artifact.get("message") or message.content))
    return EXIT_OK


# ---- servers ----------------------------------------------------------------------------------------


def cmd_sandbox(args: argparse.Namespace) -> int:
    from intercom_agent.servers.commands import sandbox

    return sandbox(args)


def cmd_mcp(args: argparse.Namespace) -> int:
    from intercom_agent.servers.commands import mcp

    return mcp(args)


# ---- parser -----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="intercom-agent", description="Read an Intercom workspace from AI agents.", epilog=EPILOG
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks (accepted anywhere)")
    sub = parser.add_subparsers(dest="command", required=True)

    def credential(p: argparse.ArgumentParser) -> None:
        p.add_argument("--credential-id", default=None, help="a stored connection (see: intercom-agent credentials)")

    demo = sub.add_parser("demo", help="contacts at Acme Corp with their recent events (the sandbox by default)")
    demo.add_argument("--company", default="Acme Corp")
    demo.add_argument("--max-contacts", type=int, default=50, help="1-1000")
    demo.add_argument("--events", type=int, default=3, help="recent events per contact")
    credential(demo)
    demo.set_defaults(func=cmd_demo)

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
    chat.set_defaults(func=cmd_chat)

    tools = sub.add_parser("tools", help="list the tools")
    tools.add_argument("--json", action="store_true")
    tools.set_defaults(func=cmd_tools)

    call = sub.add_parser("call", help="run one tool")
    call.add_argument("tool")
    call.add_argument("--args", default="{}", help="the tool's arguments as a JSON object")
    call.add_argument("--json", action="store_true", help="print status, content and artifact as JSON")
    credential(call)
    call.set_defaults(func=cmd_call)

    box = sub.add_parser("sandbox", help="serve the fake Intercom API on 127.0.0.1")
    box.add_argument("--host", default="127.0.0.1")
    box.add_argument("--port", type=port, default=8765, help="0 picks a free port")
    box.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    box.add_argument("--rate-limit", type=int, default=None, help="requests per window, then 429")
    box.add_argument("--rate-window", type=float, default=10.0)
    box.add_argument("--rate-limit-rate", type=float, default=0.0, help="fraction of requests answered 429")
    box.add_argument("--error-rate", type=float, default=0.0, help="fraction of requests answered 5xx")
    box.add_argument("--drop-rate", type=float, default=0.0, help="fraction of connections dropped")
    box.add_argument("--seed", type=int, default=0, help="fault seed")
    box.add_argument("--data-seed", type=int, default=7, help="demo data seed")
    box.add_argument("--acme-contacts", type=int, default=30, help="contacts at Acme Corp (benchmarks: 100-1000)")
    box.set_defaults(func=cmd_sandbox)

    mcp = sub.add_parser("mcp", help="serve the tools over MCP (stdio or streamable HTTP)")
    mcp.add_argument("--transport", choices=["stdio", "http"], default="stdio")
    mcp.add_argument("--host", default="127.0.0.1")
    mcp.add_argument("--port", type=port, default=8766, help="0 picks a free port")
    mcp.add_argument("--token", default=None, help="the HTTP server's bearer token (or INTERCOM_MCP_TOKEN)")
    mcp.add_argument("--sandbox", action="store_true", help="(http) serve the embedded demo workspace")
    mcp.add_argument(
        "--auth",
        choices=["bearer", "user"],
        default="bearer",
        help="(http) bearer: this server's token, tenants by header; user: each user authorizes (MCP OAuth, "
        "chained to Intercom's)",
    )
    mcp.add_argument("--allow-host", action="append", default=[], help="(http) also accept this Host header")
    mcp.add_argument("--allow-origin", action="append", default=[], help="(http) also accept this Origin")
    mcp.add_argument(
        "--public-url",
        default=None,
        help="(http) this server's URL as browsers reach it, for /connect and /callback (with INTERCOM_CLIENT_ID "
        "and INTERCOM_CLIENT_SECRET)",
    )
    credential(mcp)
    mcp.set_defaults(func=cmd_mcp)

    from intercom_agent.auth import add_auth_commands

    add_auth_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure goes through :func:`intercom_agent.cli_policy.fail`."""
    arguments, debug = split_debug(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(arguments)
    args.debug = debug
    try:
        code: int = args.func(args)
        return code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 (the policy decides; --debug re-raises)
        return fail(exc, debug)


if __name__ == "__main__":
    sys.exit(main())
