"""Two companies compared on what their records hold ("Kestrel Partners vs Delta Group monthly spend", "is lumen
group or lumen partners on the bigger plan"): the first one's record now, the other's when asked next (one read a
turn). Compared on anything else, the companies' list answers (see :func:`graphs.planner.intents.names`)."""

from __future__ import annotations

from typing import Any

from graphs.planner.reading import COMPANY_CUES, Utterance


def first_record(r: Utterance) -> tuple[str, dict[str, Any]] | None:
    """The record of the first company named, when the request compares what records hold; else None."""
    if COMPANY_CUES.search(r.text) is None:
        return None
    named = sorted((m for m in r.names if m.kind == "company" and len(m.entries) == 1), key=lambda m: m.start)
    company_id = str(named[0].entries[0].get("id") or "") if named else ""
    return ("intercom_get_company_by_id", {"company_id": company_id}) if company_id else None


__all__ = ["first_record"]
