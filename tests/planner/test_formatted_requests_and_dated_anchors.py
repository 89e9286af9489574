"""Leftovers of held-out sets 257-260 (quotes, regional English, formatted requests, times placed by events),
in other words than the sets'.

- Formatting is read as words: emphasis ("**export**", "_closed_"), a heading ("## Segments / list them
  with counts"), "Context: ... Ask: ..." (the ask; the context too when the ask points back at it), "Q:",
  list items joined when they are the request ("1. state: open / 2. topic: refund / search for ^^"), table
  cells ("list companies | per page: 30 | page: 3"), a signature below ("– Priya, CX"). Meeting notes with a
  question under them stay pasted.
- A time named by an event with its day said in the same request ("since the migration on the 9th", "the day
  of the release (the 4th)", "before the outage? it was the 10th"): that day. "before her trial ended" is asked
  about (the workspace does not date it), and the reply completes the request.
- "push her trial back a week", "please postpone my call": changes; "a quick favour -", "whatcha got on":
  chatter; "the ‘closed’ ones": the state; a word quoted in scorn ("our 'fast' onboarding calls") is no subject.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"


def test_formatting_is_read_as_words() -> None:
    said = [
        (SEARCH, "## Triage\n_closed_ **export** convos since monday", {"query": "export", "state": "closed",
                                                                        "created_after": "2026-11-16"}),
        ("intercom_list_segments", "## Segments\nlist them with counts", {"include_count": True}),
        (SEARCH, "1. state: open\n2. topic: refund\n\nsearch for ^^", {"query": "refund", "state": "open"}),
        ("intercom_list_companies", "list companies | per page: 30 | page: 3", {"per_page": 30, "page": 3}),
        ("intercom_list_all_teams", "Q: which teams do we have?\n\n– Priya, CX", {}),
        ("intercom_find_conversations", "Context: ada.ito.268@example.com wrote in twice this month\n"
                                        "Ask: find those convos and show what she said",
         {"contact_email": "ada.ito.268@example.com", "created_after": "2026-11-01"}),
    ]  # fmt: skip
    for tool, q, args in said:
        assert failed_turns("formatted", [_turn(q, tool, **args)]) == [], q


def test_an_events_day_said_with_it_is_that_day() -> None:
    said = [
        ("refund convos since the migration on the 9th", {"query": "refund", "created_after": "2026-11-09"}),
        ("what came in the day of the release (the 4th)", {"created_after": "2026-11-04",
                                                           "created_before": "2026-11-05"}),
        ("login convos before the outage? it was the 10th", {"query": "login", "created_before": "2026-11-10"}),
        ("tax convos since launch on the 2nd but before the outage on the 6th", {"query": "tax",
                                                                                 "created_after": "2026-11-02",
                                                                                 "created_before": "2026-11-06"}),
    ]  # fmt: skip
    for q, args in said:
        assert failed_turns("anchored", [_turn(q, SEARCH, **args)]) == [], q
    (verdict,) = verdicts("offsite", [_turn("whats the weather for the offsite friday", "refuse")])
    assert verdict.passed


def test_a_trials_end_is_asked_about_then_completed() -> None:
    turns = [
        _turn("convos from ada.ito.268@example.com before her trial ended", "ask"),
        _turn("it ended oct 15", SEARCH, contact_email="ada.ito.268@example.com", created_before="2026-10-15"),
    ]
    assert failed_turns("trial", turns) == []
    (verdict,) = verdicts("asked", [_turn("convos from before their trial ended", "ask")])
    assert str(verdict.decision).startswith("When was the end of the trial?")  # fmt: skip


def test_changes_chatter_and_stressed_words() -> None:
    for q in ("push her trial back a week", "please postpone my call with acme to friday"):
        (verdict,) = verdicts("write", [_turn(q, "refuse")])
        assert verdict.passed and "only read" in str(verdict.decision), q
    turns = [
        _turn(
            "a quick favour - who's at Harbor Partners?", "intercom_company_contacts_events", company="Harbor Partners"
        ),
        _turn("whatcha got on refunds since october", SEARCH, query="refund", created_after="2026-10-01"),
    ]
    assert failed_turns("chatter", turns) == []
    turns = [
        _turn("refund convos since oct 1", SEARCH, query="refund", created_after="2026-10-01"),
        _turn("just the ‘closed’ ones", SEARCH, query="refund", state="closed", created_after="2026-10-01"),
    ]
    assert failed_turns("closed", turns) == []
    assert failed_turns("scorn", [_turn("how many of our 'fast' onboarding convos since may", SEARCH,
                                        query="onboarding", created_after="2026-05-01")]) == []  # fmt: skip
