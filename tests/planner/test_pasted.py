"""Something pasted into the chat with a question about it (`graphs/planner/pasted.py`): the question is
told apart from the pasted text and read alone when it names what it asks about (the amounts, ids and
people of the pasted text are not the request's), or with the identifier it points at ("who's this?": the
From line's address; "pull up this company": the JSON's id; "open that conversation": the link's id); a
write or an errand about the text is still refused. The sender of a pasted email is the person "her"
means later, and "the sender" / "the cc'd one" a few turns on are read from the email.
"""

from __future__ import annotations

import pytest

from graphs.planner.pasted import conversations_mentioned, sender, split, table
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

EMAIL = (
    "From: Iris Diaz <iris.diaz.88@example.com>\nTo: support@ourco.io\n"
    "Cc: Chloe Jensen <chloe.jensen.13@example.com>; Sam Lee <sam.lee@ourco.io>\nSent: Monday, November 16, 2026 "
    "09:12\nSubject: invoice 4471 again\n\nHi, the invoice (order #55-2190, $1,240) still shows the old address. "
    "Call me on +1 555 0100.\n\nIris\nHead of Ops | +1 555 0100"
)


def test_the_question_is_told_apart() -> None:
    assert split(f"{EMAIL}\n\nwho's this?") == ("who's this?", EMAIL)
    assert split("can you look this person up?\n\nBest regards,\nTara") == (
        "can you look this person up?",
        "Best regards,\nTara",
    )
    assert split("show me the open convos") is None
    assert split("row: 100651 | closed | export\nany other export issues?") == (
        "any other export issues?",
        "row: 100651 | closed | export",
    )


def test_the_sender_of_a_pasted_email() -> None:
    assert sender(f"{EMAIL}\n\nwho's this?") == {"email": "iris.diaz.88@example.com"}
    internal = "From: Sam Lee <sam.lee@ourco.io>\nTo: Ana Ruiz <ana.ruiz@ourco.io>\n\nsee below\n\nwho is on acme?"
    assert sender(internal) is None  # one colleague to another: not a customer


SHEET = (
    "from the renewals sheet:\nid,email,signup,plan\n4b2a196ebd48f66782e701db,iris.fischer.255@example.com,2026-07-02,"
    "Growth\nb34ebf4d0ddc5cd4f9e043ba,uma.ito.45@example.com,2026-06-11,Starter"
)
REPORT = "#\tConv\tCustomer\tWait\n1\t100119\tGrace Novak\t14h\n2\t101057\tIris Baker\t9h\n3\t100364\tMilo Baker\t26h"


def test_a_pasted_table_is_a_list() -> None:
    assert table(f"{SHEET}\n\nlook up the second row") == (
        "contacts",
        [
            {"id": "4b2a196ebd48f66782e701db", "email": "iris.fischer.255@example.com"},
            {"id": "b34ebf4d0ddc5cd4f9e043ba", "email": "uma.ito.45@example.com"},
        ],
    )
    assert table(f"{REPORT}\n\nopen #3") == ("conversations", [{"id": "100119"}, {"id": "101057"}, {"id": "100364"}])
    codes = "company_id,name,seats\ncmp-0042,Lumen Group,3\ncmp-0016,Onyx Works,4\n\nthe first one's people"
    assert table(codes) == (
        "companies",
        [{"company_id": "cmp-0042", "name": "Lumen Group"}, {"company_id": "cmp-0016", "name": "Onyx Works"}],
    )
    assert table(f"{EMAIL}\n\nwho's this?") is None


NOTES = (
    "notes from the escalation review:\n- Keiko: double charge, see 100693 and 100546\n"
    "- Dan: call back +1 415 555 0142 re order 558812; invoice no. 774120 resent"
)


def test_conversation_ids_mentioned_in_pasted_text() -> None:
    """Long numbers of a pasted text are conversation ids, each with its sentence; a phone's, an order's and an
    invoice's are not."""
    assert conversations_mentioned(f"{NOTES}\n\nopen the second one") == {
        "100693": "Keiko: double charge, see 100693 and 100546",
        "100546": "Keiko: double charge, see 100693 and 100546",
    }
    assert conversations_mentioned("open the second one") == {}


