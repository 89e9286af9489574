"""Dev set 151's kind of chat (short turns that lean on what came before), in other words than its writer's:
"his events" - "which contact?" - a name said in the list shown; "her events" after an ambiguous name -
"the 2nd one"; "next" then "and the one after" (the page after that); "the garcia one", two garcias on the
list shown - which of them - "milo" (a first name picks one of those asked about); "who else is at
<name>'s company" and "same for <name>" after another person's colleagues: that person's company.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "events of a person named in answer": [
        _turn("5 most recent conversations", "intercom_list_conversations", per_page=5),
        _turn("her events", "ask"),
        _turn("lena rossi", "intercom_list_events", intercom_user_id="342e7ac472dfca2b0ccbbbdf"),
    ],
    "events of a namesake picked by position": [
        _turn("ben silva", "intercom_contact_overview", contact="ben silva"),
        _turn("his events", "ask"),
        _turn("the first one", "intercom_list_events", user_id="usr_00274"),
    ],
    "a page after the next": [
        _turn("show me 5 contacts", "intercom_list_all_contacts", per_page=5),
        _turn("next", "intercom_list_all_contacts", per_page=5, starting_after="@cursor"),
        _turn("then the page after that", "intercom_list_all_contacts", per_page=5, starting_after="@cursor"),
    ],
    "a surname two people on the list share": [
        _turn("who works at birch labs", "intercom_company_contacts_events", company="Birch Labs",
              events_per_contact=0),
        _turn("the diaz one - conversations", "ask"),
        _turn("victor", "intercom_search_conversations", contact_email="victor.diaz.58@example.com"),
        _turn("and the last one on the list", "intercom_search_conversations",
              contact_email="dev.lopez.155@example.com"),
    ],
    "a named person's colleagues": [
        _turn("who else works at priya patel's company", "intercom_company_contacts_events",
              company="Birch Health", events_per_contact=0),
    ],
    "then her company's people, then another's": [
        _turn("priya garcia's profile", "intercom_contact_overview", contact="priya garcia"),
        _turn("and her coworkers?", "intercom_company_contacts_events", company="Acme Corp", events_per_contact=0),
        _turn("do the same for priya patel", "intercom_company_contacts_events", company="Birch Health",
              events_per_contact=0),
    ],
    "how many in all, then the few shown again": [
        _turn("people at onyx works with their events", "intercom_company_contacts_events", company="Onyx Works"),
        _turn("only 3 of them", "intercom_company_contacts_events", company="Onyx Works", max_contacts=3),
        _turn("how many in total?", "intercom_get_company_by_id", company_id="5f24ec448c134e786e3293fc"),
        _turn("1 event each", "intercom_company_contacts_events", company="Onyx Works", max_contacts=3,
              events_per_contact=1),
    ],
    "the last company talked about": [
        _turn("who's at zephyr labs", "intercom_company_contacts_events", company="Zephyr Labs", events_per_contact=0),
        _turn("and tidal works", "intercom_company_contacts_events", company="Tidal Works", events_per_contact=0),
        _turn("people at that last one with their events", "intercom_company_contacts_events", company="Tidal Works"),
    ],
    "a first list, with nothing before": [_turn("go back to the original list", "ask")],
    "next to a company named on the list": [
        _turn("list companies, 10 a page, oldest first", "intercom_list_companies", order="asc", per_page=10),
        _turn("the one just below globex - people there", "intercom_list_attach_contacts_to_company",
              company_id="d18e3b91011f11a767cc5b0e"),
        _turn("the company right above harbor partners, its record", "intercom_get_company_by_id",
              company_id="d18e3b91011f11a767cc5b0e"),
    ],
    "back to a page of companies, its smallest": [
        _turn("companies page 2, 15 per page", "intercom_list_companies", per_page=15, page=2),
        _turn("the 3rd one", "intercom_get_company_by_id", company_id="600b99639a52dc185e46209c"),
        _turn("go back to that accounts page", "intercom_list_companies", per_page=15, page=2),
    ],
}  # fmt: skip
KEPT = {  # a person named after a company's people, not said to be the same: her overview
    "a person after a company": [
        _turn("who's at acme", "intercom_company_contacts_events", company="Acme Corp", events_per_contact=0),
        _turn("what about priya patel", "intercom_contact_overview", contact="priya patel"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_short_turns(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize("name", sorted(KEPT))
def test_not_the_same(name: str) -> None:
    assert failed_turns(name, KEPT[name]) == []
