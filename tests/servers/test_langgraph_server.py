"""The graphs on LangGraph Server: `langgraph dev` (the in-memory runtime) started from langgraph.json,
driven by the official `langgraph-sdk`, Intercom served by the sandbox, credentials in each store a
deployer can pick: a real PostgreSQL, and the embedded SQLite default.

Two tenants connect (OAuth) to the sandbox's two workspaces; both run the agent and every flow,
interleaved and concurrently, and each sees only its own workspace. A disconnected credential pauses
the run with a link; the link goes through Intercom to the deployment's own callback (langgraph.json's
custom routes), and the resumed thread answers from the tenant's workspace. Progress streams through
the server; bad input is refused with the field named.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cryptography.fernet import Fernet

from intercom_agent.auth import OAuthConfig, OAuthFlow
from intercom_agent.sandbox import DEFAULT_TOKEN, SECOND_TOKEN, Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.stores import Keyring, SqliteCredentialStore
from intercom_agent.stores.postgres import PostgresCredentialStore
from tests.helpers.calls import leaks, personal_values
from tests.helpers.processes import port_for_a_child
from tests.helpers.sandboxes import clean_env

pytest.importorskip("langgraph_sdk")
pytestmark = [pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]
REDIRECT = "http://127.0.0.1:9/callback"
RUNS = {"postgres": 400, "sqlite": 80}  # two tenants, interleaved


def _ids(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {str(value["id"])} if isinstance(value.get("id"), str | int) else set()
        return found | {i for v in value.values() for i in _ids(v)}
    if isinstance(value, list):
        return {i for v in value for i in _ids(v)}
    return set()


def _workspace_ids(box: Sandbox, token: str) -> set[str]:
    ws = box.workspaces[token]
    return {str(x["id"]) for x in [*ws.contacts, *ws.companies, *ws.conversations]}


@pytest.fixture(scope="module", params=["postgres", "sqlite"])
def world(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    kind = request.param
    own = Path(tempfile.mkdtemp(prefix="intercom-agent-lg-"))  # not pytest's shared root: a run started meanwhile
    home = own / "home"  # would delete a live server's files there (pytest keeps only its three newest)
    home.mkdir()
    env_store: dict[str, str] = {"INTERCOM_AGENT_HOME": str(home)}
    if kind == "postgres":
        import psycopg

        postgres_url = request.getfixturevalue("postgres_url")
        with psycopg.connect(postgres_url, autocommit=True) as db:
            db.execute("CREATE DATABASE langgraph_e2e")
        url = urlsplit(postgres_url)._replace(path="/langgraph_e2e").geturl()
        key = Fernet.generate_key()
        store: Any = PostgresCredentialStore(url, Keyring([key]))
        env_store.update(INTERCOM_AGENT_DATABASE_URL=url, INTERCOM_AGENT_KEY=key.decode())
    else:  # the embedded default: no database URL, the SQLite file and key file in INTERCOM_AGENT_HOME
        store = SqliteCredentialStore.from_env({"INTERCOM_AGENT_HOME": str(home)})
    box = Sandbox()
    served = box.serve()
    config = OAuthConfig(
        SANDBOX_CLIENT_ID,
        SANDBOX_CLIENT_SECRET,
        redirect_uri=REDIRECT,
        authorize_url=f"{served.url}/oauth",
        api_url=served.url,
    )
    flow = OAuthFlow(config, store)
    credentials = {}
    tenants = (
        ("tenant-us", "demo-us"),
        ("tenant-eu", "demo-eu"),
        ("tenant-gone", "demo-us"),
        ("tenant-x", "demo-us"),
        ("tenant-y", "demo-eu"),
    )
    for tenant, workspace in tenants:
        authorize, state = flow.start(tenant, workspace=workspace)
        location = httpx.get(authorize, follow_redirects=False).headers["location"]
        code = parse_qs(urlsplit(location).query)["code"][0]
        credentials[tenant] = flow.complete(code, state, tenant).credential_id
    for tenant in ("tenant-gone", "tenant-x", "tenant-y"):
        flow.disconnect(credentials[tenant])  # revoked and erased; the ids stay known (to reconnect)

    port = port_for_a_child()
    base = f"http://127.0.0.1:{port}"
    env = clean_env(
        **env_store,
        # connecting from inside the conversation: the app's OAuth client, Intercom (the sandbox), and where
        # this deployment's callback is reachable (langgraph.json mounts it)
        INTERCOM_CLIENT_ID=SANDBOX_CLIENT_ID,
        INTERCOM_CLIENT_SECRET=SANDBOX_CLIENT_SECRET,
        INTERCOM_AUTHORIZE_URL=f"{served.url}/oauth",
        INTERCOM_OAUTH_API_URL=served.url,
        INTERCOM_AGENT_PUBLIC_URL=base,
        INTERCOM_AGENT_REDACT="pii" if kind == "sqlite" else "off",  # each setting a deployment can pick
        LANGSMITH_TRACING="false",
        LANGGRAPH_NO_ANALYTICS="1",
        PYTHONUNBUFFERED="1",
    )
    log = own / "langgraph.log"
    scratch = ROOT / ".langgraph_api"  # where `langgraph dev` keeps its in-memory runtime's files
    scratch_existed = scratch.exists()
    cli = Path(sys.executable).with_name("langgraph")
    with open(log, "w") as out:
        server = subprocess.Popen(
            [str(cli), "dev", "--port", str(port), "--no-browser", "--no-reload", "--n-jobs-per-worker", "16"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, log.read_text()[-3000:]
            try:
                if httpx.get(f"{base}/ok", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "langgraph dev did not start:\n" + log.read_text()[-3000:]
            time.sleep(0.25)
        yield {
            "kind": kind,
            "store": store,
            "url": base,
            "box": box,
            "credentials": credentials,
            "own": {
                "tenant-us": _workspace_ids(box, DEFAULT_TOKEN),
                "tenant-eu": _workspace_ids(box, SECOND_TOKEN),
            },
            "log": log,
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:  # pragma: no cover
            server.kill()
        served.stop()
        store.close()
        if not scratch_existed:
            shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(own, ignore_errors=True)


def _run(world: dict[str, Any], body: Any) -> Any:
    """Run ``body(client)`` with a langgraph-sdk client that is closed on its own event loop."""
    from langgraph_sdk import get_client

    async def main() -> Any:
        async with get_client(url=world["url"]) as client:
            return await body(client)

    return asyncio.run(main())


def _jobs(tenant: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        ("company_events", {"company": "Acme Corp", "max_contacts": 4, "events_per_contact": 1}),
        ("contact_overview", {"contact": "usr_00001", "events": 2, "conversations": 2}),
        ("find_conversations", {"text": "refund", "top": 1}),
        ("intercom_agent", {"messages": [{"role": "user", "content": "List Intercom contacts"}]}),
    ]


def test_every_graph_publishes_schemas_and_refuses_bad_input_by_name(world: dict[str, Any]) -> None:
    async def main(client: Any) -> None:
        assistants = await client.assistants.search()
        assert {a["graph_id"] for a in assistants} == {
            "intercom_agent",
            "company_events",
            "contact_overview",
            "find_conversations",
        }
        for assistant in assistants:
            schemas = await client.assistants.get_schemas(assistant["assistant_id"])
            for kind in ("input_schema", "output_schema", "context_schema"):
                assert schemas[kind] and schemas[kind].get("properties"), (assistant["graph_id"], kind)
            assert set(schemas["context_schema"]["properties"]) == {"credential_id"}
        context = {"credential_id": world["credentials"]["tenant-us"]}
        with pytest.raises(Exception, match="max_contacts"):
            await client.runs.wait(
                None, "company_events", input={"company": "Acme Corp", "max_contacts": "x"}, context=context
            )

    _run(world, main)


def test_two_tenants_interleaved_and_concurrent_never_see_each_other(world: dict[str, Any]) -> None:
    credentials, own = world["credentials"], world["own"]

    async def main(client: Any) -> dict[str, int]:
        gate = asyncio.Semaphore(16)
        crossed = {"runs": 0, "cross": 0, "empty": 0}

        async def one(i: int) -> None:
            tenant = ("tenant-us", "tenant-eu")[i % 2]
            graph, payload = _jobs(tenant)[(i // 2) % 4]
            async with gate:
                result = await client.runs.wait(
                    None, graph, input=payload, context={"credential_id": credentials[tenant]}
                )
            ids = _ids(result)
            other = own["tenant-eu" if tenant == "tenant-us" else "tenant-us"]
            crossed["runs"] += 1
            crossed["cross"] += len(ids & (other - own[tenant]))
            crossed["empty"] += not (ids & own[tenant])

        await asyncio.gather(*(one(i) for i in range(RUNS[world["kind"]])))
        return crossed

    counts = _run(world, main)
    assert counts == {"runs": RUNS[world["kind"]], "cross": 0, "empty": 0}


def _paused(result: Any) -> dict[str, Any]:
    """The connect request a run paused with."""
    interrupts = result.get("__interrupt__") if isinstance(result, dict) else None
    assert interrupts, f"the run did not pause: {str(result)[:300]}"
    value: dict[str, Any] = interrupts[0]["value"]
    assert value["type"] == "connect_intercom" and value["url"] and value["message"]
    return value


async def _open(link: str, workspace: str, deployment: str) -> str:
    """A person's browser: Intercom's page (the sandbox), then the deployment's own callback page."""
    async with httpx.AsyncClient(timeout=30) as browser:
        back = (await browser.get(f"{link}&workspace={workspace}")).headers["location"]
        assert back.startswith(f"{deployment}/intercom/callback?")
        page = await browser.get(back)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store", page.text
    return page.text


