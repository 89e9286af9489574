"""A pinned INTERCOM_SANDBOX_NOW gives the same answers whatever the date the tests run on."""

from __future__ import annotations

from intercom_agent.sandbox import Sandbox

NOW = 1_795_000_000.0
DAY = 86_400.0
HEADERS = {"Authorization": "Bearer sandbox-token-us", "Intercom-Version": "2.14"}


def _events(box: Sandbox, external_id: str) -> list[str]:
    _, reply = box.respond(
        "GET", f"/events?type=user&user_id={external_id}&per_page=100", HEADERS, b"", "https://api.intercom.io"
    )
    assert reply.status == 200
    return [e["id"] for e in reply.body["events"]]


def test_the_90_day_event_window_follows_the_pinned_now_not_the_wall_clock() -> None:
    today = Sandbox(now=NOW, clock=lambda: NOW)
    weeks_later = Sandbox(now=NOW, clock=lambda: NOW + 40 * DAY)  # the suite run six weeks on, same pinned data
    contact = today.workspaces["sandbox-token-us"].contacts[0]
    seen_today = _events(today, contact["external_id"])
    assert seen_today, "the first demo contact has events"
    assert _events(weeks_later, contact["external_id"]) == seen_today
