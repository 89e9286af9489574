"""Terminal rendering for the CLI: tables where a person would rather look than read, and progress."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from intercom_agent.formatting import iso, text


def company_events_table(result: dict[str, Any], events_shown: int = 3) -> Table:
    company = result["company"]
    title = f"{company['name']} — {len(result['contacts'])} contacts"
    if result.get("contacts_truncated"):
        title += " (more not shown)"
    table = Table(title=title, show_lines=False, expand=False)
    for column in ("Name", "Email", "External ID", "Recent events"):
        table.add_column(column, overflow="fold")
    failed = {f.get("contact_id"): f for f in result.get("failures") or []}
    for contact in result["contacts"]:
        events = contact.get("events")
        if contact["id"] in failed:
            cell = f"[red]failed: {failed[contact['id']]['error_type']}[/red]"
        elif events is None:
            cell = "-"
        elif not events:
            cell = "[dim]none in the last 90 days[/dim]"
        else:
            cell = "\n".join(f"{iso(e['created_at'])[:10]}  {e['event_name']}" for e in events[:events_shown])
        table.add_row(contact.get("name") or "-", contact.get("email") or "-", contact.get("external_id") or "-", cell)
    return table


def _contacts(items: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title)
    for column in ("Name", "Email", "External ID", "Role", "Id"):
        table.add_column(column, overflow="fold")
    for c in items:
        table.add_row(
            c.get("name") or "-", c.get("email") or "-", c.get("external_id") or "-", c.get("role") or "-", c["id"]
        )
    return table


def _companies(items: list[dict[str, Any]]) -> Table:
    table = Table(title="Companies")
    for column in ("Name", "Users", "Plan", "Last request", "Id"):
        table.add_column(column, overflow="fold")
    for c in items:
        plan = (c.get("plan") or {}).get("name") if isinstance(c.get("plan"), dict) else None
        table.add_row(
            c.get("name") or "-", str(c.get("user_count") or 0), plan or "-", iso(c.get("last_request_at")), c["id"]
        )
    return table


def _conversations(items: list[dict[str, Any]]) -> Table:
    table = Table(title="Conversations")
    for column in ("Id", "State", "Updated", "First message"):
        table.add_column(column, overflow="fold")
    for c in items:
        table.add_row(
            c["id"], c.get("state") or "-", iso(c.get("updated_at")), text((c.get("source") or {}).get("body"), 70)
        )
    return table


def table_for(tool: str, artifact: Any) -> Table | None:
    """A table for a tool result a person would rather look at; None for results better read as text."""
    if not isinstance(artifact, dict):
        return None
    if tool == "intercom_company_contacts_events" and artifact.get("status") == "ok":
        return company_events_table(artifact)
    page = artifact.get("page") if isinstance(artifact.get("page"), dict) else None
    items = page.get("items") if page else None
    if page is None or items is None:
        return None
    if tool in ("intercom_list_all_contacts", "intercom_list_attach_contacts_to_company"):
        table = _contacts(items, "Contacts")
    elif tool == "intercom_list_companies":
        table = _companies(items)
    elif tool in ("intercom_list_conversations", "intercom_search_conversations"):
        table = _conversations(items)
    else:
        return None
    table.caption = paging_caption(page, len(items))
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
            self.progress.console.log(f"Resolved company [bold]{event['company']}[/bold] (id {event['id']})")
        elif stage == "contacts":
            self.progress.console.log(f"Contacts page {event['page']}: {event['contacts']} of {event['total']}")
        elif stage in ("events", "transcripts") and event.get("total"):
            if stage not in self.tasks:
                self.tasks[stage] = self.progress.add_task(f"Fetching {stage}", total=event["total"])
            self.progress.update(self.tasks[stage], completed=event["done"])
        elif stage == "contact":
            self.progress.console.log(f"Found contact [bold]{event['contact']}[/bold]")
