"""The CLI, driven as a person would: subprocesses, stdin for the interactive chat, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.helpers.processes import run
from tests.helpers.sandboxes import clean_env


def test_demo_answers_the_integrations_example_flow_quickly() -> None:
    started = time.monotonic()
    out = run("demo")
    elapsed = time.monotonic() - started
    assert out.returncode == 0, out.stderr
    assert "embedded Intercom sandbox" in out.stdout
    assert "Acme Corp — 30 contacts" in out.stdout and "Recent events" in out.stdout
    assert "Acme Corp: 30 contacts, events for 30, 0 failed." in out.stdout
    assert elapsed < 5, f"demo took {elapsed:.1f}s"


def test_demo_with_an_ambiguous_company_asks_which_one() -> None:
    out = run("demo", "--company", "Globex")
    assert out.returncode == 1 and "Which one?" in out.stderr and len(out.stderr.splitlines()) == 1


def test_one_shot_chat_shows_the_tool_call_and_a_table() -> None:
    out = run("chat", "List contacts at Acme Corp and show their recent events")
    assert out.returncode == 0, out.stderr
    assert "→ intercom_company_contacts_events(company='Acme Corp')" in out.stdout
    assert "Acme Corp — 30 contacts" in out.stdout


def test_interactive_chat_reads_stdin_until_ctrl_d() -> None:
    out = run("chat", stdin="List Intercom teams\nEvents for usr_00001\nWhat's the weather?\n")
    assert out.returncode == 0, out.stderr
    assert '"Support" id=7000' in out.stdout
    assert "→ intercom_list_events(user_id='usr_00001')" in out.stdout
    assert "outside what I do" in out.stdout and "Traceback" not in out.stderr


def test_tools_and_call() -> None:
    listing = run("tools")
    assert listing.returncode == 0 and listing.stdout.count("intercom_") >= 14
    as_json = json.loads(run("tools", "--json").stdout)
    assert len(as_json) == 14 and all("runtime" not in json.dumps(t["args"]) for t in as_json)
    called = run("call", "intercom_list_segments", "--args", '{"include_count": true}', "--json")
    result = json.loads(called.stdout)
    assert called.returncode == 0 and result["status"] == "success" and len(result["artifact"]["segments"]) == 9


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("call", "intercom_list_segments", "--args", "{not json"), "Invalid argument '--args': is not valid JSON"),
        (("call", "intercom_nope"), "unknown tool 'intercom_nope'"),
        (("call", "intercom_list_companies", "--args", '{"per_page": 500}'), "per_page"),
        (("call", "intercom_list_all_teams", "--credential-id", "nobody"), "run `intercom-agent connect`"),
    ],
)
def test_errors_are_one_line_with_the_fix_and_no_traceback(args: tuple[str, ...], says: str, tmp_path: Path) -> None:
    out = run(*args, env={"INTERCOM_AGENT_HOME": str(tmp_path)})
    assert out.returncode != 0
    text = out.stdout + out.stderr
    assert says in text and "Traceback" not in text
    assert len([line for line in out.stderr.splitlines() if line.strip()]) <= 1


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    out = run("--debug", "call", "intercom_nope", env={"INTERCOM_AGENT_HOME": str(tmp_path)})
    assert out.returncode != 0 and "Traceback" in out.stderr


@pytest.mark.e2e
def test_sandbox_connect_credentials_call_disconnect(tmp_path: Path) -> None:
    env = clean_env()
    env.update({"INTERCOM_AGENT_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"})
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "intercom_agent.cli", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert sandbox.stdout is not None
        url = sandbox.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        connect = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "intercom_agent.cli",
                "connect",
                "--client-id",
                "sandbox-client-id",
                "--client-secret",
                "sandbox-client-secret",
                "--authorize-url",
                f"{url}/oauth",
                "--api-url",
                url,
                "--no-browser",
                "--timeout",
                "30",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert connect.stdout is not None
        assert "Open this URL" in connect.stdout.readline()
        authorize = connect.stdout.readline().strip()
        callback = parse_qs(urlsplit(authorize).query)["redirect_uri"][0]
        forged = httpx.get(callback, params={"code": "x", "state": "forged"})  # another page pokes the callback
        assert forged.status_code == 400 and "still waiting" in forged.text and connect.poll() is None
        page = httpx.get(authorize, follow_redirects=True)  # the browser: approve, follow back to the callback
        assert page.status_code == 200 and "connected" in page.text
        output, errors = connect.communicate(timeout=30)
        assert connect.returncode == 0, errors
        credential_id = output.split("credential id: ")[1].strip()
        listing = run("credentials", env={"INTERCOM_AGENT_HOME": str(tmp_path)})
        assert credential_id in listing.stdout and "active" in listing.stdout and "demo-us" in listing.stdout
        used = run(
            "call",
            "intercom_list_all_teams",
            "--credential-id",
            credential_id,
            env={"INTERCOM_AGENT_HOME": str(tmp_path)},
        )
        assert used.returncode == 0 and "Support" in used.stdout
        gone = run("disconnect", credential_id, env={"INTERCOM_AGENT_HOME": str(tmp_path)})
        assert gone.returncode == 0 and "Disconnected" in gone.stdout
        refused = run(
            "call",
            "intercom_list_all_teams",
            "--credential-id",
            credential_id,
            env={"INTERCOM_AGENT_HOME": str(tmp_path)},
        )
        assert refused.returncode == 2 and "intercom-agent connect" in refused.stderr
        for text in (output, errors, listing.stdout, used.stdout, gone.stdout, refused.stderr):
            assert "sandbox-oauth-" not in text  # the token itself is never printed
    finally:
        sandbox.terminate()
        sandbox.communicate(timeout=10)


def test_chat_memory_carries_a_conversation_across_runs(tmp_path: Path) -> None:
    memory = str(tmp_path / "chat.sqlite3")
    first = run("chat", "--memory", memory, "List Intercom contacts")
    assert first.returncode == 0, first.stderr
    second = run("chat", "--memory", memory, "Events for the first one")
    assert second.returncode == 0, second.stderr
    assert "→ intercom_list_events(user_id=" in second.stdout  # "the first one" is from the first run
    forgetful = run("chat", "Events for this contact")
    assert "Which contact?" in forgetful.stdout


def test_tables_say_what_the_page_leaves_out() -> None:
    out = run("chat", "List Intercom contacts")
    assert "50 shown of 330; more: ask for the next page (next_cursor=" in out.stdout.replace("\n", " ")


def test_chat_connects_a_disconnected_credential_and_answers_the_question(tmp_path: Path) -> None:
    from intercom_agent.client import SANDBOX_URL
    from intercom_agent.sandbox import Sandbox
    from intercom_agent.stores import Credential, SqliteCredentialStore

    store = SqliteCredentialStore.from_env({"INTERCOM_AGENT_HOME": str(tmp_path)})
    store.put(Credential("cred-x", "", "demo-eu", base_url=SANDBOX_URL, status="disconnected", tenant="me"))
    store.close()
    with Sandbox().serve() as intercom:
        env = clean_env(
            INTERCOM_AGENT_HOME=str(tmp_path),
            INTERCOM_CLIENT_ID="sandbox-client-id",
            INTERCOM_CLIENT_SECRET="sandbox-client-secret",
            INTERCOM_AUTHORIZE_URL=f"{intercom.url}/oauth",
            INTERCOM_OAUTH_API_URL=intercom.url,
            COLUMNS="200",
            NO_COLOR="1",
            PYTHONUNBUFFERED="1",
        )
        chat = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "intercom_agent.cli",
                "chat",
                "List Intercom teams",
                "--credential-id",
                "cred-x",
                "--no-browser",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert chat.stdout is not None
        printed = []
        while not any("/oauth?" in line for line in printed):
            line = chat.stdout.readline()
            assert line, (printed, chat.stderr.read() if chat.stderr else "")
            printed.append(line)
        assert any("not connected" in line for line in printed)
        link = next(line for line in printed if "/oauth?" in line).strip()
        back = httpx.get(f"{link}&workspace=demo-eu").headers["location"]  # the browser, at Intercom
        assert httpx.get(back).status_code == 200  # back at the chat's own callback
        output, errors = chat.communicate(timeout=60)
    assert chat.returncode == 0, errors
    assert "Intercom is connected (Demo Workspace (EU))" in output and '"Support" id=7000' in output  # same question
