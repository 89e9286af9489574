"""What the sandbox's API speaks on the wire: requests and replies, errors, cursors, query strings."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Request:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    base_url: str  # scheme://host[:port] the client used, for absolute pages.next URLs


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def content(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body).encode()


class HTTPError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def cursor(key: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def uncursor(text: str) -> Any:
    try:
        return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, TypeError):
        raise HTTPError(
            400,
            "client_error",
            "Invalid starting_after param. Please try again using a starting_after value from a paginated response",
        ) from None


def public(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if not k.startswith("_")}


def int_param(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"-?\d+", raw):
        raise HTTPError(400, "parameter_invalid", f"{name} must be an integer")
    value = int(raw)
    if not low <= value <= high:
        raise HTTPError(400, "parameter_invalid", f"{name} must be between {low} and {high}")
    return value


def plain_text(html: str | None) -> str | None:
    return None if html is None else re.sub(r"<[^>]+>", "", html).strip()


def iso(ts: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_query(raw: str) -> list[tuple[str, str]]:
    return parse_qsl(raw, keep_blank_values=True)


def cursor_page(
    items: list[dict[str, Any]],
    per_page: int,
    starting_after: str | None,
    key: str,
    list_type: str = "list",
) -> Reply:
    start = 0
    if starting_after:
        last_id = uncursor(starting_after)
        ids = [item["id"] for item in items]
        if not isinstance(last_id, str) or last_id not in ids:
            raise HTTPError(
                400,
                "client_error",
                "Invalid starting_after param. Please try again using a starting_after value from a paginated response",
            )
        start = ids.index(last_id) + 1
    chunk = items[start : start + per_page]
    total_pages = max(1, -(-len(items) // per_page))
    pages: dict[str, Any] = {
        "type": "pages",
        "page": start // per_page + 1,
        "per_page": per_page,
        "total_pages": total_pages,
    }
    if start + per_page < len(items):
        pages["next"] = {"per_page": per_page, "starting_after": cursor(chunk[-1]["id"])}
    return Reply(
        200,
        {"type": list_type, key: [public(i) for i in chunk], "total_count": len(items), "pages": pages},
    )


def numbered_page(items: list[dict[str, Any]], page: int, per_page: int) -> Reply:
    chunk = items[(page - 1) * per_page : page * per_page]
    total_pages = -(-len(items) // per_page)
    return Reply(
        200,
        {
            "type": "list",
            "data": [public(c) for c in chunk],
            "total_count": len(items),
            "pages": {
                "type": "pages",
                "page": page,
                "per_page": per_page,
                "total_pages": total_pages,
                "next": None,
            },
        },
    )
