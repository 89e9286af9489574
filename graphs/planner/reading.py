"""Reading a request: every slot it fills, each found on its own, whatever the intent turns out to be.

Identifiers (emails, Intercom ids, external ids, conversation ids, cursors) are taken out first and
stand in the text as placeholders, so that no count is read inside an id and no spelling is corrected in
one. The rest is tokenised, slang expanded and misspellings corrected (:mod:`graphs.planner.words`);
then counts (and what they count), page, order, state, dates, ordinal, names and topic are read
independently, so that they compose: "closed refund convos from june, 15 per page" fills five slots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from graphs.planner import mentions, topics
from graphs.planner import needles as rx
from graphs.planner.anchored import anchored
from graphs.planner.counting import Count, counts
from graphs.planner.dates import Period, period
from graphs.planner.first_names import unswap
from graphs.planner.foreign import own_words
from graphs.planner.gazetteer import EMPTY, Names
from graphs.planner.identifiers import EMAIL, mask
from graphs.planner.mentions import Mention
from graphs.planner.plain import normalize, plain, uncapped
from graphs.planner.positions import position
from graphs.planner.remarks import courteous
from graphs.planner.settled import state_asked_about
from graphs.planner.spelling import respelled
from graphs.planner.topic_alone import only_topic, own_topic
from graphs.planner.words import (
    CLASSES,
    NUMBER_WORDS,
    ORDINALS,
    classify,
    corrected_tokens,
    ordinal_word,
)

QUOTED = rx.compile(r"(?<!\w)\"([^\"]{2,80})\"(?!\w)|(?<!\w)'((?:[^\"']|(?<=\w)'(?=\w)){2,80}?)'(?!\w)")  # ("can't")
TOKEN = rx.compile(r"[\w@+#/'-]+(?:\.[\w@+#/'-]+)*|[^\s\w]")


_BOUNDED: dict[str, rx.Needled] = {}  # each pattern compiled once, word-bounded


def _bounded(pattern: str) -> rx.Needled:
    """``pattern`` compiled to match on word boundaries, once (requests test the same few hundred patterns)."""
    compiled = _BOUNDED.get(pattern)
    if compiled is None:
        if len(_BOUNDED) > 4096:
            _BOUNDED.clear()
        compiled = _BOUNDED[pattern] = rx.compile(rf"(?<![\w'])(?:{pattern})(?![\w])")
    return compiled


@dataclass
class Utterance:
    raw: str
    cased: list[str]  # tokens, case kept, identifiers as placeholders
    original: list[str]  # the same, lower case
    tokens: list[str]  # the same, corrected
    emails: list[str] = field(default_factory=list)
    hex_ids: list[tuple[str, str | None]] = field(default_factory=list)  # (id, the class noun just before it)
    external_ids: list[str] = field(default_factory=list)
    company_codes: list[str] = field(default_factory=list)  # a company's own company_id ("cmp-0007")
    code_ids: dict[str, str] = field(default_factory=dict)  # the workspace's company codes (lower case): their ids
    company_names: dict[str, str] = field(default_factory=dict)  # the workspace's companies' ids: their names
    conversation_ids: list[str] = field(default_factory=list)
    cursor: str | None = None
    quoted: str | None = None
    names: list[Mention] = field(default_factory=list)
    person: Mention | None = None
    other_company: str | None = None  # named where a company stands, unknown to the gazetteer
    counts: list[Count] = field(default_factory=list)
    page: int | None = None
    order: str | None = None
    state: str | None = None
    dates: Period = field(default_factory=Period)
    ordinal: int | None = None
    shared_names: frozenset[str] = frozenset()  # company names several companies have ("globex")
    segment_names: frozenset[str] = frozenset()  # the workspace's segments, folded ("trialists", "churn risk")
    now: float = 0.0  # what dates are relative to
    unknown_contact: str | None = None  # the person in focus, to look up (her company is asked; see her_company)

    @cached_property
    def text(self) -> str:
        return " ".join(self.tokens)

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(t.removesuffix("'s") for t in self.tokens)

    def has(self, pattern: str) -> bool:
        """Whether the (corrected) request matches ``pattern`` on word boundaries."""
        return _bounded(pattern).search(self.text) is not None

    def mentions(self, kind: str) -> bool:
        if kind == "segment" and "group" in self.words and not self.has(r"^group\b|\bgroup (?:\w+ ){1,3}by\b"):
            return True  # "the trial group", not "group contacts by company"
        return bool(self.words & CLASSES[kind])

    def without(self, pattern: str) -> Utterance:
        """The request with the words ``pattern`` matched taken out ("the one with no events - any convos?"
        asks about conversations once the detail that picked the person is set aside)."""
        m = _bounded(pattern).search(self.text)
        if m is None:
            return self
        first = self.text.count(" ", 0, m.start())
        last = first + m.group().count(" ") + 1
        removed = set(self.tokens[first:last])
        return replace(
            self,
            tokens=self.tokens[:first] + self.tokens[last:],
            cased=self.cased[:first] + self.cased[last:],
            original=self.original[:first] + self.original[last:],
            counts=[c for c in self.counts if str(c.value) not in removed],  # "has only 3 users": not 3 of them
        )

    def count(self, *nouns: str | None, per_page: bool | None = None) -> int | None:
        for c in self.counts:
            if c.noun in nouns and (per_page is None or c.per_page == per_page) and not c.each:
                return c.value
        return None

    def each(self, noun: str) -> int | None:
        return next((c.value for c in self.counts if c.each and c.noun in (noun, None)), None)

    def named(self, kind: str) -> Mention | None:
        return next((m for m in self.names if m.kind == kind), None)

    @cached_property
    def _kept(self) -> tuple[list[str], list[str]]:
        """The tokens without a topic said to be replaced ("invoices instead of billing": not billing)."""
        tokens, original = self.tokens, self.original
        for i in range(len(tokens) - 2):
            if (tokens[i], tokens[i + 1]) in (("instead", "of"), ("rather", "than")):
                end = next((j for j in range(i + 2, len(tokens)) if not tokens[j][:1].isalnum()), len(tokens))
                return tokens[:i] + tokens[end:], original[:i] + original[end:]
        return tokens, original

    @cached_property
    def topic(self) -> str | None:
        if self.quoted and not any(m.written.lower() == self.quoted.lower() for m in self.names):
            return self.quoted
        found = topics.topic(*self._kept) or only_topic(self.text) or own_topic(*self._kept)  # "invoices only"
        if found is None and (said := MENTIONED.search(self.text)) is not None:
            found = said[1]  # "... opened yesterday that mention the right to be forgotten?": as said
        if found and self.person is not None:  # "ben silva's convos": a person's, not a subject
            named = {w.casefold() for w in self.person.name.split()}
            rest = [w for w in found.split() if w.casefold().removesuffix("'s") not in named]
            return " ".join(rest) or None
        return found

    @cached_property
    def leftover(self) -> str | None:
        return topics.leftover(*self._kept)

    @property
    def contact_ref(self) -> tuple[str, str] | None:
        """The contact the request names by identifier: (key for the events tool, value)."""
        contact_hex = [h for h, noun in self.hex_ids if noun not in ("company", "conversation")]
        if contact_hex and self.has(r"by (?:the |its |their |his |her )?(?:intercom )?id"):
            return "intercom_user_id", contact_hex[0]  # "events for <email>, but by intercom id <hex>"
        for key, said in (("email", self.emails), ("user_id", self.external_ids), ("intercom_user_id", contact_hex)):
            if said:
                return key, _of_those_said(said, self.ordinal)
        return None

    @property
    def company_hex(self) -> str | None:
        return next((h for h, noun in self.hex_ids if noun == "company"), None)

    @property
    def identified(self) -> bool:
        return bool(self.emails or self.hex_ids or self.external_ids or self.company_codes or self.conversation_ids)


LIST_NUMBER = rx.compile(
    r"(?<![\w#])(?:#\s?|(?:number|no\.?|item|row) )(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\d)",
    re.I,
)
ON_THE_LIST = rx.compile(
    r"^\s*(?:on|in|from|of) (?:this|that|the) (?:page|list)|^\s*(?:on|in|of) (?:these|those)", re.I
)


RANGE = rx.compile(r"(?<![\w/:.-])(\d{1,4}) ?(?:to|-|through|thru) ?(\d{1,4})(?![\w/:.-])")
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"


def _as_page(m: re.Match[str]) -> str:
    """ "contacts 51 to 100": the page those rows are, at that many per page ("page 2, 50 per page")."""
    first, last = int(m.group(1)), int(m.group(2))
    size = last - first + 1
    if first < 1 or size < 2 or size > 150 or (first - 1) % size:
        return m.group(0)
    before = m.string[max(0, m.start() - 12) : m.start()]
    if rx.search(rf"\b{MONTH_WORD}\.? ?$", before, re.I):
        return m.group(0)  # "october 10-20" is a date range
    if rx.match(rf" ?(?:of )?(?:{MONTH_WORD}|last month|this month)\b", m.string[m.end() :], re.I):
        return m.group(0)  # "from 1 to 15 october" too
    page = (first - 1) // size + 1
    return f"first {size}" if page == 1 else f"page {page} , {size} per page"


NOT_WHOLE = rx.compile(
    r"[,;]? ?\b(?:but |and )?(?:not|rather than|instead of) (?:the |a |her |his |their )?"
    r"(?:whole |full |entire |complete )?(?:360|overview|profile|thing|picture)\b",
    re.I,
)


MENTIONED = rx.compile(r"\b(?:that|which|who) mentions? (?:the )?((?:[a-z'-]+ ){0,5}[a-z'-]+) ?[?.!]*$")


def read(text: str, now: float, names: Names = EMPTY) -> Utterance:
    protected = names.words
    if foreign := own_words(text):
        protected = protected | foreign  # "en entier": French, not a slip of "entire"
    raw = normalize(courteous(anchored(plain(respelled(uncapped(text), protected)), now)))  # "outage (the 12th)"
    if "not" in raw or "rather" in raw or "instead" in raw:
        raw = NOT_WHOLE.sub("", raw)  # "just her events, not the whole 360": what is set aside is not asked
    if rx.search(
        r"\b(?:contacts?|users?|leads?|people|companies|accounts|convos?|conversations?|rows|results)\b", raw, re.I
    ):
        raw = RANGE.sub(_as_page, raw)
    raw = rx.sub(r"\bthe ([1-9]\d?) one\b", lambda m: f"the {ordinal_word(int(m[1]))} one", raw)  # "the 4 one events"
    numbered = LIST_NUMBER.search(raw)
    named = numbered and rx.search(r"\b(?:conversation|convo|ticket|chat)s? *$", raw[: numbered.start()], re.I)
    if numbered and (not named or ON_THE_LIST.match(raw[numbered.end() :])):  # "conversation #4 on this page"
        n = numbered.group(1).lower()
        n = n if n.isdigit() else str(NUMBER_WORDS[n])
        raw = raw[: numbered.start()] + f"the {ordinal_word(int(n))} one" + raw[numbered.end() :]
    masked, found = mask(raw)
    cased = TOKEN.findall(masked)
    cased = cased[:-1] if len(cased) > 1 and cased[-1] in (".", "!") else cased  # "And the 4th.": as "and the 4th"
    original = [t.lower().strip("'\"") or t for t in cased]  # "what are 'segments'": the word, not its quotes
    unswap(original, cased)  # "pryia patel": Priya Patel
    request = Utterance(raw, cased, original, corrected_tokens(original, protected), now=now)
    request.shared_names = frozenset(name for name, entries in names.companies.items() if len(entries) > 1)
    request.segment_names = frozenset(names.segments)
    request.emails = found["email"]
    request.conversation_ids = found["conv"]
    request.cursor = found["cursor"][0] if found["cursor"] else None
    codes, company_ids = names.company_codes, names.company_ids
    request.code_ids = names.code_ids
    request.company_names = names.company_names
    for i, token in enumerate(request.tokens):
        if token.startswith("qqhex"):
            value = found["hex"][int(token[5:].removesuffix("'s"))]
            known = "company" if value in company_ids else None  # "contacts on 0d09...": a company the workspace has
            cues = not company_ids or known is not None  # "… on <a contact's id>, a plan mismatch": not a company
            request.hex_ids.append((value, _hex_kind(request.tokens, i, cues) or known))
        elif token.startswith("qqext"):
            value = found["ext"][int(token[5:].removesuffix("'s"))]
            before = request.tokens[i - 1] if i else ""
            is_company = value.lower() in codes or before in ("company", "at", "company_id", "companyid", "org")
            is_company = is_company or value.lower().startswith(("cmp-", "cmp_", "comp-", "company-", "org-", "acct-"))
            (request.company_codes if is_company else request.external_ids).append(value)
    quoted = QUOTED.search(raw)
    said = (
        (quoted.group(1) or quoted.group(2)).strip().strip("%*").strip() if quoted else ""
    )  # SQL's '%invoice%': the word
    after = raw[quoted.end() :] if quoted else raw  # '"where is my shipping confirmation?" - search 1182'
    searched = rx.search(rf"{'' if quoted else r'[?.!;] '}\b(?:search|look|grep)(?: for)? ([\w#.-]+)\W*$", after)
    usual = searched and not quoted and topics.singular(searched[1].lower()) in topics.TOPIC_WORDS  # (as usual)
    said = searched[1] if searched and (said or not quoted) and not usual else said  # "anyone else? search portal"
    request.quoted = said if said and not EMAIL.fullmatch(said) and not classify(said.lower()) else None
    request.names = mentions.meant(mentions.workspace(cased, names), cased)
    taken = {i for m in request.names for i in range(m.start, m.end)}
    request.person = mentions.person(cased, taken)
    if request.person is None:
        request.person = mentions.lowercase_person(request.tokens, taken)
    if not any(m.kind == "company" for m in request.names):
        request.other_company = mentions.unknown_company(masked, " ".join(original))
    at = request.person is not None and request.person.start and cased[request.person.start - 1].lower() == "at"
    if at and request.person is not None and request.other_company == request.person.written:
        request.person = None  # "who works at Nimbus Robotics": a company the workspace does not list, not a person
    counts(request)
    _modifiers(request)
    request.dates = period(rx.sub(r"\bthe (?:first|1st) page\b", "page", " ".join(request.tokens)), now)  # not a day
    return request


HEX_BRIDGE = {"id", ":", "#", "=", "==", "with", "number", "no", "the", "of", "for", "details", "info", "data"}
COMPANY_CUES = rx.compile(
    r"\b(?:plan|spend|monthly|size|how big|industry|website|employees|user count|# of users|number of users|"
    r"headcount|revenue|tier|paying(?: us)?|pay us|pays us|mrr|arr|seats|licen[cs]es)\b"
)


def _of_those_said(said: list[str], ordinal: int | None) -> str:
    """The identifier meant of those said: the first, or the one an ordinal picks ("two ids off a ticket: <a>,
    <b>. second one?")."""
    return said[ordinal] if ordinal is not None and len(said) > 1 and -len(said) <= ordinal < len(said) else said[0]


def _hex_kind(tokens: list[str], i: int, cues: bool = True) -> str | None:
    """What an Intercom id stands for: the class noun just before it ("company 6572…", "contact id …"), or
    what the request says about it ("people at …", "who belongs to …", "the plan of …")."""
    j = i - 1
    while j >= 0 and tokens[j] in HEX_BRIDGE and i - j <= 3:
        j -= 1
    found_in = j >= 2 and tokens[j - 2] in ("off", "from", "in", "on") and ":" in tokens[j + 1 : i]
    if j >= 0 and not found_in:  # (not "ids off a ticket: ...": found in one, not its id)
        word = tokens[j].removesuffix("'s")
        for kind in ("company", "contact", "conversation"):
            if word in CLASSES[kind] or (kind == "company" and word in ("company_id", "companyid")):
                return kind
    before = " ".join(tokens[max(0, i - 3) : i])
    if rx.search(r"\b(?:at|belong\w*(?: to)?|attached to|works? (?:at|for)|employees of|staff of|people of)$", before):
        return "company"
    wider = " ".join(tokens[max(0, i - 6) : i])
    if rx.search(r"\b(?:at|attached to|works? (?:at|for)|of)(?: [\w.&'-]+){1,3} \($", wider):
        return "company"  # "ppl at acme (6572…)": the id of the company just named
    if (
        cues
        and COMPANY_CUES.search(" ".join(tokens))
        and not rx.search(r"\b(?:events?|conversations?|convos?)\b", " ".join(tokens))
    ):
        return "company"
    return None


def _noun_before(tokens: list[str], i: int) -> str | None:
    for token in reversed(tokens[max(0, i - 3) : i]):
        for kind in ("company", "contact", "conversation", "event"):
            if token in CLASSES[kind]:
                return kind
    return None


def _modifiers(request: Utterance) -> None:
    text = request.text
    if request.has(r"not (?:the )?(?:newest|most recent|latest|desc\w*)(?: ones)? first"):
        request.order = "asc"  # "list accounts but NOT newest first, flip it"
    elif request.has(r"not (?:the )?(?:oldest|least recent|asc\w*)(?: ones)? first"):
        request.order = "desc"
    elif request.has(r"(?:from )?(?:the )?new(?:er|est) to (?:the )?old(?:er|est)"):
        request.order = "desc"  # "from newest to oldest"
    elif request.has(
        r"asc|ascending|oldest|least recent(?:ly)?|least active|earliest|longest ago|longest time|inactive|quiet\w*|"
        r"more old|old(?:er)? ones first|older first|the old ones|"
        r"(?:from )?(?:the )?old(?:er|est) to (?:the )?new(?:er|est)|"
        r"(?:haven'?t|hasn'?t|have not|has not|not) been (?:active|around|seen|in touch)|dormant|quietest|"
        r"(?:haven'?t|not|never) heard from|"
        r"(?:in|for) the longest"
    ):
        request.order = "asc"
    elif request.has(
        r"desc|descending|newest|most recent(?:ly)?|most active|latest|recently active|"
        r"(?:by|most|more) recent activity|activity (?:more|most) recent|"
        r"more recent(?:ly)?(?: \w+)? first|newer(?: ones)? first|"
        r"by (?:last )?activity|last active first|"
        r"(?:more|most) active (?:in |of )?(?:late|recent|recently)"
    ):
        request.order = "desc"
    elif request.has(r"(?:flip|reverse) (?:it|that|the order|the sort)"):
        request.order = "asc"  # "list accounts, flip it": the other way from the default, newest first
    verb_open = (
        rx.search(
            r"\bopen (?:up )?(?:the|that|this|it|its|his|her|him|them|their|my|a|an|any|me|#|qq\w+|"
            r"(?:conversation|convo|chat|ticket|thread|contact|company|profile|transcript)s? (?:#|qq|number|id)|"
            r"(?:\w+ ){0,2}\w+'s (?:\w+ )?(?:one|convo|conversation|ticket|chat|thread)\b(?!s)|"
            r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|latest|newest|"
            r"oldest) "
            r"(?:one|convo|conversation|ticket|chat|thread|result)\b)\b",  # "open third one"
            text,
        )
        or rx.search(
            r"\b(?:did (?:\w+ ){0,4}?|ever |never )open (?:any |an? )?"
            r"(?:\w+ )?(?:tickets?|convos?|conversations?|chats?)\b",
            text,
        )
        or rx.search(r"\b(?:tickets?|convos?|conversations?|chats?) (?:did|have|has|had) (?:\w+ ){1,3}?open\b", text)
    )
    # "did any of them open tickets", "how many tickets did customers open"
    states = r"open|closed|snoozed|resolved|solved|unresolved"
    if rx.search(
        rf"\b(?:{states})(?: (?:or|and|/) (?:{states}))+,? (?:doesn'?t|does not|don'?t|do not) matter\b", text
    ):
        text = request.text = rx.sub(rf"\b(?:{states})\b", "", text)  # "closed or open doesn't matter": neither
    if rx.search(rf"\b(?:doesn'?t|does not|don'?t|do not) matter (?:if|whether) (?:\w+ )?(?:{states}) or", text) or (
        rx.search(r"(?<!not )\b(?:including|incl|inc|plus)(?: ?\.)? (?:the )?(?:closed|snoozed)\b", text)
    ):  # "login convos this month incl closed": any state
        text = rx.sub(rf"\b(?:{states})\b", "", text)  # "doesnt matter if open or closed": neither
    text = state_asked_about(text)  # "whether her billing question ever got resolved": any state
    aside = rx.compile(  # "not the closed or snoozed stuff", "except snoozed": states set aside are not the one asked
        rf"\b(?:not|no|none of|except|exclud(?:e|ing)|without|other than|neither|leave out|leaving out|minus|aren'?t|"
        rf"isn'?t|drop|ditch|skip|hide|ignore|filter out|lose)"
        rf"(?: the| any)? (?:{states})(?: ones)?(?:,? (?:or|and|/|nor)(?: the)? (?:{states})(?: ones)?)*\b"
    )
    kept = aside.sub(" ", text)
    excluded = {w for m in aside.finditer(text) for w in rx.findall(rf"\b(?:{states})\b", m.group(0))}
    rest = {"open", "closed", "snoozed"} - {"closed" if w in ("resolved", "solved") else w for w in excluded}
    unclosed = r"\b(?:nobody|no one|not|never|haven'?t|hasn'?t|isn'?t|aren'?t|wasn'?t|weren'?t)(?: \w+){0,2} "
    only = rx.search(  # "the closed ones are accounted for, so only the ones that are still open": open
        rf"\b(?:only|just) (?:the )?(?:ones? )?(?:that|which) (?:are|were|is) (?:still )?({states})\b", kept
    )
    if only is not None:
        request.state = {"resolved": "closed", "solved": "closed", "unresolved": "open"}.get(only[1], only[1])
    elif len(rest) == 1 and not rx.search(rf"\b(?:{states})\b", kept):
        request.state = rest.pop()  # "neither closed nor snoozed": open
    elif rx.search(unclosed + r"(?:closed|resolved|solved|answered)\b", kept):
        request.state = "open"  # "that nobody has closed yet"
    elif rx.search(r"\bsnoozed?\b", kept):
        request.state = "snoozed"
    elif rx.search(r"\b(?:closed|resolved|solved)\b", kept):
        request.state = "closed"
    elif (
        rx.search(r"\b(?:unresolved|pending|awaiting|backlogs?)\b", kept)  # a backlog: what is still open
        or (rx.search(r"\bopen\b", kept) and not verb_open)
        or rx.search(r"\b(?:are|is|still|only|just|the|her|his|their|any) open\b", kept)  # "open her open ticket"
        or rx.search(r"\b(?:only|just|the|still) opened (?:ones|conversations|convos|tickets|chats)\b", kept)
        or rx.search(r"\b(?:still|are|is) opened\b(?! (?:by|on|in|at|since|from|after|before|last|this))", kept)
    ):
        request.state = "open"
    named_at = request.person.start if request.person is not None else None
    request.ordinal = position(request.text, request.tokens, named_at)  # "the 7th kai fischer"
    said = [i for i, t in enumerate(request.tokens) if t in ORDINALS]
    items = [i for i in said if request.tokens[i + 1 : i + 2] not in (["message"], ["reply"], ["msg"], ["response"])]
    if len(items) < len(said) and len(items) <= 1:  # "just the last message", "the last message of the 3rd": a
        request.ordinal = ORDINALS[request.tokens[items[0]]] if items else None  # part, not the list's last
    if request.order and request.has(
        r"(?:oldest|newest|latest|earliest|most recent|older|newer)(?: ones?)? (?:at|on) (?:the )?top(?! one| \w+ one)"
    ):
        request.ordinal = None  # "flip it, oldest at the top": an order, not the one at the top
    if request.ordinal is None:  # "and the second globex?": which of the companies of that name
        shared = [m for m in request.names if m.ambiguous and m.start >= 2 and request.tokens[m.start - 2] == "the"]
        shared += [  # "and the last lumen group guy": the last of that company's people
            m
            for m in request.names
            if m.kind == "company"
            and m.start >= 2
            and request.tokens[m.start - 2] == "the"
            and request.tokens[m.end : m.end + 1] in (["guy"], ["person"], ["lady"], ["contact"], ["user"], ["one"])
        ]
        if shared and (word := request.tokens[shared[0].start - 1]) in ORDINALS and word not in ("latest", "newest"):
            request.ordinal = ORDINALS[word]
    for m in request.names if request.ordinal is None else ():  # "back to willow systems 2nd person": its 2nd
        pick, then = request.tokens[m.end : m.end + 1], request.tokens[m.end + 1 : m.end + 2]
        if m.kind == "company" and pick and pick[0] in ORDINALS and then and then[0].removesuffix("'s") in PEOPLE:
            request.ordinal = ORDINALS[pick[0]]
            break


PEOPLE = ("person", "guy", "lady", "contact", "user", "customer", "one")
__all__ = ["Count", "Utterance", "read"]
