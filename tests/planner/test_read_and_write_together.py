"""A read and a write in one message is refused, as every held-out writer expected (sets 222 and others): the
reply says nothing was changed and offers the read on its own; "ok just show me it" then reads what was asked
before the write, and a narrowing ("only the ones from october then") reads it narrowed. A later request of its
own is read as usual. (Until the forty-ninth session the read was answered and the write left undone.)"""

from __future__ import annotations

from graphs.planner.read_and_write import OFFERED
from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_a_read_and_a_write_together_is_refused_and_the_read_offered() -> None:
    (verdict,) = verdicts("read and write", [_turn("open 100154 and assign it to the billing team", "refuse")])
    assert verdict.passed and verdict.decision == OFFERED


def test_the_offered_read_alone() -> None:
    turns = [_turn("pull up conversation 100322 then close it", "refuse"),
             _turn("fine, just show me it", "intercom_get_conversation_by_id", conversation_id="100322")]  # fmt: skip
    assert failed_turns("the read alone", turns) == []


def test_the_offered_read_narrowed() -> None:
    turns = [_turn("list the snoozed shipping convos and unsnooze all of them", "refuse"),
             _turn("only the ones from october then", SEARCH, query="shipping", state="snoozed",
                   created_after="2026-10-01", created_before="2026-11-01")]  # fmt: skip
    assert failed_turns("the read narrowed", turns) == []


def test_a_request_of_its_own_after_the_refusal() -> None:
    turns = [_turn("show me acme corp's people and email them the new pricing", "refuse"),
             _turn("list segments", "intercom_list_segments")]  # fmt: skip
    assert failed_turns("a new request", turns) == []
