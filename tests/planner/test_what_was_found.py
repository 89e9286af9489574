"""Dialogues whose later turns lean on what an earlier answer found, played against the sandbox.

Reworded from what outside dev set 67 asked (and from dev sets written after it), so each behaviour has a
test of its own: the person who wrote the one listed conversation about a topic, the same company rundown
after a turn about one of its people, a new search after reading one result, "show me that" when one
conversation was found, a company named in answer to "which contact?".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the author of the one listed conversation about a topic": [
        _turn("open conversations from the last 7 days", "intercom_search_conversations", state="open",
              created_after="2026-11-11"),
        _turn("read the shipping one", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("and the slack integration guy, anything more from them", "intercom_search_conversations",
              contact_email="lena.evans.209@example.com"),
    ],
    "the same rundown for another company, after one of the first one's people": [
        _turn("what have people at delta analytics been up to, 2 events each", "intercom_company_contacts_events",
              company="Delta Analytics", events_per_contact=2),
        _turn("and tara baker, her last 5 events", "intercom_list_events", user_id="usr_00229", per_page=5),
        _turn("same rundown for willow systems", "intercom_company_contacts_events", events_per_contact=2,
              company="Willow Systems"),
    ],
    "other conversations of a state and topic, after reading one of a list": [
        _turn("15 latest conversations", "intercom_list_conversations", per_page=15),
        _turn("open the first snoozed one", "intercom_get_conversation_by_id", conversation_id="100182"),
        _turn("any other snoozed billing conversations?", "intercom_search_conversations", state="snoozed",
              query="billing"),
    ],
    "show me that, when one was found": [
        _turn("integration issues this month", "intercom_search_conversations", created_after="2026-11-01",
              query="integration"),
        _turn("show me that", "intercom_get_conversation_by_id", conversation_id="100133"),
    ],
    "a company named in answer to which contact": [
        _turn("list the companies", "intercom_list_companies"),
        _turn("show me their events", "ask"),
        _turn("oh sorry, kestrel partners, the first one", "intercom_company_contacts_events",
              company="Kestrel Partners"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_what_an_earlier_answer_found(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
