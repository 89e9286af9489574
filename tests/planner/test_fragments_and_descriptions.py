"""A terse lead's fragments and a new hire's descriptions: "the things the first person did in the app" and
"the last 3 things he did in the product" are events (whose, kept); "the users in our database" are the
contacts; "that person's company" and "that business" are the company discussed; "next batch" is the next page;
"ben silva: and his?" is the last call for him; "growth one" (no "the") picks a Globex; "the growth one,
details please" reads its record; "the one that isn't done yet" is the listed one not closed; "whoever handles
payments, is that one of our teams?" asks for the teams (not "which one?"); "everything about whoever wrote
the second one" is the writer's overview; "close the second one" (refused) then "the transcript of it" opens
that one; "felix okafor's", after another person's events and a company's people, is his events. Played
against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are variations
of outside dev set 112, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

BIRCH = "who works at birch labs"
FLOW = "intercom_company_contacts_events"
EVENTS = "intercom_list_events"
COMPANY = "intercom_get_company_by_id"
CONVERSATION = "intercom_get_conversation_by_id"
SEARCH = "intercom_search_conversations"

DIALOGUES = {
    "things a listed person did in the app": [
        _turn(BIRCH, FLOW, company="Birch Labs"),
        _turn("the things the first person did in the app", EVENTS, user_id="usr_00059"),
    ],
    "things he did in the product": [
        _turn("felix.okafor.233@example.com", "intercom_contact_overview", contact="felix.okafor.233@example.com"),
        _turn("the last 3 things he did in the product", EVENTS, user_id="usr_00234", per_page=3),
    ],
    "the users in our database": [
        _turn("the users in our database, first 5", "intercom_list_all_contacts", per_page=5),
    ],
    "that person's company": [
        _turn("contact 47319ab52f81f32c07d7ae63", "intercom_get_contact_by_id", contact_id="47319ab52f81f32c07d7ae63"),
        _turn("that person's company", COMPANY, company_id="57aa1aad1fc3825a99dc8ccc"),
    ],
    "that business": [
        _turn("who works at cmp-0007", FLOW, company="cmp-0007"),
        _turn("and the details for that business", COMPANY, company_id="0d09793146f9a6c6d04e48ee"),
    ],
    "the next batch": [
        _turn("list people, 25 at a time", "intercom_list_all_contacts", per_page=25),
        _turn("can i see the next batch", "intercom_list_all_contacts", starting_after="@cursor"),
    ],
    "and his": [
        _turn("zephyr partners ppl", FLOW, company="Zephyr Partners"),
        _turn("lena lopez convos", SEARCH, contact_email="lena.lopez.232@example.com"),
        _turn("ben silva: and his?", SEARCH, contact_email="ben.silva.273@example.com"),
    ],
    "a plan word and one": [
        _turn("globex", FLOW, company="Globex"),
        _turn("growth one", FLOW, company="ff95231395c198395d5f9583"),
    ],
    "the picked one's record": [
        _turn("globex", FLOW, company="Globex"),
        _turn("the growth one, details please", COMPANY, company_id="ff95231395c198395d5f9583"),
    ],
    "the one not done yet": [
        _turn("nora.jensen.274@example.com convos", SEARCH, contact_email="nora.jensen.274@example.com"),
        _turn("the one that isn't done yet", CONVERSATION, conversation_id="101505"),
    ],
    "is that one of our teams": [
        _turn("whoever handles payments, is that one of our teams?", "intercom_list_all_teams"),
    ],
    "everything about whoever wrote it": [
        _turn("api convos", SEARCH, query="api"),
        _turn("everything about whoever wrote the second one", "intercom_contact_overview",
              contact="felix.ito.215@example.com"),
    ],
    "the one a refused request picked": [
        _turn("open convos w/ kai.garcia.253@example.com", SEARCH, contact_email="kai.garcia.253@example.com",
              state="open"),
        _turn("close the second one", "refuse"),
        _turn("show me the transcript of it", CONVERSATION, conversation_id="100077"),
    ],
    "a name's alone, after a company": [
        _turn(BIRCH, FLOW, company="Birch Labs"),
        _turn("tara meyer events", EVENTS, user_id="usr_00173"),
        _turn("who works at lumen group", FLOW, company="Lumen Group"),
        _turn("felix okafor's", EVENTS, user_id="usr_00234"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_fragments_and_descriptions(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