DIALOGUES = {
    'asked first, then the email pasted after a lead-in': [
        _turn('can you look up the person who sent me this email', 'ask'),
        _turn(f"here you go:\n\n{EMAIL.replace('Hi,', 'Hi, can you cancel my order and send me a new invoice?')}",
              'intercom_contact_overview', contact='iris.diaz.88@example.com'),  # its customer's asks are not ours
        _turn('her convos', 'intercom_search_conversations', contact_email='iris.diaz.88@example.com'),
    ],
    'conversation ids in pasted notes are a list to pick from': [
        _turn(f"{NOTES}\n\nopen the second one", 'intercom_get_conversation_by_id', conversation_id='100546'),
        _turn('and the other one', 'intercom_get_conversation_by_id', conversation_id='100693'),
    ],
    'a mentioned conversation picked by what the note says of it': [
        _turn('> On Nov 6, Felix Ito <felix.ito.186@example.com> wrote:\n> still waiting on 101141. Also the API '
              'thing from June (100980) is back.\n\nopen 101141', 'intercom_get_conversation_by_id',
              conversation_id='101141'),
        _turn('now the june one', 'intercom_get_conversation_by_id', conversation_id='100980'),
    ],

    'rows of a pasted sheet': [
        _turn(f"{SHEET}\n\nlook up the second row", 'intercom_get_contact_by_id',
              contact_id='b34ebf4d0ddc5cd4f9e043ba'),
        _turn('who else works at her company', 'intercom_company_contacts_events', company='Zephyr Partners'),
        _turn("and the first row's events", 'intercom_list_events', intercom_user_id='4b2a196ebd48f66782e701db'),
    ],
    'a row of a pasted report': [
        _turn(f"copied from the SLA report:\n\n{REPORT}\n\nopen #3", 'intercom_get_conversation_by_id',
              conversation_id='100364'),
    ],
    'who sent this email': [
        _turn(f"{EMAIL}\n\nwho's this?", 'intercom_contact_overview', contact='iris.diaz.88@example.com'),
        _turn('her convos', 'intercom_search_conversations', contact_email='iris.diaz.88@example.com'),
    ],
    'the sender, the cc, the sender again': [
        _turn(f"{EMAIL}\n\nwhat has the sender sent us before", 'intercom_search_conversations',
              contact_email='iris.diaz.88@example.com'),
        _turn("and the cc'd customer?", 'intercom_search_conversations', contact_email='chloe.jensen.13@example.com'),
        _turn('what else has the sender written about', 'intercom_search_conversations',
              contact_email='iris.diaz.88@example.com'),
    ],
    'a question that names its own company: the email is context': [
        _turn(f"{EMAIL}\n\nshow me the kestrel partners people", 'intercom_company_contacts_events',
              company='Kestrel Partners'),
        _turn('her convos', 'intercom_search_conversations', contact_email='iris.diaz.88@example.com'),
    ],
    'a piece of the API pasted': [
        _turn('{"type": "company", "id": "6572920bd943d4ae90a4162a", "company_id": "cmp-0001", "name": "Acme Corp", '
              '"monthly_spend": 0}\n\npull up this company', 'intercom_get_company_by_id',
              company_id='6572920bd943d4ae90a4162a'),
    ],
    'a link in an email': [
        _turn('Hi all,\n\nRe: https://app.intercom.com/a/apps/ourco/conversations/100014 - still broken, ask Sam '
              '(sam.lee@ourco.io).\n\nThanks,\nAna | Support | +1 415 555 0142\n\nopen that conversation, last 5 '
              'messages', 'intercom_get_conversation_by_id', conversation_id='100014', max_parts=5),
    ],
    'a slack message, then a question with its own name': [
        _turn("Ana Ruiz  3:15 PM\nheads up, Acme is escalating - billing double-charged them, PO 4471-B, $9,850\n\n"
              "show me Chloe Jensen's profile", 'intercom_contact_overview', contact='Chloe Jensen'),
    ],
    'meeting notes, then a search': [
        _turn('notes from standup:\n- Dan: refund backlog ~40\n- Keiko: VIP escalation, see 100693\n- Ravi: fix ships '
              'Thurs\n\nopen billing convos from this month', 'intercom_search_conversations', query='billing',
              state='open', created_after='2026-11-01'),
    ],
    'a write about the pasted text is refused': [
        _turn('Ana Ruiz  11:58 AM\ncan someone tell Kai Garcia on 101393 the refund is approved? thx\n\n'
              'send that reply for me', 'refuse'),
    ],
    'an errand about the pasted text is refused': [
        _turn('> Hi, the password reset email never arrives. Can you help? - Rosa Khan\n\ntranslate this to german',
              'refuse'),
    ],
    'english: the most recently updated one': [
        _turn('find recent password reset convos, last 30 days', 'intercom_find_conversations',
              text='password reset', created_after='2026-10-19'),
        _turn('open the most recently updated one', 'intercom_get_conversation_by_id', conversation_id='100203'),
    ],
    'english: other tickets on a topic, after one was read': [
        _turn('conversation 100546, last 10 messages', 'intercom_get_conversation_by_id', conversation_id='100546',
              max_parts=10),
        _turn('other api tickets since october, transcripts for the top 3', 'intercom_find_conversations',
              text='api', created_after='2026-10-01', top=3),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_dialogue(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
