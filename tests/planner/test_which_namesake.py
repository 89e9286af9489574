"""Answers to "2 contacts match 'felix novak' ... which one?" that tell the namesakes apart by what the user
knows of them (dev set 149's open dialogues, in other words): a company alone ("indigo"), "the one at
birch partners", a role with the other one ruled out ("the lead, not the acme one"); then the answer shown
refined ("just the last 4", "only the totals"). And the lists: "those are contacts, I wanted companies"
keeps the count asked for; questions about the world outside the workspace (a competitor's price, a
forecast) are refused; "which team has the most people in it" is about the teams, not an unknown "it".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a company alone": [
        _turn("what's felix novak been up to", "intercom_contact_overview", contact="felix novak"),
        _turn("indigo", "intercom_contact_overview", contact="felix.novak.39@example.com"),
    ],
    "the one at a company": [
        _turn("lena silva's events", "intercom_contact_overview", contact="lena silva"),
        _turn("the one over at lumen partners", "intercom_contact_overview", contact="lena.silva.270@example.com"),
    ],
    "a company said with a shared word": [
        _turn("pull up felix novak", "intercom_contact_overview", contact="felix novak"),
        _turn("the birch one", "intercom_contact_overview", contact="felix.novak.96@example.com"),
    ],
    "a role, the other ruled out": [
        _turn("ada tanaka please", "intercom_contact_overview", contact="ada tanaka"),
        _turn("the lead, not the acme one", "intercom_contact_overview", contact="ada.tanaka.43@example.com"),
        _turn("her convos", "intercom_search_conversations", contact_email="ada.tanaka.43@example.com"),
    ],
    "the overview cut down": [
        _turn("overview of hugo.patel.7@example.com", "intercom_contact_overview", contact="hugo.patel.7@example.com"),
        _turn("last 4 only", "intercom_list_events", user_id="@contact.external_id", per_page=4),
    ],
    "the overview's totals": [
        _turn("overview of hugo.patel.7@example.com", "intercom_contact_overview", contact="hugo.patel.7@example.com"),
        _turn("only the totals", "intercom_list_events", user_id="@contact.external_id", summary=True),
    ],
    "the list meant keeps its count": [
        _turn("give me 15 contacts", "intercom_list_all_contacts", per_page=15),
        _turn("no sorry i meant companies", "intercom_list_companies", per_page=15),
    ],
    "the count carried back": [
        _turn("companies, oldest first, 8 of them", "intercom_list_companies", order="asc", per_page=8),
        _turn("wrong list - conversations", "intercom_list_conversations", per_page=8),
    ],
    "a forecast after counts": [
        _turn("how many refund convos in october", "intercom_search_conversations", query="refund",
              created_after="2026-10-01", created_before="2026-11-01"),
        _turn("can you forecast how many we'll see next month", "refuse"),
    ],
}  # fmt: skip
CALLS = {
    "which team has the most people in it": ("intercom_list_all_teams", {}),
    "which segment has the most contacts in it": ("intercom_list_segments", {"include_count": True}),
}
REFUSED = ["would hubspot be cheaper than intercom for us", "is zendesk more expensive than intercom"]
KEPT = {  # a company said after a namesake is told apart only when it tells them apart
    "the company itself, not a namesake": [
        _turn("pull up felix novak", "intercom_contact_overview", contact="felix novak"),
        _turn("who else works at indigo analytics", "intercom_company_contacts_events", company="Indigo Analytics",
              events_per_contact=0),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_told_apart(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize("said", sorted(CALLS))
def test_its_own_noun(said: str) -> None:
    tool, args = CALLS[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []


@pytest.mark.parametrize("said", REFUSED)
def test_a_price_elsewhere(said: str) -> None:
    assert failed_turns(said, [_turn(said, "refuse")]) == []


@pytest.mark.parametrize("name", sorted(KEPT))
def test_not_told_apart(name: str) -> None:
    assert failed_turns(name, KEPT[name]) == []


def _either(q: str, *calls: tuple[str, dict[str, object]]) -> dict[str, object]:
    return {"q": q, "expect": "call", "any": [{"tool": tool, "args": args} for tool, args in calls]}


NEXT_TO = {  # the item next to the one picked, asked what was asked of it; "that globex" of the person shown
    "the writer of the conversation below": [
        _turn("export convos", "intercom_search_conversations", query="export"),
        _turn("the 2nd one, which company is the customer with", "intercom_get_contact_by_id",
              contact_id="311a0c569dd0f531d5819852"),
        _either("and the one after it", ("intercom_get_contact_by_id", {"contact_id": "aba470e702d698d681552b4a"}),
                ("intercom_contact_overview", {"contact": "rosa.chen.291@example.com"})),
    ],
    "the globex she is at": [
        _turn("look up the contact 6907e01f180d6201a578a7be", "intercom_get_contact_by_id",
              contact_id="6907e01f180d6201a578a7be"),
        _either("everyone else at that globex",
                ("intercom_company_contacts_events", {"company": "ff95231395c198395d5f9583", "events_per_contact": 0}),
                ("intercom_list_attach_contacts_to_company", {"company_id": "ff95231395c198395d5f9583"})),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(NEXT_TO))
def test_next_to_and_that_company(name: str) -> None:
    assert failed_turns(name, NEXT_TO[name]) == []
