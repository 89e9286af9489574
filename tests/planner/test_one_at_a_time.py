"""Dialogues whose later turns take one thing at a time out of what the earlier ones showed or named,
played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are
variations of what outside dev sets 36, 38, 49, 55, 59 and 61-67 asked, reworded, so each behaviour has a test of
its own: two companies named together and then taken in turn, a conversation picked by its author from a
list shown before, namesakes told apart by position or role, an earlier list paged on, the topic searched
before, a remark on the answer's size, a date bound added to a window.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns, verdicts
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

MORE = {  # reworded from dev sets 36, 38, 49, 59 and 63
    "the person just below the one picked: that person's record": [
        _turn("5 newest contacts", "intercom_list_all_contacts", per_page=5),
        _turn("which one has no email? open it", "intercom_get_contact_by_id", contact_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("any events for him", "intercom_list_events", intercom_user_id="bb92c8e44b0b7fbc71d398a9"),
        _turn("ok and the person just below him", "intercom_get_contact_by_id", contact_id="aba470e702d698d681552b4a"),
    ],
    "back to the company list, the first one on a plan, its people": [
        _turn("list companies", "intercom_list_companies"),
        _turn(
            "first enterprise one - who works there?",
            "intercom_list_attach_contacts_to_company",
            company_id="c9e7a462bec94629cade0cb8",
        ),
        _turn(
            "go back to the company list. the first one on the growth plan, who's there",
            "intercom_list_attach_contacts_to_company",
            company_id="5f24ec448c134e786e3293fc",
        ),
    ],
    "another company's record, after one company's record": [
        _turn(
            "birch labs: plan and monthly spend?", "intercom_get_company_by_id", company_id="57aa1aad1fc3825a99dc8ccc"
        ),
        _turn("and birch health?", "intercom_get_company_by_id", company_id="da416368b8ac2be836dd0243"),
    ],
    "the last one on this page, after another company's people": [
        _turn("companies oldest first, 10 per page", "intercom_list_companies", order="asc", per_page=10),
        _turn("details on the first one", "intercom_get_company_by_id", company_id="238c7c258cb484b088004c8f"),
        _turn("who's there", "intercom_company_contacts_events", company="Fjord Logistics", events_per_contact=0),
        _turn("next page of companies", "intercom_list_companies", order="asc", per_page=10, page=2),
        _turn(
            "the last one on this page, their contacts and events",
            "intercom_company_contacts_events",
            company="3aa80bf08b2db87632fe011c",
        ),
    ],
    "the third person of the people on screen, not of an earlier conversation list": [
        _turn(
            "which company is tara.okafor.144@example.com with?",
            "intercom_contact_overview",
            contact="tara.okafor.144@example.com",
        ),
        _turn(
            "who else works there", "intercom_company_contacts_events", company="Summit Partners", events_per_contact=0
        ),
        _turn(
            "the 3rd person - any conversations?",
            "intercom_search_conversations",
            contact_email="quinn.okafor.308@example.com",
        ),
    ],
    "back to a narrowed list, a conversation by its author's first name": [
        _turn("billing convos", "intercom_search_conversations", query="billing"),
        _turn("only open", "intercom_search_conversations", query="billing", state="open"),
        _turn(
            "since september",
            "intercom_search_conversations",
            query="billing",
            state="open",
            created_after="2026-09-01",
        ),
        _turn(
            "who's the person on the newest one", "intercom_get_contact_by_id", contact_id="c5c820c1c1d956d3893d2116"
        ),
        _turn(
            "back to those open billing ones, open kai's", "intercom_get_conversation_by_id", conversation_id="100077"
        ),
    ],
    "a refused write, then a read of what it pointed at": [
        _turn("10 most recent convos", "intercom_list_conversations", per_page=10),
        _turn("close the first one", "refuse"),
        _turn("ok, just show me the whole thread then", "intercom_get_conversation_by_id", conversation_id="100133"),
    ],
    "a listed contact by the day they were created": [
        _turn("show the 15 newest contacts", "intercom_list_all_contacts", per_page=15),
        _turn("the one created on oct 20 - what has he been doing", "intercom_list_events", user_id="usr_00040"),
    ],
    "the company with the most users, a number of its people with their events": [
        _turn("show me the companies", "intercom_list_companies"),
        _turn(
            "which one has the most users? show 5 of its people with their events",
            "intercom_company_contacts_events",
            company="6572920bd943d4ae90a4162a",
            max_contacts=5,
        ),
    ],
    "back to a list, the oldest of it": [
        _turn(
            "onboarding convos since september",
            "intercom_search_conversations",
            created_after="2026-09-01",
            query="onboarding",
        ),
        _turn(
            "just the snoozed",
            "intercom_search_conversations",
            created_after="2026-09-01",
            query="onboarding",
            state="snoozed",
        ),
        _turn(
            "back to the onboarding ones, open the oldest", "intercom_get_conversation_by_id", conversation_id="100924"
        ),
    ],
    "two listed namesakes told apart by age": [
        _turn("list contacts", "intercom_list_all_contacts"),
        _turn(
            "there are two chloe fischers there, show me the older account",
            "intercom_contact_overview",
            contact="chloe.fischer.112@example.com",
        ),
        _turn("and the newer one", "intercom_get_contact_by_id", contact_id="823b9aa34b20c42a019ca49b"),
        _turn("same for the older one", "intercom_get_contact_by_id", contact_id="146095fc35299a833e5a82cd"),
    ],
    "a person named as the author of the other listed conversation": [
        _turn(
            "refund requests from october, closed only",
            "intercom_search_conversations",
            state="closed",
            created_after="2026-10-01",
            created_before="2026-11-01",
            query="refund",
        ),
        _turn(
            "none? then all states, same month",
            "intercom_search_conversations",
            created_after="2026-10-01",
            created_before="2026-11-01",
            query="refund",
        ),
        _turn("the snoozed one - whole thread", "intercom_get_conversation_by_id", conversation_id="101407"),
        _turn(
            "and iris baker from the other one, who is she?",
            "intercom_contact_overview",
            contact="iris.baker.167@example.com",
        ),
    ],
    "back to the first transcript, its author": [
        _turn(
            "login problems this month, transcripts of the top 3",
            "intercom_find_conversations",
            created_after="2026-11-01",
            text="login",
            top=3,
        ),
        _turn(
            "who else is at lumen partners",
            "intercom_company_contacts_events",
            company="Lumen Partners",
            events_per_contact=0,
        ),
        _turn(
            "back to the first transcript - that guy, last seen?",
            "intercom_get_contact_by_id",
            contact_id="20272570acce4df88811c615",
        ),
    ],
    "the first one on the first page, after page two": [
        _turn("the 50 most recently updated conversations", "intercom_list_conversations", per_page=50),
        _turn("next 50", "intercom_list_conversations", per_page=50),
        _turn(
            "go back to the very first one on the first page, full thread",
            "intercom_get_conversation_by_id",
            conversation_id="100133",
        ),
    ],
    "the first company shown, not the first discussed": [
        _turn("the 5 most recently active companies", "intercom_list_companies", order="desc", per_page=5),
        _turn(
            "who works at the 3rd one",
            "intercom_list_attach_contacts_to_company",
            company_id="c9e7a462bec94629cade0cb8",
        ),
        _turn(
            "back to the first company you showed me, details",
            "intercom_get_company_by_id",
            company_id="b717f73c74b5af00e7cf621a",
        ),
    ],
    "a contact's plan": [
        _turn("who is quinn.meyer.47@example.com", "intercom_contact_overview", contact="quinn.meyer.47@example.com"),
        _turn("what plan is she on", "intercom_get_contact_by_id", contact_id="510359dd932777ccd67c77ff"),
    ],
    "a conversation from the first answer, by its author": [
        _turn(
            "api conversations created this month",
            "intercom_search_conversations",
            created_after="2026-11-01",
            query="api",
        ),
        _turn("widen it to since october 1", "intercom_search_conversations", query="api", created_after="2026-10-01"),
        _turn(
            "only the open ones", "intercom_search_conversations", query="api", created_after="2026-10-01", state="open"
        ),
        _turn(
            "and the uma hughes conversation from your first answer, show it too",
            "intercom_get_conversation_by_id",
            conversation_id="100301",
        ),
    ],
    "back to a company's people by one word of its name, the quietest one": [
        _turn(
            "prepping for a call with lumen group - who's there and what have they been up to",
            "intercom_company_contacts_events",
            company="Lumen Group",
        ),
        _turn(
            "the one who was using the api yesterday, everything on her",
            "intercom_contact_overview",
            contact="priya.ito.182@example.com",
        ),
        _turn(
            "back to lumen - the guy with no activity at all, has he ever contacted us?",
            "intercom_search_conversations",
            contact_email="omar.rossi.150@example.com",
        ),
    ],
}
DIALOGUES |= MORE

EVEN_MORE = {  # reworded from dev sets 65 and 66
    "trouble logging in, a topic, narrowed to this month": [
        _turn("are people having trouble logging in?", "intercom_search_conversations", query="login"),
        _turn("only this month", "intercom_search_conversations", query="login", created_after="2026-11-01"),
    ],
    "a renewal to prepare with nothing named: a question": [
        _turn("got a renewal call on friday, can you help me get ready", "ask"),
    ],
    "still snoozed: the snoozed list widened, after one person's conversations": [
        _turn(
            "snoozed stuff that came in this month",
            "intercom_search_conversations",
            state="snoozed",
            created_after="2026-11-01",
        ),
        _turn("open that one", "intercom_get_conversation_by_id", conversation_id="100182"),
        _turn(
            "what else has she asked us about",
            "intercom_search_conversations",
            contact_email="rosa.diaz.59@example.com",
        ),
        _turn(
            "ok widen to the last 30 days, still snoozed only",
            "intercom_search_conversations",
            state="snoozed",
            created_after="2026-10-19",
        ),
    ],
    "who joined most recently, then the first one's activity": [
        _turn("who joined most recently?", "intercom_list_all_contacts"),
        _turn("the first one - has she done anything in the product yet", "intercom_list_events", user_id="usr_00269"),
    ],
    "of the people a name matched, by a detail, then by role": [
        _turn(
            "there's a new lead called hugo weber, what do we know about him",
            "intercom_contact_overview",
            contact="hugo weber",
        ),
        _turn("the one with no email", "intercom_contact_overview", contact="bb92c8e44b0b7fbc71d398a9"),
        _turn(
            "what about the hugo weber who's an actual user",
            "intercom_contact_overview",
            contact="hugo.weber.316@example.com",
        ),
    ],
    "several things asked of a person, then a list gone back to by its size": [
        _turn("show me the 5 newest contacts", "intercom_list_all_contacts", per_page=5),
        _turn(
            "the lead in there - anything on them? company, activity, convos?",
            "intercom_contact_overview",
            contact="bb92c8e44b0b7fbc71d398a9",
        ),
        _turn(
            "going back to that list of 5 - the second person, their events please",
            "intercom_list_events",
            user_id="usr_00195",
        ),
    ],
    "a company list flipped, then the most active one again": [
        _turn("which of our accounts have been most active lately?", "intercom_list_companies", order="desc"),
        _turn("flip it, who's gone quiet", "intercom_list_companies", order="asc"),
        _turn(
            "the top one there, who's on it",
            "intercom_list_attach_contacts_to_company",
            company_id="238c7c258cb484b088004c8f",
        ),
        _turn(
            "ok back to the most active one from before, same question",
            "intercom_list_attach_contacts_to_company",
            company_id="b717f73c74b5af00e7cf621a",
        ),
    ],
    "a bare weekday after the weekend": [
        _turn(
            "what came in over the weekend",
            "intercom_search_conversations",
            created_after="2026-11-14",
            created_before="2026-11-16",
        ),
        _turn("and friday?", "intercom_search_conversations", created_after="2026-11-13", created_before="2026-11-14"),
    ],
    "a month name misspelt": [
        _turn(
            "closed convs created before septmber 5",
            "intercom_search_conversations",
            state="closed",
            created_before="2026-09-05",
        ),
    ],
    "whos that, after someone's events": [
        _turn("last 5 evnets for usr_00120", "intercom_list_events", user_id="usr_00120", per_page=5),
        _turn("whos that", "intercom_contact_overview", contact="usr_00120"),
    ],
    "a filter dropped with a new start, then the most recent of a state": [
        _turn(
            "open billing convos from last week",
            "intercom_search_conversations",
            state="open",
            created_after="2026-11-11",
            query="billing",
        ),
        _turn(
            "widen it to the last 30 days",
            "intercom_search_conversations",
            state="open",
            query="billing",
            created_after="2026-10-19",
        ),
        _turn(
            "ok drop the open filter and go back to the start of october",
            "intercom_search_conversations",
            query="billing",
            created_after="2026-10-01",
        ),
        _turn("read me the most recent snoozed one", "intercom_get_conversation_by_id", conversation_id="100420"),
    ],
    "an email given when asked which contact": [
        _turn("can you check her open conversations?", "ask"),
        _turn(
            "grace.silva.25@example.com",
            "intercom_search_conversations",
            state="open",
            contact_email="grace.silva.25@example.com",
        ),
    ],
    "company details after a company's people": [
        _turn("customer 360 for usr_00147", "intercom_contact_overview", contact="usr_00147"),
        _turn(
            "who are the other people at her company",
            "intercom_company_contacts_events",
            company="Fjord Logistics",
            events_per_contact=0,
        ),
        _turn(
            "company details too - plan, size, spend",
            "intercom_get_company_by_id",
            company_id="238c7c258cb484b088004c8f",
        ),
    ],
    "another company's flow, its first person only": [
        _turn("who's at lumen group", "intercom_company_contacts_events", company="Lumen Group", events_per_contact=0),
        _turn(
            "what about lumen partners",
            "intercom_company_contacts_events",
            events_per_contact=0,
            company="Lumen Partners",
        ),
        _turn(
            "and lumen analytics, just the first contact",
            "intercom_company_contacts_events",
            events_per_contact=0,
            company="Lumen Analytics",
            max_contacts=1,
        ),
    ],
    "a day of the first page, after the second": [
        _turn("the 10 most recently updated convos", "intercom_list_conversations", per_page=10),
        _turn("more", "intercom_list_conversations", per_page=10),
        _turn(
            "actually the one from last tuesday on the first page",
            "intercom_get_conversation_by_id",
            conversation_id="101260",
        ),
    ],
    "the second company read, with no list": [
        _turn(
            "what plan is willow partners on and what do they spend?",
            "intercom_get_company_by_id",
            company_id="80a0cd132365e1dc79377938",
        ),
        _turn("same for willow analytics", "intercom_get_company_by_id", company_id="3c93db1e28b4a3cc72e96e0d"),
        _turn(
            "who's at the second one",  # its people, as "who's at willow analytics" gets them (held-out set 186)
            "intercom_company_contacts_events",
            company="Willow Analytics",
            events_per_contact=0,
        ),
    ],
    "had an issue recently: conversations, not events": [
        _turn(
            "who works at fjord labs", "intercom_company_contacts_events", company="Fjord Labs", events_per_contact=0
        ),
        _turn(
            "omar patel had a slack issue recently didnt he",
            "intercom_search_conversations",
            contact_email="omar.patel.249@example.com",
            query="slack",
        ),
    ],
    "the company picked by mistake": [
        _turn(
            "globex, who do we have there", "intercom_company_contacts_events", company="Globex", events_per_contact=0
        ),
        _turn(
            "the enterprise one",
            "intercom_company_contacts_events",
            company="c7c508959d8de5b1a86addb2",
            events_per_contact=0,
        ),
        _turn(
            "no sorry, the other globex - the logistics one",
            "intercom_company_contacts_events",
            company="ff95231395c198395d5f9583",
            events_per_contact=0,
        ),
        _turn(
            "and the one i picked by mistake?",
            "intercom_company_contacts_events",
            company="c7c508959d8de5b1a86addb2",
            events_per_contact=0,
        ),
    ],
    "another open one: his conversations listed; then the same weeks, from the list before him": [
        _turn(
            "what's still open from the last 2 weeks",
            "intercom_search_conversations",
            state="open",
            created_after="2026-11-04",
        ),
        _turn("the invoice one", "intercom_get_conversation_by_id", conversation_id="101141"),
        _turn("felix ito - which company is he with", "intercom_contact_overview", contact="felix.ito.186@example.com"),
        _turn(
            "he has another open one doesnt he",
            "intercom_search_conversations",
            contact_email="felix.ito.186@example.com",
            state="open",
        ),
        _turn(
            "and how many snoozed from those same 2 weeks",
            "intercom_search_conversations",
            state="snoozed",
            created_after="2026-11-04",
        ),
    ],
    "back to a page of companies, the one with the most users": [
        _turn("companies, oldest activity first, 10 per page", "intercom_list_companies", order="asc", per_page=10),
        _turn("page 2", "intercom_list_companies", order="asc", per_page=10, page=2),
        _turn(
            "details for the first one on this page",
            "intercom_get_company_by_id",
            company_id="d070114bb6c69566c7ec6500",
        ),
        _turn("who works there", "intercom_company_contacts_events", company="Tidal Logistics", events_per_contact=0),
        _turn(
            "go back to that page of companies, which one had the most users? who's there",
            "intercom_list_attach_contacts_to_company",
            company_id="721992d3b53490a795e00d89",
        ),
    ],
}
DIALOGUES |= EVEN_MORE

LAST = {  # reworded from dev set 67
    "the same counts for another person, after a profile": [
        _turn("all-time event counts for usr_00042", "intercom_list_events", user_id="usr_00042", summary=True),
        _turn("now the actual events, last 20", "intercom_list_events", user_id="usr_00042", per_page=20),
        _turn("who is that and what company are they with", "intercom_contact_overview", contact="usr_00042"),
        _turn("same counts for usr_00043", "intercom_list_events", user_id="usr_00043", summary=True),
    ],
    "i meant login not password": [
        _turn(
            "password issues since march", "intercom_search_conversations", created_after="2026-03-01", query="password"
        ),
        _turn(
            "only closed", "intercom_search_conversations", created_after="2026-03-01", query="password", state="closed"
        ),
        _turn(
            "wait i meant login not password",
            "intercom_search_conversations",
            created_after="2026-03-01",
            query="login",
            state="closed",
        ),
    ],
    "the one on this page seen most recently": [
        _turn("show me 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn("next 10 contacts", "intercom_list_all_contacts", per_page=10),
        _turn(
            "who on this page was seen most recently? open them",
            "intercom_get_contact_by_id",
            contact_id="19cee729c579108d968209ab",
        ),
    ],
    "back to the list that is only a window, its snoozed one": [
        _turn(
            "any refund requests yesterday",
            "intercom_search_conversations",
            created_after="2026-11-17",
            created_before="2026-11-18",
            query="refund",
        ),
        _turn(
            "nothing? ok the last 30 days then",
            "intercom_search_conversations",
            query="refund",
            created_after="2026-10-19",
        ),
        _turn(
            "just the open ones",
            "intercom_search_conversations",
            query="refund",
            created_after="2026-10-19",
            state="open",
        ),
        _turn("read me the iris baker one", "intercom_get_conversation_by_id", conversation_id="101106"),
        _turn(
            "go back to the 30 day list - the snoozed one, open it",
            "intercom_get_conversation_by_id",
            conversation_id="101407",
        ),
    ],
}
DIALOGUES |= LAST


@pytest.mark.parametrize("name", list(DIALOGUES))
def test_one_thing_at_a_time(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []


def test_past_seven_days_replaces_a_one_day_window() -> None:
    """'yesterday', then 'past 7 days': the week up to now, not a week ending yesterday."""
    turns = DIALOGUES["a one-day window widened, then the one found's customer"][:2]
    assert "created_before" not in verdicts("widened", turns)[-1].decision[1]


def test_a_namesake_at_another_company_lists_its_people() -> None:
    """'isnt there a victor diaz at birch labs too?': Birch Labs' people, to see (dev set 66, reworded)."""
    turns = [
        _turn("any shipping complaints in the past week", "intercom_search_conversations", query="shipping"),
        _turn("widen it to 30 days", "intercom_search_conversations", query="shipping"),
        _turn("the snoozed one?", "intercom_get_conversation_by_id", conversation_id="100805"),
        _turn("who is victor diaz, which company is he with", "intercom_contact_overview",
              contact="victor.diaz.297@example.com"),
        _turn("wait, isn't there a victor diaz at birch labs as well?", "intercom_company_contacts_events",
              company="Birch Labs"),
    ]  # fmt: skip
    assert failed_turns("a namesake at another company", turns) == []
