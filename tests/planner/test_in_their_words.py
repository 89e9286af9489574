"""Requests and dialogues in the words of people who do not know Intercom's, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed; "ask" and "refuse" as
the evaluation reads them). They are reworded variations of what outside dev sets 53 and 54 asked.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

REQUESTS = [
    _turn("give me 10 clients that have been quiet the longest", "intercom_list_companies", per_page=10, order="asc"),
    _turn("which groups do we sort our users into?", "intercom_list_segments"),
    _turn("show me our customer groups with how many people each", "intercom_list_segments", include_count=True),
    _turn("what are the groups of admins called", "intercom_list_all_teams"),
    _turn("the individual people please, not the businesses", "intercom_list_all_contacts"),
    _turn("for birch labs, their people and the last 2 things each one did", "intercom_company_contacts_events",
          company="Birch Labs", events_per_contact=2),
    _turn("We have a renewal call today. Any invoice problems in the last 30 days?", "intercom_search_conversations",
          query="invoice", created_after="2026-10-19"),
    _turn("which teams handle billing tickets?", "intercom_list_all_teams"),
    _turn("is lumen group still on growth?", "intercom_get_company_by_id", company_id="35bc14fc62d3bca0828d0f33"),
    _turn("can u flag globex as at risk", "refuse"),
    _turn("refund convos march thru sept 4", "intercom_search_conversations", query="refund",
          created_after="2026-03-01", created_before="2026-09-05"),
    _turn("diff q: latest 20 conversations overall", "intercom_list_conversations", per_page=20),
    _turn("how do i look up an account", "ask"),
    _turn("show me the snoozed refund convos and close them all", "refuse"),  # the read offered alone
    _turn("how many people are in the trialists segment? also delete it", "refuse"),
    _turn("ok then at least rename the trialists segment", "refuse"),
    _turn("ok diff topic. export questions before september 5", "intercom_search_conversations", query="export",
          created_before="2026-09-05"),
    _turn("cutsomer 360 on iris cehn", "intercom_contact_overview", contact="Iris Chen"),
    _turn("glbex contacts up to a dozen, 2 evnts each", "intercom_company_contacts_events", company="Globex",
          max_contacts=12, events_per_contact=2),
    _turn("login convos yesterday? my manager said it's on fire", "intercom_search_conversations", query="login",
          created_after="2026-11-17", created_before="2026-11-18"),
    _turn("cheap hotels near the office? booking for the support team", "refuse"),
    _turn("is there a VIP tema? how many admins on it", "intercom_list_all_teams"),
    _turn("shipping convos last fri", "intercom_search_conversations", query="shipping",
          created_after="2026-11-13", created_before="2026-11-14"),
    _turn("invoice convos nov 12th", "intercom_search_conversations", query="invoice", created_after="2026-11-12",
          created_before="2026-11-13"),
    _turn("login tickets from 5 oct thru 12 oct", "intercom_search_conversations", query="login",
          created_after="2026-10-05", created_before="2026-10-13"),
    _turn("what's been happening in the inbox? latest conversations first pls", "intercom_list_conversations"),
    _turn("next conversations after IjEwMDMwMSI please", "intercom_list_conversations", starting_after="IjEwMDMwMSI"),
    _turn("more billing results, starting after IjEwMTQwNyI", "intercom_search_conversations", query="billing",
          starting_after="IjEwMTQwNyI"),
    _turn("any good sushi place near the office for a team dinner", "refuse"),
    _turn("is anyone actually in the trialists segment? numbers pls", "intercom_list_segments", include_count=True),
    _turn("kindly share the events of the people at birch labs", "intercom_company_contacts_events",
          company="Birch Labs"),
]  # fmt: skip

DIALOGUES = {
    "open it, with several listed, asks which": [
        _turn("refund convos this month", "intercom_search_conversations", query="refund"),
        _turn("only open", "intercom_search_conversations", state="open"),
        _turn("ok open it", "ask"),
    ],
    "the wrong namesake, corrected": [
        _turn("acme corp people", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("events for priya khan", "ask"),
        _turn("the first one", "intercom_list_events", user_id="usr_00013"),
        _turn("wrong priya - the other one, all-time counts", "intercom_list_events", user_id="usr_00020",
              summary=True),
    ],
    "a search narrowed by a topic, then another topic over the same window": [
        _turn("open convos", "intercom_search_conversations", state="open"),
        _turn("of the open, anything about exports in october", "intercom_search_conversations", state="open",
              query="export", created_after="2026-10-01", created_before="2026-11-01"),
        _turn("transcripts of the 2 best login convos from the last 7 days", "intercom_find_conversations",
              text="login", top=2),
        _turn("now billing ones, same window, as a list", "intercom_search_conversations", query="billing",
              created_after="2026-11-11"),
    ],
    "whose account that is, after their counts": [
        _turn("event counts for usr_00026", "intercom_list_events", user_id="usr_00026", summary=True),
        _turn("whose account is that?", "intercom_contact_overview", contact="usr_00026"),
    ],
    "companies picked by size and industry, and a company's only person": [
        _turn("companies, 20 per page", "intercom_list_companies", per_page=20),
        _turn("next page", "intercom_list_companies", page=2),
        _turn("which one there has just 1 user", "intercom_get_company_by_id", company_id="d070114bb6c69566c7ec6500"),
        _turn("who is that one user", "intercom_company_contacts_events", company="Tidal Logistics"),
        _turn("their last 3 events", "intercom_list_events", user_id="usr_00056", per_page=3),
        _turn("and the finance company on that page, who works there", "ask"),
        _turn("tidal group", "intercom_company_contacts_events", company="Tidal Group"),
    ],
    "more, tersely, and the following page": [
        _turn("latest 20 convos", "intercom_list_conversations", per_page=20),
        _turn("k. more pls", "intercom_list_conversations", starting_after="@cursor"),
        _turn("the following 20", "intercom_list_conversations", starting_after="@cursor"),
    ],
    "try another one, and the same list for another topic": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("events for the 4th", "intercom_list_events", intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("nothing huh. try the 6th", "intercom_list_events", intercom_user_id="ee938e4cec2282651f6ca9e5"),
        _turn("refund convos since sept", "intercom_search_conversations", query="refund"),
        _turn("only open", "intercom_search_conversations", state="open"),
        _turn("same list for invoice", "intercom_search_conversations", query="invoice", state="open",
              created_after="2026-09-01"),
    ],
    "a working session: a date that is not a pick, a remark then a question, a typo corrected": [
        _turn("open convos", "intercom_search_conversations", state="open"),
        _turn("only the ones that came in the last week", "intercom_search_conversations", state="open",
              created_after="2026-11-11"),
        _turn("any tickets about invoicing since october?", "intercom_search_conversations", query="invoice",
              created_after="2026-10-01"),
        _turn("did other companies ask for onboarding help this month", "intercom_search_conversations",
              query="onboarding", created_after="2026-11-01"),
        _turn("acme people", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("omar lopez looks inactive, no events. any tickets from him?", "intercom_search_conversations",
              contact_email="omar.lopez.22@example.com"),
        _turn("change uma hughes's plan to growth", "refuse"),
        _turn("events for usr_00152", "intercom_list_events", user_id="usr_00152"),
        _turn("ugh typo, usr_00125", "intercom_list_events", user_id="usr_00125"),
    ],
    "someone's company, their conversations about a topic, one of theirs by topic": [
        _turn("which company is e60826d1b3d8e5367123bd46 at", "intercom_get_contact_by_id",
              contact_id="e60826d1b3d8e5367123bd46"),
        _turn("company details pls", "intercom_get_company_by_id", company_id="6572920bd943d4ae90a4162a"),
        _turn("birch labs", "intercom_company_contacts_events", company="Birch Labs"),
        _turn("victor diaz there emailed us something about a refund, show me", "intercom_search_conversations",
              contact_email="victor.diaz.58@example.com", query="refund"),
        _turn("who is dev.rossi.33@example.com", "intercom_contact_overview", contact="dev.rossi.33@example.com"),
        _turn("open the billing question", "intercom_get_conversation_by_id", conversation_id="100196"),
    ],
    "one of a list by a two-word topic": [
        _turn("closed convos last week", "intercom_search_conversations", state="closed"),
        _turn("open the csv export one", "intercom_get_conversation_by_id", conversation_id="100098"),
    ],
    "formally: the subsequent page, the final contact on it": [
        _turn("20 contacts please", "intercom_list_all_contacts", per_page=20),
        _turn("Kindly show the subsequent page.", "intercom_list_all_contacts", starting_after="@cursor"),
        _turn("The complete profile of the final contact on this page, please.", "intercom_contact_overview",
              contact="lena.hughes.143@example.com"),  # the overview: the whole profile (writers list both)
    ],
    "more, asked as a question": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("can i see more?", "intercom_list_all_contacts", starting_after="@cursor"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("turn", REQUESTS, ids=[t["q"] for t in REQUESTS])
def test_a_request_in_everyday_words(turn: dict[str, Any]) -> None:
    assert failed_turns(turn["q"], [turn]) == []


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_a_dialogue_in_everyday_words(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
