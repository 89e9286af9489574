"""The credential store's commands: ``connect`` (OAuth with a one-shot callback on 127.0.0.1),
``disconnect``, ``credentials``, ``rotate-key`` and ``audit``."""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import UTC, datetime
from typing import Any

from intercom_agent.cli.policy import port
from intercom_agent.errors import InvalidInputError

# OAuth, the stores and httpx load when a command runs, not for --help.


def cmd_connect(args: argparse.Namespace) -> int:
    import webbrowser

    from intercom_agent.auth import OAuthFlow
    from intercom_agent.cli.callback import CallbackServer, app_config
    from intercom_agent.stores import open_store

    callback = CallbackServer(args.port)
    try:
        flow = OAuthFlow(app_config(args, callback.redirect_uri), open_store())
        tenant = args.tenant or "cli"
        extra = {"workspace": args.workspace} if args.workspace else {}
        url, state = flow.start(tenant, **extra)
        print(f"Open this URL to connect Intercom:\n  {url}", flush=True)
        if not args.no_browser:
            webbrowser.open(url)
        query = callback.wait(state, args.timeout)
    finally:
        callback.close()
    credential = flow.complete(query.get("code"), query.get("state"), tenant)
    print(
        f"Connected workspace {credential.workspace_name} ({credential.workspace_id}, region "
        f"{credential.region}).\ncredential id: {credential.credential_id}"
    )
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from intercom_agent.auth import API_URL, OAuthConfig, OAuthFlow
    from intercom_agent.stores import open_store

    store = open_store()
    flow = OAuthFlow(OAuthConfig("", "", api_url=args.api_url or API_URL), store)
    revoked = flow.disconnect(args.credential_id, forget=not args.keep)
    print(
        f"Disconnected {args.credential_id}: token revoked and erased, "
        + ("kept in the list as disconnected" if args.keep else "credential forgotten")
        + ("" if revoked else " (Intercom did not confirm the revocation; uninstall the app in Intercom to be sure)")
        + "."
    )
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt every stored token with the newest key (see docs/deploy.md, key rotation)."""
    from intercom_agent.stores import KEY_VARIABLE, Keyring, SqliteCredentialStore, data_dir, new_key, open_store
    from intercom_agent.stores.keys import read_key_file, write_key_file

    if args.new_key:
        print(new_key().decode())
        return 0
    if os.environ.get(KEY_VARIABLE, "").strip():  # keys managed by the operator: re-encrypt with the newest
        store = open_store()
        count = store.rotate_keys()
        print(f"Re-encrypted {count} tokens with the newest key of {KEY_VARIABLE}; the older keys can now be removed.")
        return 0
    directory = data_dir()  # the embedded store's key file: add a key, re-encrypt, drop the old ones
    key_file = directory / "key"
    keys = [new_key(), *read_key_file(key_file)]
    write_key_file(key_file, keys)
    sqlite_store = SqliteCredentialStore(directory / "credentials.sqlite3", Keyring(keys))
    count = sqlite_store.rotate_keys()
    sqlite_store.close()
    write_key_file(key_file, keys[:1])
    print(f"Re-encrypted {count} tokens with a new key; {key_file} now holds only the new key.")
    return 0


def cmd_credentials(args: argparse.Namespace) -> int:
    from intercom_agent.stores import open_store

    store = open_store()
    rows = store.list()
    if not rows:
        print("No stored credentials. Connect one with: intercom-agent connect")
        return 0
    print(f"{'CREDENTIAL ID':22} {'WORKSPACE':28} {'REGION':6} {'STATUS':12} {'LAST USED':20}")
    for c in rows:
        used = time.strftime("%Y-%m-%d %H:%M", time.gmtime(c.last_used_at)) if c.last_used_at else "-"
        workspace = f"{c.workspace_name or '-'} ({c.workspace_id or '-'})"
        print(f"{c.credential_id:22} {workspace:28} {c.region:6} {c.status:12} {used:20}")
    return 0


def _since(text: str | None) -> float | None:
    """``--since``: an ISO date or date-time (UTC when no zone is given)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInputError(
            "--since", f"{text!r} is not an ISO date.", fix="For example: --since 2026-11-01"
        ) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def cmd_audit(args: argparse.Namespace) -> int:
    """The audit trail: every tool call and flow run, never a token or a personal value."""
    from intercom_agent.stores import open_store

    since = _since(args.since)
    entries = open_store().audit(args.credential_id, since, limit=args.limit)
    if args.json:
        rows = [
            {
                "time": datetime.fromtimestamp(e.at, UTC).isoformat(timespec="seconds"),
                "tool": e.tool,
                "credential_id": e.credential_id,
                "tenant": e.tenant,
                "args": e.args,
                "records": e.records,
                "outcome": e.outcome,
                "duration_ms": e.duration_ms,
                "front_end": e.front_end,
            }
            for e in entries
        ]
        print(json.dumps(rows, indent=2))
        return 0
    if not entries:
        print("No audited calls" + (" since then" if since else "") + ".")
        return 0
    print(f"{'TIME (UTC)':20} {'TOOL':40} {'CREDENTIAL':20} {'RECORDS':>7} {'OUTCOME':16} {'MS':>8}")
    for e in entries:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(e.at))
        print(f"{when:20} {e.tool:40} {e.credential_id or '-':20} {e.records:>7} {e.outcome:16} {e.duration_ms:>8.1f}")
    return 0


