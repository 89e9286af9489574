"""One contract, three stores: in-memory, SQLite, and PostgreSQL (a real server the tests start).

Every rule the toolkit relies on is checked against each store the same way: only active
credentials resolve, disconnect erases the token, a 401 marks a credential invalid, reconnecting a
workspace finds its credential, OAuth states are single-use (across replicas for the databases),
tokens are encrypted at rest and keys rotate.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cryptography.fernet import Fernet

from intercom_agent.auth import OAuthConfig, OAuthFlow, store_provider
from intercom_agent.errors import AuthenticationError, NotConnectedError, OAuthError
from intercom_agent.sandbox import DEFAULT_TOKEN, Sandbox
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.stores import (
    AsyncStore,
    Credential,
    KeyConfigError,
    Keyring,
    MemoryCredentialStore,
    PendingState,
    SqliteCredentialStore,
    async_resolver_for,
    resolver_for,
)
from intercom_agent.stores.postgres import AsyncPostgresCredentialStore, PostgresCredentialStore
from intercom_agent.stores.sql import SCHEMA_VERSION

KEY_A, KEY_B = Fernet.generate_key(), Fernet.generate_key()
SECRET = "tok-very-secret-4242"
KINDS = ["memory", "sqlite", "postgres"]


def _credential(cid: str, tenant: str | None = "t1", workspace: str = "demo-us", created: float = 1.0) -> Credential:
    return Credential(cid, SECRET, workspace, "Demo", "us", None, created_at=created, tenant=tenant)


@pytest.fixture
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Opens the kind's store; called twice it gives two handles on one database (two replicas)."""
    kind = request.param
    opened: list[Any] = []
    memory = MemoryCredentialStore()
    url = request.getfixturevalue("fresh_database") if kind == "postgres" else ""

    def open_(keys: list[bytes] | None = None) -> Any:
        ring = Keyring(keys or [KEY_A])
        if kind == "memory":
            return memory
        store = (
            SqliteCredentialStore(tmp_path / "c.sqlite3", ring)
            if kind == "sqlite"
            else PostgresCredentialStore(url, ring, max_size=4)
        )
        opened.append(store)
        return store

    open_.kind = kind  # type: ignore[attr-defined]
    yield open_
    for store in opened:
        store.close()


pytestmark = pytest.mark.parametrize("opener", KINDS, indirect=True)


def test_put_get_list_and_no_token_in_reprs(opener: Callable[..., Any]) -> None:
    store = opener()
    store.put(_credential("c1", created=2.0))
    store.put(_credential("c2", tenant="t2", created=1.0))
    got = store.get("c1")
    assert got == _credential("c1", created=2.0) and SECRET not in repr(got) and SECRET not in repr(store)
    assert [c.credential_id for c in store.list()] == ["c2", "c1"]
    assert [c.credential_id for c in store.list("t2")] == ["c2"]
    assert store.get("nope") is None
    store.put(_credential("c1", workspace="demo-eu", created=2.0))  # put replaces
    assert store.get("c1").workspace_id == "demo-eu" and len(store.list()) == 2


def test_only_active_credentials_resolve_and_disconnect_erases_the_token(opener: Callable[..., Any]) -> None:
    store = opener()
    now = [1000.0]
    resolve, unauthorized = resolver_for(store, clock=lambda: now[0])
    store.put(_credential("c1"))
    assert resolve("c1") is not None and store.get("c1").last_used_at == 1000.0
    now[0] += 5
    resolve("c1")
    assert store.get("c1").last_used_at == 1000.0  # last use is written at most once a minute
    unauthorized("c1")
    assert store.get("c1").status == "invalid" and resolve("c1") is None
    store.put(_credential("c1"))
    store.set_status("c1", "disconnected")
    assert store.get("c1").token == "" and store.get("c1").status == "disconnected" and resolve("c1") is None
    assert resolve("unknown") is None


