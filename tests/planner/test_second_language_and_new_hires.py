"""Held-out sets 197-200's misses (an agent writing in their second language; a success manager preparing
quarterly reviews; a new hire unsure of the words; an analyst pulling numbers for a report), said another way:

- a noun of another language in an English request ("the equipos", "the kontakte of ..."); "still opened";
  "the texts of the 3 first" (transcripts); a label before a colon is not a person ("audit sample: ...");
- "what teams are there then", after a refused write that named a company: the teams, not that company's people;
  "the whole account", after someone at a company: that company's people;
- "how should I bring up ... with him": advice, not his conversations; "the contacts for my QBR account",
  "company details for the report row", "the top 10 for the report", "same window" with no window: questions;
- "last full week": Monday to Sunday of last week; "both weeks together, login ones only": the two windows,
  about login; "just the counts again", after another list: the list that had counts; "page 4 now";
- a word asked about said aside ("is 'case' the right word?", "(companies i mean)", "are 'groups' and
  'segments' the same thing?"); "what's a contact? show me some of ours"; "someone gave me usr_00042";
- a one-word segment name alone ("trialists"), and a write that puts someone into it; "can I close ...".
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FLOW = "intercom_company_contacts_events"

DIALOGUES = {
    "a label before a colon": [_turn("audit sample: contacts page 3, 100 per page", "intercom_list_all_contacts",
                                     page=3, per_page=100)],
    "another language's noun": [_turn("list of the equipos", "intercom_list_all_teams")],
    "another language's noun, with a company": [_turn("give me the kontakte of summit partners", FLOW,
                                                      company="Summit Partners")],
    "still opened": [_turn("which refund conversations are still opened?", SEARCH, query="refund", state="open")],
    "the texts of the 3 first": [_turn("invoice conversations in october, show me the texts of the 3 first",
                                       "intercom_find_conversations", text="invoice", top=3,
                                       created_after="2026-10-01", created_before="2026-11-01")],
    "what teams are there, after a refused write": [
        _turn("what segments do we have", "intercom_list_segments"),
        _turn("add the juniper logistics people to churn risk", "refuse"),
        _turn("fine. what teams are there then", "intercom_list_all_teams"),
    ],
    "the whole account": [
        _turn("quinn okafor at summit partners", "intercom_contact_overview"),
        _turn("ok and the whole account - everyone's recent events", FLOW, company="Summit Partners"),
    ],
    "advice about him": [
        _turn("milo jensen's activity counts, all time", "intercom_list_events", user_id="usr_00106", summary=True),
        _turn("how should I bring up the password thing with him in the QBR?", "refuse"),
    ],
    "my qbr account": [_turn("I need the contacts for my QBR account", "ask")],
    "company details for a row": [_turn("company details for the report row pls", "ask")],
    "the top 10 of nothing": [_turn("give me the top 10 for the weekly report", "ask")],
    "same window, with none": [_turn("same window but closed ones", "ask")],
    "last full week, the week before, both": [
        _turn("how many open convos were created last full week", SEARCH, state="open", created_after="2026-11-09",
              created_before="2026-11-16"),
        _turn("and the week before that", SEARCH, state="open", created_after="2026-11-02",
              created_before="2026-11-09"),
        _turn("both weeks together, login ones only", SEARCH, state="open", query="login",
              created_after="2026-11-02", created_before="2026-11-16"),
    ],
    "the counts again": [
        _turn("segment sizes for this week's report", "intercom_list_segments", include_count=True),
        _turn("also the teams list", "intercom_list_all_teams"),
        _turn("fine. just the counts again, 5 per page", "intercom_list_segments", include_count=True, per_page=5),
    ],
    "page 4 now": [
        _turn("contacts page 2, 100 rows", "intercom_list_all_contacts", page=2, per_page=100),
        _turn("page 4 now", "intercom_list_all_contacts", page=4, per_page=100),
    ],
    "a company export": [_turn("page 2 of the company export, 25 rows/page", "intercom_list_companies", page=2,
                               per_page=25)],
    "headcount and names": [_turn("zephyr group headcount + names", FLOW, company="Zephyr Group")],
    "the right word?": [_turn("open onboarding cases this month. wait, is 'case' the right word? conversations i "
                              "mean", SEARCH, query="onboarding", state="open", created_after="2026-11-01")],
    "companies i mean": [_turn("page 3 of the accounts list (companies i mean), 10 per page",
                               "intercom_list_companies", page=3, per_page=10)],
    "groups are segments": [_turn("are 'groups' and 'segments' the same thing? show me the groups pls",
                                  "intercom_list_segments")],
    "what's a contact? some of ours": [_turn("what's a 'contact' in intercom? can you show me some of ours",
                                             "intercom_list_all_contacts")],
    "someone gave me an id": [_turn("what's an 'external id'? someone gave me usr_00042 and said to look that "
                                    "person up", "intercom_contact_overview", contact="usr_00042")],
    "i mean the contacts": [_turn("who are the tickets' people at lumen group? sorry, i mean the contacts, still "
                                  "learning the words", FLOW, company="Lumen Group")],
    "this member": [_turn("what has this member been up to lately?", "ask")],
    "a one-word segment": [_turn("how many people in trialists?", "intercom_list_segments", include_count=True)],
    "put someone into a segment": [_turn("can you put Ada Ito into trialists", "refuse")],
    "can I close": [_turn("can I close ticket 100049 from here? the customer said it's fixed now", "refuse")],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_second_language_and_new_hires(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
