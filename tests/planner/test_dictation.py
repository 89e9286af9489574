"""Messages dictated to a phone and sent as transcribed (:mod:`graphs.planner.plain` writes them as typed):
emails with a number said in words ("dev dot rossi dot zero", "victor dot weber dot twenty four"), an external
id after "user" ("user zero zero zero four two"), a company code said letter by letter ("c m p zero zero one
nine": cmp-0019), "three sixty", counts heard as words ("page too", "the last for events", "next five"),
fillers ("um"); and "now the fifth one", after going back to a list, picked from it as the first one was (not
the call made for the first one since).
"""

from __future__ import annotations

import pytest

from graphs.planner.plain import plain
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

WRITTEN = {
    "show me everything on User zero zero zero four two": "show me everything on usr_00042",
    "events for victor dot weber dot twenty four at example dot com": "events for victor.weber.24@example.com",
    "what has dev dot rossi dot zero at example dot com been doing": "what has dev.rossi.0@example.com been doing",
    "email iris dot weber dot two hundred thirteen at example dot com": "email iris.weber.213@example.com",
    "whos at company c m p zero zero one nine": "whos at company cmp-0019",
    "conversation one zero zero one three three": "conversation 100133",
    "customer three sixty for user zero zero zero zero nine": "customer 360 for usr_00009",
    "um password reset problems since march": "password reset problems since march",
    "page too of the contacts": "page 2 of the contacts",
    "okay page to.": "okay page 2.",
    "just the last for events": "just the last 4 events",
    "next five": "next 5",
}
UNCHANGED = [
    "send it to me",
    "go to page to please",
    "who is next to her on the list",
    "and the next one",
    "one two three",
    "look for refunds",
]


@pytest.mark.parametrize("said", sorted(WRITTEN))
def test_dictated_is_written_as_typed(said: str) -> None:
    assert plain(said).strip() == WRITTEN[said]


@pytest.mark.parametrize("said", UNCHANGED)
def test_what_is_not_dictation_is_left_alone(said: str) -> None:
    assert plain(said) == said


DIALOGUES = {
    'an external id said aloud': [
        _turn('customer three sixty for user zero zero zero zero nine', 'intercom_contact_overview',
              contact='usr_00009'),
        _turn('same thing for user zero zero zero one zero', 'intercom_contact_overview', contact='usr_00010'),
    ],
    'an email said aloud, then a count heard as a word': [
        _turn('events for victor dot weber dot twenty four at example dot com', 'intercom_list_events',
              email='victor.weber.24@example.com'),
        _turn('just the last for events', 'intercom_list_events', email='victor.weber.24@example.com', per_page=4),
    ],
    'a page heard as a word': [
        _turn('companies oldest first ten per page', 'intercom_list_companies', order='asc', per_page=10),
        _turn('okay page to.', 'intercom_list_companies', order='asc', per_page=10, page=2),
    ],
    'next five': [
        _turn('onboarding convos since august five at a time', 'intercom_search_conversations', query='onboarding',
              created_after='2026-08-01', per_page=5),
        _turn('next five', 'intercom_search_conversations', query='onboarding', per_page=5,
              starting_after='IjEwMDQyNyI'),
    ],
    'a filler before the topic': [
        _turn('um password reset problems since march how many have we had', 'intercom_search_conversations',
              query='password reset', created_after='2026-03-01'),
    ],
    'a company code said letter by letter': [
        _turn('whos at company c m p zero zero one nine', 'intercom_company_contacts_events', company='cmp-0019'),
    ],
    'now the fifth one, after going back to the list': [
        _turn('show compnies, ten of them', 'intercom_list_companies', per_page=10),
        _turn('the fourth one', 'intercom_get_company_by_id', company_id='811b0a17cb754ff6b3aeed9c'),
        _turn('who works there', 'intercom_company_contacts_events', company='Fjord Labs'),
        _turn('ok go back to the companies list', 'intercom_list_companies', per_page=10),
        _turn('now the fifth one', 'intercom_get_company_by_id', company_id='2e6123037c97544afb59d663'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
