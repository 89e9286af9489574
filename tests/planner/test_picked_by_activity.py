"""One of a company's people picked by how much they did ("the guy with the most activity", "the one w the
fewest events", "the one with nothing"), then something asked of them: the question is what follows the
pick ("when was he last seen": his record; "any tickets?": his conversations), not the events the pick
mentions. Before, "the most activity" was not read as a pick, and "with the most events" made the answer his
events list."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the most active of a company's people, when last seen": [
        _turn("contacts at fjord logistics + thier events", "intercom_company_contacts_events",
              company="Fjord Logistics"),
        _turn("the guy with the most activity, when was he last seen", "intercom_get_contact_by_id",
              contact_id="6592ee9d4a34c3f2302ed63d"),
    ],
    "the one with the most events, when he signed up": [
        _turn("contacts at fjord logistics + thier events", "intercom_company_contacts_events",
              company="Fjord Logistics"),
        _turn("the one with the most events - when did he sign up", "intercom_get_contact_by_id",
              contact_id="6592ee9d4a34c3f2302ed63d"),
    ],
    "the one with nothing, when last seen": [
        _turn("who at delta group has been active lately", "intercom_company_contacts_events",
              company="Delta Group"),
        _turn("the one with nothing - when was he last seen", "intercom_get_contact_by_id",
              contact_id="460972b551d2a5b7535efe9b"),
        _turn("has he opened any tickets", "intercom_search_conversations", contact_email="sam.baker.57@example.com"),
    ],
    "the one with the fewest events, any tickets": [
        _turn("who else is at summit partners and what have they done", "intercom_company_contacts_events",
              company="Summit Partners"),
        _turn("the one w the fewest events - any tickets?", "intercom_search_conversations",
              contact_email="milo.jensen.105@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_a_person_picked_by_activity_then_asked_about(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
