"""Dev set 169 and held-out set 142's misses, said another way. "profile for the 4th": the person's overview
(profile, companies, events and conversations; before: the contact record alone), "the 5th one's profile only":
the record; after an overview picked from a list, "the person above her on that list", "what has the second one
been up to" and "next person on the harbor list" are of the people listed, not of her conversations; "with
counts", on page 2 of segments: page 2 with counts (before: page 1); "transcripts pls", after a search that found
one: the search's transcripts (before: that one conversation); "and ben's" / "now ben", after his overview and
someone else's counts: his counts (before: his first conversation, his record); "log an upgraded-plan event for
him": a write, refused; "ok [PagerDuty] #4471 ...": an alert's number, not conversation 4471."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW, RECORD = "intercom_contact_overview", "intercom_get_contact_by_id"

DIALOGUES = {
    "a listed person's profile, then only the record": [
        _turn("list 10 contcats", "intercom_list_all_contacts", per_page=10),
        _turn("profile for the 4th", OVERVIEW, contact="@item[3].id"),
        _turn("and the 6th one's profile only", RECORD, contact_id="@item[5].id"),
    ],
    "above her, after her overview": [
        _turn("who's at xenon works and what have they been up to", "intercom_company_contacts_events",
              company="Xenon Works"),
        _turn("the one with just a single event - profile", OVERVIEW, contact="ada.khan.159@example.com"),
        _turn("any convos from her?", "intercom_search_conversations", contact_email="ada.khan.159@example.com"),
        _turn("what about the person above her on that list", "intercom_search_conversations",
              contact_email="emma.evans.212@example.com"),
    ],
    "the second one's doings, after the first one's profile": [
        _turn("contacts at globex", "intercom_company_contacts_events", company="Globex"),
        _turn("the one with 3 users", "intercom_company_contacts_events", company="c7c508959d8de5b1a86addb2"),
        _turn("give me the profile of the first person pls", OVERVIEW, contact="dev.baker.325@example.com"),
        _turn("and what has the second one been up to", "intercom_list_events", user_id="usr_00079"),
    ],
    "next person on the list, after a detour": [
        _turn("harbor partners contacts + activity", "intercom_company_contacts_events", company="Harbor Partners"),
        _turn("the one with no events - profile", OVERVIEW, contact="nora.ito.203@example.com"),
        _turn("her convos", "intercom_search_conversations", contact_email="nora.ito.203@example.com"),
        _turn("next person on the harbor list", OVERVIEW, contact="dev.adams.259@example.com"),
    ],
    "counts added on page 2": [
        _turn("segments, 3 per page", "intercom_list_segments", per_page=3),
        _turn("page 2", "intercom_list_segments", per_page=3, page=2),
        _turn("with counts", "intercom_list_segments", per_page=3, page=2, include_count=True),
    ],
    "transcripts of a search that found one": [
        _turn("snoozed shipping convos in september", "intercom_search_conversations", state="snoozed",
              query="shipping", created_after="2026-09-01", created_before="2026-10-01"),
        _turn("transcripts pls", "intercom_find_conversations", state="snoozed", text="shipping",
              created_after="2026-09-01", created_before="2026-10-01"),
    ],
    "his, after his overview and someone else's counts": [
        _turn("overview for usr_00091", OVERVIEW, contact="usr_00091"),
        _turn("now usr_00117", OVERVIEW, contact="usr_00117"),
        _turn("event summary for quinn", "intercom_list_events", user_id="usr_00091", summary=True),
        _turn("and ben's", "intercom_list_events", user_id="usr_00117", summary=True),
        _turn("now quinn", "intercom_list_events", user_id="usr_00091", summary=True),
    ],
    "an event logged": [
        _turn("evnts for omar.patel.249@example.com", "intercom_list_events", email="omar.patel.249@example.com"),
        _turn("log an upgraded-plan event for him", "refuse"),
        _turn("log of events for usr_00012", "intercom_list_events", user_id="usr_00012"),
    ],
    "an alert's number after ok": [
        _turn("ok [PagerDuty] #4471 Slack webhook error rate > 5% -- did customers report integration problems "
              "this month?", "intercom_search_conversations", query="integration", created_after="2026-11-01"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_profiles_and_whose_turn(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
