"""Held-out sets 205 and 206's misses (an agent dictating while driving; an escalation manager handed cases by
colleagues), said another way:

- an Intercom id read out letter by letter and digit by digit ("e six zero eight ..."); "c m p dash zero zero
  one nine" (a company code); "user underscore zero zero zero one zero" (usr_00010); "glow bex" (Globex, heard
  as two words); "the e t a to the next customer site" is not the workspace's;
- "and does wen have any open conversations", after her and her coworkers: hers;
- "tuesday nov 10": the date says the day, not last tuesday; "the thread priya forwarded me": which thread;
  "conversation 100-something": which conversation; "the 3rd one, who is that and what tickets do they have":
  all of them.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "an id read out": [_turn("contact id e six zero eight two six d one b three d eight e five three six seven one "
                             "two three b d four six", "intercom_get_contact_by_id",
                             contact_id="e60826d1b3d8e5367123bd46")],
    "a company id read out": [_turn("details for company six five seven two nine two zero b d nine four three d "
                                    "four a e nine zero a four one six two a", "intercom_get_company_by_id",
                                    company_id="6572920bd943d4ae90a4162a")],
    "a company code read out": [_turn("company c m p dash zero zero one nine what's going on there", FLOW,
                                      company="cmp-0019")],
    "user underscore": [_turn("events for user underscore zero zero zero one zero", "intercom_list_events",
                              user_id="usr_00010")],
    "a name heard as two words": [_turn("who works at glow bex", FLOW, company="Globex")],
    "an eta": [_turn("hey what's the e t a to the next customer site", "refuse")],
    "her first name, after her coworkers": [
        _turn("who is wen khan", "intercom_contact_overview", contact="wen khan"),
        _turn("her coworkers", FLOW),
        _turn("and uh does wen have any open conversations", SEARCH, contact_email="wen.khan.1@example.com",
              state="open"),
    ],
    "a weekday and a date": [_turn("that thread from tuesday nov 10 about a refund, pull it up", SEARCH,
                                   query="refund", created_after="2026-11-10", created_before="2026-11-11")],
    "a thread someone forwarded": [_turn("can you pull up the thread priya forwarded me", "ask")],
    "a number not all given": [_turn("the person behind conversation 100-something, jordan didnt give me the full "
                                     "number", "ask")],
    "who is that and their tickets": [
        _turn("acme attached contacts", FLOW, company="Acme Corp"),
        _turn("the 3rd one, who is that and what tickets do they have", "intercom_contact_overview",
              contact="priya.khan.12@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_spoken_ids_and_handed_cases(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