def test_a_disconnected_credential_connects_from_inside_the_conversation(world: dict[str, Any]) -> None:
    box, credentials, own = world["box"], world["credentials"], world["own"]
    jobs = [
        (
            "tenant-x",
            "demo-us",
            "tenant-us",
            "intercom_agent",
            {"messages": [{"role": "user", "content": "List Intercom contacts"}]},
        ),
        (
            "tenant-y",
            "demo-eu",
            "tenant-eu",
            "company_events",
            {"company": "Acme Corp", "max_contacts": 3, "events_per_contact": 1},
        ),
    ]

    async def main(client: Any) -> None:
        async def one(tenant: str, workspace: str, owner: str, graph: str, payload: dict[str, Any]) -> None:
            context = {"credential_id": credentials[tenant]}
            thread = (await client.threads.create())["thread_id"]
            seen = len([r for r in box.requests if r.workspace])
            asked = _paused(await client.runs.wait(thread, graph, input=payload, context=context))
            assert len([r for r in box.requests if r.workspace]) == seen  # nothing reached Intercom's API
            again = _paused(await client.runs.wait(thread, graph, command={"resume": {}}, context=context))
            assert again["url"] != asked["url"]  # resumed before connecting: asked again, with a fresh link
            page = await _open(again["url"], workspace, world["url"])
            assert "Intercom is connected" in page and "Return to the conversation" in page
            answer = await client.runs.wait(thread, graph, command={"resume": {}}, context=context)
            assert "__interrupt__" not in answer
            ids = _ids(answer)
            other = own["tenant-eu" if owner == "tenant-us" else "tenant-us"]
            assert ids & own[owner] and not ids & (other - own[owner])  # this tenant's workspace, only
            if graph == "intercom_agent":  # the question was answered, not asked again
                assert [m["content"] for m in answer["messages"] if m["type"] == "human"] == ["List Intercom contacts"]
            fresh = await client.runs.wait(None, graph, input=payload, context=context)  # a new thread: no pause
            assert "__interrupt__" not in fresh and _ids(fresh) & own[owner]

        await asyncio.gather(*(one(*job) for job in jobs))  # two tenants, interleaved
        seen = len(box.requests)
        with pytest.raises(Exception, match="connect Intercom"):  # no credential id at all: nothing to connect
            await client.runs.wait(None, "company_events", input={"company": "Acme Corp"})
        assert len(box.requests) == seen

    _run(world, main)
    assert world["store"].get(credentials["tenant-gone"]).status == "disconnected"  # the others stay as they were


