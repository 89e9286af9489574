"""The offline planner understands every example prompt of the integration, and the composite flows."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from graphs.planner import OfflinePlanner, plan

EXAMPLES = [
    ("List Intercom contacts", "intercom_list_all_contacts", {}),
    ("Show first 50 contacts", "intercom_list_all_contacts", {"per_page": 50}),
    ("show the first 10 contacts", "intercom_list_all_contacts", {"per_page": 10}),
    ("Get contact 123", "intercom_get_contact_by_id", {"contact_id": "123"}),
    ("List our Intercom companies", "intercom_list_companies", {}),
    ("Companies descending", "intercom_list_companies", {"order": "desc"}),
    ("Companies ascending", "intercom_list_companies", {"order": "asc"}),
    ("Get company 456", "intercom_get_company_by_id", {"company_id": "456"}),
    (
        "Who's attached to company 6572920bd943d4ae90a4162a?",
        "intercom_list_attach_contacts_to_company",
        {"company_id": "6572920bd943d4ae90a4162a"},
    ),
    (
        "Who’s attached to company Acme Corp?",
        "intercom_company_contacts_events",
        {"company": "Acme Corp", "events_per_contact": 0},
    ),
    ("List segments", "intercom_list_segments", {}),
    ("Segments with counts", "intercom_list_segments", {"include_count": True}),
    ("List Intercom teams", "intercom_list_all_teams", {}),
    ("Show teams", "intercom_list_all_teams", {}),
    ("Events for usr_00001", "intercom_list_events", {"user_id": "usr_00001"}),
    ("events for ada@example.com", "intercom_list_events", {"email": "ada@example.com"}),
    ("List recent conversations", "intercom_list_conversations", {}),
    ("Show conversations", "intercom_list_conversations", {}),
    ("Get conversation 789", "intercom_get_conversation_by_id", {"conversation_id": "789"}),
    ("Search conversations about billing", "intercom_search_conversations", {"query": "billing"}),
    (
        "List contacts at Acme Corp and show their recent events",
        "intercom_company_contacts_events",
        {"company": "Acme Corp"},
    ),
    ("contacts from Globex with their recent events", "intercom_company_contacts_events", {"company": "Globex"}),
    ("Tell me about dev.rossi.0@example.com", "intercom_contact_overview", {"contact": "dev.rossi.0@example.com"}),
    ("Give me an overview of usr_00001", "intercom_contact_overview", {"contact": "usr_00001"}),
    ("Find conversations about refund", "intercom_find_conversations", {"text": "refund"}),
]


@pytest.mark.parametrize(("prompt", "tool", "args"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_prompts_map_to_tools(prompt: str, tool: str, args: dict) -> None:
    assert plan(prompt) == (tool, args)


@pytest.mark.parametrize(
    "prompt",
    [
        "Events for this contact",
        "List user events",
        "Show contact details",
        "Who's attached to company X?",
        "Find conversations.",
        "Company details",
        "Conversation details",
    ],
)
def test_prompts_that_need_an_id_ask_for_it(prompt: str) -> None:
    answer = plan(prompt)
    assert isinstance(answer, str) and (answer.startswith("Which") or answer.startswith("What should I"))


def test_this_contact_means_the_last_one_a_tool_returned() -> None:
    history = [
        HumanMessage("List Intercom contacts"),
        ToolMessage(
            "…", tool_call_id="1", artifact={"page": {"items": [{"id": "abc", "role": "lead", "external_id": None}]}}
        ),
    ]
    assert plan("Events for this contact", history) == ("intercom_list_events", {"intercom_user_id": "abc"})


def test_unknown_requests_get_help_and_tool_results_are_relayed() -> None:
    model = OfflinePlanner()
    elsewhere = model.invoke([HumanMessage("What's the weather?")]).content
    assert "outside what I do" in elsewhere and "\n" not in elsewhere  # off-topic: one line, no tool
    help_text = model.invoke([HumanMessage("intercom thingy please")]).content
    assert "did not understand" in help_text and "List Intercom contacts" in help_text
    call = model.invoke([HumanMessage("List segments")])
    assert isinstance(call, AIMessage) and call.tool_calls[0]["name"] == "intercom_list_segments"
    answer = model.invoke(
        [HumanMessage("List segments"), call, ToolMessage("Segments: …", tool_call_id=call.tool_calls[0]["id"])]
    )
    assert answer.content == "Segments: …" and not answer.tool_calls
