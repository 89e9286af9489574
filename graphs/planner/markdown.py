"""A request written with formatting, as pasted from a doc, a ticket or a notes app, read as its words:

- emphasis taken off ("**login**", "_open_", "__snoozed__"; a single "*export" stays, a correction);
- a heading line ("## Bug triage") is a label; with a "Context" part and an "Ask" part (as headings or as
  "Context: ... Ask: ..."), the ask is the request; "Q:", "TL;DR:", "Ask:" are labels;
- list items ("1. state: snoozed", "• 2nd contact", "- full profile") are one request, its parts joined;
- table cells ("list contacts | per page: 100 | page: 2") are the parts of one request, and a two-column
  table of settings ("| per_page | 30 |") sets the request below it; a CRM's row pasted above a question is
  the record its first cell names ("pasted from the CRM: 'Globex | Stage: Negotiation'");
- a signature below the request ("– Mo, T2 support") is no part of it.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx

EMPHASIS = rx.compile(
    r"\*\*([^*\n]+?)\*\*|__([^_\n]+?)__|(?<![\w*])\*(\w[^*\n]*?)\*(?![\w*])|(?<!\w)_([^_\n]+?)_(?!\w)"
)
LABEL = r"(?:ask|request|question|q|todo|to-?do|task|need|needed|tl;?dr|tldr|summary|goal|the ask|action)"
HEADING = rx.compile(r"^[ \t]*#{1,6}[ \t]+[A-Za-z][^\n]*$", re.MULTILINE)
CONTEXT = rx.compile(
    r"(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?(?:context|background|situation|why|fyi)\b[ \t]*:?[ \t]*(?:\n|(?=\S))",
    re.IGNORECASE,
)
ASK = rx.compile(rf"(?:^|\n)[ \t]*(?:#{{1,6}}[ \t]+{LABEL}[ \t]*:?[ \t]*(?:\n|$)|{LABEL}[ \t]*:[ \t]*)", re.IGNORECASE)
ITEM = rx.compile(r"^[ \t]*(?:[-*•◦▪►‣→]|\d{1,2}[.)]|[a-z][.)](?= ))[ \t]+", re.MULTILINE | re.IGNORECASE)
SIGNATURE = rx.compile(r"\n[ \t]*(?:--|[-–—~])[ \t]*[A-Z][\w.'-]*(?:[ ,/|@(][^\n]{0,40})?[ \t]*$")
CELLS = rx.compile(r"[ \t]*\|[ \t]*")
POINTING = r"\b(?:those|these|them|they|that|this|it|she|he|her|him|all of them)\b"
ROW_OF = rx.compile(  # "pasted from the CRM: 'Globex | Stage: Negotiation | Owner: Sam'": a row, its first cell a name
    r"^\s*(?:copied|pasted|grabbed|taken|lifted) (?:this |it )?(?:straight )?from (?:the|our|my|a|an) [^\n:]{1,40}:"
    r"\s*([\"']?)([^|\n\"':]{2,60}?)\s*\|[^\n]*?\1\s*\n+(?=\S)",
    re.IGNORECASE,
)
SETTING = rx.compile(  # "| per_page | 30 |": a setting and its value, a row of a two-column table pasted
    r"^[ \t]*\|[ \t]*(page|per[_ ]?page|limit|sort|order|state|status|since|before|after|top)[ \t]*\|"
    r"[ \t]*([^|\n]+?)[ \t]*\|[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _emphasis(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None)


def unformatted(text: str) -> str:
    """``text`` without its formatting (see the module); a text with none is returned as it is."""
    if not rx.search(r"[*_#|•\n]|\b(?:q|ask|tl;?dr|context)\s*:", text, re.IGNORECASE):
        return text
    text = ROW_OF.sub(r"\2 - ", SIGNATURE.sub("", text.rstrip()))
    if (settings := SETTING.findall(text)) and (asked := SETTING.sub("", text).strip()) and "|" not in asked:
        text = f"{asked}: " + ", ".join(f"{key.replace('_', ' ')} {value}" for key, value in settings)  # the ask, set
    asks = list(ASK.finditer(text))
    if (
        asks
        and (told := CONTEXT.search(text[: asks[-1].start()] + "\n")) is not None
        and text[asks[-1].end() :].strip()
    ):
        ask, context = text[asks[-1].end() :], text[told.end() : asks[-1].start()].strip()
        back = rx.search(POINTING, ask, re.IGNORECASE) and context  # "Ask: can u find those convos": the context's
        text = f"{ask.strip()} ({' '.join(context.split())})" if back else ask  # "Context: ... Ask: ...": the ask
    text = ASK.sub("\n", text)  # "Q: ...", "TL;DR: ...": labels
    body = HEADING.sub("", text)
    pointed = rx.search(POINTING, body, re.IGNORECASE) or ITEM.search(body)  # "## Teams / list all of them"
    text = (HEADING.sub(lambda m: f"{m.group(0).lstrip(' #')}:", text) if pointed else body) if "\n" in text else text
    if "*" in text or "_" in text:
        text = EMPHASIS.sub(_emphasis, text)
    if "|" in text and "\n" not in text.strip() and not rx.search(r"\|\|", text):  # (not a table pasted)
        text = CELLS.sub(", ", text).strip(", ")
        text = rx.sub(r"\b(per page|page|limit|top|state|since|before|after):\s*", r"\1 ", text, flags=re.I)
    lines = [line for line in text.splitlines() if line.strip()]
    others = [line for line in lines if not ITEM.match(line)]
    if len(others) < len(lines) and all(
        rx.search(r"\^|\babove\b|\b(?:these|those|that|this|them)\b", o) for o in others
    ):
        text = ", ".join(ITEM.sub("", line).strip().rstrip(",;") for line in lines)  # the items are the request
    # (meeting notes with a question under them are pasted: left to graphs.planner.pasted)
    return text.strip()


__all__ = ["unformatted"]
