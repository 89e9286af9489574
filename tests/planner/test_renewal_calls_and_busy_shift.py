"""A customer-success manager preparing renewal calls in long messages, and a support agent typing fragments
on a busy shift (variations of outside dev set 119): "the whole picture on her ... the works" is her
overview; a topic asked for after a story names the conversations ("... mentioned duplicate charges. list the
refund conversations"); "the top 3" / "the top 5, with transcripts" reads that many; "full txt" is the
transcripts; a lunch spot near a square is off-topic (not a person called Union Square); "who works there"
after a company list is not a company whose name ends in Works; "who is this + what co" after someone's
events is that person; "convo pls" with nothing before asks which; "into a spreadsheet and email it over to
me" is refused. Played against the sandbox; each turn checked as the evaluation checks it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

OVERVIEW, FIND, SEARCH = "intercom_contact_overview", "intercom_find_conversations", "intercom_search_conversations"

DIALOGUES = {
    "the works": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn("the third one - give me the whole picture on her? profile, any support conversations, the works.",
              OVERVIEW, contact="@item[2].email"),
    ],
    "a story, then the topic asked for": [
        _turn("two of my accounts mentioned double charges on calls. can you list the refund conversations from "
              "the last 30 days?", SEARCH, query="refund", created_after="2026-10-19"),
    ],
    "the top few, read": [
        _turn("customer 360 for usr_00101", OVERVIEW, contact="usr_00101"),
        _turn("his conversations with the full text of the top 3", FIND, contact_email="felix.fischer.100@example.com",
              top=3),
    ],
    "only the open ones, the top 5 read": [
        _turn("find the login conversations since september with transcripts", FIND, text="login",
              created_after="2026-09-01"),
        _turn("just the open ones - the top 5, with transcripts", FIND, text="login", created_after="2026-09-01",
              state="open", top=5),
    ],
    "full txt": [
        _turn("grace adams profile", OVERVIEW, contact="grace adams"),
        _turn("her convos full txt", FIND, contact_email="grace.adams.181@example.com"),
    ],
    "a lunch spot": [
        _turn("what teams do we have", "intercom_list_all_teams"),
        _turn("unrelated but any good spot near Union Square for a team lunch friday?", "refuse"),
    ],
    "who works there, after a company list": [
        _turn("list companies 10 per page", "intercom_list_companies", per_page=10),
        _turn("who's at the second one?", "intercom_list_attach_contacts_to_company", company_id="@item[1].id"),
        _turn("ok back to the first list of companies. the fifth one - who works there?",
            "intercom_list_attach_contacts_to_company",
            company_id="2e6123037c97544afb59d663",  # Willow Systems, not Onyx Works
        ),
    ],
    "who is this + what co": [
        _turn("evnts usr_00047", "intercom_list_events", user_id="usr_00047"),
        _turn("who is this + what co", OVERVIEW, contact="usr_00047"),
    ],
    "one conversation, with nothing before": [
        _turn("convo pls", "ask"),
        _turn("101260", "intercom_get_conversation_by_id", conversation_id="101260"),
    ],
    "a spreadsheet emailed": [
        _turn("pull everyone at delta group into a spreadsheet and email it over to me", "refuse"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_renewal_calls_and_busy_shift(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
