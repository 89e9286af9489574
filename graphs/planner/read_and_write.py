"""A read and a write in one message ("show me 100322 and reply 'we're on it'", "find the open refund convos
from last week and close them"): the message is refused, since nothing here writes, and the reply offers the
read on its own; then "ok, just show me them" reads what was asked before the write, and "just the ones before
september 5 then" reads it narrowed. A request whose read only feeds the write ("pull everyone at delta group
into a spreadsheet and email it to me") offers nothing: what it would take is read by
:func:`graphs.planner.pairs.exported_instead`."""

from __future__ import annotations

import re

from graphs.planner import dialogue
from graphs.planner import needles as rx
from graphs.planner.decide import QUESTION, READ_ONLY, decide
from graphs.planner.gazetteer import Names
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance, read
from graphs.planner.writes import writes

OFFERED = READ_ONLY + " The reading part I can do on its own: say 'just show me' (or narrow it) and I will."

WRITE_AFTER = rx.compile(r"(?:\?|[.;,]|\band\b|\bthen\b)\s+(?:(?:and|then|also|pls|please)\s+)?(?=\w)", re.IGNORECASE)


ASKING = rx.compile(
    r"^(?:(?:ok|so|and|hey|hi)[\s,]+)?(?:(?:can|could|would) (?:you|u) |pls |please )?"
    r"(?:show|list|give|get|pull|find|fetch|how many|what|which|who|any|open|read|look up)\b",
    re.IGNORECASE,
)


def read_part(text: str, now: float, names: Names, state: dialogue.State) -> tuple[Plan, Utterance] | None:
    """The read asked before a write in one message ("how many contacts sit in churn risk? and delete that
    segment"): the read's plan, or None when the message asks nothing else or the write comes first, or the
    read only feeds the write ("pull everyone at delta group into a spreadsheet and email it over to me")."""
    if rx.search(r"\b(?:into|in|as|to) an? (?:spreadsheet|csv|excel|google sheet|sheet|file|pdf)\b", text, re.I):
        return None
    for m in WRITE_AFTER.finditer(text):
        before, after = text[: m.start()].strip(" ,;"), text[m.end() :]
        surprised = text[: m.end()].rstrip().endswith(("??", "!?")) and not rx.match(QUESTION, before, re.I)
        if not (before.endswith("?") and not surprised or ASKING.match(before)):
            continue  # a story before the write ("hugo weber is a spam lead, nuke him", "he's got 3 open??")
        asked = read(before, now, names)
        if writes(asked) or not writes(read(after, now, names)):
            continue
        decision = decide(asked, state)
        return (decision, asked) if isinstance(decision, tuple) else None
    return None


JUST_THE_READ = rx.compile(
    r"(?:(?:ok|okay|fine|alright|sure|then|so|right)[\s,.!]+)*(?:then )?(?:just |only )?(?:the )?"
    r"(?:show|read|give|get|list|pull|do|open)(?: me| us)?(?: it| that| them| those| the (?:read(?:ing)?(?: part)?|"
    r"list|results?|conversations?|convos?))?(?: then| instead| only| please| pls| here)*[.!]?"
)


def read_instead(r: Utterance, now: float, names: Names, state: dialogue.State) -> tuple[Plan, Utterance] | None:
    """After a read and a write refused together: the read, asked for alone ("ok then, just show me them") or
    narrowed ("just the ones before september 5 then"); None after anything else."""
    if state.unanswered is None:
        return None
    alone = rx.fullmatch(JUST_THE_READ, r.text) is not None
    narrowing = bool(r.dates or r.state) and not (r.identified or r.names or r.person or r.topic or writes(r))
    if not (alone or narrowing) or (offered := read_part(state.unanswered, now, names, state)) is None:
        return None  # (the earlier message is read again only when this one could take its read)
    if alone:
        return offered
    if narrowing:
        narrowed = read(f"{offered[1].text} {r.text}", now, names)
        decision = decide(narrowed, state)
        return (decision, narrowed) if isinstance(decision, tuple) else None
    return None


__all__ = ["OFFERED", "read_instead", "read_part"]
