"""Contacts, companies, segments, teams and the workspace (``/me``): each operation described once."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from intercom_agent.models import Company, Contact, Me, PagingStyle, Segment, Team
from intercom_agent.operations.base import (
    NEXT_CURSOR,
    Args,
    Cursor,
    Operation,
    PathId,
    RequestSpec,
    cursor_page,
    next_cursor_args,
    next_page_args,
    numbered_page,
    params,
    per_page_field,
    search_request,
    segment,
    unpaged,
)


class ListContactsArgs(Args):
    per_page: int = per_page_field("Contacts", 50, example=", e.g. 50 for 'first 50'")
    starting_after: Cursor | None = NEXT_CURSOR


class ContactIdArgs(Args):
    contact_id: PathId = Field(description="Intercom contact id (the 'id' from intercom_list_all_contacts).")


class ExternalIdArgs(Args):
    external_id: PathId = Field(description="Your own id for the user (the contact's external_id).")


class SearchContactsArgs(Args):
    query: dict[str, Any] = Field(description="Contact search query, e.g. {field: email, operator: '=', value}.")
    per_page: int = Field(50, ge=1, le=150)
    starting_after: Cursor | None = None


LIST_CONTACTS = Operation(
    name="list_contacts",
    summary="list contacts",
    args=ListContactsArgs,
    build=lambda a: RequestSpec("GET", "/contacts", params(per_page=a.per_page, starting_after=a.starting_after)),
    parse=cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=next_cursor_args,
)
GET_CONTACT = Operation(
    name="get_contact",
    summary="get contact",
    args=ContactIdArgs,
    build=lambda a: RequestSpec("GET", f"/contacts/{segment(a.contact_id)}"),
    parse=Contact.model_validate,
    permission="Read one user and one company",
    not_found_hint="No contact has that id: use intercom_list_all_contacts to find valid contact ids.",
)
FIND_CONTACT_BY_EXTERNAL_ID = Operation(
    name="find_contact_by_external_id",
    summary="find contact by external_id",
    args=ExternalIdArgs,
    build=lambda a: RequestSpec("GET", f"/contacts/find_by_external_id/{segment(a.external_id)}"),
    parse=Contact.model_validate,
    permission="Read one user and one company",
    not_found_hint=("No contact has that external_id: use intercom_list_all_contacts to see contacts' external_id."),
)
SEARCH_CONTACTS = Operation(
    name="search_contacts",
    summary="search contacts",
    args=SearchContactsArgs,
    build=lambda a: search_request("/contacts/search", a.query, a.per_page, a.starting_after),
    parse=cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=next_cursor_args,
)

# ---- companies --------------------------------------------------------------------------------------


class ListCompaniesArgs(Args):
    page: int = Field(1, ge=1, le=10_000, description="Page number, starting at 1.")
    per_page: int = per_page_field("Companies", 20, most=60)
    order: Literal["asc", "desc"] = Field("desc", description="Order by last request time: 'asc' or 'desc'.")


class CompanyIdArgs(Args):
    company_id: PathId = Field(description="Intercom company id (the 'id' from intercom_list_companies).")


class AttachedContactsArgs(CompanyIdArgs):
    per_page: int = per_page_field("Contacts", 50)
    starting_after: Cursor | None = NEXT_CURSOR


class FindCompaniesArgs(Args):
    name: str | None = Field(None, min_length=1, max_length=255, description="The company's exact name.")
    company_id: str | None = Field(None, min_length=1, max_length=255, description="Your own id for the company.")
    page: int = Field(1, ge=1)
    per_page: int = Field(15, ge=1, le=60)

    @model_validator(mode="after")
    def _exactly_one(self) -> FindCompaniesArgs:
        if (self.name is None) == (self.company_id is None):
            raise ValueError("give exactly one of name or company_id")
        return self


LIST_COMPANIES = Operation(
    name="list_companies",
    summary="list companies",
    args=ListCompaniesArgs,
    build=lambda a: RequestSpec("POST", "/companies/list", params(page=a.page, per_page=a.per_page, order=a.order)),
    parse=numbered_page,
    paging=PagingStyle.PAGE_NUMBER,
    next_args=next_page_args,
)
GET_COMPANY = Operation(
    name="get_company",
    summary="get company",
    args=CompanyIdArgs,
    build=lambda a: RequestSpec("GET", f"/companies/{segment(a.company_id)}"),
    parse=Company.model_validate,
    permission="Read one user and one company",
    not_found_hint="No company has that id: use intercom_list_companies to find valid company ids.",
)
LIST_ATTACHED_CONTACTS = Operation(
    name="list_attached_contacts",
    summary="list contacts attached to a company",
    args=AttachedContactsArgs,
    build=lambda a: RequestSpec(
        "GET",
        f"/companies/{segment(a.company_id)}/contacts",
        params(per_page=a.per_page, starting_after=a.starting_after),
    ),
    parse=cursor_page(Contact, "data"),
    paging=PagingStyle.CURSOR,
    next_args=next_cursor_args,
    not_found_hint="No company has that id: use intercom_list_companies to find valid company ids.",
)
FIND_COMPANIES = Operation(
    name="find_companies",
    summary="find companies",
    args=FindCompaniesArgs,
    build=lambda a: RequestSpec(
        "GET", "/companies", params(name=a.name, company_id=a.company_id, page=a.page, per_page=a.per_page)
    ),
    parse=numbered_page,
    paging=PagingStyle.PAGE_NUMBER,
    next_args=next_page_args,
    not_found_hint="No company has that name or company_id: use intercom_list_companies to see companies.",
)

# ---- segments, teams, me ----------------------------------------------------------------------------


class ListSegmentsArgs(Args):
    include_count: bool = Field(False, description="Also return how many contacts are in each segment.")


class NoArgs(Args):
    pass


LIST_SEGMENTS = Operation(
    name="list_segments",
    summary="list segments",
    args=ListSegmentsArgs,
    build=lambda a: RequestSpec("GET", "/segments", params(include_count=a.include_count or None)),
    parse=unpaged(Segment, "segments"),
)
LIST_TEAMS = Operation(
    name="list_teams",
    summary="list teams",
    args=NoArgs,
    build=lambda a: RequestSpec("GET", "/teams"),
    parse=unpaged(Team, "teams"),
    permission="Read admins",
)
GET_ME = Operation(
    name="get_me",
    summary="identify the workspace",
    args=NoArgs,
    build=lambda a: RequestSpec("GET", "/me"),
    parse=Me.model_validate,
    permission="Read admins",
)
