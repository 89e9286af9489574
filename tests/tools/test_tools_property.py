"""Property: whatever arguments a model sends, no tool raises; invalid input is a clear error and
sends no request."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import ToolMessage
from pydantic import ValidationError

from intercom_agent.client import IntercomClient
from intercom_agent.sandbox import Sandbox
from intercom_agent.toolkit import IntercomToolkit
from intercom_agent.tools import TOOL_NAMES
from intercom_agent.tools import TOOLS as SPECS
from tests.helpers.sandboxes import FAST_RETRY

BOX = Sandbox()
TOOLS = {t.name: t for t in IntercomToolkit.from_client(IntercomClient.sandbox(BOX, retry=FAST_RETRY)).get_tools()}

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "../admins",
            "1/contacts",
            "usr_00001",
            "100007",
            "open",
            "billing",
            "2026-01-31",
            "a@b.co",
            "desc",
            "asc",
            "x" * 300,
        ]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=8,
)
query_nodes = st.recursive(
    st.fixed_dictionaries(
        {
            "field": st.sampled_from(["state", "created_at", "source.body", "open", "nope", 3]),
            "operator": st.sampled_from(["=", "!=", ">", "<", "~", "IN", "NIN", "^", "AND", "??"]),
            "value": values,
        }
    ),
    lambda inner: st.fixed_dictionaries(
        {"operator": st.sampled_from(["AND", "OR", "="]), "value": st.lists(inner, max_size=4)}
    ),
    max_leaves=6,
)


@st.composite
def tool_arguments(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(TOOL_NAMES))
    fields = list(SPECS.get(name).args.model_fields)
    keys = draw(st.lists(st.one_of(st.sampled_from(fields), st.text(min_size=1, max_size=8)), max_size=5, unique=True))
    args = {key: draw(values) for key in keys}
    if name == "intercom_search_conversations" and draw(st.booleans()):
        args["query"] = draw(query_nodes)
    return name, args


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tool_arguments())
def test_no_arguments_break_a_tool(call: tuple[str, dict[str, Any]]) -> None:
    name, args = call
    BOX.requests.clear()
    message = TOOLS[name].invoke({"name": name, "args": args, "id": "call_1", "type": "tool_call"})
    assert isinstance(message, ToolMessage) and isinstance(message.content, str) and message.content
    try:
        SPECS.get(name).args.model_validate(args)
        schema_valid = True
    except ValidationError:
        schema_valid = False
    if not schema_valid:
        assert message.status == "error"
    if message.status == "error" and message.content.startswith("Invalid argument"):
        assert BOX.requests == [], "invalid input must not reach Intercom"
        assert "'" in message.content.split(":")[0]  # it names the argument
    if message.status == "success":
        assert schema_valid
