"""The flows as LangGraph Server serves them (graphs/guarded.py): held to the same guardrails as every other
front end, and never checkpointing a raw record.

A server streams and stores what a graph's channels hold (``values``, ``updates``, thread state and
history, the checkpointer's rows), so each test reads all of it, with a checkpointer in the run, as a
server would keep it. tests/servers/test_langgraph_server.py runs the same graphs on ``langgraph dev``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.composite import COMPOSITE_TOOLS, ContactOverview
from graphs.guarded import build_guarded_flow_graph
from intercom_agent.client import IntercomClient
from intercom_agent.connections import StaticClients
from intercom_agent.errors import InvalidInputError
from intercom_agent.guardrails import PII, AuditLog, Guardrails
from intercom_agent.registry import Session, execute
from intercom_agent.sandbox import Sandbox
from intercom_agent.stores import Keyring, SqliteCredentialStore, new_key
from tests.helpers.calls import CALLS, leaks, personal_values

PERSONAL = personal_values()
FLOWS = [spec.name for spec in COMPOSITE_TOOLS]


async def _serve(name: str, guardrails: Guardrails, box: Sandbox | None = None) -> tuple[dict[str, Any], str]:
    """Run one served flow on a thread; its final output, and everything a server would keep or stream."""
    saver = InMemorySaver()
    spec = COMPOSITE_TOOLS.get(name)
    graph = build_guarded_flow_graph(
        spec, StaticClients(IntercomClient.sandbox(box or Sandbox())), guardrails, checkpointer=saver
    )
    config: Any = {"configurable": {"thread_id": "t"}}
    streamed = [
        chunk
        async for chunk in graph.astream(
            CALLS[name], config, stream_mode=["values", "updates", "custom", "debug"], subgraphs=True
        )
    ]
    history = [snapshot async for snapshot in graph.aget_state_history(config)]
    kept = str(streamed) + str(history) + str(list(saver.storage.items())) + str(list(saver.blobs.items()))
    kept += str(list(saver.writes.items()))
    final = (await graph.aget_state(config)).values
    return final, kept


@pytest.mark.parametrize("name", FLOWS)
async def test_a_served_flow_keeps_and_streams_no_personal_data_when_redacting(name: str, tmp_path: Path) -> None:
    store = SqliteCredentialStore(tmp_path / "c.sqlite3", Keyring([new_key()]))
    audit = AuditLog(store)
    final, kept = await _serve(name, Guardrails(redaction=PII, audit=audit, front_end="langgraph"))
    assert final["status"] == "ok" and final["summary"]
    given = set(map(str, CALLS[name].values()))  # the caller's own input is stored with the run, as sent
    assert not leaks(kept, PERSONAL - given), leaks(kept, PERSONAL - given)[:3]  # output, streams, checkpoints
    output = COMPOSITE_TOOLS.get(name).output.model_validate({k: v for k, v in final.items() if k != "summary"})
    assert output.model_dump(mode="json")  # the tool's own output model: structured as over MCP
    if name == "intercom_company_contacts_events":
        assert any(c["events"] for c in final["contacts"]), "the company flow still reads every contact's events"
    audit.flush()
    entries = store.audit(limit=10)
    assert [(e.tool, e.front_end, e.outcome) for e in entries] == [(name, "langgraph", "ok")]
    assert not leaks(json.dumps([e.args for e in entries]), PERSONAL)
    store.close()


@pytest.mark.parametrize("name", FLOWS)
async def test_unredacted_a_served_flow_answers_what_its_composite_tool_answers(name: str) -> None:
    final, kept = await _serve(name, Guardrails())
    spec = COMPOSITE_TOOLS.get(name)
    outcome = await execute(spec, spec.parse(CALLS[name]), Session(StaticClients(IntercomClient.sandbox(Sandbox()))))
    assert {k: final[k] for k in outcome.artifact} == outcome.artifact and final["summary"] == outcome.text
    assert leaks(kept, PERSONAL), "unredacted, the output shows personal data (else the test above could not fail)"


async def test_the_flow_inside_checkpoints_nothing_of_its_own() -> None:
    """Only the served graph's own namespace is checkpointed: the flow's raw working state (every record
    it read) is not stored under it, redacting or not."""
    saver = InMemorySaver()
    spec = COMPOSITE_TOOLS.get("intercom_contact_overview")
    graph = build_guarded_flow_graph(spec, StaticClients(IntercomClient.sandbox(Sandbox())), checkpointer=saver)
    config: Any = {"configurable": {"thread_id": "t"}}
    await graph.ainvoke(CALLS["intercom_contact_overview"], config)
    namespaces = {ns for by_ns in saver.storage.values() for ns in by_ns}
    assert namespaces == {""}
    ContactOverview.model_validate({k: v for k, v in (await graph.aget_state(config)).values.items() if k != "summary"})


async def test_bad_input_is_refused_by_name_and_sends_nothing() -> None:
    box = Sandbox()
    spec = COMPOSITE_TOOLS.get("intercom_company_contacts_events")
    graph = build_guarded_flow_graph(spec, StaticClients(IntercomClient.sandbox(box)))
    with pytest.raises(InvalidInputError, match="max_contacts"):
        await graph.ainvoke({"company": "Acme Corp", "max_contacts": "many"})
    assert box.requests == []
