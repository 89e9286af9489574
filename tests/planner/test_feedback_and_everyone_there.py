"""Dev set 156's misses: "feedback on <subject>" names the subject (and "hunting for" is a search, not a
topic); "everyone at her company w/ their latest event" is her company's people with one event each, not a
pick from her profile's list; "refund the customer in the first one" is a write; "recap of <id> incl last 5
events" is the contact's overview with five events."""

from __future__ import annotations

import pytest

from graphs.planner.decide import READ_ONLY
from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "feedback on a subject, then narrowed": [
        _turn("hunting for feedback on the slack integration - show me transcripts of the top 5",
              "intercom_find_conversations", text="slack integration", top=5),
        _turn("only ones since october", "intercom_find_conversations", text="slack integration",
              created_after="2026-10-01"),
        _turn("which of those are still open", "intercom_find_conversations", text="slack integration",
              created_after="2026-10-01", state="open"),
    ],
    "complaints about a subject": [
        _turn("any complaints about exports lately", "intercom_search_conversations", query="export"),
    ],
    "hunting down a subject": [
        _turn("hunting down the refund convos", "intercom_search_conversations", query="refund"),
    ],
    "everyone at her company with their latest event": [
        _turn("look up grace.silva.25@example.com", "intercom_contact_overview",
              contact="grace.silva.25@example.com"),
        _turn("show me everyone at her company w/ their latest event", "intercom_company_contacts_events",
              company="Acme Corp", events_per_contact=1),
    ],
    "everybody at her company and their last 3 events": [
        _turn("look up grace.silva.25@example.com", "intercom_contact_overview",
              contact="grace.silva.25@example.com"),
        _turn("everybody at her company and their last 3 events", "intercom_company_contacts_events",
              company="Acme Corp", events_per_contact=3),
    ],
    "refund the customer on a listed conversation": [
        _turn("20 most recent convos", "intercom_list_conversations", per_page=20),
        _turn("refund the customer in the first one", "refuse"),
        _turn("just show me that first one then", "intercom_get_conversation_by_id", conversation_id="100133"),
    ],
    "a recap with the last few events": [
        _turn("recap of contact e60826d1b3d8e5367123bd46 incl last 5 events", "intercom_contact_overview",
              contact="e60826d1b3d8e5367123bd46", events=5),
    ],
    "a summary with the latest events": [
        _turn("summary of grace.silva.25@example.com incl last 5 events", "intercom_contact_overview",
              contact="grace.silva.25@example.com", events=5),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_feedback_subjects_her_companys_people_and_a_recap(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_the_customer_convos_are_still_read() -> None:
    """ "refund the customer convos" names conversations to read, not a refund to make."""
    got = verdicts("refund convos", [_turn("refund the customer convos", "ask")])[0].as_json()["got"]
    assert READ_ONLY not in str(got)
