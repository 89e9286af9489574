"""Agent memory on PostgreSQL (langgraph-checkpoint-postgres) against the server the tests start."""

from __future__ import annotations

import pytest

from tests.helpers.processes import run

pytestmark = pytest.mark.postgres


def test_chat_memory_in_postgres_carries_a_conversation_across_runs(fresh_database: str) -> None:
    first = run("chat", "--memory", fresh_database, "List Intercom contacts")
    assert first.returncode == 0, first.stderr
    second = run("chat", "--memory", fresh_database, "Events for the first one")
    assert second.returncode == 0, second.stderr
    assert "→ intercom_list_events(user_id=" in second.stdout  # "the first one" is from the first run
    other = run("chat", "--memory", fresh_database, "--thread", "someone-else", "Events for this contact")
    assert "Which contact?" in other.stdout  # threads stay apart
