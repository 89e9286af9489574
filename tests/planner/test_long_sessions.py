"""Dev set 142's kind of chat (long working sessions that go back to earlier results), in other words than
its writer's: "the other globex" after one Globex's record is the other's record (two companies share the
name, so they are told apart by id); "which globex is this" after a person's overview is hers; "second of
those - any open tickets?" after her colleagues is the second colleague's, not the second of her
conversations listed before; "just names + their latest event" is one event each. With nothing earlier, "the
list before", "same query as last time", "the other globex", "the account we discussed last week" and "a few
customer issues" are questions back, not a guess.
"""

from __future__ import annotations

import pytest

from graphs.evaluation import sandbox_tools
from graphs.evaluation.runner import NOW
from graphs.planner import plan
from graphs.planner.gazetteer import Gazetteer
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "the other globex's record, after one's": [
        _turn('profile of usr_00205', 'intercom_contact_overview', contact='usr_00205'),
        _turn('her company details', 'intercom_get_company_by_id', company_id='ff95231395c198395d5f9583'),
        _turn('ok and the other globex', 'intercom_get_company_by_id', company_id='c7c508959d8de5b1a86addb2'),
        _turn('back to her - any convos', 'intercom_search_conversations', contact_email='rosa.khan.204@example.com'),
    ],
    'which globex she is at, its people, then one of them': [
        _turn('profile of usr_00205', 'intercom_contact_overview', contact='usr_00205'),
        _turn('which globex is this, details', 'intercom_get_company_by_id', company_id='ff95231395c198395d5f9583'),
        _turn('who else works there', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn('second of those - any open tickets?', 'intercom_search_conversations',
              contact_email='ben.adams.324@example.com', state='open'),
    ],
}  # fmt: skip

ASKED = [
    "the second person from the list before - whats their email",
    "same query as last time but for october",
    "can you help me check on a few customer issues",
    "what about the other globex",
    "pull up the account we discussed last week",
]


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


@pytest.mark.parametrize("asked", ASKED)
def test_nothing_earlier_to_go_back_to(asked: str) -> None:
    _, provider = sandbox_tools()
    answer = plan(asked, now=NOW, names=Gazetteer().names(provider, None))
    assert isinstance(answer, str) and "?" in answer, answer  # a question back, no call


def test_names_and_their_latest_event() -> None:
    _, provider = sandbox_tools()
    asked = "who's at lumen group? just names + their latest event"  # the names, and one event each
    assert plan(asked, now=NOW, names=Gazetteer().names(provider, None)) == (
        "intercom_company_contacts_events", {"company": "Lumen Group", "events_per_contact": 1})  # fmt: skip
