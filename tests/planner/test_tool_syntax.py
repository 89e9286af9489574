"""Engineers name the tool and its arguments: the planner holds the call to them, typed by the tool's schema."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from graphs.catalog import CATALOG
from graphs.evaluation import sandbox_tools
from graphs.planner import plan
from graphs.planner.decide import READ_ONLY
from graphs.planner.direct import read_direct
from graphs.planner.gazetteer import Gazetteer, Names

NOW = 1_795_000_000.0


@pytest.fixture(scope="module")
def names() -> Names:
    """The demo workspace's names (its company codes such as cmp-0007), as the planner reads them."""
    _, provider = sandbox_tools()
    return Gazetteer().names(provider, None)


CURSOR = "IjA5N2RmMjFiNzEzMDI5NjY0Y2RhODAyMSI"

CALLS = [
    (f"list_all_contacts per_page=150 starting_after={CURSOR}", "intercom_list_all_contacts",
     {"per_page": 150, "starting_after": CURSOR}),
    ("intercom_list_companies(order=asc, per_page=5)", "intercom_list_companies", {"order": "asc", "per_page": 5}),
    ("GET /companies page=3 per_page=15", "intercom_list_companies", {"page": 3, "per_page": 15}),
    ("GET /conversations/100007", "intercom_get_conversation_by_id", {"conversation_id": "100007"}),
    ("POST /conversations/search query=refund state=open", "intercom_search_conversations",
     {"query": "refund", "state": "open"}),
    ("fetch conversation 100000 with max_parts=100", "intercom_get_conversation_by_id",
     {"conversation_id": "100000", "max_parts": 100}),
    ("contacts attached to company_id 6572920bd943d4ae90a4162a, per_page 5", "intercom_list_attach_contacts_to_company",
     {"company_id": "6572920bd943d4ae90a4162a", "per_page": 5}),
    ("search convos: state=closed, query=api, created_before=2026-07-01, per_page=50", "intercom_search_conversations",
     {"state": "closed", "query": "api", "created_before": "2026-07-01", "per_page": 50}),
    ("run company_contacts_events on cmp-0007, max_contacts=2, events_per_contact=20",
     "intercom_company_contacts_events", {"company": "cmp-0007", "max_contacts": 2, "events_per_contact": 20}),
    ("list_events user_id=usr_00021 per_page=20", "intercom_list_events", {"user_id": "usr_00021", "per_page": 20}),
    ("event summary for user_id usr_00189 (summary=true)", "intercom_list_events",
     {"user_id": "usr_00189", "summary": True}),
    ("segments include_count=true", "intercom_list_segments", {"include_count": True}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tool", "args"), CALLS, ids=[c[0][:40] for c in CALLS])
def test_a_tool_named_with_its_arguments_is_called_with_them(text: str, tool: str, args: dict, names: Names) -> None:
    name, got = plan(text, now=NOW, names=names)
    assert name == tool
    assert {k: got.get(k) for k in args} == args


@pytest.mark.parametrize(
    "text",
    ["PATCH /contacts/15379562ea25edbe83642f20 external_id=usr_99999", "DELETE /conversations/100007",
     "PUT /companies/6572920bd943d4ae90a4162a", "POST /contacts email=a@b.co"],
)  # fmt: skip
def test_a_rest_verb_that_writes_is_refused(text: str) -> None:
    assert plan(text, now=NOW) == READ_ONLY


def test_a_value_the_schema_rejects_is_not_taken_for_the_argument() -> None:
    said = read_direct("list_conversations per_page=lots")
    assert "per_page" not in said.pairs  # not an integer: left in the text, never sent as a string
    assert said.tool == "intercom_list_conversations"


def test_a_cursor_keeps_its_case() -> None:
    assert read_direct(f"list_conversations starting_after={CURSOR}").pairs == {"starting_after": CURSOR}


def test_an_argument_alone_refines_the_last_call() -> None:
    """'summary=true for that one' after a contact's events: the same contact, with the summary."""
    call = {"name": "intercom_list_events", "args": {"user_id": "usr_00026", "per_page": 20}, "id": "c1"}
    history = [
        HumanMessage("list_events user_id=usr_00026 per_page=20"),
        AIMessage("", tool_calls=[call]),
        ToolMessage("...", tool_call_id="c1", name="intercom_list_events", artifact={"page": {"items": []}}),
    ]
    name, args = plan("summary=true for that one", history, now=NOW)
    assert name == "intercom_list_events"
    assert args["user_id"] == "usr_00026" and args["summary"] is True


def test_every_argument_of_every_tool_can_be_written_this_way() -> None:
    """The arguments come from the tools' own specs, so a new argument is read without a list to update."""
    for spec in CATALOG:
        for key in spec.args.model_fields:
            assert (
                key in read_direct(f"{spec.name} {key}=1").pairs
                or key in read_direct(f"{spec.name} {key}=true").pairs
                or (key in read_direct(f"{spec.name} {key}=x").pairs)
            ), (spec.name, key)
