"""Every CLI command, given bad input, answers per the one error policy (intercom_agent.cli_policy).

One line on stderr that names the problem, the documented exit code (1: Intercom or a tool failed;
2: usage or configuration), never a traceback; ``--debug`` anywhere brings the traceback back.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from intercom_agent.sandbox import Sandbox
from intercom_agent.sandbox.server import ServedSandbox
from tests.helpers.processes import run


@pytest.fixture(scope="module")
def busy_port() -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with ServedSandbox(Sandbox()).start() as box:
        yield box.url


def _cases(busy: int, not_sqlite: str) -> list[tuple[tuple[str, ...], int, str]]:
    secrets = ("--client-id", "id", "--client-secret", "secret", "--no-browser", "--timeout", "1")
    return [
        (("demo", "--company", "Nope Industries"), 1, "No company named"),
        (("demo", "--company", "Globex"), 1, "Which one?"),
        (("demo", "--max-contacts", "many"), 2, "--max-contacts"),
        (("demo", "--credential-id", "cred_nope"), 2, "intercom-agent connect"),
        (("chat", "--memory", "/nonexistent/dir/m.sqlite", "hi"), 2, "does not exist"),
        (("chat", "--memory", not_sqlite, "hi"), 2, "not a SQLite database"),
        (("chat", "--model", "nope:thing", "hi"), 2, "nope:thing"),
        (("chat", "--credential-id", "cred_nope", "hi"), 2, "intercom-agent connect"),
        (("tools", "--bogus"), 2, "unrecognized arguments"),
        (("call", "intercom_nope"), 2, "unknown tool"),
        (("call", "intercom_list_segments", "--args", "{"), 2, "not valid JSON"),
        (("call", "intercom_list_companies", "--args", '{"per_page": 500}'), 2, "per_page"),
        (("call", "intercom_list_all_teams", "--args", '{"colour": "red"}'), 2, "colour"),
        (("call", "intercom_get_contact_by_id", "--args", '{"contact_id": "nope"}'), 1, "not found"),
        (("call", "intercom_company_contacts_events", "--args", '{"company": "Nope"}'), 1, "No company named"),
        (("call", "intercom_company_contacts_events", "--args", '{"company": "Globex"}'), 1, "Which one?"),
        (("sandbox", "--port", "99999"), 2, "invalid port"),
        (("sandbox", "--port", str(busy)), 2, "already in use"),
        (("mcp", "--transport", "http", "--port", str(busy)), 2, "already in use"),
        (("mcp", "--port", "http"), 2, "invalid port"),
        (("mcp", "--credential-id", "cred_nope"), 2, "intercom-agent connect"),
        (("mcp", "--transport", "http", "--auth", "user", "--port", "0"), 2, "INTERCOM_CLIENT_ID"),
        (("mcp", "--transport", "http", "--credential-id", "cred_nope", "--port", "0"), 2, "intercom-agent connect"),
        (("connect",), 2, "INTERCOM_CLIENT_ID"),
        (("connect", *secrets, "--port", str(busy)), 2, "already in use"),
        (("disconnect", "cred_nope"), 2, "no credential"),
        (("nonsense",), 2, "invalid choice"),
    ]


def test_every_command_reports_bad_input_in_one_line(tmp_path: Path, busy_port: int) -> None:
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("not a database\n")
    for args, code, says in _cases(busy_port, str(not_sqlite)):
        out = run(*args, env={"INTERCOM_AGENT_HOME": str(tmp_path)}, timeout=30)
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        assert out.returncode == code, (args, out.returncode, out.stderr)
        assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], (args, out.stderr)
        assert "Traceback" not in out.stdout + out.stderr


def test_a_revoked_environment_token_gets_the_clis_advice(served: str) -> None:
    out = run(
        "call",
        "intercom_list_all_teams",
        env={"INTERCOM_ACCESS_TOKEN": "not-a-valid-token", "INTERCOM_BASE_URL": served},
    )
    assert out.returncode == 1
    (line,) = out.stderr.splitlines()
    assert "intercom-agent connect" in line and "INTERCOM_ACCESS_TOKEN" in line
    assert "Settings → Integrations" not in line and "not-a-valid-token" not in line


@pytest.mark.parametrize("where", ["first", "after the command", "last"])
def test_debug_is_accepted_anywhere(where: str) -> None:
    args = ["call", "intercom_nope"]
    position = {"first": 0, "after the command": 1, "last": len(args)}[where]
    args.insert(position, "--debug")
    out = run(*args)
    assert out.returncode == 2 and "Traceback" in out.stderr and "InvalidInputError" in out.stderr


def test_help_documents_the_exit_codes() -> None:
    out = run("--help")
    assert out.returncode == 0 and "Exit codes: 0 success; 1" in " ".join(out.stdout.split())


@pytest.mark.parametrize(
    ("flags", "says"),
    [
        ((), "platform mode"),
        (("--sandbox",), "single connection: the embedded Intercom sandbox"),
    ],
)
def test_the_http_banner_states_the_mode(flags: tuple[str, ...], says: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers.sandboxes import clean_env

    env = clean_env(INTERCOM_AGENT_HOME=str(tmp_path), INTERCOM_MCP_TOKEN="t", PYTHONUNBUFFERED="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "intercom_agent.cli", "mcp", "--transport", "http", "--port", "0", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()
    finally:
        server.terminate()
        server.communicate(timeout=10)
    assert banner.startswith("MCP server (streamable HTTP) at http://127.0.0.1:") and says in banner


def test_ctrl_c_at_the_prompt_leaves_at_once() -> None:
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers.sandboxes import clean_env

    chat = subprocess.Popen(
        [sys.executable, "-m", "intercom_agent.cli", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(PYTHONUNBUFFERED="1", COLUMNS="120"),
        # As at a terminal: Ctrl-C's default action (a parent run in the background may have ignored it).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert chat.stdout is not None
    while "Ask about your Intercom workspace" not in chat.stdout.readline():
        pass
    time.sleep(0.3)  # now waiting at the prompt, with nothing typed
    chat.send_signal(signal.SIGINT)
    _, errors = chat.communicate(timeout=5)
    assert chat.returncode == 130 and "Traceback" not in errors
