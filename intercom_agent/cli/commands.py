"""The commands that read Intercom: ``demo``, ``tools`` and ``call`` (``chat`` has its own module)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from intercom_agent.cli.environment import add_redact, console_for, guardrails_for, provider_for
from intercom_agent.cli.policy import EXIT_OK, CommandError
from intercom_agent.errors import IntercomError, InvalidInputError

if TYPE_CHECKING:  # the registry (httpx, pydantic models) loads when a command runs, not for --help
    from intercom_agent.registry import Outcome, Registry


def catalog(args: argparse.Namespace) -> Registry:
    """The tools a command offers: the whole catalog unless the caller brought its own registry."""
    registry: Registry | None = getattr(args, "registry", None)
    if registry is not None:
        return registry
    from graphs.catalog import CATALOG

    return CATALOG


def cmd_demo(args: argparse.Namespace) -> int:
    """The integration's example flow: contacts at a company with their recent events (as the composite
    tool runs it, so the guardrails hold)."""
    import asyncio

    from graphs.composite import COMPANY_CONTACTS_EVENTS, CompanyContactsEvents
    from intercom_agent.cli.tables import FlowProgress, draw
    from intercom_agent.registry import Session, execute

    console = console_for()
    provider = provider_for(args)
    guardrails = guardrails_for(args)
    console.print(f"[dim]{provider.describe()}[/dim]")
    console.print(f"[bold]> List contacts at {args.company} and show their recent events[/bold]")
    spec = COMPANY_CONTACTS_EVENTS
    wanted = {"company": args.company, "max_contacts": args.max_contacts, "events_per_contact": args.events}
    parsed = spec.parse(wanted)

    async def run() -> Outcome:
        with FlowProgress(console) as progress:

            async def show(event: dict[str, Any]) -> None:
                progress.update(event)

            return await execute(spec, parsed, Session(provider, args.credential_id, show, guardrails))

    outcome = asyncio.run(run())
    result = CompanyContactsEvents.model_validate(outcome.artifact)
    if result.status != "ok":
        raise CommandError(str(result.message))
    assert spec.table is not None
    console.print(draw(spec.table, result, width=console.width))
    console.print(result.message)
    return EXIT_OK


def cmd_tools(args: argparse.Namespace) -> int:
    specs = list(catalog(args))
    if args.json:
        listed = [
            {"name": s.name, "title": s.title, "description": s.description, "args": s.input_schema()} for s in specs
        ]
        print(json.dumps(listed, indent=2))
        return EXIT_OK
    console = console_for()
    for spec in specs:
        console.print(f"[bold]{spec.name}[/bold]\n  {spec.description}")
    return EXIT_OK


def cmd_call(args: argparse.Namespace) -> int:
    """Run one tool, through the same path as every front end; bad arguments are refused before anything runs."""
    try:
        arguments = json.loads(args.args)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            "--args", f"is not valid JSON ({exc.msg}).", fix="Example: --args '{\"per_page\": 5}'"
        ) from None
    if not isinstance(arguments, dict):
        raise InvalidInputError("--args", "must be a JSON object.", fix="Example: --args '{\"per_page\": 5}'")
    tools = catalog(args)
    if args.tool not in tools:
        raise InvalidInputError("TOOL", f"unknown tool {args.tool!r}.", fix="List them with: intercom-agent tools")
    spec = tools.get(args.tool)
    parsed = spec.parse(arguments)  # a usage error, before anything is sent
    from intercom_agent.registry import Session, execute_sync

    provider = provider_for(args)
    try:
        outcome = execute_sync(spec, parsed, Session(provider, args.credential_id, guardrails=guardrails_for(args)))
    except IntercomError as exc:
        if args.json:
            print(json.dumps({"status": "error", "content": str(exc), "artifact": None}, indent=2))
        raise CommandError(str(exc)) from exc
    artifact = outcome.artifact
    if args.json:
        print(json.dumps({"status": "success", "content": outcome.text, "artifact": artifact}, indent=2, default=str))
    if artifact.get("status") not in (None, "ok"):  # a flow's not-found or ambiguous answer
        raise CommandError(str(artifact.get("message") or outcome.text))
    if not args.json:
        print(outcome.text)
    return EXIT_OK


def add_commands(sub: Any, credential: Any) -> None:
    demo = sub.add_parser("demo", help="contacts at Acme Corp with their recent events (the sandbox by default)")
    demo.add_argument("--company", default="Acme Corp")
    demo.add_argument("--max-contacts", type=int, default=50, help="1-1000")
    demo.add_argument("--events", type=int, default=3, help="recent events per contact")
    credential(demo)
    add_redact(demo)
    demo.set_defaults(func=cmd_demo)

    tools = sub.add_parser("tools", help="list the tools")
    tools.add_argument("--json", action="store_true")
    tools.set_defaults(func=cmd_tools)

    call = sub.add_parser("call", help="run one tool")
    call.add_argument("tool")
    call.add_argument("--args", default="{}", help="the tool's arguments as a JSON object")
    call.add_argument("--json", action="store_true", help="print status, content and artifact as JSON")
    credential(call)
    add_redact(call)
    call.set_defaults(func=cmd_call)
