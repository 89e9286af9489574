"""A person named as a message opens, and a search widened from one person to everyone."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from graphs.evaluation import sandbox_tools
from graphs.planner import plan
from graphs.planner.gazetteer import Gazetteer

NOW = 1_795_000_000.0


def test_a_name_that_opens_the_message_is_the_person_asked_about() -> None:
    _, provider = sandbox_tools()
    names = Gazetteer().names(provider, None)
    for text in (
        "dev adams is escalating to his CSM - what's going on with him?",
        "sam okafor at acme says their reports aren't exporting. what's their recent activity?",
    ):
        name, args = plan(text, now=NOW, names=names)
        assert name == "intercom_contact_overview", text
        assert args["contact"] in ("dev adams", "sam okafor")


def test_anyone_else_widens_one_persons_search_to_everyone() -> None:
    call = {"name": "intercom_search_conversations", "args": {"contact_email": "sam@example.com", "query": "export"}}
    history = [
        HumanMessage("has sam@example.com opened a ticket about exports?"),
        AIMessage("", tool_calls=[{**call, "id": "c1"}]),
        ToolMessage("...", tool_call_id="c1", name=call["name"], artifact={"page": {"items": []}}),
    ]
    name, args = plan("anyone else complaining about exports this month?", history, now=NOW)
    assert name == "intercom_search_conversations"
    assert "contact_email" not in args and args["query"] == "export" and args["created_after"] == "2026-11-01"


def test_someone_about_to_be_called_or_met_is_the_person_asked_about() -> None:
    for text, who in (
        ("calling grace silva back in 10 min, she sounded annoyed. anything I should know?", "grace silva"),
        ("meeting with tara diaz tomorrow, what has she been up to", "tara diaz"),
    ):
        assert plan(text, now=NOW) == ("intercom_contact_overview", {"contact": who}), text


def test_a_story_before_the_request_does_not_hide_the_request() -> None:
    text = (
        "ok so I'm covering Priya's queue today while she's out and she said to eyeball whatever's been most "
        "active... can you give me the twenty-five most recently updated conversations"
    )
    assert plan(text, now=NOW) == ("intercom_list_conversations", {"per_page": 25})
