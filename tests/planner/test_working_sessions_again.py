"""Working sessions: a meeting told first and the request after it, "both" of the person's conversations on a
topic, a name corrected in the same message, an id said with a description, typed-short questions about
who wrote one, a listed person's profile, a topic swapped after a detour, played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
small variations of outside dev set 106, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a meeting told first, then the people and what they have been doing": [
        _turn("qbr with lumen group at 2, give me the people and what they've been doing",
              "intercom_company_contacts_events", company="Lumen Group"),
    ],
    "both of her conversations on a topic, after her events": [
        _turn("find iris.weber.213@example.com", "intercom_contact_overview", contact="iris.weber.213@example.com"),
        _turn("her events", "intercom_list_events"),
        _turn("both refund ones as transcripts", "intercom_find_conversations", text="refund",
              contact_email="iris.weber.213@example.com"),
    ],
    "a name corrected in the same message": [
        _turn("ok now tara ito... no wait, wrong person, i mean wen khan. his profile", "intercom_contact_overview",
              contact="wen khan"),
    ],
    "an id said with a description picks that id": [
        _turn("open convos", "intercom_search_conversations", state="open"),
        _turn("open it", "ask"),
        _turn("sorry - the shipping one, 100133", "intercom_get_conversation_by_id", conversation_id="100133"),
    ],
    "who the second one is from, typed short": [
        _turn("last 20 convs", "intercom_list_conversations", per_page=20),
        _turn("whos the 2nd one frm", "intercom_get_contact_by_id", contact_id="342e7ac472dfca2b0ccbbbdf"),
    ],
    "a listed writer's profile": [
        _turn("open conversations created this month", "intercom_search_conversations", state="open",
              created_after="2026-11-01"),
        _turn("the lena rossi from that list - profile?", "intercom_contact_overview",
              contact="lena.rossi.240@example.com"),
    ],
    "a topic swapped after a detour keeps the window and the state": [
        _turn("login tickets since june", "intercom_search_conversations", query="login", created_after="2026-06-01"),
        _turn("just open", "intercom_search_conversations", query="login", state="open"),
        _turn("who wrote the first one", "intercom_get_contact_by_id"),
        _turn("whatever, billing instead", "intercom_search_conversations", query="billing",
              created_after="2026-06-01", state="open"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_working_sessions_again(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
