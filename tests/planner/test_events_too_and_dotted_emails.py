"""Dev set 170's misses, said another way. "what about events", after someone's conversations found by email:
their events (before: a search for the word "event"); "forget the dates, give me transcripts of the 3 newest
open ones": the search's transcripts without its dates (before: the list, no transcripts); "the one with the .0
email", of two namesakes: the one whose address has .0 (before: not understood)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "his events, after his conversations": [
        _turn("any convos from hugo.chen.53@example.com?", "intercom_search_conversations",
              contact_email="hugo.chen.53@example.com"),
        _turn("ok and what about events", "intercom_list_events", email="hugo.chen.53@example.com"),
    ],
    "transcripts, dates dropped": [
        _turn("open api convos from the last 2 weeks", "intercom_search_conversations", query="api", state="open",
              created_after="2026-11-04"),
        _turn("none? ok drop the dates and give me transcripts of the 2 newest", "intercom_find_conversations",
              text="api", state="open", top=2),
    ],
    "a namesake by the digits of the address": [
        _turn("pull up dev rossi", "intercom_contact_overview", contact="dev rossi"),
        _turn("the one with the .0 email", "intercom_contact_overview", contact="dev.rossi.0@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_events_too_and_dotted_emails(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
