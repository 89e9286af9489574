"""Connecting Intercom from inside an MCP client: URL-mode elicitation (MCP 2025-11-25).

When a call names a credential that is not connected (or Intercom refuses its token), the server makes a
link that connects that credential (:class:`~intercom_agent.auth.ConnectLinks`) and gives it to the
client: as a URL-mode elicitation when the client declared it supports one (the JSON-RPC error
``URLElicitationRequired``, -32042, which suits a stateless server: the person opens the URL, then the
client retries the call), otherwise as the tool's error message, with the link in it.

A stateless HTTP server forgets a client's ``initialize`` once it has answered it, so
:class:`ClientMemory` keeps what each caller declared (keyed by the caller's token or credential id,
never stored as such), in process and, when a store is at hand, in its grants for the other replicas.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
import threading
from collections.abc import Mapping
from typing import Any

from mcp import types
from mcp.shared.exceptions import UrlElicitationRequiredError

DAY = 86_400.0
CREDENTIAL_HEADER = "x-intercom-credential-id"


def caller_key(headers: Mapping[str, str]) -> str:
    """Who is calling, as far as capabilities go: their bearer token and tenant header, digested."""
    seen = f"{headers.get('authorization', '')}\n{headers.get(CREDENTIAL_HEADER, '')}"
    return hashlib.sha256(seen.encode()).hexdigest()


def declares_url_elicitation(body: bytes) -> bool | None:
    """From a JSON-RPC body: None unless it is an ``initialize``; else whether it declares URL elicitation."""
    try:
        message = json.loads(body)
    except ValueError:
        return None
    messages = message if isinstance(message, list) else [message]
    for item in messages:
        if isinstance(item, dict) and item.get("method") == "initialize":
            capabilities = (item.get("params") or {}).get("capabilities") or {}
            elicitation = capabilities.get("elicitation") if isinstance(capabilities, dict) else None
            return isinstance(elicitation, dict) and isinstance(elicitation.get("url"), dict)
    return None


class ClientMemory:
    """What each caller declared at ``initialize`` (URL elicitation or not), across stateless requests."""

    def __init__(self, grants: Any = None) -> None:
        self.grants = grants  # a GrantStore shared by replicas, or None
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    async def note(self, headers: Mapping[str, str], body: bytes) -> None:
        declared = declares_url_elicitation(body)
        if declared is None:
            return
        key = caller_key(headers)
        with self._lock:
            self._known[key] = declared
        if self.grants is not None:
            value = json.dumps({"url": declared})
            await asyncio.to_thread(self.grants.save_grant, "mcp-client", key, value, _now() + DAY)

    async def supports_url(self, headers: Mapping[str, str]) -> bool:
        key = caller_key(headers)
        with self._lock:
            known = self._known.get(key)
        if known is None and self.grants is not None:
            found = await asyncio.to_thread(self.grants.get_grant, "mcp-client", key)
            known = bool(json.loads(found)["url"]) if found else None
        return bool(known)


def noting(memory: ClientMemory, app: Any) -> Any:
    """An ASGI app that lets ``memory`` see each ``initialize`` before ``app`` (the MCP endpoint) answers it."""

    async def noted(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        await memory.note(headers, body)
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if sent:
                return await receive()  # after the body: disconnects and the like, as they come
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await app(scope, replay, send)

    return noted


def _now() -> float:
    import time

    return time.time()


MESSAGE = "Intercom is not connected for this account: open the link to connect it, then try again."


async def ask_to_connect(connect: Any, credential_id: str, url_elicitation: bool, error: Exception) -> Any:
    """The answer to a call whose credential is not connected: raise the URL elicitation the client
    understands, or return the error text with the link in it."""
    link = await asyncio.to_thread(connect.link, credential_id)
    if url_elicitation:
        params = types.ElicitRequestURLParams(message=MESSAGE, url=link, elicitationId=secrets.token_urlsafe(16))
        raise UrlElicitationRequiredError([params], MESSAGE)
    return f"{error} Connect it here (the link works once, for 10 minutes), then try again: {link}"


__all__ = ["ClientMemory", "ask_to_connect", "caller_key", "declares_url_elicitation", "noting"]
