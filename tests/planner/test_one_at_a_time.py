"""Dialogues whose later turns take one thing at a time out of what the earlier ones showed or named,
played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
variations of what outside dev sets 55, 59, 61 and 62 asked, reworded, so each behaviour has a test of
its own: two companies named together and then taken in turn, a conversation picked by its author from a
list shown before, namesakes told apart by position or role, an earlier list paged on, the topic searched
before, a remark on the answer's size, a date bound added to a window.
"""

from __future__ import annotations

import pytest

from graphs.evaluation import player_for, sandbox_tools
from graphs.evaluation.cases import Case, Dialogue
from graphs.evaluation.runner import play_dialogue
from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "two companies named together, then one at a time": [
        _turn("pull up birch labs and umber partners. birch first - who's there?", "intercom_company_contacts_events",
              company="Birch Labs"),
        _turn("ok the other one now", "intercom_company_contacts_events", company="Umber Partners"),
        _turn("for both i need plan and spend, start with the first", "intercom_get_company_by_id",
              company_id="57aa1aad1fc3825a99dc8ccc"),
        _turn("and the other", "intercom_get_company_by_id", company_id="2866434ded48a353880b86b0"),
    ],
    "a conversation's author asked about, then another picked from the list on screen by author": [
        _turn("invoice convos in october", "intercom_search_conversations", query="invoice"),
        _turn("only snoozed ones", "intercom_search_conversations", query="invoice", state="snoozed"),
        _turn("the quinn meyer one - which org does that person belong to", "intercom_contact_overview",
              contact="quinn.meyer.178@example.com"),
        _turn("thx. the emma evans one from the snoozed list, read it to me", "intercom_get_conversation_by_id",
              conversation_id="101092"),
    ],
    "the second of two people of one name on a page": [
        _turn("contacts page 3, 25 per page", "intercom_list_all_contacts", page=3, per_page=25),
        _turn("the second chloe ito's profile", "intercom_contact_overview", contact="chloe.ito.285@example.com"),
    ],
    "a first name shared on the page, told apart by role": [
        _turn("20 contacts please", "intercom_list_all_contacts", per_page=20),
        _turn("next 20", "intercom_list_all_contacts", per_page=20),
        _turn("the lead called grace - open her", "intercom_get_contact_by_id", contact_id="e620498a3741e550201efe90"),
    ],
    "the first list of a kind, paged on after it was narrowed": [
        _turn("snoozed conversations", "intercom_search_conversations", state="snoozed"),
        _turn("only from the last 30 days", "intercom_search_conversations", state="snoozed",
              created_after="2026-10-19"),
        _turn("continue the first snoozed list, next page", "intercom_search_conversations", state="snoozed",
              starting_after="IjEwMDk0NSI"),
    ],
    "an ordinal of a list is not one of its items": [
        _turn("open integration convos", "intercom_search_conversations", state="open", query="integration"),
        _turn("anyone at lumen partners with activity lately?", "intercom_company_contacts_events",
              company="Lumen Partners"),
        _turn("the felix fischer one from may in that first list, open it", "intercom_get_conversation_by_id",
              conversation_id="100770"),
    ],
    "a remark on the answer's size, a new start, and two conversations by one author": [
        _turn("onboarding convos in the last 30 days", "intercom_search_conversations", query="onboarding"),
        _turn("only 3? go back to september 1", "intercom_search_conversations", query="onboarding",
              created_after="2026-09-01"),
        _turn("open the tara khan one", "ask"),
        _turn("the one from october 31", "intercom_get_conversation_by_id", conversation_id="100868"),
    ],
    "the topic searched before, with the filter added since": [
        _turn("transcripts of password reset convos since september, top 3", "intercom_find_conversations",
              text="password reset", top=3),
        _turn("same for login problems", "intercom_find_conversations", text="login", top=3),
        _turn("only the open ones", "intercom_find_conversations", text="login", state="open"),
        _turn("and the open filter for the previous topic too", "intercom_find_conversations",
              text="password reset", state="open", top=3, created_after="2026-09-01"),
    ],
    "a search narrowed to one customer's email": [
        _turn("find onboarding convos with transcripts, top 3", "intercom_find_conversations", text="onboarding"),
        _turn("only the ones from milo.baker.281@example.com", "intercom_find_conversations", text="onboarding",
              contact_email="milo.baker.281@example.com"),
    ],
    "a topic with a letter left out, then slang for give": [
        _turn("logn problems this month", "intercom_search_conversations", query="login"),
        _turn("gimme transcripts of the top 3", "intercom_find_conversations", text="login", top=3),
    ],
    "the company list reordered by name": [
        _turn("companies, oldest first", "intercom_list_companies", order="asc"),
        _turn("20 per page", "intercom_list_companies", order="asc", per_page=20),
        _turn("flip the company list, newest first", "intercom_list_companies", order="desc", per_page=20),
    ],
    "an end date added to a window open at the start": [
        _turn("password reset issues since march", "intercom_search_conversations", query="password reset"),
        _turn("only snoozed", "intercom_search_conversations", state="snoozed"),
        _turn("and before sept 5", "intercom_search_conversations", query="password reset", state="snoozed",
              created_after="2026-03-01", created_before="2026-09-05"),
    ],
    "a one-day window widened, then the one found's customer": [
        _turn("shipping complaints yesterday", "intercom_search_conversations", query="shipping",
              created_before="2026-11-18"),
        _turn("past 7 days then", "intercom_search_conversations", query="shipping", created_after="2026-11-11"),
        _turn("open it", "intercom_get_conversation_by_id", conversation_id="100322"),
        _turn("does that customer have other tickets?", "intercom_search_conversations",
              contact_email="lena.rossi.240@example.com"),
    ],
    "that one: the person last picked": [
        _turn("who at fjord labs has been exporting reports lately", "intercom_company_contacts_events",
              company="Fjord Labs"),
        _turn("all-time event counts for the first person", "intercom_list_events", user_id="usr_00122", summary=True),
        _turn("and the second?", "intercom_list_events", user_id="usr_00250", summary=True),
        _turn("any convos with that one?", "intercom_search_conversations", contact_email="omar.patel.249@example.com"),
    ],
    "a bare topic with a page size": [
        _turn("refunds, 10 per page", "intercom_search_conversations", query="refund", per_page=10),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_one_thing_at_a_time(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_past_seven_days_replaces_a_one_day_window() -> None:
    """'yesterday', then 'past 7 days': the week up to now, not a week ending yesterday."""
    turns = DIALOGUES["a one-day window widened, then the one found's customer"][:2]
    tools, provider = sandbox_tools()
    cases = tuple(Case.read(t, f"w#{n}") for n, t in enumerate(turns, 1))
    verdicts = play_dialogue(player_for(None, tools, provider), Dialogue("w", cases), tools)
    assert "created_before" not in verdicts[-1].decision[1]
