"""Dev set 142's kind of chat (long working sessions that go back to earlier results), in other words than
its writer's: "the other globex" after one Globex's record is the other's record (two companies share the
name, so they are told apart by id); "which globex is this" after a person's overview is hers; "second of
those - any open tickets?" after her colleagues is the second colleague's, not the second of her
conversations listed before; "just names + their latest event" is one event each. With nothing earlier, "the
list before", "same query as last time", "the other globex", "the account we discussed last week" and "a few
customer issues" are questions back, not a guess. Two people named alike are told apart by their companies
("tara diaz at birch labs" after the acme one; "the acme one", "the birch labs one's convos"); "onyx works
now" is asked as the company before it was; "the company we started with" is the first one; "and convos for
<email>" after someone's events is a search, not her events.
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
    'two namesakes, told apart by their companies': [
        _turn('overview of tara.diaz.21@example.com', 'intercom_contact_overview', contact='tara.diaz.21@example.com'),
        _turn('tara diaz at birch labs', 'intercom_contact_overview', contact='tara.diaz.277@example.com'),
        _turn('all-time event counts for the acme one', 'intercom_list_events', user_id='usr_00022', summary=True),
        _turn("and the birch labs one's convos", 'intercom_search_conversations',
              contact_email='tara.diaz.277@example.com'),
    ],
    'a company said with "now" is asked as the last company was': [
        _turn('lumen group people, 2 events each', 'intercom_company_contacts_events', company='Lumen Group',
              events_per_contact=2),
        _turn('profile of the first one', 'intercom_contact_overview'),
        _turn('onyx works now', 'intercom_company_contacts_events', company='Onyx Works', events_per_contact=2),
    ],
    'the company we started with': [
        _turn("who's at umber partners", 'intercom_company_contacts_events', company='Umber Partners'),
        _turn('what about kestrel partners', 'intercom_company_contacts_events', company='Kestrel Partners'),
        _turn('now the company we started with - its record', 'intercom_get_company_by_id',
              company_id='2866434ded48a353880b86b0'),
    ],
    'their conversations, after their events': [
        _turn('event counts for usr_00022', 'intercom_list_events', user_id='usr_00022', summary=True),
        _turn('and convos for tara.diaz.277@example.com', 'intercom_search_conversations',
              contact_email='tara.diaz.277@example.com'),
    ],
    '"overall" drops the window too': [
        _turn('open billing convos yesterday', 'intercom_search_conversations', query='billing', state='open'),
        _turn('just the 25 most recently updated convos overall', 'intercom_list_conversations', per_page=25),
    ],
}  # fmt: skip

ASKED = [
    "ok now the company we looked at first",
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
