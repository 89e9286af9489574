"""Requests pasted, dictated or typed like a command line; people named the way colleagues name them."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from graphs.planner import plan
from graphs.planner.plain import plain

NOW = 1_795_000_000.0


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("https://app.intercom.com/a/apps/abc123/companies/35bc14fc62d3bca0828d0f33 who's on it",
         "company 35bc14fc62d3bca0828d0f33 who's on it"),
        ("https://app.intercom.com/a/inbox/abc123/inbox/conversation/100007", "conversation 100007"),
        ("convos state:open since:oct top:3", "convos open since oct top 3"),
        ("list the events for user u s r underscore zero zero zero four two", "list the events for user usr_00042 "),
        ("overview of grace dot novak dot one four two at example dot com", "overview of grace.novak.142@example.com"),
        ("conversation one hundred thousand four hundred twenty seven", "conversation 100427"),
        ("show me for tea conversations", "show me forty conversations"),
        ("the too most recent", "the two most recent"),
        ("go back to last week's open ones", "back to last week's open ones"),  # "to" is left alone
        ("one or two of them", "one or two of them"),
    ],
)  # fmt: skip
def test_pasted_dictated_and_terse_requests_are_made_plain(said: str, meant: str) -> None:
    assert plain(said) == meant


def _shown(name: str, args: dict[str, object], artifact: dict[str, object]) -> list[BaseMessage]:
    return [
        HumanMessage("..."),
        AIMessage("", tool_calls=[{"name": name, "args": args, "id": "c1"}]),
        ToolMessage("...", tool_call_id="c1", name=name, artifact=artifact),
    ]


def _person(letter: str, name: str, n: int) -> dict[str, str]:
    email = f"{name.lower().replace(' ', '.')}.{n}@example.com"
    return {"type": "contact", "id": letter * 24, "name": name, "email": email, "external_id": f"usr_{n}"}


PEOPLE = [_person("a", "Felix Ito", 1), _person("b", "Felix Khan", 2), _person("c", "Rosa Diaz", 3)]
FLOW = ("intercom_company_contacts_events", {"company": "Acme Corp"}, {"company": {"id": "d" * 24}, "contacts": PEOPLE})


def test_a_first_name_means_the_one_person_of_that_name_the_conversation_showed() -> None:
    history = _shown(*FLOW)
    assert plan("rosa's events", history, now=NOW) == ("intercom_list_events", {"user_id": "usr_3"})
    assert plan("has rosa been in touch with support?", history, now=NOW) == (
        "intercom_search_conversations",
        {"contact_email": "rosa.diaz.3@example.com"},
    )


def test_two_people_of_that_name_are_asked_about_and_the_reply_answers_the_request() -> None:
    history = _shown(*FLOW)
    asked = plan("felix's last 10 events", history, now=NOW)
    assert isinstance(asked, str) and "Felix Ito" in asked and "Felix Khan" in asked
    history += [HumanMessage("felix's last 10 events"), AIMessage(asked)]
    assert plan("the khan one", history, now=NOW) == ("intercom_list_events", {"user_id": "usr_2", "per_page": 10})


@pytest.mark.parametrize(
    ("said", "tool", "args"),
    [
        ("Salut, les conversations ouvertes sur les refunds depuis le 1er novembre stp",
         "intercom_search_conversations", {"state": "open", "query": "refund", "created_after": "2026-11-01"}),
        ("Liste des équipes svp", "intercom_list_all_teams", {}),
        ("muéstrame las conversaciones cerradas sobre facturas desde ayer", "intercom_search_conversations",
         {"state": "closed", "query": "invoice", "created_after": "2026-11-17"}),
        ("zeig mir die offenen Gespräche seit gestern bitte", "intercom_search_conversations",
         {"state": "open", "created_after": "2026-11-17"}),
        ("usr u s r zero zero two four two events", "intercom_list_events", {"user_id": "usr_00242"}),
        ("open conversation one zero zero one six eight, last three messages", "intercom_get_conversation_by_id",
         {"conversation_id": "100168", "max_parts": 3}),
        ("mostra-me as empresas, página 2, 15 por página please", "intercom_list_companies",
         {"page": 2, "per_page": 15}),
        ("mostrami le conversazioni aperte di ieri", "intercom_search_conversations",
         {"state": "open", "created_after": "2026-11-17", "created_before": "2026-11-18"}),
        ("has omar khan ever contacted support", "intercom_contact_overview", {"contact": "omar khan"}),
        ("hey, can you pull conversation 100007? thanks!", "intercom_get_conversation_by_id",
         {"conversation_id": "100007"}),
        ("SHOW ME COMPANY 6572920BD943D4AE90A4162A", "intercom_get_company_by_id",
         {"company_id": "6572920bd943d4ae90a4162a"}),
        ("GET /COMPANIES?PAGE=3&PER_PAGE=15", "intercom_list_companies", {"page": 3, "per_page": 15}),
        ("CONTACTS+EVENTS FOR CMP-0007, 2 EVENTS EACH", "intercom_company_contacts_events",
         {"company": "cmp-0007", "events_per_contact": 2}),
        ("billing tickets seit Oktober", "intercom_search_conversations",
         {"query": "billing", "created_after": "2026-10-01"}),
        ("quiero ver la conversación 100119, solo los últimos 3 mensajes", "intercom_get_conversation_by_id",
         {"conversation_id": "100119", "max_parts": 3}),
        ("zeig mir die Firmen, älteste zuerst", "intercom_list_companies", {"order": "asc"}),
        ("select * from conversations where state = 'open' and body like '%invoice%'",
         "intercom_search_conversations", {"state": "open", "query": "invoice"}),
        ("contacts where company_id = 57aa1aad1fc3825a99dc8ccc", "intercom_list_attach_contacts_to_company",
         {"company_id": "57aa1aad1fc3825a99dc8ccc"}),
        ("evens for usr_00101", "intercom_list_events", {"user_id": "usr_00101"}),
        ("for usr_00299, a summary of everything they've done, how many times each kind of event happened",
         "intercom_list_events", {"user_id": "usr_00299", "summary": True}),
        ("events for usr_00299 grouped by event_name with counts", "intercom_list_events",
         {"user_id": "usr_00299", "summary": True}),
        ("what's the single most recently updated conversation?", "intercom_list_conversations", {"per_page": 1}),
        ("cos, oldest activity first, 25", "intercom_list_companies", {"order": "asc", "per_page": 25}),
        ("login convos since 10/20", "intercom_search_conversations",
         {"query": "login", "created_after": "2026-10-20"}),
        ("shipping q's from last friday", "intercom_search_conversations",
         {"query": "shipping", "created_after": "2026-11-13", "created_before": "2026-11-14"}),
        ("list accounts but NOT newest first, flip it", "intercom_list_companies", {"order": "asc"}),
        ("login convos that are neither closed nor snoozed", "intercom_search_conversations",
         {"query": "login", "state": "open"}),
        ("customers hitting 429 errors this month", "intercom_search_conversations",
         {"query": "429", "created_after": "2026-11-01"}),
        ("customers having login problems this month", "intercom_search_conversations",
         {"query": "login", "created_after": "2026-11-01"}),
        ("gimme the actual back-and-forth for 2 login conversations", "intercom_find_conversations",
         {"text": "login", "top": 2}),
        ("when did 0ec0e44abb0d95b1b68d1993 sign up", "intercom_get_contact_by_id",
         {"contact_id": "0ec0e44abb0d95b1b68d1993"}),
        ("dump as many contacts as you can in one go", "intercom_list_all_contacts", {"per_page": 150}),
        ("lsit compnaies oldest activty first page 2", "intercom_list_companies", {"order": "asc", "page": 2}),
        ("teams second page 3 per page", "intercom_list_all_teams", {"page": 2, "per_page": 3}),
        ("page 3 of the company list w/ 10 per page", "intercom_list_companies", {"page": 3, "per_page": 10}),
        ("summarise what customers wrote about the API in october, top 2", "intercom_find_conversations",
         {"text": "api", "top": 2, "created_after": "2026-10-01"}),
        ("more trialists or churn risk ppl? segments", "intercom_list_segments", {"include_count": True}),
        ("is the EU customers segment growing? need the exact number", "intercom_list_segments",
         {"include_count": True}),
        ("full text of the single best match for \"late delivery\"", "intercom_find_conversations",
         {"text": "late delivery", "top": 1}),
        ("closed login tickets on the fourteenth of october", "intercom_search_conversations",
         {"query": "login", "state": "closed", "created_after": "2026-10-14", "created_before": "2026-10-15"}),
        ("invoice issues before september fifth", "intercom_search_conversations",
         {"query": "invoice", "created_before": "2026-09-05"}),
        ("were there any invoice conversations started on the 12th?", "intercom_search_conversations",
         {"query": "invoice", "created_after": "2026-11-12", "created_before": "2026-11-13"}),
        ("exports since march, twenty per page", "intercom_search_conversations",
         {"query": "export", "created_after": "2026-03-01", "per_page": 20}),
        ("Read me the transcripts of the 3 best-matching invoice conversations from October.",
         "intercom_find_conversations", {"text": "invoice", "top": 3}),
        ("shw me ppl from intercom, fifty of em", "intercom_list_all_contacts", {"per_page": 50}),
        ("cmp-0007 usage: four people, one event apiece", "intercom_company_contacts_events",
         {"max_contacts": 4, "events_per_contact": 1}),
        ("snoozed convos created in october 5 per page", "intercom_search_conversations",
         {"state": "snoozed", "created_after": "2026-10-01", "created_before": "2026-11-01", "per_page": 5}),
        ("any api questions between the 5th and the 12th of november?", "intercom_search_conversations",
         {"query": "api", "created_after": "2026-11-05", "created_before": "2026-11-13"}),
        ("shipping convos created the first week of october", "intercom_search_conversations",
         {"query": "shipping", "created_after": "2026-10-01", "created_before": "2026-10-08"}),
    ],
)  # fmt: skip
def test_other_languages_digits_read_out_lower_case_names_courtesy_capitals_and_loose_dates(
    said: str, tool: str, args: dict[str, object]
) -> None:
    decision = plan(said, [], NOW)
    assert isinstance(decision, tuple) and decision[0] == tool
    assert {k: decision[1].get(k) for k in args} == args


@pytest.mark.parametrize(
    "english",
    ["show me the de la rosa conversations", "events for la jolla labs", "del rio's tickets since monday"],
)
def test_english_with_a_foreign_word_or_two_is_left_alone(english: str) -> None:
    from graphs.planner.foreign import english as translated

    assert translated(english) == english


def test_thanks_or_please_after_any_shipped_request_changes_nothing() -> None:
    """A metamorphic check over the whole shipped corpus: "thanks!" or "pls" after a request that passes
    leaves it passing (the planner reads past courtesy, it does not match on how a message ends)."""
    from graphs.evaluation import load
    from graphs.evaluation.runner import judge

    changed = []
    for case in load().requests:
        if not judge(case, plan(case.q, [], NOW)).passed:
            continue  # without the workspace's names (this test has no sandbox), some need them
        for tail in (" thanks!", " pls"):
            if not judge(case, plan(case.q.rstrip("?.! ") + tail, [], NOW)).passed:
                changed.append(case.q + tail)
    assert len(changed) <= 2, changed[:5]


def test_of_two_people_of_one_name_the_lead_or_the_one_seen_most_recently_is_picked() -> None:
    from graphs.planner.reading import read
    from graphs.planner.who import choose

    felixes = [
        {"id": "a", "name": "Felix Rossi", "role": "user", "last_seen_at": 1_794_000_000},
        {"id": "b", "name": "Felix Novak", "role": "lead", "last_seen_at": 1_794_900_000},
    ]
    assert choose(read("events for the felix who was on most recently", NOW), felixes) == felixes[1]
    assert choose(read("the felix who is the lead", NOW), felixes) == felixes[1]
    assert choose(read("events for felix", NOW), felixes) is None  # nothing says which: the planner asks


def test_the_detail_that_picks_a_listed_person_is_not_read_as_what_is_asked_of_them() -> None:
    quiet = {**_person("e", "Dev Baker", 5), "events": []}
    busy = [{**p, "events": [{"event_name": "logged-in"}]} for p in PEOPLE]
    artifact = {"company": {"id": "d" * 24}, "contacts": [*busy, quiet]}
    flow = ("intercom_company_contacts_events", {"company": "Acme Corp"}, artifact)
    asked = plan("the one with no events — whats his story, any convos?", _shown(*flow), now=NOW)
    assert asked == ("intercom_search_conversations", {"contact_email": "dev.baker.5@example.com"})


@pytest.mark.parametrize(
    "said", ["the snoozed one", "the refund one", "the smaller one", "look up the account I mentioned earlier"]
)
def test_the_one_with_nothing_listed_is_asked_about_not_called_off_topic(said: str) -> None:
    asked = plan(said, [], NOW)
    assert isinstance(asked, str) and asked.startswith("Which one do you mean?")


@pytest.mark.parametrize(
    ("said", "who"),
    [("the one who only used the api — last 10 events", "usr_2"), ("the guy who exported a report, events", "usr_1")],
)
def test_a_listed_person_is_picked_by_what_their_events_show_they_did(said: str, who: str) -> None:
    did = {"usr_1": ["exported-report", "used-api"], "usr_2": ["used-api", "used-api"], "usr_3": ["logged-in"]}
    people = [{**p, "events": [{"event_name": n} for n in did[p["external_id"]]]} for p in PEOPLE]
    artifact = {"company": {"id": "d" * 24}, "contacts": people}
    decision = plan(said, _shown("intercom_company_contacts_events", {"company": "Acme Corp"}, artifact), now=NOW)
    assert isinstance(decision, tuple) and decision[0] == "intercom_list_events"
    assert decision[1]["user_id"] == who


def test_the_size_that_picks_a_listed_company_is_not_read_as_asking_for_its_people() -> None:
    companies = [
        {"type": "company", "id": c * 24, "name": f"Co {c}", "user_count": n} for c, n in (("a", 3), ("b", 30))
    ]
    history = _shown("intercom_list_companies", {}, {"page": {"items": companies}})
    assert plan("open the one with the most users", history, now=NOW) == (
        "intercom_get_company_by_id",
        {"company_id": "b" * 24},
    )
    assert plan("row 1 on this page, full record", history, now=NOW) == (
        "intercom_get_company_by_id",
        {"company_id": "a" * 24},
    )


@pytest.mark.parametrize(
    "said",
    [
        "hugo weber is a spam lead nuke him",
        "this one's sorted mark it resolved pls",
        "the 2 globex are dupes merge them",
        "Birch Labs - email all of them about the outage",
        "unassign the billing team from conversation 100119",
    ],
)
def test_a_write_in_the_middle_of_an_unpunctuated_message_is_refused(said: str) -> None:
    refused = plan(said, [], NOW)
    assert isinstance(refused, str) and refused.startswith("I can only read Intercom")


@pytest.mark.parametrize("said", ["customers asking us to delete it", "convos where we close it too early"])
def test_a_write_only_reported_is_not_refused(said: str) -> None:
    decision = plan(said, [], NOW)
    assert not (isinstance(decision, str) and decision.startswith("I can only read Intercom")), decision
