"""Dev set 158's misses: "upgrade onyx works to enterprise" is a write; "now with starting_after from that
response" is the next page; "go back to that list - the 2nd account", after one company's people, is the
company list's second; "api ones, just show me the top 3 transcripts" switches the subject; "and the partners
one", after two willow companies, is Willow Partners; "back to those 5 new ppl - same for the third one" is
the newest five's third, with what was asked of the first."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a plan change is a write": [
        _turn("can you upgrade onyx works to enterprise in intercom", "refuse"),
    ],
    "the cursor of the last response": [
        _turn("GET /contacts?per_page=5", "intercom_list_all_contacts", per_page=5),
        _turn("now with starting_after from that response", "intercom_list_all_contacts", per_page=5,
              starting_after="ImFiYTQ3MGU3MDJkNjk4ZDY4MTU1MmI0YSI"),
    ],
    "back to the company list by what is picked": [
        _turn("founder here, gimme the 5 accounts we havent heard from in the longest", "intercom_list_companies",
              order="asc", per_page=5),
        _turn("who's at the first one", "intercom_list_attach_contacts_to_company"),
        _turn("ok go back to that list — the 2nd account, whats their plan and spend", "intercom_get_company_by_id",
              company_id="1ba5211dd82713cbec65b1f4"),
        _turn("and who's there", "intercom_company_contacts_events", company="Indigo Analytics"),
    ],
    "another subject's transcripts": [
        _turn("what are ppl saying about the slack integration", "intercom_find_conversations",
              text="slack integration"),
        _turn("how about exports", "intercom_find_conversations", text="export"),
        _turn("api ones, just show me the top 3 transcripts", "intercom_find_conversations", text="api", top=3),
    ],
    "a sibling company by its other word": [
        _turn("willow systems contacts", "intercom_company_contacts_events", company="Willow Systems"),
        _turn("what about willow analytics", "intercom_company_contacts_events", company="Willow Analytics"),
        _turn("and the partners one", "intercom_company_contacts_events", company="Willow Partners"),
        _turn("plan details for that one", "intercom_get_company_by_id", company_id="80a0cd132365e1dc79377938"),
    ],
    "back to the newest five, the same for the third": [
        _turn("newest 5 contacts", "intercom_list_all_contacts", per_page=5),
        _turn("tell me everything about the first one", "intercom_contact_overview"),
        _turn("who else is at her company", "intercom_company_contacts_events", company="Quartz Group"),
        _turn("back to those 5 new ppl — same for the third one", "intercom_contact_overview",
              contact="felix.rossi.289@example.com"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_back_to_lists_siblings_and_cursors(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
