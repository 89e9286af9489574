"""Terminal tables and progress for the CLI: each tool declares its table (``ToolSpec.table``); this draws it.

Tables are for people; the text a model reads is :mod:`intercom_agent.tools.text`.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from intercom_agent.registry import Table, ToolSpec

# A column: (header, kind, priority). "key" columns (ids, emails, external ids) are never folded or cut:
# they must stay copyable. "text" columns may be shortened with an ellipsis. When the table cannot fit,
# the lowest-priority droppable columns go first (priority 0 never goes).
ColumnShape = tuple[str, str, int]
MIN_TEXT = 10
COMFORTABLE_TEXT = 28  # a text column narrower than this wraps; lesser columns are dropped first


def fitted_table(title: str, columns: list[ColumnShape], rows: list[list[str]], width: int | None) -> RichTable:
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
    table = RichTable(title=title, expand=False)
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


def draw(table: Table, output: Any, width: int | None = None) -> RichTable:
    """A tool's declared table for one output, fitted to ``width``."""
    columns = [(c.header, "key" if c.key else "text", c.drop) for c in table.columns]
    rows = [[column.value(row) for column in table.columns] for row in table.rows(output)]
    drawn = fitted_table(table.title(output), columns, rows, width)
    caption = table.caption(output) if table.caption is not None else ""
    drawn.caption = " ".join(filter(None, [caption, str(drawn.caption or "")])) or None
    return drawn


def table_for(spec: ToolSpec, artifact: Any, width: int | None = None) -> RichTable | None:
    """The table for a tool's result, when its spec declares one that applies; None: read it as text."""
    if spec.table is None or not isinstance(artifact, dict):
        return None
    output = spec.output.model_validate(artifact)
    return draw(spec.table, output, width) if spec.table.applies(output) else None


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