def test_a_401_marks_the_credential_invalid_and_later_calls_send_nothing(opener: Callable[..., Any]) -> None:
    store = opener()
    box = Sandbox()
    store.put(Credential("good", DEFAULT_TOKEN, "demo-us", tenant="t1"))
    store.put(Credential("revoked", "not-a-token", "demo-us", tenant="t1"))
    provider = store_provider(None, store, transport=box.transport())
    from intercom_agent import operations as ops

    assert provider.sync_client("good").call(ops.LIST_TEAMS).items
    with pytest.raises(AuthenticationError):
        provider.sync_client("revoked").call(ops.LIST_TEAMS)
    assert store.get("revoked").status == "invalid"
    seen = len(box.requests)
    with pytest.raises(NotConnectedError):
        provider.sync_client("revoked")
    assert len(box.requests) == seen
    provider.close()


def test_delete_forgets_and_find_gives_the_tenants_credential_for_a_workspace(opener: Callable[..., Any]) -> None:
    store = opener()
    store.put(_credential("old", created=1.0))
    store.put(_credential("new", created=2.0))
    store.put(_credential("other", tenant="t2", created=3.0))
    store.put(_credential("cli", tenant=None, created=4.0))
    assert store.find("t1", "demo-us").credential_id == "new"
    assert store.find("t2", "demo-us").credential_id == "other"
    assert store.find(None, "demo-us").credential_id == "cli"
    assert store.find("t1", "demo-eu") is None and store.find("t3", "demo-us") is None
    assert store.delete("new") is True and store.delete("new") is False and store.get("new") is None
    assert store.find("t1", "demo-us").credential_id == "old"


