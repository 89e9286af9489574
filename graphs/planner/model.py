"""The offline planner as a LangChain chat model: deterministic, no network, no key.

It parses each request (:mod:`graphs.planner.slots`), reads the dialogue so far
(:mod:`graphs.planner.dialogue`) and decides (:mod:`graphs.planner.decide`) one tool call or a
question back. After a tool answers it relays the tool's text, which is already written for a reader
(counts, notable items, what was left out and how to get it). It drops into any agent in place of a
real model.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from graphs.planner import dialogue
from graphs.planner import needles as rx
from graphs.planner.about_answers import about_the_answer
from graphs.planner.asked_about import asked_text
from graphs.planner.assigned import assigned
from graphs.planner.checked import checked
from graphs.planner.corrected import corrected
from graphs.planner.decide import HELP, OFF_TOPIC, READ_ONLY, decide
from graphs.planner.direct import CONTACT_KEYS, merge, read_direct
from graphs.planner.gazetteer import EMPTY, Names, fold
from graphs.planner.her_company import company_doings, her_companies, which_then_people
from graphs.planner.intents import OVERVIEW, Plan
from graphs.planner.looked_up import bigger_of_two, company_in_order, one_looked_up, other_offered, other_said
from graphs.planner.malformed import mended
from graphs.planner.markdown import unformatted
from graphs.planner.named_lists import one_at_a_time
from graphs.planner.namesakes import named_before, the_other_named, told_apart
from graphs.planner.narrowing import narrow_company, recall_company
from graphs.planner.other_tools import PASTED, cannot_look_up, other_tools
from graphs.planner.pairs import (
    exported_instead,
    instead_of_a_write,
    kind_instead,
    meant_topic,
    namesake_by_age,
    one_of_two,
    previous_topic,
    same_counts,
    same_window,
    still_filtered,
    topic_instead,
)
from graphs.planner.pasted import (
    PRONOUN,
    REFERS,
    ROW,
    as_asked,
    conversations_mentioned,
    pointed_at,
    said_earlier,
    split,
    table,
)
from graphs.planner.plain import plain, trailed, uncapped
from graphs.planner.rankings import top_again, unranked
from graphs.planner.read_and_write import OFFERED, read_instead, read_part
from graphs.planner.reading import Utterance, read
from graphs.planner.record_dates import record_dated
from graphs.planner.remarks import ACKNOWLEDGED, COURTESY_TAIL, courteous
from graphs.planner.said_people import INSTEAD, refused_conversation
from graphs.planner.scaled import scaled
from graphs.planner.team_or_topic import team_or_topic
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.who import ask_which
from graphs.planner.widened import out_of
from graphs.planner.windows import that_day
from graphs.planner.words import classify
from graphs.planner.writes import writes


def plan(text: str, history: Sequence[BaseMessage] = (), now: float | None = None, names: Names | None = None) -> Plan:
    """The tool call (name, arguments) for a request, or a direct answer when none fits. ``names`` are the
    workspace's (:class:`~graphs.planner.gazetteer.Names`): with them, its companies, segments and teams are
    recognised in plain words and any case."""
    return planned(text, history, now, names)[0]


def planned(
    text: str, history: Sequence[BaseMessage] = (), now: float | None = None, names: Names | None = None
) -> tuple[Plan, Utterance]:
    """:func:`plan`, and the request as read (its slots, the names it found and those it did not know).

    A full name this conversation has not shown goes to the contact overview, which finds the person by name
    itself ("what has grace silva been up to"). When the workspace was asked whom the name means, and the
    request wants what the overview cannot narrow ("grace silva's open ones") or her record ("when did grace
    silva sign up"), the call is made for that contact by email or id; two with the name: which one is asked."""
    now = time.time() if now is None else now
    text, pasted_id = other_tools(text)  # "cus_N4xT0p9wQ": Stripe's, not Intercom's
    decision, request = _planned(text, history, now, names, False)
    if pasted_id and not (request.identified or request.names or request.person):
        said = [str(v) for v in decision[1].values()] if isinstance(decision, tuple) else []
        if isinstance(decision, str) and "?" in decision or not said or any(PASTED.strip("()") in v for v in said):
            return cannot_look_up(pasted_id), request  # nothing of Intercom's said: whom do they mean?
    person = request.person.name if request.person is not None else None
    found = names.person(person) if names is not None and person else None
    several = len(found or ()) > 1
    found = _by_address(_at_company(found or (), request), text) if several else found
    if several and len(found or ()) > 1:  # "that dev rossi guy", after dev.rossi.0@example.com was said: him
        found = _by_address(found or (), " ".join(str(m.content) for m in history if isinstance(m, HumanMessage)))
        shown = " ".join(str(m.content) for m in history if isinstance(m, ToolMessage))  # one of them listed
        other = the_other_named(found, request, " ".join(str(m.content) for m in history))
        found = other or (found if request.has(r"\b(?:another|other)\b") else _by_address(found, shown))
        another = request.has(r"\b(?:another|a second|a 2nd)\b") and not other and person
        if another and isinstance(decision, tuple) and decision[0] == "intercom_contact_overview":
            return (decision[0], {"contact": person}), request  # "there's a second nora baker": all of that name
    if not found or not _overview_of(decision, person) or not isinstance(decision, tuple):
        return decision, request
    if len(found) > 1 and all(fold(str(p.get("name") or "")) != fold(person or "") for p in found):
        return ask_which(list(found)), request  # "pull up bev diaz": no one, but Ben Diaz and Dev Diaz are a slip away
    ref = found[0].get("email") or found[0].get("id")
    if len(found) == 1 and not several and fold(str(found[0].get("name") or "")) != fold(person or "") and ref:
        decision = (decision[0], {**decision[1], "contact": ref})  # "omar tanakas": said so, it finds no one
    if len(found) == 1 and several and ref:
        decision = (decision[0], {**decision[1], "contact": ref})  # "priya baker from lumen group": the one there
    if request.has(rf"\b(?:{OVERVIEW})\b") and not request.has(r"\b(?:company|account|org)(?:'s)? (?:details|info)\b"):
        return decision, request  # "omar khan is complaining about us on linkedin, what do we know about him"
    one = names.with_people(person or "", found[:1]) if names is not None else None  # several: as if the first
    narrowed = _planned(text, history, now, one, True)[0]
    calls = [m.tool_calls[0]["name"] for m in history if isinstance(m, AIMessage) and m.tool_calls] or [""]
    last = calls[-1] if "intercom_contact_overview" not in calls and request.has(INSTEAD) else ""  # "i meant X"
    theirs = isinstance(narrowed, tuple) and narrowed[0] in {*THEIRS, last} & {*THEIRS, "intercom_list_events"}
    if isinstance(narrowed, tuple) and narrowed[0] != "intercom_contact_overview" and (_narrows(narrowed[1]) or theirs):
        return (narrowed if len(found) == 1 else ask_which(list(found))), request
    return decision, request


def _at_company(found: tuple[dict[str, Any], ...], request: Utterance) -> tuple[dict[str, Any], ...]:
    """Of several contacts with the name, those at the company the request names ("felix rossi at acme")."""
    company = request.named("company")
    ids = {str(c.get("id")) for c in company.entries} if company is not None else set()
    at = tuple(p for p in found if ids & set(p.get("company_ids", ())))
    return at or found


def _by_address(found: tuple[dict[str, Any], ...], text: str) -> tuple[dict[str, Any], ...]:
    """Of several contacts with the name, the one whose email's first part the request says ("zoe khan, the
    zoe.khan.251 one")."""
    said = text.casefold()
    local = {p.get("email"): str(p.get("email") or "").casefold().partition("@")[0] for p in found}
    at = tuple(
        p for p in found if p.get("email") and rx.search(rf"(?<![\w.]){re.escape(local[p['email']])}(?!\w)", said)
    )
    return at or found


NARROWING = {"state", "created_after", "created_before", "summary"}


def _narrows(args: dict[str, Any]) -> bool:
    """Whether a call asks what the overview cannot: a state, dates, totals, or a support topic it knows (not
    "him hes", read from "whats going on w him hes written in")."""
    topic = str(args.get("query") or args.get("text") or "").casefold().split()
    return bool(NARROWING & set(args)) or bool(topic and all(singular(w) in TOPIC_WORDS for w in topic))


def _overview_of(decision: Plan, person: str | None) -> bool:
    """Whether ``decision`` is the overview of the person by the name said (so, found by the flow)."""
    if not isinstance(decision, tuple) or decision[0] != "intercom_contact_overview" or not person:
        return False
    return fold(str(decision[1].get("contact") or "")) == fold(person)


def _respelt(text: str, request: Utterance, found: Sequence[dict[str, Any]]) -> str | None:
    """The request with a misspelt full name written as the workspace spells it, when the people it was found
    to mean share that spelling ("customer 360 for grace silvaa": for Grace Silva)."""
    spelt = {str(p.get("name") or "") for p in found}
    if request.person is None or len(spelt) != 1 or fold(real := spelt.pop()) == fold(request.person.name):
        return None
    written = request.person.written
    at = text.casefold().find(fold(written))
    if not real or at < 0 or fold(text[at : at + len(written)]) != fold(written):
        return None  # (said in letters whose case folding changes their length: left as said)
    return text[:at] + real + text[at + len(written) :]


def to_look_up(request: Utterance, names: Names | None) -> str | None:
    """The full name a request said that the workspace was not asked about yet (with names to keep it in), or
    the email or id of the person whose company it asks about (:mod:`graphs.planner.her_company`): the agent
    and the evaluation look it up and plan the turn again."""
    person = request.person.name if request.person is not None else request.unknown_contact
    return person if person and names is not None and names.person(person) is None else None


def _pasted(text: str, history: Sequence[BaseMessage], now: float, names: Names | None) -> str:
    """What is asked of something pasted (see :mod:`graphs.planner.pasted`): the question with what it points
    at; the question alone when it names what it asks about, or is a write or off the workspace; else the
    whole text, as it came (its rows and names are the question's)."""
    if (parts := split(text)) is None:
        humans = [str(m.content) for m in reversed(history) if isinstance(m, HumanMessage)]
        if humans and (asked := as_asked(text, humans[0])) is not None:
            return asked  # "pull up the customer from the email I just got", then the email: its sender
        earlier = next((said for said in humans if "\n" in said), "")
        return (said_earlier(text, earlier) if earlier else None) or text  # "which company is the sender at"
    question, pasted = parts
    if ROW.search(question) and (table(text) is not None or len(conversations_mentioned(text)) > 1):
        return question  # "open #3", under a pasted table: its third row (the table is a list in the state)
    if (pointed := pointed_at(question, pasted)) is not None:
        return pointed or text
    alone = read(question, now, names or EMPTY)
    named = bool(alone.identified or alone.names or alone.person)  # "check summit partners' people and their events"
    own = (named or (alone.topic and not PRONOUN.search(question))) and not REFERS.search(question)
    about_it = REFERS.search(question) and decide(alone, dialogue.State()) in (OFF_TOPIC, READ_ONLY)  # "translate this"
    if own or writes(alone) or about_it:
        return question
    return text


def _planned(
    text: str, history: Sequence[BaseMessage], now: float, names: Names | None, in_workspace: bool
) -> tuple[Plan, Utterance]:
    text = corrected(trailed(unformatted(text)))  # "the 20 most recent convos, actually make that 10": 10
    typed, text = text, _pasted(text, history, now, names)  # an email pasted with "who's this?": the question
    text = ACKNOWLEDGED.sub("", text)  # "ok 2nd": the request after the acknowledgement of the last answer
    text = mended(text, history, now) or text  # "contacts, 0 per page" - "how many?" - "ok fine, 5": 5 per page
    text = one_at_a_time(text, history, now, names)  # "works", to "which one: tidal works, tidal group?"; "acme and
    # globex, who's at each? start with acme", and later "now the other one": one at a time
    if (new := NEW_SUBJECT.match(text)) is not None and text[new.end() :].strip():
        text = text[new.end() :]  # "diff q - the 50 most recently updated convos overall": a request of its own
        if not set(rx.findall(r"[a-z']+", text.casefold())) & POINTING:
            history = ()
    said = read_direct(courteous(uncapped(text)))  # "list_events user_id=usr_00021": the tool and arguments named
    if (fixed := SELF_CORRECTED.match(text)) is not None and text[fixed.end() :].strip():
        meant = read(text[fixed.end() :], now, names or EMPTY)  # "iris weber... no wait, i mean iris evans. her
        text = text[fixed.end() :] if meant.person or meant.names or meant.identified else text  # profile": evans
    named = [str(v) for k, v in said.pairs.items() if k in CONTACT_KEYS and not said.tool]
    words = f"{said.text} for {named[0]}" if named else said.text  # "events WHERE user_id = 'usr_1' LIMIT 40"
    request = read(words if said.found or said.rewritten else text, now, names or EMPTY)
    if said.write:
        return READ_ONLY, request
    state = dialogue.read(history, named_before(history, names, text), (names or EMPTY).code_ids)
    if typed is not text:
        dialogue.pasted_rows(state, typed, (names or EMPTY).code_ids)
    dialogue.on_the_sheet(state, text)  # "open #3", under a pasted table: its third row
    topped = top_again(text, state) or that_day(text, state, now) or record_dated(text, state)  # "since she joined"
    topped = topped or asked_text(text, state)  # "the first person I asked about - her open tickets", of three
    if topped is not None:  # "top 5" - "top of which
        text, request = topped, read(topped, now, names or EMPTY)  # list?" - "companies": five; "that day": the 12th
    if names is not None and request.person is not None:
        if (real := _respelt(text, request, names.person(request.person.name) or ())) is not None:
            text, request = real, read(real, now, names)  # "customer 360 for grace silvaa": for Grace Silva
    if in_workspace and names is not None and request.person is not None:
        state.named = names.person(request.person.name) or ()  # "grace silva's counts": whom the workspace has
    if (apart := told_apart(text, request, state)) is not None:
        if not isinstance(apart, str):
            return apart, request  # "the one w the email, he's at zephyr partners", when he is the one shown
        text, request = apart, read(apart, now, names or EMPTY)  # "the birch labs one, her 20 most recent events"
    recall_company(request, state, names)
    her_companies(request, state, names)  # "who else is at his company", after searches by his email
    if writes(request):
        if read_part(text, now, names or EMPTY, state) is not None:
            return OFFERED, request  # "show me 100322 and reply 'we're on it'": refused, the reading offered alone
        return READ_ONLY, request  # "can u flag fjord as churn risk": no "which fjord?" first
    if (instead := read_instead(request, now, names or EMPTY, state)) is not None:
        return instead  # "ok, just show me them", after a read and a write refused together
    people = names.person(request.person.name) or () if names is not None and request.person is not None else ()
    if (which := narrow_company(request, state, people)) is not None:
        return which, request  # "the other zephyr one", when three others are left
    one = about_the_answer(request, state) or one_of_two(request, history, state, names or EMPTY)  # "why only 50?"
    one = one or previous_topic(request, state)
    one = one or instead_of_a_write(request, state) or exported_instead(request, state, names or EMPTY)
    one = one or namesake_by_age(request, state) or refused_conversation(request, state)
    one = one or still_filtered(request, state) or same_window(request, state) or same_counts(request, state)
    one = one or meant_topic(request, state) or one_looked_up(request, state) or other_offered(request, state)
    one = one or scaled(request, state) or team_or_topic(request, state, names or EMPTY)  # "double it"; "billing"?
    one = one or unranked(request, state)  # "show me our top accounts": top by what?
    one = one or other_said(request, state) or company_doings(request, state) or out_of(request, state)
    one = one or bigger_of_two(request, state) or topic_instead(request, state) or company_in_order(request, state)
    one = one or assigned(request, state, (names or EMPTY).teams)  # "any open convos sitting with the VIP team?"
    if one is not None:
        return one, request  # "now the other one", of two companies named together
    decision = kind_instead(request, state, decide(request, state))  # "those are contacts?? I wanted companies"
    if (theirs := which_then_people(text, decision, lambda q: decide(read(q, now, names or EMPTY), state))) is not None:
        return theirs, request  # "what company is she at? show me their people": her company's people
    asked = _asked(plain(text)) if not said.found else None  # "...she said to eyeball it... give me the 25 latest"
    if asked is not None and (isinstance(decision, str) and decision[:22] in dialogue.PENDING or _story(decision)):
        again = read(asked, now, names or EMPTY)
        retried = decide(again, state)
        told = _last_question(text) is not None and not _points(again.tokens)  # told, then asked
        if isinstance(retried, tuple) and (
            isinstance(decision, str) or told or _other_kind(decision, retried, again)
        ):  # "I'm new on the support team... could you show me a hundred contacts": contacts
            return retried, again
    held = said.found and decision != READ_ONLY  # ("set that one to state=open" is a write, whatever it sets)
    return (merge(said, decision, state) if held else decision), request


SELF_CORRECTED = rx.compile(
    r"^(?:\S+ ){0,5}\S+?[.,;!…-]*\s+(?:no+,? (?:wait|sorry)|sorry,? no|wait,? no|scratch that)\b[\s,.!-]*"
    r"(?:(?:wrong (?:person|one|company|guy|name)|i mean|i meant|sorry)\b[\s,.!-]*)*",
    re.IGNORECASE,
)
NEW_SUBJECT = rx.compile(
    r"^\s*(?:(?:ok|okay|so|and|also|oh|btw|hey)[\s,]+)*(?:diff(?:erent)? (?:q(?:uestion)?|topic|subject|thing)|"
    r"separately|unrelated(?:ly)?|"
    r"new (?:q(?:uestion)?|topic)|unrelated|"
    r"switching gears|(?:new|fresh|another|different) search|"
    r"change of (?:topic|subject)|separate (?:thing|question|q)|another (?:thing|question|q)|"
    r"(?:on )?(?:a |another )?(?:different|separate|other) (?:note|topic|subject))\b(?: but| though)?[\s,:;.!-]*",
    re.IGNORECASE,
)
ASKED = rx.compile(
    r"(?:[.?!;:]+|\s[-—–]|,|(?<=\w{4}(?= (?:can|could) (?:you|u) )))\s+(?:so |ok |okay |anyway |but )?"
    r"((?:can|could|would|will) (?:you|u)|"
    r"(?:just |pls |please )?(?:give|show|get|pull|send|find) me|(?:pls|please) (?:give|show|list|pull|find|get))\b",
    re.IGNORECASE,
)


POINTING = {"their", "its", "they", "them", "there", "it", "her", "his", "him", "she", "he", "this", "that", "those",
            "these", "same", "everyone", "each"}  # fmt: skip
KINDS = {
    "intercom_list_all_teams": "team", "intercom_list_segments": "segment", "intercom_list_companies": "company",
    "intercom_get_company_by_id": "company", "intercom_company_contacts_events": "company",
    "intercom_list_attach_contacts_to_company": "company", "intercom_list_all_contacts": "contact",
    "intercom_get_contact_by_id": "contact", "intercom_contact_overview": "contact", "intercom_list_events": "event",
    "intercom_list_conversations": "conversation", "intercom_search_conversations": "conversation",
    "intercom_find_conversations": "conversation", "intercom_get_conversation_by_id": "conversation",
}  # fmt: skip


def _points(tokens: list[str]) -> bool:
    """Whether a request points at something earlier ("what did they say?"; not "have there been any...?")."""
    be = ("is", "are", "was", "were", "been", "have", "has", "be")
    return any(t in POINTING and not (t == "there" and i and tokens[i - 1] in be) for i, t in enumerate(tokens))


def _story(decision: Plan) -> bool:
    return isinstance(decision, tuple) and decision[0] in KINDS


THE_PEOPLE = r"\bthe (?:people|contacts|users|folks|employees|staff|team)\b"


def _other_kind(decision: Plan, retried: tuple[str, dict[str, Any]], asked: Utterance) -> bool:
    """Whether the request at the end asks for another kind of thing than the story named in passing
    ("Birch Labs' CTO emailed... find me the api convos from the last fortnight": conversations)."""
    kind = KINDS.get(retried[0])
    if not isinstance(decision, tuple) or kind is None or KINDS.get(decision[0]) == kind or not asked.mentions(kind):
        return False
    words = asked.tokens
    noun = next((i for i, w in enumerate(words) if classify(w) == kind), len(words))
    after = POINTING - {"them", "it", "those", "these"}  # "a hundred contacts so I can skim through them"
    later = {w.split("'")[0] for w in words[noun:]}  # "the people and what they've been doing": theirs
    people = retried[0] in ("intercom_list_all_contacts", "intercom_list_events")
    if decision[0] == "intercom_company_contacts_events" and people and asked.has(THE_PEOPLE):
        return False  # "anyone else at lumen partners? show me the ppl + activity": its people
    return not (set(words[:noun]) & POINTING or later & after)  # "their contacts", "everyone there"


def _asked(text: str) -> str | None:
    """The request at the end of a message that first tells a story, or None when there is no story."""
    found = list(ASKED.finditer(text))
    if found:
        return text[found[-1].start(1) :]
    return _last_question(text)  # "Our integrations lead is asking. Have there been … issues?"


def _last_question(text: str) -> str | None:
    """The question a message ends with, after something told first; "pls" or "thanks" may stand for its "?"."""
    bare = COURTESY_TAIL.sub("", text).rstrip()  # "... any shipping complaints today? thanks!"
    question = LAST_QUESTION.search(bare)
    if question is None and bare != text.rstrip():
        question = LAST_QUESTION.search(bare.rstrip(" ,.") + "?")  # "... where can I see the people pls"
    return question.group(1) if question else None


THEIRS = (  # a person's company's people or record; her own record
    "intercom_company_contacts_events", "intercom_get_company_by_id", "intercom_get_contact_by_id",
)  # fmt: skip
LAST_QUESTION = rx.compile(
    r"[.!]\s+((?:where|how|what|which|who|have|has|are|is|were|was|did|do|does|any)\b[^.!?]*\?)\s*$", re.IGNORECASE
)


class OfflinePlanner(BaseChatModel):
    """A deterministic, offline stand-in for a chat model, for the Intercom tools and flows."""

    tool_names: tuple[str, ...] = ()
    now: float | None = None  # dates in requests ("last week") are relative to this; None: the clock
    names: Names | None = None  # the workspace's names (see :meth:`with_names`); None: recognised by position

    @property
    def _llm_type(self) -> str:
        return "intercom-offline-planner"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflinePlanner:
        names = tuple(getattr(t, "name", None) or t.get("name") for t in tools)
        return self.model_copy(update={"tool_names": names})

    def with_names(self, names: Names) -> OfflinePlanner:
        """This planner, knowing the workspace's company, segment and team names."""
        return self.model_copy(update={"names": names})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.respond(messages))])

    def respond(self, messages: list[BaseMessage]) -> AIMessage:
        last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        since = messages[last_human + 1 :]
        results = [m for m in since if isinstance(m, ToolMessage)]
        if results:  # relay what the tools said, as the answer
            return AIMessage("\n\n".join(str(m.content) for m in results))
        if last_human < 0:
            return AIMessage(HELP)
        decision, request = planned(str(messages[last_human].content), messages[:last_human], self.now, self.names)
        decision = checked(decision)  # a call its tool would refuse: a question instead
        unknown = {"unknown_company": request.other_company} if request.other_company and self.names else {}
        if (person := to_look_up(request, self.names)) is not None:
            unknown["unknown_person"] = person  # a full name: worth asking the workspace whose it is
        if isinstance(decision, str):
            return AIMessage(decision, response_metadata=unknown)
        name, args = decision
        if self.tool_names and name not in self.tool_names:
            return AIMessage(f"The tool {name} is not available in this agent.\n{HELP}")
        call_id = f"call_{uuid.uuid5(uuid.NAMESPACE_URL, name + repr(sorted(args.items()))).hex[:12]}"
        call = {"name": name, "args": args, "id": call_id, "type": "tool_call"}
        return AIMessage("", tool_calls=[call], response_metadata=unknown)
