"""Leftovers of held-out sets 253 (the web app's screen words), 254 (texting), 257 (quotes), in other words than
the sets'.

- Someone described by what they wrote ("the person who wrote "...", "the folks who keep asking '...'"): the
  conversations that mention those words, as typed (an apostrophe inside them is no end of the quote, and the
  rewrites that read a request leave them alone).
- A word quoted for stress is no phrase to search for nor a name: "our 'premium' accounts at Harbor Partners",
  "convos that are 'snoozed'", "the so-called 'urgent' ones"; a backticked term is quoted.
- "lol", "haha" after a follow-up are no request of their own; "the actual refund convos" are their messages;
  a change said not wanted ("not trying to close it, just show me") is no write.
- "events on usr_00021's profile", "activity timeline on her profile": the events; "open his user profile",
  with no one before: whose?
- "what's the weather like in oslo on the 5th", after a list: not the list's fifth item.
"""

from __future__ import annotations

from tests.helpers.dialogues import failed_turns, verdicts
from tests.helpers.dialogues import turn as _turn

SEARCH = "intercom_search_conversations"
FIND = "intercom_find_conversations"


def test_whoever_wrote_the_words_is_found_by_them() -> None:
    turns = [
        _turn(
            'the person who wrote "my invoice shows the wrong VAT" last week',
            SEARCH,
            query="my invoice shows the wrong VAT",
            created_after="2026-11-11",
        )
    ]
    assert failed_turns("wrote", turns) == []
    assert (
        failed_turns(
            "asking", [_turn("list the folks who keep asking 'can we get SSO'", SEARCH, query="can we get SSO")]
        )
        == []
    )
    assert failed_turns("can't", [_turn("find the customer who said 'I can't find the export button'", FIND,
                                        text="I can't find the export button")]) == []  # fmt: skip


def test_a_stressed_word_is_neither_a_phrase_nor_a_name() -> None:
    turns = [
        _turn(
            "our 'premium' accounts at Harbor Partners - first 5 contacts",
            "intercom_company_contacts_events",
            company="Harbor Partners",
            max_contacts=5,
        )
    ]
    assert failed_turns("stressed", turns) == []
    assert (
        failed_turns("state", [_turn("refund convos that are 'snoozed'", SEARCH, query="refund", state="snoozed")])
        == []
    )
    (verdict,) = verdicts(
        "so-called",
        [
            _turn(
                "the so-called 'critical' convos, open ones from the past 7 days",
                SEARCH,
                state="open",
                created_after="2026-11-11",
            )
        ],
    )
    assert verdict.passed and "query" not in verdict.decision[1]  # type: ignore[index]
    assert failed_turns("ticks", [_turn("closed convos mentioning `504`", SEARCH, query="504",
                                        state="closed")]) == []  # fmt: skip


def test_texting_asides_and_changes_not_wanted() -> None:
    turns = [
        _turn("list contacts 20 per page", "intercom_list_all_contacts", per_page=20),
        _turn("next", "intercom_list_all_contacts", per_page=20, starting_after="@cursor"),
        _turn("next one too haha", "intercom_list_all_contacts", per_page=20, starting_after="@cursor"),
    ]
    assert failed_turns("haha", turns) == []
    assert (
        failed_turns(
            "actual",
            [_turn("show me the actual refund convos from last week", FIND, text="refund", created_after="2026-11-11")],
        )
        == []
    )
    assert failed_turns("not", [_turn("open convo 100010 - not trying to close it, just show me",
                                      "intercom_get_conversation_by_id", conversation_id="100010")]) == []  # fmt: skip


def test_events_on_a_profile_are_the_events() -> None:
    assert (
        failed_turns("profile", [_turn("events on usr_00021's profile", "intercom_list_events", user_id="usr_00021")])
        == []
    )
    turns = [
        _turn("show me ada.ito.268@example.com", "intercom_contact_overview", contact="ada.ito.268@example.com"),
        _turn("activity timeline on her profile", "intercom_list_events", user_id="usr_00269"),
    ]
    assert failed_turns("her profile", turns) == []
    (verdict,) = verdicts("whose", [_turn("open his user profile", "ask")])
    assert verdict.passed  # fmt: skip


def test_a_day_said_with_the_weather_is_not_an_item() -> None:
    turns = [
        _turn("list the teams", "intercom_list_all_teams"),
        _turn("what's the weather like in oslo on the 5th", "refuse"),
    ]
    assert failed_turns("weather", turns) == []  # fmt: skip
