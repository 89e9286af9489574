"""The connect endpoints, written once for every server that hosts them (the MCP server's platform mode,
LangGraph Server's custom routes).

- ``GET /connect?tenant=<id>`` (the host checks its bearer token first): starts Intercom's OAuth for a
  tenant. A browser that comes through here is redirected to Intercom with a binding cookie, and only
  that browser can finish the sign-in; ``Accept: application/json`` returns the URL instead (the
  platform then hands it to its user; see docs/deploy.md for what it must do).
- ``GET /callback``: Intercom sends the person back; the state (kept in the store by its digest, so
  any replica may receive it, accepted once, expiring after 10 minutes) names the tenant and the
  credential; the page shows the credential id.
- ``POST /disconnect`` (bearer) with ``credential_id`` (form or JSON): revokes at Intercom, erases the
  token, forgets the credential.

Every answer that shows a credential id is ``Cache-Control: no-store``; malformed input is a 400 with
one line, never a 500.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from intercom_agent.auth import ANY_TENANT, OAuthFlow
from intercom_agent.connections import well_formed
from intercom_agent.errors import IntercomError, InvalidInputError

BINDING_COOKIE = "intercom_agent_connect"
PRIVATE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
MAX_BODY = 4096


def text(status: int, message: str) -> Response:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status, headers=PRIVATE)


class Connector:
    """The connect endpoints over an :class:`~intercom_agent.auth.OAuthFlow` (its store is shared).

    ``callback_path`` is where Intercom sends the person back (the flow's redirect URI's path);
    ``secure`` marks the binding cookie Secure (a public URL on https).
    """

    def __init__(self, flow: OAuthFlow, *, callback_path: str = "/callback", secure: bool = False) -> None:
        self.flow = flow
        self.callback_path = callback_path
        self.secure = secure

    def routes(self, prefix: str = "") -> list[Route]:
        return [
            Route(f"{prefix}/connect", self.start, methods=["GET"]),
            Route(self.callback_path, self.callback, methods=["GET"]),
            Route(f"{prefix}/disconnect", self.disconnect, methods=["POST"]),
        ]

    async def start(self, request: Request) -> Response:
        tenant = request.query_params.get("tenant", "").strip()
        if not tenant:
            return text(400, "Say whose connection this is: /connect?tenant=<user or tenant id>")
        if not well_formed(tenant):
            return text(400, "The tenant must be 1-255 characters without control characters.")
        workspace = request.query_params.get("workspace")  # (the sandbox's Intercom: which demo workspace)
        extra = {"workspace": workspace} if workspace and well_formed(workspace) else {}
        if "application/json" in request.headers.get("accept", ""):
            url, _ = await asyncio.to_thread(self.flow.start, tenant, **extra)
            return JSONResponse({"authorize_url": url}, headers=PRIVATE)
        binding = secrets.token_urlsafe(32)  # only this browser can finish what it starts
        url, _ = await asyncio.to_thread(self.flow.start, tenant, browser=binding, **extra)
        response = RedirectResponse(url, status_code=302, headers=PRIVATE)
        response.set_cookie(
            BINDING_COOKIE,
            binding,
            max_age=600,
            path=self.callback_path,
            secure=self.secure,
            httponly=True,
            samesite="lax",  # sent on the top-level navigation back from Intercom, never on a cross-site subrequest
        )
        return response

    async def callback(self, request: Request) -> Response:
        code, state = request.query_params.get("code"), request.query_params.get("state")
        browser = request.cookies.get(BINDING_COOKIE)
        try:  # the state is the capability: it names the tenant and the credential, and is accepted once
            credential = await asyncio.to_thread(self.flow.complete, code, state, ANY_TENANT, browser=browser)
        except IntercomError as exc:
            return text(400, f"Intercom was not connected: {exc}")
        response = text(
            200,
            f"Intercom is connected: workspace {credential.workspace_name} ({credential.workspace_id}). "
            f"Return to the conversation.\ncredential id: {credential.credential_id}",
        )
        response.delete_cookie(BINDING_COOKIE, path=self.callback_path)
        return response

    async def disconnect(self, request: Request) -> Response:
        try:
            credential_id = await _credential_id(request)
        except InvalidInputError as exc:
            return text(400, str(exc))
        try:
            revoked = await asyncio.to_thread(self.flow.disconnect, credential_id, forget=True)
        except IntercomError as exc:
            return text(404, str(exc))
        return JSONResponse({"disconnected": True, "revoked": revoked}, headers=PRIVATE)


async def _credential_id(request: Request) -> str:
    """The ``credential_id`` of a POST body (form or JSON), or :class:`InvalidInputError` saying what is wrong."""
    body = await request.body()
    if len(body) > MAX_BODY:
        raise InvalidInputError("body", f"is larger than {MAX_BODY} bytes.")
    try:
        decoded = body.decode()
    except UnicodeDecodeError:
        raise InvalidInputError("body", "is not UTF-8.", fix="Send credential_id=<id> as a form or JSON.") from None
    fields: dict[str, Any]
    if decoded.lstrip().startswith("{"):
        try:
            fields = json.loads(decoded)
        except ValueError:
            raise InvalidInputError("body", "is not valid JSON.", fix='Send {"credential_id": "<id>"}.') from None
    else:
        from urllib.parse import parse_qs

        fields = {k: v[0] for k, v in parse_qs(decoded).items()}
    value = fields.get("credential_id") if isinstance(fields, dict) else None
    if not well_formed(value):
        raise InvalidInputError(
            "credential_id", "is missing or malformed.", fix="Send credential_id=<id> (1-255 characters)."
        )
    return str(value)


__all__ = ["BINDING_COOKIE", "Connector"]
