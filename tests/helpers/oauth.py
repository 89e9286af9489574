"""The parties of a per-user sign-in: a person's browser (a cookie jar that reads and clicks the consent
page), an MCP client (the SDK's OAuthClientProvider, or by hand for attacks), and the servers (the
sandbox playing Intercom, and replicas of the MCP server on free ports)."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import uvicorn
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

from intercom_agent.auth import OAuthConfig, OAuthFlow, store_provider
from intercom_agent.sandbox.handler import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_agent.servers.authorization import IntercomAuthorization
from intercom_agent.servers.user_auth import RegistrationLimits, user_app

CLIENT_REDIRECT = "http://127.0.0.1:9/mcp-client/callback"


_RESERVED: dict[int, socket.socket] = {}


def free_port() -> int:
    """A port on 127.0.0.1 kept bound until ``serving`` hands it to uvicorn: a port that was only probed and let
    go can be taken meanwhile (an outgoing connection's ephemeral port took one in CI: "address already in use")."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    _RESERVED[port] = sock
    return port


@contextmanager
def serving(app: Any, port: int) -> Iterator[None]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", lifespan="on"))
    reserved = _RESERVED.pop(port, None)  # served again on the same port: uvicorn binds it itself
    sockets = [reserved] if reserved is not None else None
    thread = threading.Thread(target=server.run, kwargs={"sockets": sockets}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.01)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        if reserved is not None:
            reserved.close()


def replica(store: Any, intercom_url: str, public: str, limits: RegistrationLimits | None = None) -> Any:
    """One MCP server (per-user mode) over ``store``, as browsers reach it at ``public``."""
    config = OAuthConfig(
        SANDBOX_CLIENT_ID,
        SANDBOX_CLIENT_SECRET,
        redirect_uri=f"{public}/intercom/callback",
        authorize_url=f"{intercom_url}/oauth",
        api_url=intercom_url,
    )
    authorization = IntercomAuthorization(OAuthFlow(config, store), public)
    return user_app(store_provider(None, store), authorization, limits=limits)


def consent_form(page: str) -> dict[str, str]:
    """The hidden fields of the consent page's form (what a browser submits with a button)."""
    return {m[0]: unescape(m[1]) for m in re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page)}


@dataclass
class Browser:
    """A person with a browser: follows redirects, answers the consent page, picks a workspace at Intercom."""

    workspace: str = "demo-us"
    answer: str = "approve"
    remember: bool = False
    cookies: httpx.Cookies = field(default_factory=httpx.Cookies)  # the browser's jar, kept across visits
    landed: dict[str, str] = field(default_factory=dict)
    visited: list[str] = field(default_factory=list)
    consent_pages: int = 0

    async def open(self, url: str) -> None:
        async with httpx.AsyncClient(timeout=30, cookies=self.cookies) as self.http:
            try:
                await self._follow(url)
            finally:
                self.cookies = self.http.cookies

    async def _follow(self, url: str) -> None:
        for _ in range(10):
            self.visited.append(url)
            if url.startswith(CLIENT_REDIRECT):
                self.landed = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
                return
            if "/oauth?" in url:  # Intercom's own consent page: the person picks the workspace
                url += f"&workspace={self.workspace}"
            reply = await self.http.get(url)
            if reply.status_code == 200 and urlsplit(url).path == "/consent":
                self.consent_pages += 1
                reply = await self.submit(url, consent_form(reply.text), self.answer)
            assert reply.status_code in (302, 303, 307), (url, reply.status_code, reply.text[:300])
            url = reply.headers["location"]
        raise AssertionError(f"never came back to the client: {self.visited}")

    http: httpx.AsyncClient = field(init=False, repr=False)

    async def submit(self, page_url: str, fields: dict[str, str], action: str) -> httpx.Response:
        """Click a button on the consent page (the form posts to /consent on the page's origin)."""
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))
        data = {**fields, "action": action, **({"remember": "1"} if self.remember else {})}
        return await self.http.post(f"{origin}/consent", data=data, headers={"Origin": origin})

    async def callback(self) -> tuple[str, str | None]:
        return self.landed["code"], self.landed.get("state")


