"""Open cases of earlier dev sets, said another way. A new list is not a pick from the one shown: "give me the
50 least recently active companies", after a company's people (before: the least active person's events);
"list shipping convos since september, 5 per page", after one person's conversations (everyone's, not
hers). "ugh, i had it backwards, i wanted most recent first. back to page 1" (newest first: before, the old
order); "add the headcounts so i can see which one is biggest", after the segments (with counts); "his
company's other users", after his events (his company's people: before, his overview); "everything else
she's sent us" (her conversations: before, her overview). Kept: "the last 10 msgs" of a thread still reads
it; "the biggest one, who's in it?" still cannot list a segment's members."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "companies after people": [
        _turn("who's at onyx works", "intercom_company_contacts_events", company="Onyx Works"),
        _turn("ok now show me the 30 least recently active companies", "intercom_list_companies", order="asc",
              per_page=30),
    ],
    "everyone's after hers": [
        _turn("convos from uma.ito.45@example.com", "intercom_search_conversations",
              contact_email="uma.ito.45@example.com"),
        _turn("show me refund conversations from last month, 10 per page", "intercom_search_conversations",
              query="refund", created_after="2026-10-01", created_before="2026-11-01", per_page=10,
              contact_email=None),
    ],
    "had it backwards": [
        _turn("companies oldest first, 10 per page", "intercom_list_companies", order="asc", per_page=10),
        _turn("next page", "intercom_list_companies", order="asc", per_page=10, page=2),
        _turn("argh i had it backwards, i wanted newest first. back to page 1", "intercom_list_companies",
              order="desc", per_page=10, page=1),
    ],
    "headcounts": [
        _turn("which segments exist", "intercom_list_segments"),
        _turn("add headcounts, want to see the largest", "intercom_list_segments", include_count=True),
    ],
    "his company's other people": [
        _turn("events for usr_00186", "intercom_list_events", user_id="usr_00186"),
        _turn("and his company's other people?", "intercom_company_contacts_events", company="Delta Analytics"),
    ],
    "everything she wrote": [
        _turn("who is lena.rossi.240@example.com", "intercom_contact_overview", contact="lena.rossi.240@example.com"),
        _turn("her events", "intercom_list_events"),
        _turn("everything she's written to us", "intercom_search_conversations",
              contact_email="lena.rossi.240@example.com"),
    ],
    "a thread's last messages still read it": [
        _turn("who do we have at globex", "intercom_company_contacts_events", company="Globex"),
        _turn("the one with 5 users", "intercom_company_contacts_events", company="ff95231395c198395d5f9583"),
        _turn("ben adams's convos", "intercom_search_conversations", contact_email="ben.adams.324@example.com"),
        _turn("that refund thread is long, just the last 4 msgs", "intercom_get_conversation_by_id",
              conversation_id="100000", max_parts=4),
    ],
    "a segment's members": [
        _turn("segments with sizes", "intercom_list_segments", include_count=True),
        _turn("the largest one - who's in it?", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_lists_over_picks(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