def test_progress_streams_through_the_server(world: dict[str, Any]) -> None:
    async def main(client: Any) -> list[dict[str, Any]]:
        thread = await client.threads.create()
        events = []
        async for part in client.runs.stream(
            thread["thread_id"],
            "company_events",
            input={"company": "Acme Corp", "max_contacts": 6, "events_per_contact": 1},
            context={"credential_id": world["credentials"]["tenant-us"]},
            stream_mode=["custom"],
        ):
            if part.event == "custom":
                events.append(part.data)
        return events

    events = _run(world, main)
    stages = [e.get("stage") for e in events]
    assert "company" in stages and stages.count("events") == 6
    done = [e["done"] for e in events if e.get("stage") == "events"]
    assert sorted(done) == list(range(1, 7))


def test_the_deployment_s_guardrails_hold_for_every_graph(world: dict[str, Any]) -> None:
    """The SQLite world redacts (INTERCOM_AGENT_REDACT=pii), the PostgreSQL world does not. Everything a
    client can read back (every stream mode, subgraphs included, thread state and history) is checked
    for the workspace's emails and names; every graph's calls are in the audit trail."""
    redacting = world["kind"] == "sqlite"
    context = {"credential_id": world["credentials"]["tenant-us"]}

    async def main(client: Any) -> str:
        kept = []
        for graph, payload in _jobs("tenant-us"):
            thread = (await client.threads.create())["thread_id"]
            modes = ["values", "updates", "custom", "messages-tuple", "debug"]
            async for part in client.runs.stream(
                thread, graph, input=payload, context=context, stream_mode=modes, stream_subgraphs=True
            ):
                kept.append(str(part.data))
            kept.append(str(await client.threads.get_state(thread, subgraphs=True)))
            kept.append(str(await client.threads.get_history(thread, limit=50)))
        return "\n".join(kept)

    shown = leaks(_run(world, main), personal_values())
    assert (not shown) if redacting else shown, shown[:3]
    wanted = {"intercom_company_contacts_events", "intercom_contact_overview", "intercom_find_conversations"}
    wanted.add("intercom_list_all_contacts")  # the agent's call
    deadline = time.monotonic() + 30
    while True:  # the server's audit writer flushes in the background
        audited = {e.tool for e in world["store"].audit(limit=10**5) if e.front_end == "langgraph"}
        if wanted <= audited or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert wanted <= audited