def test_oauth_states_are_single_use_even_when_two_replicas_race(opener: Callable[..., Any]) -> None:
    first, second = opener(), opener()
    first.save_state("s1", PendingState("t1", 99.0))
    assert second.take_state("s1") == PendingState("t1", 99.0)
    assert first.take_state("s1") is None and second.take_state("s1") is None
    for i in range(20):
        first.save_state(f"race{i}", PendingState("t1", 99.0))
    wins: list[int] = []
    barrier = threading.Barrier(2)

    def take(store: Any) -> None:
        barrier.wait()
        wins.extend(1 for i in range(20) if store.take_state(f"race{i}") is not None)

    threads = [threading.Thread(target=take, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 20  # every state taken exactly once


def test_connect_on_one_replica_complete_on_another_and_reconnect_reactivates(opener: Callable[..., Any]) -> None:
    box = Sandbox()
    config = OAuthConfig(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, api_url="http://sandbox.invalid")
    replica_a = OAuthFlow(config, opener(), transport=box.transport())
    replica_b = OAuthFlow(config, opener(), transport=box.transport())
    _, state = replica_a.start("t1")
    code = _approve(box, state)
    first = replica_b.complete(code, state, "t1")
    with pytest.raises(OAuthError, match="already used"):
        replica_a.complete(code, state, "t1")
    replica_a.disconnect(first.credential_id)
    _, state = replica_a.start("t1")
    again = replica_b.complete(_approve(box, state), state, "t1")
    assert again.credential_id == first.credential_id and again.status == "active" and again.token


def _approve(box: Sandbox, state: str) -> str:
    """The person approves in Intercom (the sandbox's /oauth): the code it redirects back with."""
    with httpx.Client(transport=box.transport(), base_url="http://sandbox.invalid") as http:
        query = {"client_id": SANDBOX_CLIENT_ID, "state": state, "redirect_uri": "http://127.0.0.1:9/callback"}
        reply = http.get("/oauth", params=query)
    return parse_qs(urlsplit(reply.headers["location"]).query)["code"][0]


def test_async_interface_matches(opener: Callable[..., Any], request: pytest.FixtureRequest) -> None:
    kind = opener.kind  # type: ignore[attr-defined]
    sync_store = opener()
    if kind == "postgres":
        url = request.getfixturevalue("fresh_database")
        store: Any = AsyncPostgresCredentialStore(url, Keyring([KEY_A]), max_size=2)
    else:
        store = AsyncStore(sync_store)

    async def scenario() -> None:
        await store.put(_credential("c1"))
        assert (await store.get("c1")).token == SECRET
        resolve = async_resolver_for(store, clock=lambda: 5.0)
        assert await resolve("c1") is not None and (await store.get("c1")).last_used_at == 5.0
        await store.set_status("c1", "disconnected")
        assert await resolve("c1") is None and (await store.get("c1")).token == ""
        assert (await store.find("t1", "demo-us")).credential_id == "c1"
        await store.save_state("s", PendingState(None, 1.0))
        assert await store.take_state("s") == PendingState(None, 1.0) and await store.take_state("s") is None
        assert [c.credential_id for c in await store.list()] == ["c1"]
        assert await store.delete("c1") is True
        if kind == "postgres":
            await store.close()

    asyncio.run(scenario())


def test_tokens_are_encrypted_at_rest_and_keys_rotate(
    opener: Callable[..., Any], request: pytest.FixtureRequest
) -> None:
    kind = opener.kind  # type: ignore[attr-defined]
    if kind == "memory":
        pytest.skip("the in-memory store keeps nothing at rest")
    opener([KEY_A]).put(_credential("c1"))
    raw = _raw_token(opener, request)
    assert SECRET.encode() not in raw and Fernet(KEY_A).decrypt(raw) == SECRET.encode()
    rotating = opener([KEY_B, KEY_A])  # the new key first, the old one still accepted
    assert rotating.get("c1").token == SECRET
    assert rotating.rotate_keys() == 1
    assert opener([KEY_B]).get("c1").token == SECRET
    with pytest.raises(KeyConfigError, match="not among the configured"):
        opener([KEY_A]).get("c1")


def test_no_table_holds_a_token_in_plaintext(opener: Callable[..., Any]) -> None:
    kind = opener.kind  # type: ignore[attr-defined]
    if kind == "memory":
        pytest.skip("the in-memory store keeps nothing at rest")
    store = opener()
    store.put(_credential("c1"))
    store.save_state("s1", PendingState("t1", 9.0))
    store.save_grant("client", "mcp-client", '{"client_secret": "' + SECRET + '"}', 2e9)
    if isinstance(store, SqliteCredentialStore):
        wal = store.path.with_name(store.path.name + "-wal")  # what is at rest: the file and its write-ahead log
        raw = store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    else:
        with store.pool.connection() as db:
            tables = [
                r[0] for r in db.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE 'intercom_agent_%'")
            ]
            raw = "\n".join(str(db.execute(f"SELECT t::text FROM {t} t").fetchall()) for t in tables).encode()
            assert len(tables) == 5  # credentials, oauth_states, grants, audit, schema_version
    assert SECRET.encode() not in raw and b"c1" in raw


def _raw_token(opener: Callable[..., Any], request: pytest.FixtureRequest) -> bytes:
    store = opener()
    if isinstance(store, SqliteCredentialStore):
        with sqlite3.connect(store.path) as db:
            return bytes(db.execute("SELECT token FROM credentials").fetchone()[0])
    with store.pool.connection() as db:
        return bytes(db.execute("SELECT token FROM intercom_agent_credentials").fetchone()[0])


def test_schema_is_versioned_and_reopening_is_idempotent(opener: Callable[..., Any]) -> None:
    if opener.kind == "memory":  # type: ignore[attr-defined]
        pytest.skip("no schema")
    first = opener()
    first.put(_credential("c1"))
    second = opener()
    assert first.schema_version() == second.schema_version() == SCHEMA_VERSION and second.get("c1") is not None


def test_grants_are_shared_by_replicas_taken_once_and_expire(opener: Callable[..., Any]) -> None:
    import time

    first, second = opener(), opener()
    first.save_grant("code", "k1", '{"a": 1}', time.time() + 60)
    first.save_grant("code", "old", "{}", time.time() - 1)
    assert second.get_grant("code", "k1") == '{"a": 1}' and second.get_grant("code", "old") is None
    assert second.take_grant("code", "k1") == '{"a": 1}' and first.take_grant("code", "k1") is None
    first.save_grant("access", "k2", "x", time.time() + 60)
    second.drop_grant("access", "k2")
    assert first.get_grant("access", "k2") is None and first.get_grant("nope", "k2") is None


def test_the_audit_trail_appends_lists_sums_and_keeps_only_its_retention(opener: Callable[..., Any]) -> None:
    from intercom_agent.stores import AuditEntry

    store, replica = opener(), opener()
    day = 86_400.0
    old = AuditEntry(at=1_000.0, tool="intercom_list_all_teams", credential_id="c1", records=6)
    new = [
        AuditEntry(
            at=40 * day + i, tool="intercom_list_all_contacts", credential_id="c1", args={"per_page": 5}, records=5
        )
        for i in range(3)
    ]
    store.record_audit([old])
    replica.record_audit(new, purge_before=40 * day - 30 * day)  # retention: 30 days before the newest
    listed = store.audit()
    assert [e.at for e in listed] == [e.at for e in new]  # the old entry is gone, on every handle
    assert (
        listed[0].args == {"per_page": 5} and listed[0].records == 5 and listed[0].tool == "intercom_list_all_contacts"
    )
    assert store.records_read("c1", 40 * day + 1) == (10, 40 * day + 1)  # what a replica wrote counts
    assert store.records_read("c2", 0) == (0, None)
    assert [e.at for e in store.audit("c1", since=40 * day + 2)] == [40 * day + 2]
    assert store.digest("dev@example.com") == store.digest("dev@example.com") != store.digest("dev2@example.com")
    assert "dev@example.com" not in store.digest("dev@example.com")


def test_the_embedded_store_and_its_write_ahead_log_are_private(opener: Callable[..., Any], tmp_path: Path) -> None:
    """The store runs in WAL mode: rows sit in ``-wal`` before a checkpoint, so it is kept 0600 like the file."""
    import os
    import stat

    if opener.kind != "sqlite":  # type: ignore[attr-defined]
        pytest.skip("only the embedded store keeps files")
    old = os.umask(0o022)  # a permissive umask: the files must not follow it
    try:
        store = SqliteCredentialStore(tmp_path / "credentials.sqlite3", Keyring([KEY_A]))
        store.put(_credential("c1"))
    finally:
        os.umask(old)
    assert store._one(("PRAGMA journal_mode", ()))[0] == "wal"
    files = sorted(tmp_path.glob("credentials.sqlite3*"))
    assert {f.name for f in files} >= {"credentials.sqlite3", "credentials.sqlite3-wal"}
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files), [(f.name, oct(f.stat().st_mode)) for f in files]


def test_a_store_or_key_file_that_is_a_link_or_anothers_is_refused(opener: Callable[..., Any], tmp_path: Path) -> None:
    import os

    from intercom_agent.stores.keys import read_key_file

    if opener.kind != "sqlite":  # type: ignore[attr-defined]
        pytest.skip("only the embedded store keeps files")
    target = tmp_path / "victim.txt"
    target.write_text("precious")
    home = tmp_path / "home"
    home.mkdir()
    (home / "credentials.sqlite3").symlink_to(target)  # a link planted in the data directory
    with pytest.raises(KeyConfigError, match="symbolic link"):
        SqliteCredentialStore(home / "credentials.sqlite3", Keyring([KEY_A]))
    (home / "key").symlink_to(target)
    with pytest.raises(KeyConfigError, match="symbolic link"):
        read_key_file(home / "key")
    assert target.read_text() == "precious"
    (home / "credentials.sqlite3").unlink()
    for side in ("-journal", "-wal"):  # the write-ahead log holds rows too, until they are checkpointed
        (home / f"credentials.sqlite3{side}").symlink_to(target)
        with pytest.raises(KeyConfigError, match="symbolic link"):
            SqliteCredentialStore(home / "credentials.sqlite3", Keyring([KEY_A]))
        (home / f"credentials.sqlite3{side}").unlink()
    assert target.read_text() == "precious"
    if os.getuid() == 0:  # only root can give a file to someone else
        theirs = tmp_path / "theirs.sqlite3"
        theirs.touch()
        os.chown(theirs, 4242, 4242)
        with pytest.raises(KeyConfigError, match="owned by another user"):
            SqliteCredentialStore(theirs, Keyring([KEY_A]))
