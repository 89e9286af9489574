"""Every file in examples/ runs offline, as its header says, and prints what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.sandboxes import clean_env

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXPECT = {
    "embed_toolkit_agent.py": '"Support" id=7000',
    "flow_as_subgraph.py": "Acme Corp: 30 contacts",
    "composite_tool.py": "artifact: 5 contacts, failures: []",
    "multi_tenant.py": "unknown credential:    Intercom is not connected for this account",
    "mcp_client.py": "14 tools:",
    "real_model.py": 'Company "Acme Corp"',
}


def test_every_example_is_covered() -> None:
    assert {p.name for p in EXAMPLES.glob("*.py")} == set(EXPECT)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_example_runs_offline(name: str) -> None:
    header = (EXAMPLES / name).read_text().split('"""')[1]
    assert f"Run: python examples/{name}" in header
    env = clean_env()
    out = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=EXAMPLES.parent,
    )
    assert out.returncode == 0, out.stderr
    assert EXPECT[name] in out.stdout
