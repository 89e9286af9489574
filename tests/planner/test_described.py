"""What people describe rather than name. A topic: "customers asking to get their money back" (refund),
"anyone locked out?" (login), "where-is-my-package type questions" (shipping), "customers asking for refunds"
(their conversations, not the contact list), while a topic word said is kept as said ("slack", "429") and
the user's own plans are not a topic ("I want to walk the team through ..."). How much of each person's
activity: "everything they've done", "their full event history", "a few events each", "the single latest
thing each of them did", "whatever they did last"; "more people — 8"; "do that exact thing for X". Dates:
"the day before yesterday", "the first half of the year", "h1", "over the summer", "last winter", "sept 1 to
today", "from the 1st of the month on".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    'asking for, not about': [
        _turn('customers asking for refunds', 'intercom_search_conversations', query='refund'),
    ],
    'users asking for it, in the past': [
        _turn('users who asked for a refund last month', 'intercom_search_conversations', created_after='2026-10-01',
              created_before='2026-11-01', query='refund'),
    ],
    'money back, described': [
        _turn('could you pull up anything where customers were asking to get their money back over the past two weeks?',
              'intercom_search_conversations', created_after='2026-11-04', query='refund'),
    ],
    'money back, wanting it': [
        _turn('any folks wanting their money back?', 'intercom_search_conversations', query='refund'),
    ],
    'reimbursed': [
        _turn('customers asking to be reimbursed', 'intercom_search_conversations', query='refund'),
    ],
    'cannot sign in': [
        _turn("customers saying they can't sign in, from the 1st of the month on", 'intercom_search_conversations',
              created_after='2026-11-01', created_before=None, query='login'),
    ],
    'locked out': [
        _turn('anyone locked out? closed ones only', 'intercom_search_conversations', state='closed', query='login'),
    ],
    'walked through setup': [
        _turn('any customers asking us to walk their team through getting set up? closed ones only pls',
              'intercom_search_conversations', state='closed', query='onboarding'),
    ],
    'getting started': [
        _turn('people asking how to get started', 'intercom_search_conversations', query='onboarding'),
    ],
    'a package type': [
        _turn('where-is-my-package type questions in august', 'intercom_search_conversations',
              created_after='2026-08-01', created_before='2026-09-01', query='shipping'),
    ],
    'where their order is': [
        _turn('are people asking us where their order confirmation is?', 'intercom_search_conversations',
              query='shipping'),
    ],
    'the reset email, said': [
        _turn('folks who never got the reset email - only the ones still open', 'intercom_search_conversations',
              state='open', query='reset'),
    ],
    'a topic word kept as said': [
        _turn('whre can i see ppl complaining the slack thing stopped posting', 'intercom_search_conversations',
              query='slack'),
    ],
    'a topic word kept, rate limits': [
        _turn('customers hitting 429 errors this month', 'intercom_search_conversations', created_after='2026-11-01',
              query='429'),
    ],
    "not the user's own wants": [
        _turn('I want to walk the team through whatever has been active most recently. '
              'Please pull the 15 most recently updated conversations.',
              'intercom_list_conversations', per_page=15, query=None),
    ],
    "a person's conversations, context not a topic": [
        _turn('has omar.lopez.22@example.com ever written in to us? renewal is coming up and I want to know',
              'intercom_search_conversations', contact_email='omar.lopez.22@example.com', query=None),
    ],
    'plural topic with a window': [
        _turn('which refunds from over the summer are still open', 'intercom_search_conversations', state='open',
              created_after='2026-06-01', created_before='2026-09-01', query='refund'),
    ],
    'singular topic in a side remark': [
        _turn("whats the eur to usd rate today? need it for a refund i'm working out by hand", 'refuse'),
    ],
    'everything they have done': [
        _turn("give me 5 people from kestrel partners and everything they've done", 'intercom_company_contacts_events',
              company='Kestrel Partners', max_contacts=5, events_per_contact=50),
    ],
    'full history': [
        _turn('juniper logistics contcats with their full evnet history', 'intercom_company_contacts_events',
              company='Juniper Logistics', events_per_contact=50),
    ],
    'a few each': [
        _turn('top 10 contacts at delta group, a few events each is fine', 'intercom_company_contacts_events',
              company='Delta Group', max_contacts=10, events_per_contact=3),
    ],
    'the latest thing each': [
        _turn("Lumen Group: who's there and what's the single latest thing each of them did?",
              'intercom_company_contacts_events', company='Lumen Group', events_per_contact=1),
    ],
    'one person, what they did last': [
        _turn('just one person from onyx works and whatever they did last', 'intercom_company_contacts_events',
              company='Onyx Works', max_contacts=1, events_per_contact=1),
    ],
    'every event, as a follow-up': [
        _turn("harbor partners contacts and what they've been doing", 'intercom_company_contacts_events',
              company='Harbor Partners'),
        _turn('only 2 of them', 'intercom_company_contacts_events', company='Harbor Partners', max_contacts=2),
        _turn("for those 2 I want every event you've got", 'intercom_company_contacts_events',
              company='Harbor Partners', max_contacts=2, events_per_contact=50),
    ],
    'more people, after a dash': [
        _turn('give me 3 people at delta group with the latest event for each', 'intercom_company_contacts_events',
              company='Delta Group', max_contacts=3, events_per_contact=1),
        _turn('more people — 8', 'intercom_company_contacts_events', company='Delta Group', max_contacts=8,
              events_per_contact=1),
    ],
    'that exact thing for another': [
        _turn("who's at kestrel partners? no events needed", 'intercom_company_contacts_events',
              company='Kestrel Partners', events_per_contact=0),
        _turn('ok now throw in their last 3 events', 'intercom_company_contacts_events', company='Kestrel Partners',
              events_per_contact=3),
        _turn('cap it at 4 people', 'intercom_company_contacts_events', company='Kestrel Partners',
              events_per_contact=3, max_contacts=4),
        _turn('do that exact thing for zephyr partners', 'intercom_company_contacts_events', events_per_contact=3,
              max_contacts=4, company='Zephyr Partners'),
    ],
    'the day before yesterday': [
        _turn('all the closed convos from the day before yesterday', 'intercom_search_conversations', state='closed',
              created_after='2026-11-16', created_before='2026-11-17'),
    ],
    'first half of the year': [
        _turn('first half of the year: login convos, go', 'intercom_search_conversations', created_after='2026-01-01',
              created_before='2026-07-01', query='login'),
    ],
    'second half': [
        _turn('export convos in the second half of the year', 'intercom_search_conversations',
              created_after='2026-07-01', created_before='2027-01-01', query='export'),
    ],
    'h1': [
        _turn('refund convos in h1', 'intercom_search_conversations', created_after='2026-01-01',
              created_before='2026-07-01', query='refund'),
    ],
    'a date to today': [
        _turn('Sept 1 to today, invoice convos that are snoozed', 'intercom_search_conversations', state='snoozed',
              created_after='2026-09-01', created_before=None, query='invoice'),
    ],
    'from a day to now': [
        _turn('billing convos from the 3rd of october to now', 'intercom_search_conversations',
              created_after='2026-10-03', created_before=None, query='billing'),
    ],
    'the summer': [
        _turn('billing convos from the summer', 'intercom_search_conversations', created_after='2026-06-01',
              created_before='2026-09-01', query='billing'),
    ],
    'last winter': [
        _turn('password convos last winter', 'intercom_search_conversations', created_after='2025-12-01',
              created_before='2026-03-01', query='password'),
    ],
    'fall, not a season': [
        _turn('sales fall convos', 'intercom_list_conversations'),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_described(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
