"""The text a model reads: compact, plain, and honest about what is left out.

A model reads this, so every line carries what a person asks about (ids, names, emails,
external_id, ISO dates, counts, state, who said what) and nothing else; HTML is turned into text;
long lists end with an explicit "N more" line; every list states its paging (has_more, next_cursor,
total_count) so the model can ask for the next page. The full objects travel in the tool artifact.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from intercom_agent.models import (
    Company,
    Contact,
    Conversation,
    ConversationPart,
    DataEvent,
    EventSummary,
    Page,
    Segment,
    Team,
)

BODY_LIMIT = 280
PARTS_SHOWN = 30


def iso(ts: int | float | None) -> str:
    """UNIX seconds as an ISO date-time (UTC, minutes), or '-' when absent."""
    if not ts:
        return "-"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%MZ")


def text(markup: str | None, limit: int = BODY_LIMIT) -> str:
    """HTML to one line of plain text, cut at ``limit`` characters with an ellipsis."""
    if not markup:
        return ""
    plain = re.sub(r"<\s*(br|/p|/div|/li)\s*/?>", " ", markup, flags=re.I)
    plain = html.unescape(re.sub(r"<[^>]+>", "", plain))
    plain = re.sub(r"\s+", " ", plain).strip()
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def _fields(**values: Any) -> str:
    return " ".join(f"{key}={value}" for key, value in values.items() if value not in (None, "", [], {}))


def paging_line(page: Page[Any], *, shown: int, noun: str, cursor_arg: str) -> str:
    """The last line of a list: how many, whether there is more, and exactly how to get it."""
    total = f" of {page.total_count}" if page.total_count is not None else ""
    line = f"{shown} {noun} shown{total}."
    if page.has_more and page.next_cursor:
        line += f" has_more=true; next page: {cursor_arg}={page.next_cursor}"
    else:
        line += " has_more=false (this is the last page)."
    return line


def contact_line(contact: Contact) -> str:
    companies = (contact.companies.total_count or 0) if contact.companies else 0
    return "- " + _fields(
        name=f'"{contact.name}"' if contact.name else None,
        id=contact.id,
        external_id=contact.external_id,
        email=contact.email or None,
        role=contact.role,
        companies=companies or None,
        last_seen=iso(contact.last_seen_at) if contact.last_seen_at else None,
        created=iso(contact.created_at),
    )


def company_line(company: Company) -> str:
    return "- " + _fields(
        name=f'"{company.name}"',
        id=company.id,
        company_id=company.company_id,
        users=company.user_count,
        plan=company.plan.name if company.plan is not None and hasattr(company.plan, "name") else None,
        industry=company.industry,
        last_request=iso(company.last_request_at) if company.last_request_at else None,
    )


def list_contacts(page: Page[Contact], heading: str) -> str:
    lines = [heading, *(contact_line(c) for c in page.items)]
    lines.append(paging_line(page, shown=len(page.items), noun="contacts", cursor_arg="starting_after"))
    return "\n".join(lines)


def list_companies(page: Page[Company], order: str) -> str:
    lines = [f"Companies (ordered by last request, {order}):", *(company_line(c) for c in page.items)]
    lines.append(paging_line(page, shown=len(page.items), noun="companies", cursor_arg="page"))
    return "\n".join(lines)


def attributes(contact: Contact) -> str:
    """A contact's custom attributes (the first ten, by name), as ``name=value`` pairs."""
    return ", ".join(f"{k}={v}" for k, v in sorted(contact.custom_attributes.items())[:10])


def contact_detail(contact: Contact, company_names: Sequence[str] = ()) -> str:
    attrs = attributes(contact)
    lines = [
        f"Contact {contact.name or '(no name)'}",
        _fields(
            id=contact.id,
            external_id=contact.external_id,
            email=contact.email or None,
            role=contact.role,
            phone=contact.phone,
        ),
        _fields(
            created=iso(contact.created_at),
            signed_up=iso(contact.signed_up_at) if contact.signed_up_at else None,
            last_seen=iso(contact.last_seen_at) if contact.last_seen_at else None,
        ),
    ]
    if company_names:
        more = ((contact.companies.total_count or 0) if contact.companies else 0) - len(company_names)
        lines.append("companies: " + ", ".join(company_names) + (f" (+{more} more)" if more > 0 else ""))
    if attrs:
        lines.append(f"custom attributes: {attrs}")
    if not contact.external_id:
        lines.append("No external_id: list its events with intercom_user_id=" + contact.id)
    return "\n".join(line for line in lines if line)


def company_detail(company: Company) -> str:
    attrs = ", ".join(f"{k}={v}" for k, v in sorted(company.custom_attributes.items())[:10])
    return "\n".join(
        line
        for line in [
            f'Company "{company.name}"',
            _fields(
                id=company.id,
                company_id=company.company_id,
                website=company.website,
                industry=company.industry,
            ),
            _fields(
                users=company.user_count,
                size=company.size,
                monthly_spend=company.monthly_spend,
                sessions=company.session_count,
                plan=company.plan.name if company.plan is not None and hasattr(company.plan, "name") else None,
            ),
            _fields(created=iso(company.created_at), last_request=iso(company.last_request_at)),
            f"custom attributes: {attrs}" if attrs else "",
            f"Its contacts: intercom_list_attach_contacts_to_company with company_id={company.id}",
        ]
        if line
    )


