"""langchain-tests' standard suites for every one of the 11 tools (integration: against the sandbox)."""

from __future__ import annotations

from typing import Any

from langchain_tests.integration_tests import ToolsIntegrationTests
from langchain_tests.unit_tests import ToolsUnitTests

from intercom_agent.toolkit import IntercomTool
from intercom_agent.tools import TOOL_NAMES

EXAMPLES: dict[str, dict[str, Any]] = {
    "intercom_list_all_contacts": {"per_page": 5},
    "intercom_get_contact_by_id": {"contact_id": "{contact}"},
    "intercom_list_companies": {"per_page": 5, "order": "asc"},
    "intercom_get_company_by_id": {"company_id": "{company}"},
    "intercom_list_attach_contacts_to_company": {"company_id": "{company}", "per_page": 5},
    "intercom_list_segments": {"include_count": True},
    "intercom_list_all_teams": {},
    "intercom_list_events": {"user_id": "usr_00001", "per_page": 5},
    "intercom_list_conversations": {"per_page": 5},
    "intercom_get_conversation_by_id": {"conversation_id": "100007"},
    "intercom_search_conversations": {"query": "billing", "state": "open"},
}


def _example(name: str) -> dict[str, Any]:
    from intercom_agent.sandbox import Sandbox

    ws = Sandbox().workspaces["sandbox-token-us"]  # the same seed as the default sandbox
    ids = {"{contact}": ws.contacts[0]["id"], "{company}": ws.companies[0]["id"]}
    return {k: ids.get(v, v) if isinstance(v, str) else v for k, v in EXAMPLES[name].items()}


def _suite(name: str, base: type) -> type:
    example = _example(name)

    class Suite(base):  # type: ignore[misc, valid-type]
        @property
        def tool_constructor(self) -> Any:
            return IntercomTool

        @property
        def tool_constructor_params(self) -> dict[str, Any]:
            return {"spec": name}

        @property
        def tool_invoke_params_example(self) -> dict[str, Any]:
            return example

    Suite.__name__ = Suite.__qualname__ = f"Test{base.__name__}_{name}"
    return Suite


for _name in TOOL_NAMES:
    globals()[f"TestUnit_{_name}"] = _suite(_name, ToolsUnitTests)
    globals()[f"TestIntegration_{_name}"] = _suite(_name, ToolsIntegrationTests)


def test_every_tool_has_a_suite() -> None:
    assert set(EXAMPLES) == set(TOOL_NAMES) and len(TOOL_NAMES) == 11
