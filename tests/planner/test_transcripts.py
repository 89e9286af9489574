"""The example chats in docs/ are exactly what the offline planner produces today."""

from __future__ import annotations

from pathlib import Path

from graphs.transcripts import CHATS, render

DOC = Path(__file__).resolve().parents[2] / "docs" / "example-chats.md"


async def test_example_chats_are_current() -> None:
    assert DOC.read_text() == await render(), "regenerate with: python -m graphs.transcripts"


def test_every_example_prompt_of_the_integration_has_a_chat() -> None:
    prompts = {p for _, chat in CHATS for p in chat}
    for example in (
        "List Intercom contacts",
        "Show first 50 contacts",
        "Get contact 123",
        "List our Intercom companies",
        "Companies descending",
        "Get company 456",
        "Who's attached to company X?",
        "List segments",
        "Segments with counts",
        "List Intercom teams",
        "Events for this contact",
        "List recent conversations",
        "Get conversation 789",
        "Search conversations about billing",
        "List contacts at Acme Corp and show their recent events",
    ):
        assert example in prompts