@dataclass
class ByHand:
    """An OAuth client without the SDK: registers, builds authorize URLs, exchanges codes (for attacks)."""

    public: str
    client: OAuthClientInformationFull | None = None
    verifier: str = field(default_factory=lambda: secrets.token_urlsafe(48))

    def register(self, redirect_uris: list[str] | None = None, name: str = "hand-made client") -> httpx.Response:
        body = {
            "client_name": name,
            "redirect_uris": redirect_uris or [CLIENT_REDIRECT],
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
        }
        reply = httpx.post(f"{self.public}/register", json=body)
        if reply.status_code == 201:
            self.client = OAuthClientInformationFull.model_validate(reply.json())
        return reply

    def authorize_url(self, **extra: str) -> str:
        assert self.client is not None
        challenge = base64.urlsafe_b64encode(hashlib.sha256(self.verifier.encode()).digest()).decode().rstrip("=")
        query = {
            "response_type": "code",
            "client_id": self.client.client_id,
            "redirect_uri": CLIENT_REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "client-state",
            **extra,
        }
        return f"{self.public}/authorize?{urlencode(query)}"

    def form(self, **fields: str) -> dict[str, str]:
        """A /token form from this client: its credentials and ``fields``."""
        assert self.client is not None
        base = {"client_id": self.client.client_id or "", "client_secret": self.client.client_secret or ""}
        return {**base, **fields}

    def code_form(self, code: str, **extra: str) -> dict[str, str]:
        """The form that exchanges ``code`` (with this client's PKCE verifier)."""
        return self.form(
            grant_type="authorization_code", code=code, redirect_uri=CLIENT_REDIRECT, code_verifier=self.verifier,
            **extra,
        )  # fmt: skip

    def token(self, **form: str) -> httpx.Response:
        return httpx.post(f"{self.public}/token", data=self.form(**form))

    def exchange(self, code: str, **extra: str) -> httpx.Response:
        return httpx.post(f"{self.public}/token", data=self.code_form(code, **extra))

    def refresh(self, refresh_token: str) -> httpx.Response:
        return self.token(grant_type="refresh_token", refresh_token=refresh_token)


@contextmanager
def hosted(limits: RegistrationLimits | None = None) -> Iterator[dict[str, Any]]:
    """The per-user MCP server on 127.0.0.1 over an in-memory store, the sandbox playing Intercom."""
    from intercom_agent.sandbox import Sandbox
    from intercom_agent.stores import MemoryCredentialStore

    box, store, port = Sandbox(), MemoryCredentialStore(), free_port()
    public = f"http://127.0.0.1:{port}"
    with box.serve() as intercom, serving(replica(store, intercom.url, public, limits), port):
        yield {"public": public, "store": store, "box": box, "intercom": intercom.url}


@contextmanager
def platform_server(prepare: Any = None) -> Iterator[dict[str, Any]]:
    """The platform-mode HTTP server with its connect endpoints (bearer ``s3cret``); ``prepare(store,
    intercom_url)`` seeds the store before it starts."""
    from intercom_agent.sandbox import Sandbox
    from intercom_agent.servers.connect_routes import Connector
    from intercom_agent.servers.http_server import http_app
    from intercom_agent.stores import MemoryCredentialStore

    box, store, port = Sandbox(), MemoryCredentialStore(), free_port()
    public = f"http://127.0.0.1:{port}"
    with box.serve() as intercom:
        if prepare is not None:
            prepare(store, intercom.url)
        config = OAuthConfig(
            SANDBOX_CLIENT_ID,
            SANDBOX_CLIENT_SECRET,
            redirect_uri=f"{public}/callback",
            authorize_url=f"{intercom.url}/oauth",
            api_url=intercom.url,
        )
        app = http_app(store_provider(None, store), "s3cret", connect=Connector(OAuthFlow(config, store)))
        with serving(app, port):
            yield {"public": public, "box": box, "store": store}


def location(reply: httpx.Response) -> str:
    assert reply.status_code in (302, 303), (reply.status_code, reply.text[:200])
    return reply.headers["location"]


async def signed_in(public: str, browser: Browser | None = None) -> tuple[ByHand, dict[str, Any]]:
    """A client that went all the way: registered, approved, signed in at Intercom, exchanged its code."""
    client = ByHand(public)
    assert client.register().status_code == 201
    browser = browser or Browser()
    await browser.open(client.authorize_url())
    tokens = client.exchange(browser.landed["code"])
    assert tokens.status_code == 200, tokens.text
    return client, {**tokens.json(), "code": browser.landed["code"]}


def mcp_status(public: str, access_token: str) -> int:
    """What /mcp answers an initialize with this token (200: accepted; 401: refused)."""
    hello = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
    }
    headers = {"Authorization": f"Bearer {access_token}", "Accept": "application/json, text/event-stream"}
    return httpx.post(f"{public}/mcp", json=hello, headers=headers).status_code


class Storage:
    """Token storage for the SDK's OAuthClientProvider."""

    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info
