"""Dev sets 80 and 81, as their writers typed them, played against the sandbox: a request with an aside
("no worries! totally unrelated but ...", "lol rate limits again. totally unrelated but ...", "before my
1:1s this week", "want to see what people have been writing in about"), people without their activity
("just give me the names there, i dont need all the activity"), "who's on that one" of a company just
read, a paged list asked for whole ("meh just show them all at once"), a page of an earlier list ("give me
page 3 of the companies too") and the second of two companies of one name ("and the second globex?").
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
    'an unrelated question after a remark is off-topic': [
        _turn('list open api conversations', 'intercom_search_conversations', query='api', state='open'),
        _turn("lol rate limits again. totally unrelated but what's a good name for a cat", 'refuse'),
    ],
    'no worries, then an unrelated question': [
        _turn('add me to the VIP segment', 'refuse'),
        _turn('No worries! Totally unrelated but do you know a good lunch spot near Union Square?', 'refuse'),
    ],
    'what people write in about: the latest conversations': [
        _turn('Hiya, could you grab the 10 most recent conversations for me? Want to see what people have been '
              'writing in about', 'intercom_list_conversations', per_page=10),
    ],
    'just the names there, no activity': [
        _turn('who works at lumen group and what have they been up to lately?', 'intercom_company_contacts_events',
              company='Lumen Group'),
        _turn('what about lumen partners', 'intercom_company_contacts_events', company='Lumen Partners'),
        _turn('actually just give me the names there, i dont need all the activity',
              'intercom_company_contacts_events', company='Lumen Partners', events_per_contact=0),
    ],
    "who's on that one, of the company just read": [
        _turn('whats up with globex', 'intercom_company_contacts_events', company='Globex'),
        _turn('the one with 5 users', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
        _turn('can i get the company details, plan, spend etc', 'intercom_get_company_by_id',
              company_id='ff95231395c198395d5f9583'),
        _turn('and the other globex?', 'intercom_get_company_by_id', company_id='c7c508959d8de5b1a86addb2'),
        _turn("who's on that one", 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2',
              events_per_contact=0),
    ],
    'a paged list, then all at once': [
        _turn('list teams, 2 per page', 'intercom_list_all_teams', per_page=2),
        _turn('next', 'intercom_list_all_teams', page=2, per_page=2),
        _turn('meh just show them all at once', 'intercom_list_all_teams', per_page=150),
    ],
    'show me all of them, after a page of contacts': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('show me all of them', 'intercom_list_all_contacts', per_page=150),
    ],
    'all their events at once, after a page of contacts: not the contacts again': [
        _turn('list contacts', 'intercom_list_all_contacts'),
        _turn('show all their events at once', 'ask'),
    ],
    'a page of the companies listed before, as they were listed': [
        _turn('page 2 of companies, 10 per page, oldest first', 'intercom_list_companies', page=2, per_page=10,
              order='asc'),
        _turn('the 3rd one on there, who works there?', 'intercom_list_attach_contacts_to_company',
              company_id='35bc14fc62d3bca0828d0f33'),
        _turn('give me page 3 of the companies too', 'intercom_list_companies', page=3, per_page=10, order='asc'),
    ],
    'the second of two companies of one name': [
        _turn('who works at globex', 'intercom_company_contacts_events', company='Globex', events_per_contact=0),
        _turn('first one', 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2',
              events_per_contact=0),
        _turn('their recent events then', 'intercom_company_contacts_events', company='c7c508959d8de5b1a86addb2'),
        _turn('and the second globex?', 'intercom_company_contacts_events', company='ff95231395c198395d5f9583'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_an_aside_or_a_whole_list(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_a_one_to_one_meeting_is_not_a_page_size() -> None:
    tools, provider = sandbox_tools()
    asked = "segments and how many people are in each? need it before my 1:1s this week"
    assert plan(asked, now=NOW, names=Gazetteer().names(provider, None)) == (
        "intercom_list_segments",
        {"include_count": True},
    )
