"""This server's own consent page: the person approves each MCP client before Intercom is asked.

Intercom may not show its consent again to someone who approved this app before, so without this page
a client anyone registered could be handed a user's workspace by a link (the confused deputy the MCP
security best practices describe). The page names the client (its name, where it sends the person
back, when it registered), says what it will read, and asks: Approve or Deny.

- The answer is a POST form carrying a CSRF token; the same token is in a short-lived HttpOnly
  ``SameSite=Strict`` cookie scoped to this page, and its digest is bound to this one consent request.
  A forged POST (no cookie), a replayed answer or another request's token is refused.
- A POST from another origin is refused; the page cannot be framed (clickjacking).
- Approving sends the browser to Intercom with a sign-in cookie (HttpOnly, scoped to the callback);
  Intercom's callback is accepted only in that browser, so a link to Intercom handed to someone else
  (Intercom may approve at once, without a page) gives them nothing and costs the owner nothing.
- An approval may be remembered for this browser and this client (30 days, a random browser id in an
  HttpOnly cookie, the approval in the store); the next sign-in from that client skips the page.
"""

from __future__ import annotations

import html
import secrets
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from intercom_agent.servers.authorization import IntercomAuthorization

CSRF_COOKIE = "intercom_agent_consent"
SIGNIN_COOKIE = "intercom_agent_signin"  # binds the Intercom leg to the browser that approved
CALLBACK_PATH = "/intercom/callback"
SIGNIN_TTL = 600
BROWSER_COOKIE = "intercom_agent_browser"
REMEMBER_TTL = 30 * 86_400
HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
READS = "contacts, companies, segments, teams, data events and conversations (read only: it can change nothing)"


class ConsentPage:
    """GET and POST ``/consent`` over an :class:`IntercomAuthorization`."""

    def __init__(self, authorization: IntercomAuthorization) -> None:
        self.authorization = authorization
        self.secure = authorization.public_url.startswith("https:")
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(authorization.public_url))

    async def show(self, request: Request) -> Response:
        ask = request.query_params.get("request", "")
        consent = await self.authorization.consent_request(ask)
        if consent is None:
            return _page(400, "This sign-in link expired or was already used. Start again from your MCP client.")
        client = await self.authorization.get_client(consent["client_id"])
        if client is None:
            return _page(400, "The application that asked is no longer registered. Start again from your MCP client.")
        browser = request.cookies.get(BROWSER_COOKIE)
        if await self.authorization.approved(browser, consent["client_id"]):
            proceeding = await self.authorization.proceed(ask)
            if proceeding is not None:
                return self._to_intercom(*proceeding)
        csrf = await self._csrf_for(ask, consent)
        redirect = str(consent["params"].get("redirect_uri") or "")  # where this request's code will go
        registered = (
            datetime.fromtimestamp(client.client_id_issued_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
            if client.client_id_issued_at
            else "unknown"
        )
        body = f"""<!doctype html><html><head><meta charset="utf-8"><title>Connect Intercom</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto">
<h1>Allow {_e(client.client_name or "an unnamed application")} to read your Intercom?</h1>
<p>It will read your workspace's {READS}.</p>
<ul>
<li>It sends you back to: <b>{_e(urlsplit(redirect).netloc or redirect)}</b> ({_e(redirect)})</li>
<li>It registered with this server: {_e(registered)}</li>
</ul>
<p>Only approve an application you are setting up yourself. Next, Intercom asks you to sign in.</p>
<form method="post" action="/consent">
<input type="hidden" name="request" value="{_e(ask)}">
<input type="hidden" name="csrf" value="{_e(csrf)}">
<label><input type="checkbox" name="remember" value="1"> Remember this for 30 days in this browser</label>
<p><button type="submit" name="action" value="approve">Approve</button>
<button type="submit" name="action" value="deny">Deny</button></p>
</form></body></html>"""
        response = HTMLResponse(body, headers=HEADERS)
        response.set_cookie(
            CSRF_COOKIE, csrf, max_age=600, path="/consent", secure=self.secure, httponly=True, samesite="strict"
        )
        return response

    def _to_intercom(self, target: str, signin: str | None) -> Response:
        response = RedirectResponse(target, status_code=303, headers=HEADERS)
        if signin is not None:
            response.set_cookie(
                SIGNIN_COOKIE, signin, max_age=SIGNIN_TTL, path=CALLBACK_PATH, secure=self.secure, httponly=True,
                samesite="lax",  # Intercom's redirect back is a top-level navigation from another site
            )  # fmt: skip
        return response

    async def _csrf_for(self, ask: str, consent: dict[str, Any]) -> str:
        csrf = secrets.token_urlsafe(32)
        await self.authorization.remember_csrf(ask, consent, csrf)
        return csrf

    async def submit(self, request: Request) -> Response:
        origin = request.headers.get("origin")
        if origin is not None and origin != self.origin:
            return _page(403, "This answer did not come from this server's page.")
        form = await request.form()
        ask, csrf, action = (str(form.get(k) or "") for k in ("request", "csrf", "action"))
        cookie = request.cookies.get(CSRF_COOKIE)
        if not cookie or not csrf or not secrets.compare_digest(cookie, csrf) or action not in ("approve", "deny"):
            return _page(403, "This answer could not be verified. Start again from your MCP client.")
        consent = await self.authorization.consent_request(ask)
        answered = await self.authorization.answer(ask, csrf, approve=action == "approve")
        if answered is None or consent is None:
            return _page(403, "This answer could not be verified. Start again from your MCP client.")
        response = self._to_intercom(*answered)
        response.delete_cookie(CSRF_COOKIE, path="/consent")
        if action == "approve" and form.get("remember"):
            browser = request.cookies.get(BROWSER_COOKIE) or secrets.token_urlsafe(32)
            await self.authorization.remember_approval(browser, consent["client_id"], REMEMBER_TTL)
            response.set_cookie(
                BROWSER_COOKIE,
                browser,
                max_age=REMEMBER_TTL,
                path="/consent",
                secure=self.secure,
                httponly=True,
                samesite="lax",
            )
        return response


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(status: int, message: str) -> Response:
    body = f"<!doctype html><html><body style='font-family:sans-serif'><p>{_e(message)}</p></body></html>"
    return HTMLResponse(body, status_code=status, headers=HEADERS)


__all__ = ["BROWSER_COOKIE", "CSRF_COOKIE", "SIGNIN_COOKIE", "ConsentPage"]
