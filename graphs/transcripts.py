"""Example chats: every example prompt of the integration, and each composite flow, as transcripts.

Produced by the offline planner on the embedded sandbox with a fixed clock, so they are reproducible;
``python -m graphs.transcripts`` rewrites docs/example-chats.md, and a test checks it is current.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig

from graphs.agent import build_agent_graph
from graphs.planner import OfflinePlanner
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.sandbox import Sandbox

FIXED_NOW = 1_795_000_000  # 2026-11-18T08:53:20Z
MAX_LINES = 14
# (title, prompts in one conversation): follow-ups like "Events for this contact" refer back.
CHATS: list[tuple[str, list[str]]] = [
    ("List contacts", ["List Intercom contacts"]),
    ("First 50 contacts", ["Show first 50 contacts"]),
    ("A contact by id", ["Get contact 123", "List Intercom contacts", "Details of the first one"]),
    ("List companies", ["List our Intercom companies"]),
    ("Companies descending", ["Companies descending"]),
    ("A company by id", ["Get company 456"]),
    ("Contacts attached to a company", ["Who's attached to company X?", "Who's attached to company Acme Corp?"]),
    ("Segments", ["List segments"]),
    ("Segments with counts", ["Segments with counts"]),
    ("Teams", ["List Intercom teams"]),
    ("Events for a contact", ["Events for this contact", "List Intercom contacts", "Events for the second one"]),
    ("Paging through a list", ["Show 5 contacts", "next page", "more"]),
    ("Conversations by state and date", ["Open conversations from last week", "open the first one"]),
    ("Recent conversations", ["List recent conversations"]),
    ("A conversation by id", ["Get conversation 789", "Get conversation 100007"]),
    ("Search conversations", ["Search conversations about billing"]),
    (
        "Composite: contacts at a company and their recent events",
        ["List contacts at Acme Corp and show their recent events"],
    ),
    (
        "Composite: ambiguous company name",
        ["List contacts at Globex and show their recent events", "the second one"],
    ),
    ("Composite: a company name in another case", ["who works at acme corp?"]),
    ("Composite: a contact overview", ["Tell me about dev.rossi.0@example.com"]),
    ("Composite: conversations with transcripts", ["Find conversations about refund"]),
    ("Not understood", ["What's the weather in Lisbon?"]),
]


def _clip(text: str) -> str:
    lines = text.splitlines()
    if len(lines) <= MAX_LINES:
        return text
    return "\n".join([*lines[:MAX_LINES], f"… ({len(lines) - MAX_LINES} more lines)"])


async def render() -> str:
    box = Sandbox(now=FIXED_NOW, clock=lambda: float(FIXED_NOW))
    agent = build_agent_graph(OfflinePlanner(now=FIXED_NOW), provider=StaticClients(IntercomClient.sandbox(box)))
    out = [
        "# Example chats",
        "",
        "Produced by the offline planner (`intercom-agent chat`, no model, no network) on the embedded "
        "sandbox with a fixed clock. Regenerate with `python -m graphs.transcripts`; "
        "`tests/test_transcripts.py` checks this file is current.",
        "",
    ]
    for number, (title, prompts) in enumerate(CHATS):
        out += [f"## {title}", ""]
        config: RunnableConfig = {"configurable": {"thread_id": f"chat-{number}"}}
        for prompt in prompts:
            state = await agent.ainvoke({"messages": [HumanMessage(prompt)]}, config=config)
            messages = state["messages"]
            start = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
            out += [f"**you:** {prompt}", ""]
            for message in messages[start + 1 :]:
                if isinstance(message, AIMessage) and message.tool_calls:
                    for call in message.tool_calls:
                        out += [f"*tool call:* `{call['name']}({json.dumps(call['args'])})`", ""]
                elif isinstance(message, ToolMessage) and message.status == "error":
                    out += [f"*tool error:* {message.content}", ""]
                elif isinstance(message, AIMessage):
                    out += ["**assistant:**", "", "```text", _clip(str(message.content)), "```", ""]
    return "\n".join(out)


def main() -> int:
    target = Path(__file__).resolve().parents[1] / "docs" / "example-chats.md"
    target.write_text(asyncio.run(render()))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
