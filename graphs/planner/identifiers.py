"""Identifiers in a request (emails, cursors, Intercom ids, external ids, conversation ids), masked before it is read.

Masking them first keeps the words around them readable ("events for qqemail0") and keeps each one
exactly as typed (cursors and ids are case-sensitive).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner import needles as rx

EMAIL_PATTERN = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an address, to be part of other patterns
EMAIL = rx.compile(rf"\b{EMAIL_PATTERN}\b")
HEX_ID = rx.compile(r"\b[0-9a-fA-F]{24}\b")
CURSOR = rx.compile(
    r"\b(?:starting[_ ]after|after cursor|cursor)[\s=:]*(?P<c>(?=[\w-]*[A-Za-z])[\w-]{8,}={0,2})"
    r"|\bafter[\s=:]+(?P<d>(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{8,}={0,2})"  # a base64 cursor
    r"|(?<![\w@.+-])(?P<e>(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?:(?=[\w-]*\d)[A-Za-z0-9_-]{16,}|"
    r"I[jm](?=[\w-]*[A-Z])[A-Za-z0-9_-]{6,15})={0,2})(?![\w@.-])"  # pasted: long and mixed, or a quoted value's
    # base64 ("IjEwMDU5NSI", "IjEwMDMwMSI": no digit in it)
)
EXTERNAL_ID = rx.compile(  # not a cloud region ("is aws us-east-1 down?")
    r"(?<![\w-])(?!(?:us|eu|ap|sa|ca|me|af|il)-(?:gov-)?(?:east|west|north|south|central|northeast|southeast|northwest|"
    r"southwest)-\d\b)(?!(?:day|week|wk|month|mo|year|yr|quarter|step|stage|phase|tier|level|top|page)-\d{1,3}\b)"
    r"(?=[A-Za-z0-9_-]*\d)[A-Za-z][A-Za-z0-9]*[_-][A-Za-z0-9_-]*\d[A-Za-z0-9_-]*\b",
    re.IGNORECASE,
)
TICKET_KEY = rx.compile(  # "repro for PAG-212:", "see JIRA-88": an issue tracker's key, not a contact
    r"(?:\b(?:for|repro|ticket|bug|issue|jira|see|re|fixes|fix|per)\s+)[A-Z]{2,10}-\d+\b|\b[A-Z]{2,10}-\d+(?=:)"
    r"|^\s*(?:(?:ok|okay|so|and|hey|hi|fyi|also|heads up)[\s,:-]+)?"  # "[PagerDuty] #4471 ...": that tool's alert
    r"\[(?![Ii]ntercom\b)[A-Za-z][\w .-]{1,30}\]\s*#\d+\b"  # number, "ok" or not before it
)
CONVERSATION_ID = rx.compile(  # (not an order's or an invoice's number: "order #1182", "order 58213-B")
    r"(?<!\border )(?<!\binvoice )#\s?(\d{1,12})\b|(?<!\border )(?<!\border #)(?<!\binvoice )\b(\d{5,12})\b(?!-\w)"
)


POSSESSIVE = rx.compile(r"(qq(?:email|cursor|hex|ext|conv)\d+) '[sS]\b")


def mask(raw: str) -> tuple[str, dict[str, list[str]]]:
    """``raw`` with identifiers replaced by placeholders (``qqemail0``...), and the identifiers found."""
    found: dict[str, list[str]] = {"email": [], "cursor": [], "hex": [], "ext": [], "conv": []}

    def masking(kind: str, value_of: Callable[[re.Match[str]], str | None]) -> Callable[[re.Match[str]], str]:
        def replace(m: re.Match[str]) -> str:
            value = value_of(m)
            if value is None:
                return m.group(0)
            found[kind].append(value)
            return m.group(0).replace(value, f" qq{kind}{len(found[kind]) - 1} ")

        return replace

    raw = TICKET_KEY.sub(" ", raw)
    raw = EMAIL.sub(masking("email", lambda m: m.group(0)), raw)
    raw = CURSOR.sub(masking("cursor", lambda m: m.group("c") or m.group("d") or m.group("e")), raw)
    raw = HEX_ID.sub(masking("hex", lambda m: m.group(0)), raw)
    found["hex"] = [h.lower() for h in found["hex"]]  # Intercom ids are lower-case hex, whatever was typed
    raw = EXTERNAL_ID.sub(masking("ext", lambda m: m.group(0)), raw)
    raw = CONVERSATION_ID.sub(masking("conv", lambda m: m.group(1) or m.group(2)), raw)
    return POSSESSIVE.sub(r"\1", raw), found  # "zoe@example.com's convos": hers (no topic "s")


__all__ = ["CONVERSATION_ID", "CURSOR", "EMAIL", "EMAIL_PATTERN", "EXTERNAL_ID", "HEX_ID", "mask"]