def add_commands(sub: Any) -> None:
    connect = sub.add_parser("connect", help="connect an Intercom workspace with OAuth and store the credential")
    connect.add_argument("--client-id", default=None, help="or INTERCOM_CLIENT_ID")
    connect.add_argument("--client-secret", default=None, help="or INTERCOM_CLIENT_SECRET")
    connect.add_argument("--port", type=port, default=0, help="callback port on 127.0.0.1 (0: a free one)")
    connect.add_argument("--authorize-url", default=None, help="or INTERCOM_AUTHORIZE_URL (default: Intercom's)")
    connect.add_argument("--api-url", default=None, help="or INTERCOM_OAUTH_API_URL (default: Intercom's)")
    connect.add_argument("--workspace", default=None, help="(sandbox only) which demo workspace to connect")
    connect.add_argument("--tenant", default=None, help="the user or tenant this credential belongs to")
    connect.add_argument("--timeout", type=float, default=300.0)
    connect.add_argument("--no-browser", action="store_true")
    connect.set_defaults(func=cmd_connect)

    disconnect = sub.add_parser(
        "disconnect", help="revoke a stored credential at Intercom, erase its token and forget it"
    )
    disconnect.add_argument("credential_id")
    disconnect.add_argument("--keep", action="store_true", help="keep it listed (status disconnected) for the record")
    disconnect.add_argument("--api-url", default=None, help="Intercom's API (default: its US region)")
    disconnect.set_defaults(func=cmd_disconnect)

    listing = sub.add_parser("credentials", help="list stored credentials (never their tokens)")
    listing.set_defaults(func=cmd_credentials)

    rotate = sub.add_parser("rotate-key", help="re-encrypt every stored token with the newest encryption key")
    rotate.add_argument(
        "--new-key", action="store_true", help="only print a fresh key (to put first in INTERCOM_AGENT_KEY)"
    )
    rotate.set_defaults(func=cmd_rotate_key)

    audit = sub.add_parser("audit", help="the audit trail of tool calls (kept INTERCOM_AGENT_AUDIT_DAYS days)")
    audit.add_argument("--credential-id", default=None, help="only this credential's calls")
    audit.add_argument("--since", default=None, metavar="DATE", help="only calls since this ISO date or time")
    audit.add_argument("--limit", type=int, default=1000, help="at most this many (oldest first)")
    audit.add_argument("--json", action="store_true", help="a JSON list of calls")
    audit.set_defaults(func=cmd_audit)
