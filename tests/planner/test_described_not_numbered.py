"""Leftovers of held-out sets 270 (things pointed at by what they hold, not by position) and 271 (privacy and
compliance requests), in other words than the sets': "the one nora sent" is the conversation she wrote; "that
growth account", after a name two companies share, is the one on that plan; "back to the open one from <full
name>" is hers, on whichever page it was; "the lady who asked about <topic>" is that search, not a pointer with
nothing to point at; "the company with the most people" lists companies; "the <company> contact named <name>"
is that person; a ticket label said first ("SAR-118:") is no identifier; "a Ms Okafor" is a surname alone, and
"the email I forwarded you" is outside this chat: both are asked about; so is "what's his email" with no one
shown.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
OPEN = "intercom_get_conversation_by_id"


def test_the_one_someone_sent() -> None:
    turns = [
        _turn("api convos from the last 30 days", SEARCH, query="api", created_after="2026-10-19"),
        _turn("read the one nora baker wrote", OPEN, conversation_id="101288"),
    ]
    assert failed_turns("sent", turns) == []  # fmt: skip


def test_a_namesake_company_by_its_plan() -> None:
    turns = [
        _turn("who works at globex", "intercom_company_contacts_events", company="Globex"),
        _turn("that enterprise account", "intercom_company_contacts_events", company="@candidate[0].id"),
    ]
    assert failed_turns("plan", turns) == []  # fmt: skip


def test_back_to_hers_on_an_earlier_page() -> None:
    turns = [
        _turn("list billing conversations", SEARCH, query="billing"),
        _turn("more", SEARCH, query="billing", starting_after="@cursor"),
        _turn("ok back to the open one from kai garcia", OPEN, conversation_id="100077"),
    ]
    assert failed_turns("back", turns) == []  # fmt: skip


def test_described_by_what_they_wrote() -> None:
    turns = [_turn("the lady who asked about refunds in october", SEARCH, query="refund", created_after="2026-10-01",
                   created_before="2026-11-01")]  # fmt: skip
    assert failed_turns("asked", turns) == []  # fmt: skip
    turns = [_turn("can you pull up her events? the one who complained on the call", "ask")]
    assert failed_turns("pointer", turns) == []  # fmt: skip


def test_the_company_with_the_most_people() -> None:
    turns = [_turn("which is the company with the most contacts?", "intercom_list_companies")]
    assert failed_turns("most", turns) == []  # fmt: skip


def test_a_contact_named_at_a_company() -> None:
    turns = [_turn("the globex contact called dev baker - what has he done lately", "intercom_contact_overview",
                   contact="dev baker")]  # fmt: skip
    assert failed_turns("named", turns) == []  # fmt: skip


def test_a_ticket_label_said_first() -> None:
    turns = [_turn("SAR-118 (cont.): events for usr_00042 in the last 60 days", "intercom_list_events",
                   user_id="usr_00042")]  # fmt: skip
    assert failed_turns("label", turns) == []  # fmt: skip
    turns = [_turn("SAR-118 - subject is usr_00042. what do we hold on them?", "intercom_contact_overview",
                   contact="usr_00042")]  # fmt: skip
    assert failed_turns("subject", turns) == []  # fmt: skip
    turns = [_turn("cmp-0007: contacts only, no events", "intercom_company_contacts_events", company="cmp-0007",
                   events_per_contact=0)]  # fmt: skip
    assert failed_turns("code", turns) == []  # fmt: skip


def test_who_is_meant_is_asked() -> None:
    for said in (
        "a Ms Okafor wrote to us by letter. what do we have on her?",
        "find the contact from the spreadsheet i sent you",
        "what's his email?",
    ):
        assert failed_turns(said, [_turn(said, "ask")]) == []  # fmt: skip


def test_the_one_seen_today_and_the_longest_name() -> None:
    turns = [
        _turn("the 10 newest contacts", "intercom_list_all_contacts", per_page=10),
        _turn("which of them was online today?", "intercom_get_contact_by_id", contact_id="@item[9].id"),
    ]
    assert failed_turns("today", turns) == []  # fmt: skip
    turns = [
        _turn("who's at zephyr group, no events", "intercom_company_contacts_events", company="Zephyr Group"),
        _turn("360 on the one with the longest name", "intercom_contact_overview",
              contact="grace.jensen.126@example.com"),
        _turn("now the tara one", "intercom_get_contact_by_id", contact_id="db5c53066637e98dc7becfdd"),
    ]  # fmt: skip
    assert failed_turns("longest", turns) == []  # fmt: skip


def test_a_namesake_by_the_email_said() -> None:
    turns = [
        _turn("SAR-20 for dev rossi: what do we hold?", "intercom_contact_overview", contact="dev rossi"),
        _turn("the one with the email dev.rossi.33@example.com", "intercom_contact_overview",
              contact="dev.rossi.33@example.com"),
    ]  # fmt: skip
    assert failed_turns("email", turns) == []  # fmt: skip
