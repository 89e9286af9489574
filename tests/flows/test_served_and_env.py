"""The sandbox over real HTTP on 127.0.0.1, and configuration from the environment."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from intercom_agent import operations as ops
from intercom_agent.client import AsyncIntercomClient, IntercomClient
from intercom_agent.errors import InvalidInputError
from intercom_agent.protocol import REGION_URLS
from intercom_agent.ratelimit import RetryConfig
from intercom_agent.sandbox import Faults, Sandbox
from tests.helpers.sandboxes import FAST_RETRY


@pytest.mark.e2e
async def test_served_sandbox_matches_in_process() -> None:
    box = Sandbox()
    with box.serve() as served:
        assert served.url.startswith("http://127.0.0.1:")
        with IntercomClient("sandbox-token-us", base_url=served.url, retry=FAST_RETRY) as client:
            over_http = client.collect(ops.LIST_CONTACTS, per_page=100).items
            events_user = next(
                c["external_id"]
                for c in box.workspaces["sandbox-token-us"].contacts
                if len(box.workspaces["sandbox-token-us"].events.get(c["id"], [])) > 30
            )
            events = client.collect(ops.LIST_EVENTS, user_id=events_user, per_page=10).items
        async with AsyncIntercomClient("sandbox-token-us", base_url=served.url, retry=FAST_RETRY) as aclient:
            teams = await aclient.call(ops.LIST_TEAMS)
        raw = httpx.get(served.url + "/teams", headers={"Authorization": "Bearer nope"})
    in_process = IntercomClient.sandbox(box).collect(ops.LIST_CONTACTS, per_page=150).items
    assert [c.id for c in over_http] == [c.id for c in in_process]
    assert len(events) > 30 and len(teams.items) >= 5
    assert raw.status_code == 401 and raw.json()["type"] == "error.list"
    assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(raw.headers)


@pytest.mark.e2e
def test_served_sandbox_drops_connections_and_client_retries() -> None:
    box = Sandbox(faults=Faults(drop_rate=0.25, seed=2))
    with box.serve() as served:
        with IntercomClient("sandbox-token-us", base_url=served.url, retry=FAST_RETRY) as client:
            got = client.collect(ops.LIST_CONTACTS, per_page=40).items
    assert len(got) == len(box.workspaces["sandbox-token-us"].contacts)
    assert len(box.requests) > 9  # 9 pages, plus the dropped ones retried


def test_from_env_defaults_to_the_sandbox_and_says_so() -> None:
    client = IntercomClient.from_env({})
    assert client.is_sandbox and "embedded Intercom sandbox" in client.describe()
    assert client.call(ops.GET_ME).app.id_code == "demo-us"  # type: ignore[union-attr]


def test_from_env_reads_region_and_version() -> None:
    client = IntercomClient.from_env(
        {"INTERCOM_ACCESS_TOKEN": "t", "INTERCOM_REGION": "eu", "INTERCOM_API_VERSION": "2.13"}
    )
    assert client.base_url == REGION_URLS["eu"] and not client.is_sandbox
    assert client._core.api_version == "2.13"
    explicit = IntercomClient.from_env({"INTERCOM_ACCESS_TOKEN": "t", "INTERCOM_BASE_URL": "http://127.0.0.1:9/"})
    assert explicit.base_url == "http://127.0.0.1:9"
    with pytest.raises(InvalidInputError, match="region"):
        IntercomClient.from_env({"INTERCOM_ACCESS_TOKEN": "t", "INTERCOM_REGION": "mars"})


def test_version_header_is_always_sent() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Intercom-Version"))
        return httpx.Response(200, json={"type": "team.list", "teams": []})

    IntercomClient("t", transport=httpx.MockTransport(handler), retry=RetryConfig()).call(ops.LIST_TEAMS)
    assert seen == ["2.14"]


def test_environment_is_not_read_at_import() -> None:
    code = (
        "import os; os.environ['INTERCOM_ACCESS_TOKEN']='x';"
        "import intercom_agent, intercom_agent.client as c;"
        "os.environ.pop('INTERCOM_ACCESS_TOKEN');"
        "print(c.IntercomClient.from_env().is_sandbox)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_a_token_provider_is_asked_on_every_request() -> None:
    """The hook for platforms whose tokens rotate: a callable instead of a token."""
    box = Sandbox()
    tokens = iter(["sandbox-token-us", "sandbox-token-eu"])
    client = IntercomClient(
        lambda: next(tokens), base_url="https://api.intercom.io", transport=box.transport(), retry=FAST_RETRY
    )
    first, second = client.call(ops.GET_ME), client.call(ops.GET_ME)
    assert (first.app.id_code, second.app.id_code) == ("demo-us", "demo-eu")  # type: ignore[union-attr]
