"""The contact tools: list contacts, get one (with its companies' names), list a user's data events."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, ClassVar

from pydantic import Field

from intercom_agent import operations as ops
from intercom_agent.models import Company, Contact, DataEvent, EventSummary, Page, PiiKind
from intercom_agent.registry import Column, Output, Table, ToolSpec
from intercom_agent.tools import text as fmt
from intercom_agent.tools.logic import Call, Logic, LogicRunner, Parallel, Step

# ---- outputs -----------------------------------------------------------------------------------------


class ContactList(Output):
    """A page of contacts: all of them, or a company's (``company_id``)."""

    page: Page[Contact]
    page_number: int | None = None  # the page asked for by number, when walked there
    per_page: int | None = None
    company_id: str | None = None
    note: str | None = None  # said instead of the list (a page that does not exist)


class CompanyName(Output):
    pii: ClassVar[PiiKind | None] = "company"

    id: str
    name: str | None = None


class ContactDetail(Output):
    contact: Contact
    companies: list[CompanyName] = Field(default_factory=list)  # names of its first companies


class EventList(Output):
    """A page of a user's events, or with ``summary=true`` the per-name counts."""

    user: dict[str, str] = Field(default_factory=dict)  # the identifier asked with (user_id, email, ...)
    page: Page[DataEvent] | None = None
    summary: EventSummary | None = None


# ---- text and tables -----------------------------------------------------------------------------------


def contact_list_text(out: ContactList) -> str:
    if out.note:
        return out.note
    if out.company_id:
        heading = f"Contacts attached to company {out.company_id}:"
    elif out.page_number is not None:
        heading = f"Contacts (page {out.page_number}, per_page {out.per_page}):"
    else:
        heading = "Contacts:"
    return fmt.list_contacts(out.page, heading)


def contact_detail_text(out: ContactDetail) -> str:
    names = [f'"{c.name}" (id={c.id})' if c.name else f"id={c.id}" for c in out.companies]
    return fmt.contact_detail(out.contact, names)


def _who(user: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in user.items()) or "the same user"


def event_list_text(out: EventList) -> str:
    if out.summary is not None:
        return fmt.event_summary(out.summary, _who(out.user))
    assert out.page is not None
    return fmt.events(out.page, _who(out.user))


def paging_caption(page: Page[Any]) -> str:
    """What a table of one page leaves out, and how to get the next page (never a silent cut)."""
    total = f" of {page.total_count}" if page.total_count is not None else ""
    if page.has_more and page.next_cursor:
        return f"{len(page.items)} shown{total}; more: ask for the next page (next_cursor={page.next_cursor})"
    return f"{len(page.items)} shown{total}; this is the last page"


CONTACT_COLUMNS = (
    Column(header="Name", value=lambda c: c.name or "-", drop=2),
    Column(header="Email", value=lambda c: c.email or "-", key=True),
    Column(header="External ID", value=lambda c: c.external_id or "-", key=True, drop=3),
    Column(header="Role", value=lambda c: c.role or "-", drop=4),
    Column(header="Id", value=lambda c: c.id, key=True),
)
CONTACT_TABLE = Table(
    title=lambda out: "Contacts",
    rows=lambda out: out.page.items,
    columns=CONTACT_COLUMNS,
    caption=lambda out: paging_caption(out.page),
    applies=lambda out: not out.note,
)

# ---- arguments and logic -------------------------------------------------------------------------------


class ListAllContactsArgs(ops.ListContactsArgs):
    page: int = Field(
        1, ge=1, le=10, description="Page number (1-10). Intercom pages contacts by cursor, so page N walks N-1 pages."
    )


def _list_all_contacts(a: ListAllContactsArgs) -> Logic:
    walked = 1
    page: Page[Contact] = yield Call(ops.LIST_CONTACTS, {"per_page": a.per_page, "starting_after": a.starting_after})
    while a.starting_after is None and walked < a.page:
        if not page.has_more:
            total = f" of {page.total_count}" if page.total_count is not None else ""
            note = f"There is no page {a.page}: page {walked} is the last{total} at per_page={a.per_page}."
            return ContactList(page=page, page_number=walked, per_page=a.per_page, note=note)
        page = yield Call(ops.LIST_CONTACTS, {"per_page": a.per_page, "starting_after": page.next_cursor})
        walked += 1
    number = walked if a.starting_after is None else None
    return ContactList(page=page, page_number=number, per_page=a.per_page)


def _company_names(contact: Contact) -> Generator[Step, Any, list[CompanyName]]:
    refs = (contact.companies.data if contact.companies else [])[:5]
    if not refs:
        return []
    found = yield Parallel(tuple(Call(ops.GET_COMPANY, {"company_id": ref.id}) for ref in refs))
    pairs = zip(refs, found, strict=True)
    return [CompanyName(id=ref.id, name=c.name if isinstance(c, Company) else None) for ref, c in pairs]


def _get_contact(a: ops.ContactIdArgs) -> Logic:
    contact: Contact = yield Call(ops.GET_CONTACT, {"contact_id": a.contact_id})
    companies = yield from _company_names(contact)
    return ContactDetail(contact=contact, companies=companies)


class UserEventsArgs(ops.ListEventsArgs):
    summary: bool = Field(False, description="Return per-event-name counts (all time) instead of the event list.")


def _list_events(a: UserEventsArgs) -> Logic:
    user = {k: v for k in ("user_id", "intercom_user_id", "email") if (v := getattr(a, k)) is not None}
    if a.summary:
        summary = yield Call(ops.EVENT_SUMMARY, user)
        return EventList(user=user, summary=summary)
    args = {"per_page": a.per_page, "next_cursor": a.next_cursor} if a.next_cursor else {**user, "per_page": a.per_page}
    page = yield Call(ops.LIST_EVENTS, args)
    return EventList(user=user, page=page)


# ---- the tools -----------------------------------------------------------------------------------------

LIST_ALL_CONTACTS = ToolSpec(
    name="intercom_list_all_contacts",
    title="List contacts",
    description="Lists contacts (users and leads) in the Intercom workspace, one page at a time (per_page, page or "
    "starting_after). Use it to find a contact's id, and its external_id for intercom_list_events.",
    args=ListAllContactsArgs,
    output=ContactList,
    runner=LogicRunner(_list_all_contacts),
    text=contact_list_text,
    table=CONTACT_TABLE,
    operation=ops.LIST_CONTACTS,
)
GET_CONTACT = ToolSpec(
    name="intercom_get_contact_by_id",
    title="Get a contact",
    description="Gets one contact's details (email, external_id, dates, companies, custom attributes) by its "
    "Intercom id. Find ids with intercom_list_all_contacts.",
    args=ops.ContactIdArgs,
    output=ContactDetail,
    runner=LogicRunner(_get_contact),
    text=contact_detail_text,
    operation=ops.GET_CONTACT,
)
LIST_EVENTS = ToolSpec(
    name="intercom_list_events",
    title="List a user's events",
    description="Lists a user's data events from the last 90 days, newest first. Pass the contact's external_id as "
    "user_id (get it from intercom_list_all_contacts); for contacts without one, intercom_user_id or email. "
    "summary=true gives all-time counts per event name.",
    args=UserEventsArgs,
    output=EventList,
    runner=LogicRunner(_list_events),
    text=event_list_text,
    operation=ops.LIST_EVENTS,
)
