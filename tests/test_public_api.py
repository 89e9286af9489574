"""The curated public API: sorted, complete, importable."""

from __future__ import annotations

import subprocess
import sys

import intercom_agent


def test_all_is_sorted_and_importable() -> None:
    assert intercom_agent.__all__ == sorted(intercom_agent.__all__)
    for name in intercom_agent.__all__:
        assert getattr(intercom_agent, name) is not None


def test_the_eleven_tool_names_are_exactly_the_integrations() -> None:
    assert intercom_agent.TOOL_NAMES == (
        "intercom_list_all_contacts",
        "intercom_get_contact_by_id",
        "intercom_list_companies",
        "intercom_get_company_by_id",
        "intercom_list_attach_contacts_to_company",
        "intercom_list_segments",
        "intercom_list_all_teams",
        "intercom_list_events",
        "intercom_list_conversations",
        "intercom_get_conversation_by_id",
        "intercom_search_conversations",
    )


def test_importing_the_package_is_light() -> None:
    code = "import sys, intercom_agent; print('langchain_core' in sys.modules, 'langgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"
