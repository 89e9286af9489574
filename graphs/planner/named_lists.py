"""Things named together in one message and taken one at a time: "acme and globex - who's at each? start with
acme", "events for usr_00166 and usr_00091 - first one first", "login and password issues since october - do
login first". The request is answered for the one said to come first; later "now the other one", "and the
third?", "the middle one", "back to the first guy, same thing" or "now password" ask the same of another of
them, while the conversation is still on them (the last call was about one). Also the answer to "which one do
you mean: tidal works, tidal group?" put into the request it was asked about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from graphs.planner import needles as rx
from graphs.planner.gazetteer import Names
from graphs.planner.identifiers import EMAIL_PATTERN
from graphs.planner.reading import read
from graphs.planner.topics import TOPIC_WORDS, singular

PLACE = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1, "middle": None}
POSITION = r"first|second|third|last|middle|1st|2nd|3rd"
CUE = rx.compile(
    r"\s*(?:[-—–,.;:]\s*)?\b(?:(?:pls|please|ok|so|but) )?"
    rf"(?:start(?:ing)? with (?:the )?(?:(?P<at>{POSITION})(?: one)?|"
    rf"(?P<named>[\w@.+-]+(?: [\w-]+)?))|(?:do |show |open |pull |give me )?(?:the )?(?:(?P<at2>{POSITION})(?: one)?|"
    rf"(?P<named2>[\w@.+-]+)) first)\b",
    re.IGNORECASE,
)
COMPARED = rx.compile(r"^\s*(?:pls |please |can you |could you )?compare\b", re.IGNORECASE)
EACH = rx.compile(r"\b(?:each|both|all (?:two|three|of them)|either)\b|\bfirst\b", re.IGNORECASE)
FOLLOW = rx.compile(
    r"^(?:(?:ok|okay|and|now|so|then|back to|go back to|what about|how about)\W+)*(?:the )?"
    rf"(?P<at>other|next|{POSITION})(?: one| guy| person| company| account| lady| user| id| convo| conversation)?"
    r"(?P<rest>\s*(?:,?\s*(?:same thing|same|too|again|please|pls|then))?)\W*$",
    re.IGNORECASE,
)
BY_WORD = rx.compile(r"^(?:(?:ok|okay|and|now|so|then)\W+)+([\w@.+-]+)(?: (?:too|next|then|please|pls))?\W*$", re.I)
CONNECTOR = r"(?:\s*(?:,|&|/|\band\b|\bor\b|\bwith\b|\bvs\.?|\bversus\b)\s*)"
WHICH_ONE = rx.compile(r"^Which one do you mean: (?P<options>.+)\? Say its name\.$")


def _items(text: str, now: float, names: Names | None) -> list[str]:
    """The things of one kind this message names, two or more, in the order said (or [])."""
    for pattern in (EMAIL_PATTERN, r"\busr_\d+\b", r"(?<![\w#/.-])\d{6}(?![\w/.-])"):
        found = rx.findall(pattern, text)
        if len(set(found)) >= 2:
            return list(dict.fromkeys(found))
    if names is not None:
        said = read(text, now, names)
        low = text.casefold()
        written = [m.written for m in said.names if m.kind == "company" and m.written.casefold() in low]
        if len(set(written)) >= 2:
            return sorted(dict.fromkeys(written), key=lambda w: low.index(w.casefold()))
    pair = rx.search(r"\b([a-z]+)(?:,| and| &| or|/) ?([a-z]+)(?:,? (?:and|or) ([a-z]+))?\b", text.casefold())
    if pair and all(singular(w) in TOPIC_WORDS for w in pair.groups() if w):
        return [w for w in pair.groups() if w]  # "login and password issues"
    return []


def _place(at: str, items: list[str]) -> int | None:
    spot = PLACE.get(at.casefold())
    if spot is None:
        return len(items) // 2 if len(items) % 2 == 1 else None  # the middle one, of three
    return spot if -len(items) <= spot < len(items) else None


def _pick(said: str, items: list[str]) -> int | None:
    fits = [i for i, item in enumerate(items) if said.casefold() in item.casefold().split() + [item.casefold()]]
    return fits[0] if len(fits) == 1 else None


def _first(text: str, items: list[str]) -> int | None:
    """Which of the things named together the message says to take first, or None."""
    cue = CUE.search(text)
    if cue is None:
        return 0 if COMPARED.search(text) else None  # "compare lumen group with tidal works": the first
    at = cue["at"] or cue["at2"]
    return _place(at, items) if at else _pick(cue["named"] or cue["named2"], items)


def one_at_a_time(text: str, history: Sequence[BaseMessage], now: float, names: Names | None) -> str:
    """The request for one of the things named together (see the module's docstring), or ``text`` as it is."""
    text = _chosen(text, history)
    cue = CUE.search(text)
    items = _items(text, now, names) if cue is not None or COMPARED.search(text) else []  # (most say no order)
    if items and (index := _first(text, items)) is not None:
        at = "first" if cue is None else cue["at"] or cue["at2"]
        kept = text if cue is None or not at else text[: cue.start()] + text[cue.end() :]  # (a name kept)
        for i, item in enumerate(items):
            if i != index % len(items):
                joined = CONNECTOR + ("?" if at else "")  # (named first: only a thing listed with it)
                kept = rx.sub(rf"{joined}{re.escape(item)}", "", kept, count=1, flags=re.IGNORECASE)
        return rx.sub(r"^\W+|\s+(?=[,.?!])|(?<=[-—–])\s*[,;]", "", kept).strip() or text
    return _another(text, history, now, names) or text


def _another(text: str, history: Sequence[BaseMessage], now: float, names: Names | None) -> str | None:
    """'now the other one', 'and the third?', 'back to the first guy, same thing', after one of the things
    named together was asked about: the same asked of that one."""
    follow, by_word = FOLLOW.match(text), BY_WORD.match(text)
    if follow is None and by_word is None:
        return None
    humans = [i for i, m in enumerate(history) if isinstance(m, HumanMessage)][-6:]
    for i in reversed(humans):
        said = str(history[i].content)
        items = _items(said, now, names)
        if not items or not (CUE.search(said) or EACH.search(said)):
            continue
        calls = [m for m in history[i:] if isinstance(m, AIMessage) and m.tool_calls]
        if not calls:
            return None
        last = " ".join(str(v) for v in calls[-1].tool_calls[0]["args"].values()).casefold()
        used = [k for k, item in enumerate(items) if item.casefold() in last]
        if len(used) != 1 or not any(isinstance(m, ToolMessage) for m in history[i:]):
            return None
        if follow is not None and follow["at"].casefold() not in ("other", "next") and _asked_which(history):
            return None  # "the second one" answers the "which one?" the last name got, not the list named
        if follow is not None:
            at = follow["at"].casefold()
            if at == "other":
                index = 1 - used[0] if len(items) == 2 else None
            elif at == "next":
                index = used[0] + 1 if used[0] + 1 < len(items) else None
            elif at in ("first", "1st") and rx.search(r"\bback\b", text):
                index = _first(said, items)  # "back to the first": the one taken first
            else:
                index = _place(at, items)
        elif by_word is not None:
            index = _pick(by_word[1], items)  # "ok now omar", "now password"
        else:
            return None
        return None if index is None else f"what about {items[index]}?"
    return None


def _asked_which(history: Sequence[BaseMessage]) -> bool:
    """Whether the last answer was candidates for an ambiguous name ("2 companies match 'Globex': ...")."""
    last = next((m for m in reversed(history) if isinstance(m, ToolMessage)), None)
    return last is not None and rx.search(r"^\d+ \w+ match .*\. Which one\? Pass", str(last.content)) is not None


def _chosen(text: str, history: Sequence[BaseMessage]) -> str:
    """The request the planner asked "which one?" about, with the company the answer picks put in."""
    if len(history) < 2 or not isinstance(history[-1], AIMessage) or not isinstance(history[-2], HumanMessage):
        return text
    if (asked := WHICH_ONE.match(str(history[-1].content))) is None:
        return text
    options = rx.split(r", | or ", asked["options"])
    said = set(rx.findall(r"\w+", text.casefold()))
    picked = [o for o in options if said and said <= set(o.casefold().split()) | {"the", "one", "please", "pls"}]
    if len(picked) != 1:
        return text
    before = str(history[-2].content)
    first = picked[0].split()[0]
    if not rx.search(rf"\b{re.escape(first)}\b", before, re.IGNORECASE):
        return f"{picked[0]}: {before}"  # "the finance company on that page, who works there" - "tidal group"
    return rx.sub(rf"\b{re.escape(first)}\b", picked[0], before, count=1, flags=re.IGNORECASE)


__all__ = ["one_at_a_time"]
