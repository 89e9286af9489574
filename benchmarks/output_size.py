"""Model-facing content vs raw Intercom JSON, for a page of 50 contacts and a 100-part conversation.

The content a model reads must be at most 15% of the raw JSON bytes, while the artifact keeps every
field of every object.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from intercom_agent.client import IntercomClient
from intercom_agent.sandbox import Sandbox
from intercom_agent.toolkit import IntercomToolkit


def _raw(box: Sandbox, path: str) -> bytes:
    with httpx.Client(transport=box.transport(), base_url="https://api.intercom.io") as http:
        response = http.get(path, headers={"Authorization": "Bearer sandbox-token-us", "Intercom-Version": "2.14"})
        response.raise_for_status()
        return response.content


def _keys(obj: Any) -> set[str]:
    if isinstance(obj, dict):
        return set(obj) | {k for v in obj.values() for k in _keys(v)}
    if isinstance(obj, list):
        return {k for v in obj for k in _keys(v)}
    return set()


def run() -> list[dict[str, Any]]:
    box = Sandbox()
    tools = {t.name: t for t in IntercomToolkit.from_client(IntercomClient.sandbox(box)).get_tools()}
    conv_id = next(cid for cid, parts in box.workspaces["sandbox-token-us"].parts.items() if len(parts) == 100)
    cases = [
        (
            "page of 50 contacts",
            "/contacts?per_page=50",
            "intercom_list_all_contacts",
            {"per_page": 50},
            lambda art: art["page"]["items"],
            lambda raw: raw["data"],
        ),
        (
            "conversation with 100 parts",
            f"/conversations/{conv_id}?display_as=plaintext",
            "intercom_get_conversation_by_id",
            {"conversation_id": conv_id},
            lambda art: art["conversation"]["conversation_parts"]["conversation_parts"],
            lambda raw: raw["conversation_parts"]["conversation_parts"],
        ),
    ]
    rows = []
    for label, path, tool, args, art_items, raw_items in cases:
        raw = _raw(box, path)
        message = tools[tool].invoke({"name": tool, "args": args, "id": "b", "type": "tool_call"})
        content = message.content.encode()
        raw_json = json.loads(raw)
        complete = len(art_items(message.artifact)) == len(raw_items(raw_json)) and _keys(raw_items(raw_json)) <= _keys(
            art_items(message.artifact)
        )
        rows.append(
            {
                "case": label,
                "raw_bytes": len(raw),
                "content_bytes": len(content),
                "ratio": len(content) / len(raw),
                "artifact_complete": complete,
            }
        )
    return rows


def report(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| case | raw Intercom JSON (bytes) | model-facing content (bytes) | ratio "
        "| artifact has every item and field |",
        "|---|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['raw_bytes']:,} | {r['content_bytes']:,} | {r['ratio']:.1%} | "
            f"{'yes' if r['artifact_complete'] else 'NO'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run()))
