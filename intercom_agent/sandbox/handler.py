"""The sandbox's Intercom REST API: one handler from request to response, no I/O.

Faithful to API 2.14 where the toolkit depends on it: the list envelopes (``data`` for contacts and
companies, ``conversations``, ``segment.list``, ``team.list``, ``event.list`` with a ``pages.next``
URL), cursor and page paging with the documented defaults and limits, ``error.list`` bodies with a
``request_id``, the search language with 400 for invalid queries, and at most 500 parts per
conversation. Rate-limit headers and faults are added by :mod:`intercom_agent.sandbox.faults`.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

from intercom_agent.sandbox.data import DAY, Workspace
from intercom_agent.sandbox.query import (
    CONTACT_TYPES,
    CONVERSATION_TYPES,
    QueryError,
    compile_query,
    contact_field,
    conversation_field,
)
from intercom_agent.sandbox.wire import (
    HTTPError,
    Reply,
    Request,
    cursor_page,
    int_param,
    iso,
    numbered_page,
    plain_text,
    public,
)

SANDBOX_CLIENT_ID = "sandbox-client-id"
SANDBOX_CLIENT_SECRET = "sandbox-client-secret"
CODE_TTL = 300.0  # Intercom's codes expire after about 5 minutes

VERSIONS = {f"1.{n}" for n in range(5)} | {f"2.{n}" for n in range(15)} | {"Unstable"}  # 1.0-1.4, 2.0-2.14
MAX_PARTS = 500


class Handler:
    """Routes a :class:`Request` to the workspace its bearer token names."""

    def __init__(self, workspaces: dict[str, Workspace], clock: Callable[[], float], lag: float = 0.0) -> None:
        self.workspaces = workspaces
        self.clock = clock
        self.lag = lag  # how far the clock is ahead of the instant the data is anchored to (a pinned "now")
        self._lock = threading.Lock()
        self._request_seq = 0
        self._codes: dict[str, tuple[str, str, float]] = {}  # code -> (client_id, workspace token, expires)
        self.routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("GET", re.compile(r"/me"), self.me),
            ("GET", re.compile(r"/contacts"), self.list_contacts),
            ("POST", re.compile(r"/contacts/search"), self.search_contacts),
            ("GET", re.compile(r"/contacts/find_by_external_id/([^/]+)"), self.contact_by_external_id),
            ("GET", re.compile(r"/contacts/([^/]+)"), self.get_contact),
            ("POST", re.compile(r"/companies/list"), self.list_companies),
            ("GET", re.compile(r"/companies"), self.find_companies),
            ("GET", re.compile(r"/companies/([^/]+)/contacts"), self.attached_contacts),
            ("GET", re.compile(r"/companies/([^/]+)"), self.get_company),
            ("GET", re.compile(r"/segments"), self.list_segments),
            ("GET", re.compile(r"/teams"), self.list_teams),
            ("GET", re.compile(r"/events"), self.list_events),
            ("GET", re.compile(r"/conversations"), self.list_conversations),
            ("POST", re.compile(r"/conversations/search"), self.search_conversations),
            ("GET", re.compile(r"/conversations/([^/]+)"), self.get_conversation),
            ("POST", re.compile(r"/auth/uninstall"), self.uninstall),
        ]

    def request_id(self) -> str:
        with self._lock:
            self._request_seq += 1
            return str(uuid.UUID(int=self._request_seq))

    def error(self, status: int, code: str, message: str) -> Reply:
        return Reply(
            status,
            {
                "type": "error.list",
                "request_id": self.request_id(),
                "errors": [{"code": code, "message": message}],
            },
        )

    def workspace_for(self, request: Request) -> Workspace | None:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        return self.workspaces.get(token) if token else None

    def handle(self, request: Request) -> Reply:
        try:
            if request.path == "/oauth" and request.method == "GET":
                return self.authorize(request)
            if request.path == "/auth/eagle/token" and request.method == "POST":
                return self.exchange(request)
            ws = self.workspace_for(request)
            if ws is None:
                return self.error(401, "unauthorized", "Access Token Invalid")
            version = request.headers.get("intercom-version")
            if version is not None and version not in VERSIONS:
                return self.error(400, "intercom_version_invalid", f"Requested version {version!r} is not valid")
            matched_path = False
            for method, pattern, endpoint in self.routes:
                match = pattern.fullmatch(request.path)
                if match:
                    matched_path = True
                    if method == request.method:
                        args = [unquote(g) for g in match.groups()]
                        return endpoint(ws, request, *args)
            # Intercom answers an unknown path, or a known path with the wrong method, with 404.
            return self.error(404, "not_found", "Resource Not Found" if not matched_path else "Unsupported method")
        except HTTPError as exc:
            return self.error(exc.status, exc.code, exc.message)

    # ---- helpers -------------------------------------------------------------------------------------

    @staticmethod
    def _body(request: Request) -> dict[str, Any]:
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            raise HTTPError(400, "parameter_invalid", "The request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise HTTPError(400, "parameter_invalid", "The request body must be an object")
        return body

    def _contact_out(self, ws: Workspace, contact: dict[str, Any]) -> dict[str, Any]:
        out = public(contact)
        companies = [cid for cid, members in ws.memberships.items() if contact["id"] in members]
        out["companies"] = {
            "type": "list",
            "data": [{"type": "company", "id": c, "url": f"/companies/{c}"} for c in companies[:10]],
            "url": f"/contacts/{contact['id']}/companies",
            "total_count": len(companies),
            "has_more": len(companies) > 10,
        }
        out["tags"] = {
            "type": "list",
            "data": [],
            "url": f"/contacts/{contact['id']}/tags",
            "total_count": 0,
            "has_more": False,
        }
        out["notes"] = {
            "type": "list",
            "data": [],
            "url": f"/contacts/{contact['id']}/notes",
            "total_count": 0,
            "has_more": False,
        }
        return out

    def _contacts_page(self, ws: Workspace, items: list[dict[str, Any]], per_page: int, after: str | None) -> Reply:
        reply = cursor_page(items, per_page, after, "data")
        reply.body["data"] = [self._contact_out(ws, ws.contact(c["id"]) or c) for c in reply.body["data"]]
        return reply

    # ---- OAuth (the app side of Intercom's authorization-code flow) -----------------------------------

    def authorize(self, request: Request) -> Reply:
        """``app.intercom.com/oauth``: a person would approve here; the sandbox approves at once.

        Sandbox extension: ``workspace=<id_code>`` picks the demo workspace to connect (default: the first).
        """
        params = dict(request.query)
        if params.get("client_id") != SANDBOX_CLIENT_ID:
            raise HTTPError(400, "invalid_client", f"Unknown client_id; the sandbox's is {SANDBOX_CLIENT_ID!r}")
        redirect = params.get("redirect_uri") or ""
        if not re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/", redirect):
            raise HTTPError(400, "invalid_redirect_uri", "redirect_uri must be a registered (loopback) URL")
        wanted = params.get("workspace")
        token = next((t for t, w in self.workspaces.items() if wanted in (None, w.id_code)), None)
        if token is None:
            raise HTTPError(400, "invalid_workspace", f"No demo workspace {wanted!r}")
        code = uuid.uuid4().hex + "="  # real codes may end in '=', which must be kept
        with self._lock:
            self._codes[code] = (SANDBOX_CLIENT_ID, token, self.clock() + CODE_TTL)
        query = urlencode({"code": code, **({"state": params["state"]} if "state" in params else {})})
        return Reply(302, None, {"Location": f"{redirect}{'&' if '?' in redirect else '?'}{query}"})

    def exchange(self, request: Request) -> Reply:
        """``POST /auth/eagle/token`` with code, client_id, client_secret (form or JSON)."""
        raw = request.body.decode("utf-8", "replace")
        fields = self._body(request) if raw.lstrip().startswith("{") else dict(parse_qsl(raw))
        with self._lock:
            grant = self._codes.pop(str(fields.get("code")), None)  # single use
        valid = (
            grant is not None
            and grant[2] > self.clock()
            and fields.get("client_id") == grant[0]
            and fields.get("client_secret") == SANDBOX_CLIENT_SECRET
        )
        if not valid or grant is None:
            raise HTTPError(401, "unauthorized", "Unauthorized Code")
        token = "sandbox-oauth-" + uuid.uuid4().hex
        self.workspaces[token] = self.workspaces[grant[1]]
        return Reply(200, {"token_type": "Bearer", "token": token, "access_token": token})

    def uninstall(self, ws: Workspace, request: Request) -> Reply:
        """``POST /auth/uninstall``: revoke the calling token."""
        auth = request.headers.get("authorization", "")
        self.workspaces.pop(auth[7:].strip(), None)
        return Reply(200, {})

    # ---- endpoints -----------------------------------------------------------------------------------

    def me(self, ws: Workspace, request: Request) -> Reply:
        return Reply(
            200,
            {
                **ws.admin,
                "app": {
                    "type": "app",
                    "id_code": ws.id_code,
                    "name": ws.name,
                    "region": ws.region.upper(),
                    "timezone": "UTC",
                    "created_at": 1_600_000_000,
                    "identity_verification": False,
                },
            },
        )

    def list_contacts(self, ws: Workspace, request: Request) -> Reply:
        params = dict(request.query)
        per_page = int_param(params, "per_page", 50, 1, 150)
        ordered = sorted(ws.contacts, key=lambda c: (-c["created_at"], c["id"]))
        return self._contacts_page(ws, ordered, per_page, params.get("starting_after"))

    def search_contacts(self, ws: Workspace, request: Request) -> Reply:
        body = self._body(request)
        pagination = body.get("pagination") or {}
        per_page = int_param({"per_page": str(pagination.get("per_page", 50))}, "per_page", 50, 1, 150)
        try:
            predicate = compile_query(body.get("query"), CONTACT_TYPES, contact_field)
        except QueryError as exc:
            raise HTTPError(400, "invalid_query", str(exc)) from None
        matches = sorted((c for c in ws.contacts if predicate(c)), key=lambda c: (-c["created_at"], c["id"]))
        return self._contacts_page(ws, matches, per_page, pagination.get("starting_after"))

    def get_contact(self, ws: Workspace, request: Request, contact_id: str) -> Reply:
        contact = ws.contact(contact_id)
        if contact is None:
            raise HTTPError(404, "not_found", "User Not Found")
        return Reply(200, {**self._contact_out(ws, contact), "enabled_push_messaging": None})

    def contact_by_external_id(self, ws: Workspace, request: Request, external_id: str) -> Reply:
        contact = next((c for c in ws.contacts if c["external_id"] == external_id), None)
        if contact is None:
            raise HTTPError(404, "not_found", "User Not Found")
        return Reply(200, {**self._contact_out(ws, contact), "enabled_push_messaging": None})

    def list_companies(self, ws: Workspace, request: Request) -> Reply:
        params = dict(request.query)
        page = int_param(params, "page", 1, 1, 10**9)
        per_page = int_param(params, "per_page", 15, 1, 60)
        order = params.get("order", "desc")
        if order not in ("asc", "desc"):
            raise HTTPError(400, "parameter_invalid", "order must be asc or desc")
        if page * per_page > 10_000 + per_page:
            raise HTTPError(400, "bad_request", "Use the scroll API to page past 10,000 companies")
        listed = [c for c in ws.companies if c["user_count"] > 0]  # companies without users are left out
        listed.sort(key=lambda c: (c["last_request_at"], c["id"]), reverse=order == "desc")
        return numbered_page(listed, page, per_page)

    def find_companies(self, ws: Workspace, request: Request) -> Reply:
        params = dict(request.query)
        page = int_param(params, "page", 1, 1, 10**9)
        per_page = int_param(params, "per_page", 15, 1, 60)
        name, company_id = params.get("name"), params.get("company_id")
        found = [
            c
            for c in ws.companies
            if (name is None or c["name"] == name) and (company_id is None or c["company_id"] == company_id)
        ]
        if (name is not None or company_id is not None) and not found:
            raise HTTPError(404, "company_not_found", "Company Not Found")
        found.sort(key=lambda c: c["created_at"])
        return numbered_page(found, page, per_page)

    def get_company(self, ws: Workspace, request: Request, company_id: str) -> Reply:
        company = ws.company(company_id)
        if company is None:
            raise HTTPError(404, "company_not_found", "Company Not Found")
        return Reply(200, public(company))

    def attached_contacts(self, ws: Workspace, request: Request, company_id: str) -> Reply:
        if ws.company(company_id) is None:
            raise HTTPError(404, "company_not_found", "Company Not Found")
        params = dict(request.query)
        per_page = int_param(params, "per_page", 50, 1, 150)
        members = [c for c in (ws.contact(i) for i in ws.memberships[company_id]) if c is not None]
        members.sort(key=lambda c: (-c["created_at"], c["id"]))
        return self._contacts_page(ws, members, per_page, params.get("starting_after"))

    def list_segments(self, ws: Workspace, request: Request) -> Reply:
        include = dict(request.query).get("include_count") == "true"
        segments = []
        for seg in ws.segments:
            out = public(seg)
            if include:
                out["count"] = seg["_members"]
            segments.append(out)
        return Reply(200, {"type": "segment.list", "segments": segments, "pages": {}})

    def list_teams(self, ws: Workspace, request: Request) -> Reply:
        return Reply(200, {"type": "team.list", "teams": [public(t) for t in ws.teams]})

    def list_events(self, ws: Workspace, request: Request) -> Reply:
        params = dict(request.query)
        if params.get("type") != "user":
            raise HTTPError(400, "parameter_invalid", "type must be 'user'")
        given = [k for k in ("user_id", "intercom_user_id", "email") if params.get(k)]
        if len(given) != 1:
            raise HTTPError(400, "parameter_invalid", "Provide exactly one of user_id, intercom_user_id or email")
        key = given[0]
        field_name = {"user_id": "external_id", "intercom_user_id": "id", "email": "email"}[key]
        contact = next((c for c in ws.contacts if c[field_name] == params[key]), None)
        if contact is None:
            raise HTTPError(404, "not_found", "User Not Found")
        events = ws.events.get(contact["id"], [])
        if params.get("summary") == "true":
            names: dict[str, list[dict[str, Any]]] = {}
            for event in events:
                names.setdefault(event["event_name"], []).append(event)
            return Reply(
                200,
                {
                    "type": "event.summary",
                    "email": contact["email"],
                    "intercom_user_id": contact["id"],
                    "user_id": contact["external_id"],
                    "events": [
                        {
                            "name": n,
                            "first": iso(min(e["created_at"] for e in es)),
                            "last": iso(max(e["created_at"] for e in es)),
                            "count": len(es),
                        }
                        for n, es in sorted(names.items())
                    ],
                },
            )
        per_page = int_param(params, "per_page", 15, 1, 150)
        # only events less than 90 days old are listed: old as of the data's own "now" (a pinned
        # INTERCOM_SANDBOX_NOW gives the same answer whatever the date), moving on as the clock does
        cutoff_ms = int((self.clock() - self.lag - 90 * DAY) * 1000)
        visible = [e for e in events if e["_ms"] >= cutoff_ms]
        before = params.get("before")
        if before is not None:
            if not before.isdigit():
                raise HTTPError(400, "parameter_invalid", "before must be a timestamp in milliseconds")
            visible = [e for e in visible if e["_ms"] < int(before)]
        chunk = visible[:per_page]
        pages: dict[str, Any] = {}
        ident = {key: params[key]}
        if len(visible) > per_page:
            pages["next"] = f"{request.base_url}/events?" + urlencode(
                {"type": "user", **ident, "per_page": per_page, "before": chunk[-1]["_ms"]}
            )
        if events:
            pages["since"] = f"{request.base_url}/events?" + urlencode(
                {"type": "user", **ident, "since": events[0]["_ms"] + 1}
            )
        return Reply(200, {"type": "event.list", "events": [public(e) for e in chunk], "pages": pages})

    def list_conversations(self, ws: Workspace, request: Request) -> Reply:
        params = dict(request.query)
        per_page = int_param(params, "per_page", 20, 1, 150)
        ordered = sorted(ws.conversations, key=lambda c: (-c["updated_at"], c["id"]))
        return cursor_page(ordered, per_page, params.get("starting_after"), "conversations", "conversation.list")

    def search_conversations(self, ws: Workspace, request: Request) -> Reply:
        body = self._body(request)
        pagination = body.get("pagination") or {}
        if not isinstance(pagination, dict):
            raise HTTPError(400, "parameter_invalid", "pagination must be an object")
        per_page = int_param({"per_page": str(pagination.get("per_page", 20))}, "per_page", 20, 1, 150)
        if "query" not in body:
            raise HTTPError(400, "parameter_not_found", "query is required")
        try:
            predicate = compile_query(body["query"], CONVERSATION_TYPES, conversation_field)
        except QueryError as exc:
            raise HTTPError(400, "invalid_query", str(exc)) from None
        matches = sorted((c for c in ws.conversations if predicate(c)), key=lambda c: (-c["updated_at"], c["id"]))
        return cursor_page(matches, per_page, pagination.get("starting_after"), "conversations", "conversation.list")

    def get_conversation(self, ws: Workspace, request: Request, conversation_id: str) -> Reply:
        conv = next((c for c in ws.conversations if c["id"] == conversation_id), None)
        if conv is None:
            raise HTTPError(404, "not_found", "Resource Not Found")
        plaintext = dict(request.query).get("display_as") == "plaintext"
        parts = ws.parts[conversation_id][-MAX_PARTS:]  # Intercom returns the 500 most recent parts
        out = public(conv)
        out["conversation_parts"] = {
            "type": "conversation_part.list",
            "conversation_parts": [{**p, "body": plain_text(p["body"]) if plaintext else p["body"]} for p in parts],
            "total_count": len(ws.parts[conversation_id]),
        }
        if plaintext:
            out["source"] = {**out["source"], "body": plain_text(out["source"]["body"])}
        return Reply(200, out)
