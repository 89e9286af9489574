"""Terminal rendering for the CLI: tables where a person would rather look than read, and progress."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from intercom_agent.formatting import iso, text

# A column: (header, kind, priority). "key" columns (ids, emails, external ids) are never folded or cut:
# they must stay copyable. "text" columns may be shortened with an ellipsis. When the table cannot fit,
# the lowest-priority droppable columns go first (priority 0 never goes).
Column = tuple[str, str, int]
MIN_TEXT = 10
COMFORTABLE_TEXT = 28  # a text column narrower than this wraps; lesser columns are dropped first


def fitted_table(title: str, columns: list[Column], rows: list[list[str]], width: int | None) -> Table:
    """A table that fits ``width`` without folding a key: lesser columns are shortened, then dropped."""
    keep = list(range(len(columns)))

    def needed(indexes: list[int]) -> int:
        total = 1 + 3 * len(indexes)  # borders and padding
        for i in indexes:
            header, kind, _ = columns[i]
            longest = max([len(header), *(max(map(len, row[i].split("\n")), default=0) for row in rows)])
            total += longest if kind == "key" else min(longest, COMFORTABLE_TEXT)
        return total

    if width:
        droppable = sorted((i for i in keep if columns[i][2] > 0), key=lambda i: -columns[i][2])
        while needed(keep) > width and droppable:
            keep.remove(droppable.pop(0))
    dropped = [columns[i][0] for i in range(len(columns)) if i not in keep]
    table = Table(title=title, expand=False)
    for i in keep:
        header, kind, _ = columns[i]
        if kind == "key":
            longest = max([len(header), *(len(row[i]) for row in rows)])
            table.add_column(header, no_wrap=True, overflow="ignore", min_width=longest)
        else:
            table.add_column(header, overflow="ellipsis", min_width=min(MIN_TEXT, len(header)))
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    if dropped:
        table.caption = f"(not shown at this width: {', '.join(dropped)})"
    return table


def company_events_table(result: dict[str, Any], events_shown: int = 3, width: int | None = None) -> Table:
    company = result["company"]
    title = f"{company['name']} — {len(result['contacts'])} contacts"
    if result.get("contacts_truncated"):
        title += " (more not shown)"
    failed = {f.get("contact_id"): f for f in result.get("failures") or []}
    rows = []
    for contact in result["contacts"]:
        events = contact.get("events")
        if contact["id"] in failed:
            cell = f"[red]failed: {failed[contact['id']]['error_type']}[/red]"
        elif events is None:
            cell = "-"
        elif not events:
            cell = "[dim]none in the last 90 days[/dim]"
        else:
            cell = "\n".join(f"{iso(e['created_at'])[:10]} {e['event_name']}" for e in events[:events_shown])
        rows.append([contact.get("name") or "-", contact.get("email") or "-", contact.get("external_id") or "-", cell])
    columns = [("Name", "text", 2), ("Email", "key", 0), ("External ID", "key", 1), ("Recent events", "text", 0)]
    return fitted_table(title, columns, rows, width)


def _contacts(items: list[dict[str, Any]], title: str, width: int | None) -> Table:
    rows = [
        [c.get("name") or "-", c.get("email") or "-", c.get("external_id") or "-", c.get("role") or "-", c["id"]]
        for c in items
    ]
    columns = [
        ("Name", "text", 2),
        ("Email", "key", 0),
        ("External ID", "key", 3),
        ("Role", "text", 4),
        ("Id", "key", 0),
    ]
    return fitted_table(title, columns, rows, width)


def _companies(items: list[dict[str, Any]], width: int | None) -> Table:
    rows = []
    for c in items:
        plan = (c.get("plan") or {}).get("name") if isinstance(c.get("plan"), dict) else None
        rows.append(
            [c.get("name") or "-", str(c.get("user_count") or 0), plan or "-", iso(c.get("last_request_at")), c["id"]]
        )
    columns = [
        ("Name", "text", 0),
        ("Users", "text", 2),
        ("Plan", "text", 3),
        ("Last request", "text", 4),
        ("Id", "key", 0),
    ]
    return fitted_table("Companies", columns, rows, width)


def _conversations(items: list[dict[str, Any]], width: int | None) -> Table:
    rows = [
        [c["id"], c.get("state") or "-", iso(c.get("updated_at")), text((c.get("source") or {}).get("body"), 70)]
        for c in items
    ]
    columns = [("Id", "key", 0), ("State", "text", 2), ("Updated", "text", 3), ("First message", "text", 0)]
    return fitted_table("Conversations", columns, rows, width)


def table_for(tool: str, artifact: Any, width: int | None = None) -> Table | None:
    """A table for a tool result a person would rather look at; None for results better read as text."""
    if not isinstance(artifact, dict):
        return None
    if tool == "intercom_company_contacts_events" and artifact.get("status") == "ok":
        return company_events_table(artifact, width=width)
    page = artifact.get("page") if isinstance(artifact.get("page"), dict) else None
    items = page.get("items") if page else None
    if page is None or items is None:
        return None
    if tool in ("intercom_list_all_contacts", "intercom_list_attach_contacts_to_company"):
        table = _contacts(items, "Contacts", width)
    elif tool == "intercom_list_companies":
        table = _companies(items, width)
    elif tool in ("intercom_list_conversations", "intercom_search_conversations"):
        table = _conversations(items, width)
    else:
        return None
    dropped = str(table.caption) if table.caption else ""
    table.caption = " ".join(filter(None, [paging_caption(page, len(items)), dropped]))
    return table


def paging_caption(page: dict[str, Any], shown: int) -> str:
    """What a table of one page leaves out, and how to get the next page (never a silent cut)."""
    total = f" of {page['total_count']}" if page.get("total_count") is not None else ""
    if page.get("has_more") and page.get("next_cursor"):
        return f"{shown} shown{total}; more: ask for the next page (next_cursor={page['next_cursor']})"
    return f"{shown} shown{total}; this is the last page"


class FlowProgress:
    """A live progress display fed by the flows' progress events."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> FlowProgress:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)

    def update(self, event: dict[str, Any]) -> None:
        stage = event.get("stage")
        if stage == "company":
            self.progress.console.print(f"Resolved company [bold]{event['company']}[/bold] (id {event['id']})")
        elif stage == "contacts":
            self.progress.console.print(f"Contacts page {event['page']}: {event['contacts']} of {event['total']}")
        elif stage in ("events", "transcripts") and event.get("total"):
            if stage not in self.tasks:
                self.tasks[stage] = self.progress.add_task(f"Fetching {stage}", total=event["total"])
            self.progress.update(self.tasks[stage], completed=event["done"])
        elif stage == "contact":
            self.progress.console.print(f"Found contact [bold]{event['contact']}[/bold]")
