"""The local end of connecting Intercom from a terminal: a one-shot OAuth callback on 127.0.0.1, the app's
OAuth settings from flags or the environment, and links whose callback is this process (the chat)."""

from __future__ import annotations

import argparse
import os
import secrets
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from intercom_agent.auth import ANY_TENANT, API_URL, AUTHORIZE_URL, ConnectLinks, OAuthConfig, OAuthFlow
from intercom_agent.cli.policy import bind
from intercom_agent.errors import InvalidInputError, OAuthError
from intercom_agent.stores import open_store


class CallbackServer:
    """A one-shot callback on 127.0.0.1 (``/callback``): bound at once (a busy port is one line), it waits
    for Intercom to send back the state this process started. A request with any other state (a forged or
    stale link) gets an error page, and it keeps waiting for the real one."""

    def __init__(self, port: int = 0) -> None:
        self.received: dict[str, str] = {}
        self.expected: str | None = None
        outer = self

        class Callback(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                parts = urlsplit(self.path)
                if parts.path != "/callback":
                    self._answer(404, "Not found.")
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                state, expected = query.get("state") or "", outer.expected or ""
                if not expected or not secrets.compare_digest(state.encode(), expected.encode()):
                    self._answer(400, "This is not the sign-in this command started; it is still waiting for that one.")
                    return
                outer.received = query
                self._answer(200, "Intercom is connected. You can close this window and return to the terminal.")

            def _answer(self, status: int, text: str) -> None:
                body = (text + "\n").encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:  # keep codes out of the terminal
                return

        self.server = HTTPServer(("127.0.0.1", port), Callback, bind_and_activate=False)
        self.server.socket.close()
        self.server.socket = bind("127.0.0.1", port)  # a busy port is one line: "port N ... is already in use"
        self.server.server_address = self.server.socket.getsockname()[:2]
        self.server.timeout = 0.2
        self.port = int(self.server.server_address[1])
        self.redirect_uri = f"http://127.0.0.1:{self.port}/callback"

    def wait(self, state: str, timeout: float) -> dict[str, str]:
        """The query Intercom sends back for ``state`` (code, state), or :class:`OAuthError` after ``timeout``."""
        self.expected, self.received = state, {}
        deadline = time.monotonic() + timeout
        while not self.received and time.monotonic() < deadline:
            self.server.handle_request()
        if not self.received:
            raise OAuthError(f"No answer from Intercom within {timeout:.0f} seconds. Connect Intercom again.")
        return self.received

    def close(self) -> None:
        self.server.server_close()


def app_config(args: argparse.Namespace, redirect_uri: str) -> OAuthConfig:
    """Your Intercom app's OAuth settings, from flags or the environment (a usage error when missing)."""
    client_id = getattr(args, "client_id", None) or os.environ.get("INTERCOM_CLIENT_ID")
    client_secret = getattr(args, "client_secret", None) or os.environ.get("INTERCOM_CLIENT_SECRET")
    if not client_id or not client_secret:
        raise InvalidInputError(
            "--client-id/--client-secret",
            "your Intercom app's OAuth client id and secret are needed.",
            fix="Pass the flags or set INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET.",
        )
    return OAuthConfig(
        client_id,
        client_secret,
        redirect_uri=redirect_uri,
        authorize_url=getattr(args, "authorize_url", None) or os.environ.get("INTERCOM_AUTHORIZE_URL", AUTHORIZE_URL),
        api_url=getattr(args, "api_url", None) or os.environ.get("INTERCOM_OAUTH_API_URL", API_URL),
    )


class LocalLinks(ConnectLinks):
    """Links whose callback is this process (the chat): connect a credential without leaving the terminal."""

    def __init__(self, config: OAuthConfig, callback: CallbackServer) -> None:
        super().__init__(OAuthFlow(config, open_store()))
        self.callback = callback
        self.state: str | None = None

    def link(self, credential_id: str) -> str:
        existing = self.flow.store.get(credential_id)
        url, self.state = self.flow.start(existing.tenant if existing else None, credential_id=credential_id)
        return url

    def finish(self, timeout: float) -> Any:
        """Wait for the person to come back from the last link, then store the token (a Credential)."""
        assert self.state is not None
        query = self.callback.wait(self.state, timeout)
        return self.flow.complete(query.get("code"), query.get("state"), ANY_TENANT)
