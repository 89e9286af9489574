"""Who or what a request names in words: the workspace's companies, segments and teams (from its
gazetteer, any case), a person's name, or, when the gazetteer does not know it, a company by where the
name stands ("who works at Initech").

A segment or team whose name is also an everyday word ("Billing", "Leads", "Support") counts only beside
its kind ("the billing team", "the Leads segment") or in quotes; a company may be named by a word of its
name that only it has ("acme" for Acme Corp).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.first_names import FIRST_NAMES, SURNAMES, WORDLIKE_GIVEN
from graphs.planner.gazetteer import EMPTY, Names, fold
from graphs.planner.name_index import by_start, first_words, starting, words_of
from graphs.planner.topics import STOP, TOPIC_WORDS
from graphs.planner.words import COMMON, INTERJECTIONS, VOCABULARY, corrected_tokens, distance

KIND_NOUNS = {"segment": {"segment", "segments"}, "team": {"team", "teams"}}
KNOWN = VOCABULARY | COMMON | STOP | {
    "tell", "me", "what", "who", "whos", "how", "hey", "hi", "hello", "can", "could", "should", "would",
    "please", "thanks", "ok", "okay", "yes", "no", "is", "does", "did", "do", "has", "in", "at", "to",
    "customer", "view", "i", "we", "it", "ever", "talked", "been", "up", "going", "on", "once", "random", "least",
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "you", "log", "logged", "ask", "asked",
    "now", "then", "instead", "back", "go", "fine", "again", "actually", "right", "sure", "cool", "great", "thx",
    "hmm", "well", "so", "but", "same", "also", "too", "pls", "plz", "really", "yeah", "yep", "nope", "hm",
    "nothing", "jump", "flip", "skip", "bump", "make", "gimme", "deal", "exactly", "thread", "whole",
    "cut", "trim", "shorten", "shorter", "long", "longer", "reduce", "fewer", "less", "smaller", "bigger", "widen",
    "narrow", "expand", "extend", "sorry", "meant", "mean", "vs", "versus", *INTERJECTIONS,
}  # fmt: skip
CAPITALISED = rx.compile(r"[A-Z][a-z]+(?:'s)?")
COMPANY_SUFFIXES = frozenset(
    "corp corporation inc incorporated ltd llc gmbh plc co company group labs lab systems partners analytics "
    "logistics works health technologies tech solutions software industries holdings ventures capital studio "
    "studios media networks consulting bank insurance".split()
)


@dataclass(frozen=True)
class Mention:
    """A name in the request: its kind, as written, as the workspace spells it, and where it stands."""

    kind: str  # "company", "segment", "team" or "person"
    written: str
    name: str
    start: int
    end: int
    entries: tuple[dict[str, Any], ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.entries) > 1


def _key(tokens: Sequence[str]) -> str:
    return fold(" ".join(t.removesuffix("'s").strip("'\"") for t in tokens))


ABBREVIATIONS = {"grp": "group", "ptnrs": "partners", "intl": "international", "sys": "systems"}


def workspace(cased: Sequence[str], names: Names = EMPTY) -> list[Mention]:
    """The workspace names in ``cased`` (the request's tokens, case kept), longest first, never overlapping."""
    low = [t.lower() for t in cased]
    folded = [fold(t.removesuffix("'s").strip("'\"")) for t in low]  # each word folded once, not per n-gram
    found: list[Mention] = []
    i = 0
    while i < len(low):
        for size in (4, 3, 2, 1):
            if i + size > len(low):
                continue
            words = folded[i : i + size]
            key = " ".join(words) if all(words) else _key(low[i : i + size])
            mention = _match(key, cased, low, i, size, names)
            if mention is not None:
                found.append(mention)
                i += size
                break
        else:
            i += 1
    return found


def _near(key: str, names: Names) -> str | None:
    """A company name ``key`` misspells (each word one edit away at most, the first word's letter kept)."""
    words = key.split()
    if len(words) >= 3 and (heard := _near(" ".join([words[0] + words[1], *words[2:]]), names)) is not None:
        return heard  # "ack me corp": a name's first word heard as two
    if len(words) < 2 or any(len(w) < 3 or not w.isalpha() for w in words):
        return None
    index = by_start(names)
    candidates = [c for letter in key[0] + SOUNDS_ALIKE.get(key[0], "") for c in index.get((letter, len(words)), ())]
    if not candidates:
        return None  # no company's name starts with that letter and has that many words
    if any(w in KNOWN and w not in words_of(names) for w in words):
        return None  # "show the events": a word of the planner's own, in no company's name
    found = [name for name, parts in candidates if all(map(_alike, words, parts))]
    return found[0] if len(found) == 1 else None


SOUNDS_ALIKE = {"z": "xs", "x": "z", "c": "k", "k": "cq", "q": "k", "s": "cz"}  # "zenon works": Xenon Works


def _alike(said: str, name: str) -> bool:
    """Whether a word of a company's name was typed one slip off or spelt as it sounds ("zefir": zephyr)."""
    return distance(said, name, 1) <= 1 or _sound(said) == _sound(name)


def _sound(word: str) -> str:
    for spelt, said in (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("z", "s"), ("y", "i"), ("ee", "i")):
        word = word.replace(spelt, said)
    return re.sub(r"(\w)\1+", r"\1", word)


def _match(key: str, cased: Sequence[str], low: Sequence[str], i: int, size: int, names: Names) -> Mention | None:
    if key not in names.companies and size > 1 and (near := _near(key, names)) is not None:
        key = near  # "juniper logistcs"
    heard = size == 2 and all(w.isalpha() and len(w) > 2 and w not in KNOWN for w in key.split())
    if heard and key not in names.companies:  # "glow bex": a name heard as two words
        joined = key.replace(" ", "")
        close = [f for f in starting(names).get(joined[0], ()) if len(joined) >= 6 and distance(joined, f, 1) <= 1]
        if len(close) == 1 and (one := _match(close[0], cased, low, i, 1, names)) is not None and one.end == i + 1:
            return Mention(one.kind, " ".join(cased[i : i + 2]), one.name, i, i + 2, one.entries)
    if size > 1 and key not in names.companies and key not in names.segments and key not in names.teams:
        return None  # nothing of several words to find (the one-word rules below are for single words)
    written = " ".join(t.removesuffix("'s").strip("'\"") for t in cased[i : i + size])
    if key in names.companies:
        entries = names.companies[key]
        return Mention("company", written, entries[0]["name"], i, i + size, entries)
    for kind, table in (("segment", names.segments), ("team", names.teams)):
        if key not in table and (size > 1 or len(key) < 5 or not key.isalpha() or key in KNOWN):
            continue
        beside = {w for j in (i - 1, i + size) if 0 <= j < len(low) for w in (low[j], *corrected_tokens([low[j]]))}
        listed = kind == "segment" and low[i + size : i + size + 1] == ["list"]  # "my Enterprise list" (not "list
        beside |= {"segment"} if listed else set()  # leads and users": the verb before it)
        if key not in table:  # "the Entreprise segment": one slip from one of its names, said with the kind
            slips = (
                [n for n in table if distance(key, n, 2) <= (1 if len(n) < 8 else 2)]
                if beside & KIND_NOUNS[kind]
                else []
            )
            if len(slips) != 1:
                continue
            return Mention(kind, written, table[slips[0]]["name"], i, i + size, (table[slips[0]],))
        quoted = cased[i].startswith(("'", '"')) or (i > 0 and cased[i - 1] in ("'", '"'))
        own = kind == "segment" and key not in KNOWN and key not in TOPIC_WORDS and len(key) >= 5  # "trialists",
        own = own and not set(low) & {"contacts", "companies", "conversations", "convos", "tickets", "events"}  # alone
        on = kind == "team" and low[max(0, i - 2) : i] in (["who's", "on"], ["whos", "on"], ["is", "on"], ["are", "on"])
        if size > 1 or beside & KIND_NOUNS[kind] or quoted or own or on:  # ("who's on support": that team)
            return Mention(kind, written, table[key]["name"], i, i + size, (table[key],))
    if size == 1 and (run := names.squeezed.get(key)) is not None:  # "birchlabs", "churnrisk"
        kind, full = run
        entries = names.companies[full] if kind == "company" else (getattr(names, kind + "s")[full],)
        return Mention(kind, cased[i], entries[0]["name"], i, i + 1, entries)
    if size == 1 and len(key) >= 5 and key.isalpha() and key not in KNOWN:
        firsts = {first for first in starting(names).get(key[0], ()) if distance(key, first, 1) <= 1}
        key = firsts.pop() if len(firsts) == 1 else key  # "glbex": globex
    if size == 1 and len(key) >= 4 and key.isalpha() and key not in KNOWN:
        by_first, suffixes = first_words(names)
        owners, seconds = by_first.get(key, ([], frozenset()))
        after = low[i + 1].strip("'\"").removesuffix("'s") if i + 1 < len(low) else ""
        word = cased[i + 1].strip("'\"").removesuffix("'s") if i + 1 < len(cased) else ""
        after = ABBREVIATIONS.get(after, after)  # "lumen grp"
        titled = word[:1].isupper() and not word.isupper()  # "Fjord Works", not "acme QBR"
        named = after.isalpha() and (after in suffixes or titled)
        if after in suffixes and (full := _key([key, after])) in names.companies:
            entries = names.companies[full]
            return Mention("company", " ".join(cased[i : i + 2]), entries[0]["name"], i, i + 2, entries)
        if owners and named and after not in seconds:
            # "Fjord Works": a name the workspace's list does not show (Intercom lists only companies with users)
            two = _key(cased[i : i + 2])
            return Mention(
                "company", " ".join(t.removesuffix("'s").strip("'\"") for t in cased[i : i + 2]), two, i, i + 2
            )
        if owners:  # "acme": the first word of a company's name
            name = owners[0]["name"] if len({c["name"] for c in owners}) == 1 else written
            return Mention("company", written, name, i, i + 1, tuple(owners))
    return None


def person(cased: Sequence[str], taken: set[int]) -> Mention | None:
    """A person's name: two or three capitalised words that are not known words or workspace names."""
    i = 0
    while i < len(cased):
        j = i
        while j < len(cased) and j - i < 3 and j not in taken and CAPITALISED.fullmatch(cased[j]):
            if cased[j].lower().removesuffix("'s") in KNOWN:
                break
            j += 1
        if j - i >= 2 and cased[j - 1].lower().removesuffix("'s") in COMPANY_SUFFIXES:
            i = j  # "Initech Corp": a company's name, not a person's
            continue
        if j - i >= 2:
            written = " ".join(t.removesuffix("'s") for t in cased[i:j])
            return Mention("person", written, written, i, j)
        i = max(j, i + 1)
    return None


PERSON_CUES = (
    r"who is|who's|whos|(?:tell me|know|info|information|details|everything) (?:about|on)|profile (?:for|of)|"
    r"360 (?:for|on|of)|overview (?:of|for)|(?:up|going on) with|look up|lookup|pull up|what about|how about|"
    r"(?:everything|all) (?:we have |we've got |you have |we know )?(?:on|about)|"
    r"from|with|same for|same thing for|same check for|and for|now for|360 view (?:of|for|on)|view (?:of|for|on)|"
    r"picture (?:of|for|on)|profile (?:of|for)|meant|wrong (?:one|person|guy|contact)(?: ,)?|"
    r"not (?:her|him|that one)(?: ,)?|find|locate|track down|dig up|search for|look for|looking for|"
    r"catch (?:me )?up on|brief me on|fill me in on|update on|background on|rundown on|anything on"
)
DEALING = (  # someone the person is about to deal with: "calling grace silva back", "meeting with tara diaz"
    r"calling|call with|(?:to|gonna|will|i'll|before i|let me) call|"
    r"ringing|meeting(?: with)?|talking to|speaking (?:to|with)|spoke (?:to|with)|"
    r"heard (?:back )?from|hearing from|prep(?:ping)? for(?: a call with)?|chatting with|catching up with"
)


NOT_SURNAMES = {
    "whatever",
    "whoever",
    "whichever",
    "everything",
    "anything",
    "something",
    "nothing",
    "else",
    "guy",
    "girl",
    "lady",
    "dude",
    "fellow",
    "chap",
    "character",
    "person",
    "woman",
    "man",
    "kid",
    "here",
    "inside",  # "with the text inside"
    "included",
}
NOT_SURNAMES |= set(  # "has felix written in about anything else": a verb, not his surname
    "written wrote writes emailed reached messaged complained raised already gotten reported mentioned said spoken "
    "chatted filed submitted".split()
)
NOT_SURNAMES |= set(  # "adoption snapshot for willow systems": a report asked for, not a person
    "snapshot summary rundown recap digest breakdown overview report review scorecard roundup".split()
)
NOT_SURNAMES |= set(  # "priya seems to be the only active one": a verb, not her surname
    "seems seemed appears appeared sounds sounded feels keeps kept needs wants says thinks".split()
)


NOT_GIVEN = frozenset(  # "wrong priya", "with the text inside"
    {"wrong", "right", "other", "correct", "same", "another", "different", "text", "content", "contents", "body"}
)


def _surname(word: str) -> bool:
    """A known surname, or one typed with a slip ("grace silvaa": the workspace is asked whom it means)."""
    return word in SURNAMES or (len(word) >= 4 and any(distance(word, s, 1) <= 1 for s in SURNAMES))


def lowercase_person(low: Sequence[str], taken: set[int]) -> Mention | None:
    """A person named in lower case, where a name is expected ("who is priya patel", "what has lena
    evans been up to"): two unknown words after a cue, or before "been"."""
    text = " ".join(low)
    after = (
        r"(?=$| [:\-—,?!.]| been| up\b| (?:anyway|again|exactly|please|pls|now|here|there|lately|recently|for|too|"
        r"instead|as well|and)\b)"
    )
    opener = r"^(?:ok|okay|so|and|right|alright|now|also|then|hmm|fine|cool|thanks|thx)(?: ,| \.)? "
    pattern = rf"(?:\b(?:{PERSON_CUES}|has|did|does) (?:the )?|^|{opener})([a-z]{{2,}}) ([a-z]{{2,}})(?:'s)?{after}"
    possessive = r"\b([a-z]{2,}) ([a-z]{2,})'s(?= |$)"  # "felix rossi's profile", "and ben silva's convos"
    opening = (  # "dev adams is escalating", "sam okafor at acme says": a name that opens the message
        r"^([a-z]{2,}) ([a-z]{2,}) (?:at \w+(?: \w+)? )?(?:says|said|is|was|has|keeps|wants|called|emailed|"
        r"reported|complained|can'?t|cannot|just|left|sent|wrote|gave|posted|asked|mentioned|what'?s|whats|hows|"
        r"how'?s)\b"
    )
    dealing = rf"\b(?:{DEALING}) ([a-z]{{2,}}) ([a-z]{{2,}})\b"
    whether = r"\b(?:if|whether) ([a-z]{2,}) ([a-z]{2,}) (?:has|have|had|is|was|did|does|ever|got|still|already)\b"
    found = (pattern, possessive, opening, dealing, whether)
    for m in (match for p in found for match in rx.finditer(p, text)):
        first, last = m.group(1), m.group(2)
        if first in KNOWN or last in KNOWN or first.endswith("ing") or last in NOT_SURNAMES or first in NOT_GIVEN:
            continue
        if {first, last} & TOPIC_WORDS or last.endswith("ing"):  # "slack integration - anything open?"
            continue
        if first.endswith("ly") and first not in FIRST_NAMES and last not in SURNAMES:
            continue  # "mostly inactive. show me all of them": a remark, not a person
        if m.start(1) == 0 and text[m.end(2) :].startswith(" :") and not (first in FIRST_NAMES or last in SURNAMES):
            continue  # "audit sample: contacts page 3": a label, not a person

        start = len(text[: m.start(1)].split())
        if start in taken or start + 1 in taken:
            continue
        return Mention("person", f"{first} {last}", f"{first} {last}", start, start + 2)
    for i, (first, last) in enumerate(zip(low, low[1:], strict=False)):  # "has omar khan ever contacted support"
        last = last.removesuffix("'s")
        given = first in FIRST_NAMES or (first in WORDLIKE_GIVEN and _surname(last))  # "grace silva", not "dev team"
        if given and last.isalpha() and len(last) >= 2 and i not in taken and i + 1 not in taken:
            verb = last.endswith("ed") and last not in SURNAMES  # "the thread priya forwarded me"
            if last not in KNOWN and last not in NOT_SURNAMES and last not in TOPIC_WORDS and not verb:
                if last in FIRST_NAMES and last not in SURNAMES:
                    continue  # two given names; "kai chen" is a person
                return Mention("person", f"{first} {last}", f"{first} {last}", i, i + 2)
    return None


_WORD = r"[A-Z0-9](?:[\w&.-]|'(?!s\b))*"
_NAME = rf"{_WORD}(?: (?:&|and|of) {_WORD}| {_WORD})*?"
_CONTACTS = r"contacts?|users?|people|folks|members|customers?|employees|staff|leads?"
SUFFIXES = (
    r"partners|group|labs|systems|logistics|analytics|works|inc|ltd|llc|corp|gmbh|technologies|solutions|holdings"
)
_TAIL = rx.compile(
    rf"(?:'s)?(?: (?:{_CONTACTS}|recently|lately|please|now|with|and|along|their|events?|activity|doing|done))+$", re.I
)
_NOT_NAMES = {"intercom", "our", "my", "the workspace", "workspace", "us", "it", "them", "this", "that", "company", "i"}
_NOT_NAMES |= set(  # "the other user from the trace": where they were seen, not a company
    "trace stacktrace log logs screenshot error report spreadsheet sheet csv export dashboard doc thread qbr meeting "
    "demo webinar standup kickoff call".split()  # ("the contact from the QBR": a meeting, not a company)
)


def _clean(name: str) -> str | None:
    name = _TAIL.sub("", name.strip(" \"'?.!,:;")).strip(" \"'?.!,:;")
    name = rx.sub(r"^(?:the|company|companies|all|our) ", "", name, flags=re.I).strip()
    if (
        not name
        or name.startswith("qq")
        or name.lower() in _NOT_NAMES
        or len(name) < 2
        or name.lower().split()[0] in KNOWN | _NOT_NAMES
        or rx.fullmatch(r"(?:q[1-4]|h[12]|fy\d{2,4}|\d{4})(?: \d{4})?", name.lower())  # "accounts for Q4"
    ):
        return None
    return name


NOT_A_COMPANY_AFTER = (
    r" (?:deck|call|meeting|report|slides?|doc|document|review|sync|presentation|demo|thread|support|team|"
    r"channel|board|sheet|spreadsheet|dashboard)\b"
)


def unknown_company(raw: str, low: str) -> str | None:
    """A company the gazetteer does not know, named where a company stands ("people at Initech")."""
    patterns = [
        rf"\b(?:at|from|within|for|to) (?:the )?(?:company |account )?(?P<name>{_NAME})(?=$|[?,.!:;&+]| [a-z]|'s)",
        rf"(?P<name>{_NAME})'s (?:{_CONTACTS})",
        rf"^(?P<name>{_NAME})(?::| -)? (?:{_CONTACTS})\b",
    ]
    for pattern in patterns:
        for m in rx.finditer(pattern, raw):
            if rx.match(NOT_A_COMPANY_AFTER, raw[m.end() :]):
                continue  # "a number for the POC deck", "ratio for B2B SaaS support"
            name = _clean(m.group("name"))
            if name and not rx.fullmatch(rf"(?:{_CONTACTS}|\d+|\d{{4}}-\d\d-\d\d)", name, re.I):
                return name
    suffixed = rx.search(  # "amber partners contacts", "people umber systems": a company's kind of name, in lower case
        rf"(?:^|\b(?:{_CONTACTS}) (?:of )?)(?!(?:our|the|my|their|all|any|some|his|her|its|which|what|each)\b)"
        rf"(?P<name>[a-z][\w&'-]* (?:{SUFFIXES}))(?=$|[?,.!:;]| (?:{_CONTACTS})\b|'s\b)",
        low,
    )
    if suffixed is not None:
        return _clean(suffixed.group("name"))
    asked = rx.search(  # "is there a company called initech?", "is initech one of our companies?"
        r"\b(?:company|account|customer|client|org|organi[sz]ation) (?:called|named) (?P<name>[a-z][\w&.' -]*?)"
        r"(?=$|[?,!:]| (?:in|on|with|at) (?:intercom|our|the|here)\b)|^(?:is|are) "
        r"(?!(?:there|it|this|that|they|these|those|he|she|we|you)\b)(?P<other>[a-z][\w&.' -]*?) "
        r"(?:one of (?:our|the|my) |in (?:our|the) (?:list of )?|(?:an?|our) (?:existing |current |paying )?)"
        r"(?:compan(?:y|ies)|customers?|clients?|accounts?)\b(?!-)",
        low,
    )
    if asked is not None and (name := _clean(asked.group("name") or asked.group("other"))):
        typed = rx.search(rf"\b{re.escape(name)}\b", raw, re.IGNORECASE)
        return typed.group(0) if typed else name  # as typed: "Initech"
    lowered = rx.search(
        rf"\b(?:(?:{_CONTACTS}|everyone) (?:at|from|in)|works? (?:at|for)|who'?s at|attached to|belongs? to)"
        r" (?:the )?(?:company )?(?P<name>[a-z][\w&.' -]+?)"
        r"(?=$|[?,!:]| and | with | along| &| \+| (?:been|has|have|do|did|is|are)\b)",
        low,
    )
    return _clean(lowered.group("name")) if lowered else None


def meant(found: list[Mention], tokens: list[str]) -> list[Mention]:
    """The names a request means: "Lumen not Birch. Lumen Group" means Lumen Group. A name right after
    "not" or "instead of" is set aside, and so is a partial name ("Lumen") another mention pins down."""
    if len(found) < 2:
        return found

    def negated(m: Mention) -> bool:
        before = [t.lower() for t in tokens[max(0, m.start - 2) : m.start]]
        return before[-1:] == ["not"] or before == ["instead", "of"] or before[-1:] == ["than"]

    def pinned(m: Mention) -> bool:
        ids = {e.get("id") for e in m.entries}
        return len(ids) > 1 and any(
            o is not m and o.kind == m.kind and len(o.entries) == 1 and o.entries[0].get("id") in ids for o in found
        )

    kept = [m for m in found if not pinned(m) and not negated(m)]
    return kept if any(m.kind == k.kind for m in kept for k in found) else found


__all__ = ["Mention", "lowercase_person", "meant", "person", "unknown_company", "workspace"]
