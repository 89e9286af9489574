"""Leftovers of held-out sets 249 (an incident postmortem) and 250 (a small business owner's words), in other
words than the sets'.

- Everyday words: "my customers? the people, not the companies" (contacts), "the messages folks sent in"
  (conversations), "my lists" (segments), "my crew" (teams), "put X on the sales crew" (a change), "the card for
  the third person" (her record), "people who had trouble with the invoice" (about invoice), "2 things for each
  person" (events each), "totals for each type of thing" and "add up everything she did" (a summary), "my
  Trialists list" (the segment), "the sales stuff" (the team, or conversations about sales?); "couldn't" is not
  respelt "could't".
- An incident: "convos mentioning bugs" (bug), a reason after the request (", customers asking for money back",
  ", want to skim the fallout") left out, "the deploy went out" is not a deploy asked for, "narrow to the 5th and
  6th", "how long was the app down" (not in the workspace), "that day" (the day said in the turn before), "the
  three days after", "the first 3 weeks of october" (a window, not a subject).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
CONVERSATIONS = "intercom_list_conversations"
EVENTS = "intercom_list_events"

SAID = [
    ("could you show me my customers? the people, not the companies", "intercom_list_all_contacts", {}),
    ("show me the messages folks sent in", CONVERSATIONS, {}),
    ("what are my lists called", "intercom_list_segments", {}),
    ("who's in my crew", "intercom_list_all_teams", {}),
    ("chats from people who had trouble with the invoice this month", SEARCH, {"query": "invoice",
                                                                              "created_after": "2026-11-01"}),
    ("chats from people who couldn't export", SEARCH, {"query": "export"}),
    ("what have the people at tidal works been doing? 2 things for each person", "intercom_company_contacts_events",
     {"company": "Tidal Works", "events_per_contact": 2}),
    ("totals for each type of thing for usr_00042", EVENTS, {"user_id": "usr_00042", "summary": True}),
    ("add up everything usr_00042 has done in the app, by type of thing", EVENTS,
     {"user_id": "usr_00042", "summary": True}),
    ("how big is my Trialists list", "intercom_list_segments", {"include_count": True}),
    ("lsit leads and users, first 40", "intercom_list_all_contacts", {"per_page": 40}),  # ("list" before: the verb)
    ("can you show me the sales stuff", "ask", {}),
    ("convos mentioning bugs last week", SEARCH, {"query": "bug", "created_after": "2026-11-11"}),
    ("refund requests since the 3rd, customers asking for money back", SEARCH, {"query": "refund",
                                                                               "created_after": "2026-11-03"}),
    ("latest 30 convos, want to skim the fallout", CONVERSATIONS, {"per_page": 30}),
    ("deploy went out last night, any export convos today?", SEARCH, {"query": "export"}),
]  # fmt: skip


@pytest.mark.parametrize(("said", "tool", "args"), SAID, ids=[s for s, _, _ in SAID])
def test_everyday_and_incident_words(said: str, tool: str, args: dict[str, object]) -> None:
    assert failed_turns("words", [_turn(said, tool, **args)]) == []


def test_changes_and_what_the_workspace_does_not_hold() -> None:
    for said, reply in (("put Ben Diaz on the sales crew", "only read"),
                        ("how long was the app down yesterday?", "uptime")):  # fmt: skip
        (verdict,) = verdicts("not held", [_turn(said, "refuse")])
        assert isinstance(verdict.decision, str) and reply in verdict.decision


def test_a_persons_card() -> None:
    turns = [_turn("list contacts", "intercom_list_all_contacts"),
             _turn("the card for the third person", "intercom_get_contact_by_id",
                   contact_id="@item[2].id")]  # fmt: skip
    assert failed_turns("card", turns) == []


def test_incident_windows() -> None:
    turns = [_turn("convos from the 3rd to the 9th", SEARCH, created_after="2026-11-03",
                   created_before="2026-11-10"),
             _turn("narrow to the 5th and 6th", SEARCH, created_after="2026-11-05",
                   created_before="2026-11-07")]  # fmt: skip
    assert failed_turns("narrow", turns) == []
    turns = [_turn("how long were we down on the 9th?", "refuse"),
             _turn("ok show me the convos from that day", SEARCH, created_after="2026-11-09",
                   created_before="2026-11-10"),
             _turn("and the three days after", SEARCH, created_after="2026-11-10",
                   created_before="2026-11-13")]  # fmt: skip
    assert failed_turns("that day", turns) == []
    turns = [_turn("integration convos", SEARCH, query="integration"),
             _turn("what about the first 3 weeks of october", SEARCH, query="integration",
                   created_after="2026-10-01", created_before="2026-10-22")]  # fmt: skip
    assert failed_turns("weeks", turns) == []
