"""Leftovers of held-out set 287 (text pasted around a request), in other words than the set's: a Slack quote
followed only by a nudge ("yeah can you check", "pls do it") is the request; a ticket reference in brackets
is a label; a fenced code block is read as its text; a document's title copied above a request is no part of
it, while a CRM's row names the record its first cell names; a two-column table of settings sets the request
under it; "the last one" of several conversation ids said picks that id; "how can i fix my sql query" and a
subject line for an email are not the workspace's; "can someone close ..." is a change, refused.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def _one(said: str, tool: str, **args: object) -> list[tuple[str, object]]:
    return list(failed_turns(said, [_turn(said, tool, **args)]))


def test_a_quote_with_a_nudge_under_it_is_the_request() -> None:
    said = "> @dana: any invoice complaints this week?\n\nyeah can you check"
    assert _one(said, SEARCH, query="invoice", created_after="2026-11-16") == []
    assert _one("> @lee: could someone close 100217 please\n\npls do it", "refuse") == []


def test_labels_fences_titles_and_rows_pasted() -> None:
    assert _one("[OPS-88] open convos about export", SEARCH, state="open", query="export") == []
    assert _one("```\nGET /contacts?per_page=5\n```\nthis pls", "intercom_list_all_contacts", per_page=5) == []
    said = "copied from the board deck: 'Customer health overview'\nlist 15 companies oldest first"
    assert _one(said, "intercom_list_companies", per_page=15, order="asc") == []
    said = "copied from hubspot: 'Acme Corp | Tier: Enterprise | Owner: Jo'\nwho works there?"
    assert _one(said, "intercom_company_contacts_events", company="Acme Corp") == []
    said = "| per_page | 5 |\n| page | 3 |\n\ncontacts with these settings"
    assert _one(said, "intercom_list_all_contacts", per_page=5, page=3) == []
    said = "[100049] [100056] [100063] read the last one"
    assert _one(said, "intercom_get_conversation_by_id", conversation_id="100063") == []


def test_help_with_other_things_is_not_the_workspaces() -> None:
    said = "SELECT name FROM accounts WHERE tier = 'gold'\n\nhow do i fix this sql query, it errors"
    assert _one(said, "refuse") == []
    said = "got a better subject line for this email?\n> Hi Kestrel team, checking in before your renewal"
    assert _one(said, "refuse") == []
