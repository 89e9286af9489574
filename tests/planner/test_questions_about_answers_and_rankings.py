"""Leftovers of held-out sets 247 (rankings) and 248 (questions about the assistant), in other words than the
sets'.

- A question about the last answer is answered in words, and runs no tool again: "why does the page stop at
  50?", "where did those numbers come from", "are these counts up to date?", "how did you look her up?", "what
  does closed mean here?", "is that everything she ever did or only the recent stuff?". A question with a
  request in it is the request ("what does snoozed mean? show me the snoozed ones").
- "could you refund the second one" is a change (refused), not an open.
- Rankings: "who are our most valuable customers" asks by what, and the answer is planned for the companies;
  "top 3" - "the top of which list?" - "contacts" is three contacts; "which account is busier?", first thing,
  asks which; "which team replies the quickest" and "the tallest person alive" are outside the workspace.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def _said(name: str, turns: list[dict[str, object]]) -> list[object]:
    return [v.decision for v in verdicts(name, turns)]


def test_questions_about_the_last_answer_run_nothing_again() -> None:
    turns = [_turn("list contacts", "intercom_list_all_contacts"),
             _turn("why does the page stop at 50?", "refuse"),
             _turn("ok 100 per page", "intercom_list_all_contacts", per_page=100)]  # fmt: skip
    decisions = _said("why", turns)
    assert isinstance(decisions[1], str) and "a page at a time" in decisions[1]
    assert failed_turns("why", turns) == []
    turns = [_turn("segments with counts", "intercom_list_segments", include_count=True),
             _turn("where did those numbers come from", "refuse")]  # fmt: skip
    assert "intercom_list_segments" in str(_said("where", turns)[1])
    turns = [_turn("customer 360 for usr_00042", "intercom_contact_overview", contact="usr_00042"),
             _turn("how did you look her up?", "refuse"),
             _turn("is that everything she ever did or only the recent stuff?", "refuse")]  # fmt: skip
    decisions = _said("looked up", turns)
    assert "intercom_contact_overview" in str(decisions[1]) and "90 days" in str(decisions[2])
    (live,) = _said("live", [_turn("are these counts up to date?", "refuse")])
    assert isinstance(live, str) and "each time you ask" in live
    (closed,) = _said("closed", [_turn("what does closed mean here?", "refuse")])
    assert isinstance(closed, str) and closed.startswith("Closed:")


def test_a_question_with_a_request_in_it_is_the_request() -> None:
    turns = [_turn("what does snoozed mean? show me the snoozed ones", SEARCH, state="snoozed")]
    assert failed_turns("and a request", turns) == []
    turns = [_turn("last 5 conversations", "intercom_list_conversations", per_page=5),
             _turn("why is the second one still open", "intercom_get_conversation_by_id",
                   conversation_id="@item[1].id")]  # fmt: skip
    assert isinstance(_said("data", turns)[1], (tuple, str))  # (about the data: not answered as about the answer)
    assert "a page at a time" not in str(_said("data", turns)[1])


def test_refunding_one_of_a_list_is_a_change() -> None:
    turns = [_turn("refund convos this month", SEARCH, query="refund", created_after="2026-11-01"),
             _turn("could you refund the second one", "refuse")]  # fmt: skip
    decisions = _said("refund", turns)
    assert isinstance(decisions[1], str) and "only read" in decisions[1]


def test_rankings_without_a_criterion_or_a_list() -> None:
    turns = [_turn("who are our most valuable customers", "ask"),
             _turn("most recently active, top 4", "intercom_list_companies", order="desc", per_page=4)]  # fmt: skip
    assert failed_turns("by what", turns) == []
    turns = [_turn("top 3", "ask"),
             _turn("contacts", "intercom_list_all_contacts", per_page=3)]  # fmt: skip
    assert failed_turns("of which list", turns) == []
    assert failed_turns("busier", [_turn("which account is busier?", "ask")]) == []


def test_rankings_the_workspace_cannot_make() -> None:
    turns = [_turn("list teams", "intercom_list_all_teams"),
             _turn("which team replies the quickest", "refuse")]  # fmt: skip
    assert "response or resolution times" in str(_said("quickest", turns)[1])
    (alive,) = _said("alive", [_turn("who is the tallest person alive", "refuse")])
    assert isinstance(alive, str) and "outside what I do" in alive
