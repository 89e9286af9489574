"""Dev set 148's kind of chat (questions about the answer just shown), in other words than its writer's: the
oldest conversation "of those", the contact who joined most recently "of these" (even with her pronoun in the
request), the lead who came in on a holiday (the day picks her; it does not narrow her conversations), the
one with only one event, "how about the person above her" (what was asked of her, for the one above), and
"anything else of his still open" (his, not the list's).
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the oldest of those": [
        _turn("billing convos since september", "intercom_search_conversations", query="billing",
              created_after="2026-09-01"),
        _turn("which of those is the oldest? open it", "intercom_get_conversation_by_id", conversation_id="101015"),
    ],
    "the newest of these": [
        _turn("show me 15 contacts", "intercom_list_all_contacts", per_page=15),
        _turn("third one's events", "intercom_list_events", user_id="@item[2].external_id"),
        _turn("who joined most recently of these? her profile", "intercom_contact_overview",
              contact="ada.ito.268@example.com"),
    ],
    "picked by the day she came in": [
        _turn("newest 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn("the lead that came in on halloween, any tickets from them?", "intercom_search_conversations",
              contact_email="kai.fischer.295@example.com"),
    ],
    "one event, then the one above": [
        _turn("who's at xenon works and what have they been up to", "intercom_company_contacts_events",
              company="Xenon Works"),
        _turn("the one with only one event - her record", "intercom_get_contact_by_id",
              contact_id="e82d4610e014e0dadcd8a136"),
        _turn("any convos from her?", "intercom_search_conversations", contact_email="ada.khan.159@example.com"),
        _turn("how about the person above her on that list", "intercom_search_conversations",
              contact_email="emma.evans.212@example.com"),
    ],
    "his, not the list's": [
        _turn("open billing convos", "intercom_search_conversations", state="open", query="billing"),
        _turn("the oldest of those - open it", "intercom_get_conversation_by_id", conversation_id="100588"),
        _turn("who wrote it? their profile", "intercom_get_contact_by_id", contact_id="144fa9cc2d212374ced0f26e"),
        _turn("anything else of his still open?", "intercom_search_conversations",
              contact_email="felix.fischer.100@example.com", state="open"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_about_what_is_on_screen(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
