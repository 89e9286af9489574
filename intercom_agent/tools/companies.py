"""The company tools (list, get, a company's contacts) and the workspace's segments and teams."""

from __future__ import annotations

from pydantic import Field

from intercom_agent import operations as ops
from intercom_agent.models import Company, Page, Segment, Team
from intercom_agent.registry import Column, Output, Table, ToolSpec
from intercom_agent.tools import text as fmt
from intercom_agent.tools.contacts import CONTACT_TABLE, ContactList, contact_list_text, paging_caption
from intercom_agent.tools.logic import Call, Logic, LogicRunner

# ---- outputs, text and tables --------------------------------------------------------------------------


class CompanyList(Output):
    page: Page[Company]
    order: str = "desc"


class CompanyDetail(Output):
    company: Company


class SegmentList(Output):
    """Every segment (Intercom does not page them); ``page``/``per_page`` is the window the text shows."""

    segments: list[Segment]
    include_count: bool = False
    page: int = 1
    per_page: int = 50


class TeamList(Output):
    """Every team (Intercom does not page them); ``page``/``per_page`` is the window the text shows."""

    teams: list[Team]
    page: int = 1
    per_page: int = 50


def _plan(company: Company) -> str:
    plan = company.plan
    name = plan.get("name") if isinstance(plan, dict) else getattr(plan, "name", None)
    return str(name) if name else "-"


COMPANY_TABLE = Table(
    title=lambda out: "Companies",
    rows=lambda out: out.page.items,
    columns=(
        Column(header="Name", value=lambda c: c.name or "-"),
        Column(header="Users", value=lambda c: str(c.user_count or 0), drop=2),
        Column(header="Plan", value=_plan, drop=3),
        Column(header="Last request", value=lambda c: fmt.iso(c.last_request_at), drop=4),
        Column(header="Id", value=lambda c: c.id, key=True),
    ),
    caption=lambda out: paging_caption(out.page),
)

# ---- arguments and logic -------------------------------------------------------------------------------


def _list_companies(a: ops.ListCompaniesArgs) -> Logic:
    page = yield Call(ops.LIST_COMPANIES, a.model_dump())
    return CompanyList(page=page, order=a.order)


def _get_company(a: ops.CompanyIdArgs) -> Logic:
    company = yield Call(ops.GET_COMPANY, {"company_id": a.company_id})
    return CompanyDetail(company=company)


def _attached_contacts(a: ops.AttachedContactsArgs) -> Logic:
    page = yield Call(ops.LIST_ATTACHED_CONTACTS, a.model_dump())
    return ContactList(page=page, company_id=a.company_id)


class LocalPageArgs(ops.Args):
    """Intercom sends segments and teams in one answer; these choose the part of it the text shows."""

    page: int = Field(1, ge=1, le=1000, description="Page number of the list, starting at 1.")
    per_page: int = Field(50, ge=1, le=150, description="How many per page (1-150).")


class SegmentPageArgs(ops.ListSegmentsArgs, LocalPageArgs):
    pass


class TeamPageArgs(LocalPageArgs):
    pass


def _list_segments(a: SegmentPageArgs) -> Logic:
    page = yield Call(ops.LIST_SEGMENTS, {"include_count": a.include_count})
    return SegmentList(segments=page.items, include_count=a.include_count, page=a.page, per_page=a.per_page)


def _list_teams(a: TeamPageArgs) -> Logic:
    page = yield Call(ops.LIST_TEAMS, {})
    return TeamList(teams=page.items, page=a.page, per_page=a.per_page)


# ---- the tools -----------------------------------------------------------------------------------------

LIST_COMPANIES = ToolSpec(
    name="intercom_list_companies",
    title="List companies",
    description="Lists companies with users, by last request time (order asc or desc), page by page. Use it to find "
    "a company's id for intercom_get_company_by_id and intercom_list_attach_contacts_to_company.",
    args=ops.ListCompaniesArgs,
    output=CompanyList,
    runner=LogicRunner(_list_companies),
    text=lambda out: fmt.list_companies(out.page, out.order),
    table=COMPANY_TABLE,
    operation=ops.LIST_COMPANIES,
)
GET_COMPANY = ToolSpec(
    name="intercom_get_company_by_id",
    title="Get a company",
    description="Gets one company's details (name, plan, size, users, spend, dates) by its Intercom id. Find ids "
    "with intercom_list_companies.",
    args=ops.CompanyIdArgs,
    output=CompanyDetail,
    runner=LogicRunner(_get_company),
    text=lambda out: fmt.company_detail(out.company),
    operation=ops.GET_COMPANY,
)
ATTACHED_CONTACTS = ToolSpec(
    name="intercom_list_attach_contacts_to_company",
    title="Contacts of a company",
    description="Lists the contacts attached to a company; pass company_id (the 'id' from intercom_list_companies). "
    "Pages with starting_after.",
    args=ops.AttachedContactsArgs,
    output=ContactList,
    runner=LogicRunner(_attached_contacts),
    text=contact_list_text,
    table=CONTACT_TABLE,
    operation=ops.LIST_ATTACHED_CONTACTS,
)
LIST_SEGMENTS = ToolSpec(
    name="intercom_list_segments",
    title="List segments",
    description="Lists all segments of the workspace; include_count=true adds how many contacts each holds.",
    args=SegmentPageArgs,
    output=SegmentList,
    runner=LogicRunner(_list_segments),
    text=lambda out: fmt.segments(out.segments, out.page, out.per_page, out.include_count),
    operation=ops.LIST_SEGMENTS,
)
LIST_TEAMS = ToolSpec(
    name="intercom_list_all_teams",
    title="List teams",
    description="Lists all teams in the Intercom workspace with their ids and number of admins.",
    args=TeamPageArgs,
    output=TeamList,
    runner=LogicRunner(_list_teams),
    text=lambda out: fmt.teams(out.teams, out.page, out.per_page),
    operation=ops.LIST_TEAMS,
)