def _window(total: int, page: int, per_page: int) -> tuple[int, int]:
    start = (page - 1) * per_page
    return start, min(total, start + per_page)


def local_page_line(total: int, page: int, per_page: int, noun: str) -> str:
    start, end = _window(total, page, per_page)
    line = f"{max(0, end - start)} {noun} shown ({start + 1 if end > start else 0}-{end} of {total})."
    if end < total:
        return line + f" has_more=true; next page: page={page + 1}"
    return line + " has_more=false (this is the last page)."


def segments(items: Sequence[Segment], page: int, per_page: int, with_counts: bool) -> str:
    start, end = _window(len(items), page, per_page)
    lines = ["Segments:"]
    for seg in items[start:end]:
        count = f" contacts={seg.count}" if with_counts and seg.count is not None else ""
        lines.append(f'- "{seg.name}" id={seg.id} person_type={seg.person_type}{count}')
    lines.append(local_page_line(len(items), page, per_page, "segments"))
    return "\n".join(lines)


def teams(items: Sequence[Team], page: int, per_page: int) -> str:
    start, end = _window(len(items), page, per_page)
    lines = ["Teams:", *(f'- "{t.name}" id={t.id} admins={len(t.admin_ids)}' for t in items[start:end])]
    lines.append(local_page_line(len(items), page, per_page, "teams"))
    return "\n".join(lines)


def event_line(event: DataEvent) -> str:
    meta = ", ".join(f"{k}={v}" for k, v in list(event.metadata.items())[:4])
    return f"- {iso(event.created_at)} {event.event_name}" + (f" ({meta})" if meta else "")


def events(page: Page[DataEvent], who: str) -> str:
    lines = [f"Data events for {who} (newest first; Intercom lists only the last 90 days):"]
    lines += [event_line(e) for e in page.items] or ["(no events in the last 90 days)"]
    lines.append(paging_line(page, shown=len(page.items), noun="events", cursor_arg="next_cursor"))
    return "\n".join(lines)


def event_summary(summary: EventSummary, who: str) -> str:
    lines = [f"Event summary for {who} (all time):"]
    lines += [f"- {e.name}: count={e.count} first={e.first} last={e.last}" for e in summary.events] or ["(none)"]
    return "\n".join(lines)


def conversation_line(conv: Conversation) -> str:
    author = conv.source.author if conv.source else None
    who = (author.name or author.email) if author else None
    return "- " + _fields(
        id=conv.id,
        state=conv.state,
        created=iso(conv.created_at),
        updated=iso(conv.updated_at),
        by=f'"{who}"' if who else None,
        subject=f'"{text(conv.title or (conv.source.subject if conv.source else ""), 60)}"'
        if (conv.title or (conv.source and conv.source.subject))
        else None,
        first_message=f'"{text(conv.source.body if conv.source else "", 120)}"',
    )


def conversations(page: Page[Conversation], heading: str) -> str:
    lines = [heading, *(conversation_line(c) for c in page.items)]
    if not page.items:
        lines.append("(no conversations)")
    lines.append(paging_line(page, shown=len(page.items), noun="conversations", cursor_arg="starting_after"))
    return "\n".join(lines)


def _part_line(part: ConversationPart) -> str:
    author = part.author
    who = f"{author.type}:{author.name or author.email or author.id}" if author else "unknown"
    body = text(part.body)
    return f"[{iso(part.created_at)}] {who}: {body}" if body else f"[{iso(part.created_at)}] {who} ({part.part_type})"


def conversation_detail(conv: Conversation, max_parts: int = PARTS_SHOWN) -> str:
    parts = conv.conversation_parts.conversation_parts if conv.conversation_parts else []
    total = (conv.conversation_parts.total_count or 0) if conv.conversation_parts else 0
    source = conv.source
    contacts = ", ".join(c.id for c in conv.contacts.contacts) if conv.contacts else ""
    lines = [
        f"Conversation {conv.id}: "
        + _fields(
            state=conv.state,
            priority=conv.priority,
            created=iso(conv.created_at),
            updated=iso(conv.updated_at),
            contacts=contacts or None,
            admin_assignee_id=conv.admin_assignee_id,
        ),
    ]
    if source is not None:
        author = source.author
        who = f"{author.type}:{author.name or author.email}" if author else "unknown"
        subject = f" subject: {text(source.subject, 80)}" if source.subject else ""
        lines.append(f"[{iso(conv.created_at)}] {who}:{subject} {text(source.body)}")
    hidden_by_api = max(0, total - len(parts))
    shown = parts[-max_parts:] if max_parts else []
    hidden_here = len(parts) - len(shown)
    if hidden_here:
        lines.append(f"… {hidden_here} earlier parts not shown here (all {len(parts)} are in the artifact).")
    lines += [_part_line(p) for p in shown]
    summary = f"{len(shown)} of {total} parts shown."
    if hidden_by_api:
        summary += (
            f" Intercom returns only the {len(parts)} most recent parts; the {hidden_by_api} oldest are not "
            "available through the API."
        )
    lines.append(summary)
    return "\n".join(lines)
