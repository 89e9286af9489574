"""A listed conversation named by its author's full name ("open tara baker's": hers, the verb is not a
state), a person's conversations read as transcripts with a topic ("show me her password transcripts": a
search of hers, not one opened), "compare to the first one" after a company's record (the first company
listed), and "its record" after a company's people (the company's record)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

GET_CONVERSATION = "intercom_get_conversation_by_id"
GET_COMPANY = "intercom_get_company_by_id"
FIND = "intercom_find_conversations"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "open api ones in october, open tara baker's": [
        _turn("api tickets since september", SEARCH, query="api", created_after="2026-09-01"),
        _turn("just open", SEARCH, state="open"),
        _turn("narrow to october", SEARCH, created_after="2026-10-01", created_before="2026-11-01"),
        _turn("open tara baker's", GET_CONVERSATION, conversation_id="@item[1].id"),
    ],
    "open billing ones, read dev rossi's, open kai garcia's": [
        _turn("open billing convos", SEARCH, state="open", query="billing"),
        _turn("read dev rossi's", GET_CONVERSATION, conversation_id="100196"),
        _turn("open kai garcia's", GET_CONVERSATION, conversation_id="100077"),
    ],
    "her password transcripts, after her profile (one of three tara diazes, by email)": [
        _turn("tara.diaz.277@example.com profile", "intercom_contact_overview"),
        _turn("show me her password transcripts", FIND, text="password", contact_email="tara.diaz.277@example.com"),
    ],
    "she had password problems? the transcripts": [
        _turn("birch labs - who's on the account, 2 events each", "intercom_company_contacts_events"),
        _turn("tara diaz's profile", "intercom_contact_overview", contact="tara.diaz.277@example.com"),
        _turn("she had password problems right? show me the transcripts", FIND, text="password",
              contact_email="tara.diaz.277@example.com"),
    ],
    "his billing transcripts, after his overview": [
        _turn("overview of dev.rossi.0@example.com", "intercom_contact_overview"),
        _turn("show me his billing transcripts", FIND, text="billing", contact_email="dev.rossi.0@example.com"),
    ],
    "companies, the third's people and record, compare to the first": [
        _turn("10 compnaies, least recently active first", "intercom_list_companies", per_page=10, order="asc"),
        _turn("the 3rd one - who works there", "intercom_list_attach_contacts_to_company",
              company_id="@item[2].id"),
        _turn("whats their plan and spend", GET_COMPANY),
        _turn("compare to the first one in that list", GET_COMPANY, company_id="238c7c258cb484b088004c8f"),
    ],
    "companies, the 4th's people, its record, how does it compare to the second": [
        _turn("list companies", "intercom_list_companies"),
        _turn("who works at the 4th one", "intercom_list_attach_contacts_to_company"),
        _turn("and its record", GET_COMPANY, company_id="811b0a17cb754ff6b3aeed9c"),
        _turn("how does it compare with the second one", GET_COMPANY, company_id="5f24ec448c134e786e3293fc"),
    ],
    "a company's people, then its record in a few words": [
        _turn("who works at lumen group", "intercom_company_contacts_events", company="lumen group"),
        _turn("pull up its record", GET_COMPANY, company_id="35bc14fc62d3bca0828d0f33"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), DIALOGUES.items(), ids=list(DIALOGUES))
def test_owned_ones_and_compared_companies(name: str, turns: list[dict[str, Any]]) -> None:
    assert failed_turns(name, turns) == []
