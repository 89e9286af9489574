"""Something pasted into the chat with a question about it: a forwarded email with its headers and
signature, a Slack message with its sender and time, a row of a spreadsheet, a link, a piece of the API's
JSON, a quoted message, notes from a meeting. The question is told apart from what was pasted (a short
paragraph of its own, before or after it), and read alone: the amounts, order numbers, phone numbers, our
own staff and dates of the pasted text are not the request's. When the question points at the pasted text
("who's this?", "what has the sender sent us before", "pull up this company", "show me that ticket"), the
identifier it points at is taken from it: the sender's email (the From line, the author of a quote or of
the JSON), an external id, a company id or code, a conversation id (a link, "#100322", the JSON's id).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.identifiers import EMAIL_PATTERN

PASTED_LINE = rx.compile(
    r"^\s*(?:(?:from|to|cc|bcc|sent|date|subject|fw|fwd|re)\s*:|>|[-•*·]\s|\d+[.)]\s|[{\[\"]|#\s|"
    r"-{3,}|begin forwarded|forwarded message|on .{3,80} wrote:)|\t|\s\|\s|,\S+,|"
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}\s+\[?\d{1,2}:\d{2}\s?(?:[AaPp][Mm])?\]?\s*$",
    re.IGNORECASE,
)
ASKING = rx.compile(
    r"\b(?:who|what|which|whose|when|how|any|show|open|pull|list|find|get|give|check|look|tell|see|send|"
    r"reply|translate|close|delete|customer 360|360|profile|events?|convos?|conversations?|tickets?|history|"
    r"people|ppl|contacts?|account|company|thread|messages?|msgs)\b",
    re.IGNORECASE,
)
SIGN_OFF = rx.compile(r"^(?:thanks|thank you|cheers|best|regards|best regards|kind regards|sent from my \w+)\b", re.I)

POINTING = {  # what the question points at in the pasted text, by the kind of thing it names
    "person": r"\bwho(?:'s| is| was)? (?:this|that)\b|\bthe (?:sender|author|customer|person|user)\b|"
    r"\bthis (?:person|customer|guy|user|contact|lady|one)\b|\b(?:on|about|for) (?:her|him)\b|"
    r"\bwho (?:triggered|sent|wrote) (?:this|it|that)\b|\bwhose (?:is )?this\b|^(?:and )?(?:her|his)\b",
    "company": r"\b(?:this|that|the|their) (?:account|company|org|customer's company)\b|\bon this\b",
    "conversation": r"\b(?:this|that|the) (?:ticket|conversation|convo|thread|chat|one mentioned)\b|"
    r"\bthe (?:full|whole) (?:thread|conversation|convo)\b",
}
EMAIL = EMAIL_PATTERN
FOUND = {
    "person": [
        rf"^\s*(?:fwd?\s*:\s*)?(?:from|sent by)\b\s*:?.*?({EMAIL})",  # the From line ("FW: from Dev Baker <...>")
        rf"\bon .{{3,80}}?({EMAIL})>? wrote:",  # "> On Nov 6, 2026, Felix Ito <felix...> wrote:"
        rf"\"author\"\s*:\s*\{{[^}}]*?\"email\"\s*:\s*\"({EMAIL})\"",  # the JSON's author
        r"\b(?:external[ _]id|user_id)\"?\s*[:=]\s*\"?(usr_\w+)",
        rf"\"email\"\s*:\s*\"({EMAIL})\"",
        r"\b(usr_\d+)\b",
    ],
    "company": [
        r"\"type\"\s*:\s*\"company\"\s*,\s*\"id\"\s*:\s*\"([0-9a-f]{24})\"",
        r"\bcompany[ _]id\s*:?\s*\"?([0-9a-f]{24})\b",
        r"\b(cmp-\d{3,})\b",
    ],
    "conversation": [
        r"/conversations?/(\d{5,})\b",
        r"\"type\"\s*:\s*\"conversation\"\s*,\s*\"id\"\s*:\s*\"(\d{5,})\"",
        r"#\s?(\d{5,})\b",
        r"\b(?:ticket|conversation|convo|conv|see)\s*#?\s*(\d{5,})\b",
    ],
}


def _is_question(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if not lines or len(lines) > 2 or any(PASTED_LINE.search(line) for line in lines):
        return False
    words = paragraph.split()
    if len(words) > 30 or SIGN_OFF.match(paragraph.strip()) or paragraph.rstrip().endswith(":"):
        return False
    return bool(ASKING.search(paragraph))


def split(text: str) -> tuple[str, str] | None:
    """(the question, what was pasted) when ``text`` holds both, else None."""
    if "\n" not in text.strip():
        return None
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) < 2:
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if (
            len(lines) < 2
            or not PASTED_LINE.search("\n".join(lines[:-1]))
            and not any(PASTED_LINE.search(line) for line in lines[:-1])
        ):
            return None
        paragraphs = ["\n".join(lines[:-1]), lines[-1]]
    last, first = paragraphs[-1], paragraphs[0]
    if _is_question(last):
        return last.lstrip("^ ").strip(), "\n\n".join(paragraphs[:-1])
    if _is_question(first):
        return first, "\n\n".join(paragraphs[1:])
    return None


def pointed_at(question: str, pasted: str) -> str | None:
    """The question with the identifier it points at in the pasted text ("who's this?" and the From line's
    address), "" when it points at something the text does not hold, None when it points at nothing."""
    pointed = False
    for kind, pointing in POINTING.items():
        if not rx.search(pointing, question, flags=re.IGNORECASE):
            continue
        pointed = True
        for pattern in FOUND[kind]:
            if (found := rx.search(pattern, pasted, flags=re.IGNORECASE | re.MULTILINE)) is not None:
                return f"{question} {'' if kind == 'person' else kind} {found.group(1)}"  # "... company <id>"
    return "" if pointed else None


def sender(text: str) -> dict[str, str] | None:
    """Who sent what was pasted (an email's From line, a quote's author): a person the chat now knows."""
    parts = split(text)
    if parts is None:
        return None
    for pattern in FOUND["person"][:3]:
        if (found := rx.search(pattern, parts[1], flags=re.IGNORECASE | re.MULTILINE)) is not None:
            email = found.group(1).lower()
            to = rx.search(r"^\s*to\s*:(.*)$", parts[1], flags=re.IGNORECASE | re.MULTILINE)
            ours = to is not None and "@" + email.split("@")[1] in to.group(1).lower()  # one colleague to another
            return None if ours else {"email": email}
    return None


MENTIONED_ID = rx.compile(r"(?<![\w$€£+.,/:-])#?(\d{6,12})\b(?![.,:/-]?\d)")
NOT_A_TICKET = rx.compile(  # an order's, an invoice's, a phone's number
    r"(?:order|invoice|inv|po|ref|zip|postcode|phone|tel|mobile|cell|fax|acct|account|sku|iban)\W*(?:no\.?|number)?\W*$|"
    r"\+\d[\d\s().-]*$",
    re.IGNORECASE,
)


def conversations_mentioned(text: str) -> dict[str, str]:
    """The conversation ids a pasted text mentions, in order ("see 100189 and 101162", "the API thing from June
    (100980)"): long numbers that are not an order's, an invoice's or a phone's; each with the sentence it is
    in ("the june one")."""
    parts = split(text)
    if parts is None:
        return {}
    pasted, found = parts[1], {}
    for number in MENTIONED_ID.finditer(pasted):
        if not NOT_A_TICKET.search(pasted[max(0, number.start() - 20) : number.start()]) and number[1] not in found:
            start = max(pasted.rfind(mark, 0, number.start()) for mark in ("\n", ". ", "; ", " — ", "•"))
            ends = [at for mark in ("\n", ". ", "; ", " — ") if (at := pasted.find(mark, number.end())) >= 0]
            found[number[1]] = pasted[start + 1 : min(ends, default=len(pasted))].strip(" .;—•*-")
    return found


LEAD_IN = rx.compile(
    r"^(?:ok(?:ay)?,? |sure,? |k,? )?(?:here(?: it is| you go| goes| ya go)?|see below|below|"
    r"pasting(?: it)?(?: here| below)?|this(?: one)?|it'?s this(?: one)?)\s*[:.!-]*\s*$",
    re.IGNORECASE,
)


def as_asked(text: str, asked: str) -> str | None:
    """A message that is only something pasted (after "here:", or nothing), sent after the question ("can you
    pull up the customer from the email I just got" - "here: From: ..."): that question with what it points
    at in the pasted text, or None."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    body = lines[1:] if lines and LEAD_IN.match(lines[0]) else lines
    if len(body) < 2 or not PASTED_LINE.search(body[0]) or "\n" in asked.strip():
        return None
    return pointed_at(asked, "\n".join(body)) or None


LATER = {  # said of an email pasted a few turns back ("which company is the sender at", "and the cc'd customer?")
    r"\b(?:cc'?d|copied|on cc)\b": rf"^\s*cc\s*:.*?({EMAIL})",
    r"\b(?:the )?(?:sender|author)\b": FOUND["person"][0],
}


def said_earlier(question: str, text: str) -> str | None:
    """The question with the person of an email pasted earlier (``text``) it names by role, or None."""
    parts = split(text)
    if parts is None:
        return None
    for role, pattern in LATER.items():
        if rx.search(role, question, flags=re.IGNORECASE) and (
            found := rx.search(pattern, parts[1], flags=re.IGNORECASE | re.MULTILINE)
        ):
            return f"{question} {found.group(1)}"
    return None


ROW = rx.compile(r"#\d|\b(?:first|second|third|fourth|fifth|middle|last|\d+(?:st|nd|rd|th)|rows?)\b", re.IGNORECASE)
REFERS = rx.compile(  # a question that leans on the pasted text without pointing at one thing in it
    r"\b(?:this|that)\b(?! (?:month|week|year|quarter|morning|afternoon|time)\b)|"
    r"\b(?:these|those|it|above|below|mentioned|listed|sheet|rows?)\b|"
    r"\b(?:first|second|third|fourth|fifth|middle|last|other) (?:one|row|line|person|account|ticket|company|entry)\b|"
    r"\bthe (?:first|second|third|middle|last)\b(?! \d)",
    re.IGNORECASE,
)
PRONOUN = rx.compile(r"\b(?:she|he|they|her|him|his|them|their)\b", re.IGNORECASE)  # the pasted person's, unless
# the question names someone or something of its own


__all__ = [
    "PRONOUN",
    "REFERS",
    "ROW",
    "as_asked",
    "conversations_mentioned",
    "pointed_at",
    "said_earlier",
    "sender",
    "split",
    "table",
]


CELL_SPLIT = rx.compile(r"\t| \| |\s*,\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")  # tabs, pipes, or commas outside quotes
CONVERSATION_ID = rx.compile(r"^#?(\d{5,7})$")
WORDS_ONLY = rx.compile(r"^[A-Za-z][A-Za-z' .-]*$")


def _row(cells: list[str]) -> dict[str, str]:
    """What one pasted row identifies: an email, an external id, an Intercom id, a company code, a
    conversation id, a name."""
    item: dict[str, str] = {}
    for cell in (c.strip().strip('"') for c in cells):
        if rx.fullmatch(EMAIL, cell):
            item.setdefault("email", cell.lower())
        elif rx.fullmatch(r"usr_\w+", cell):
            item.setdefault("external_id", cell)
        elif rx.fullmatch(r"cmp-\d{3,}", cell, flags=re.IGNORECASE):
            item.setdefault("company_id", cell.lower())
        elif rx.fullmatch(r"[0-9a-f]{24}", cell):
            item.setdefault("id", cell)
        elif (number := CONVERSATION_ID.match(cell)) is not None:
            item.setdefault("conversation", number.group(1))
        elif WORDS_ONLY.match(cell) and len(cell.split()) in (2, 3) and cell.istitle():
            item.setdefault("name", cell)
    return item


def table(text: str) -> tuple[str, list[dict[str, Any]]] | None:
    """The rows of a table pasted with a question (CSV, tab- or pipe-separated), as a list one can pick
    from ("the second row", "open #3", "the first one"): (its kind, its items), or None."""
    parts = split(text)
    if parts is None:
        return None
    lines = [line for line in parts[1].splitlines() if CELL_SPLIT.search(line)]
    found = [item for line in lines if len(cells := CELL_SPLIT.split(line)) >= 2 and (item := _row(cells))]
    found = [item for item in found if set(item) != {"name"}]  # a header, or a line of words
    if len(found) < 2:
        return None
    if all("email" in item or "external_id" in item for item in found):
        return "contacts", found
    if all("company_id" in item for item in found):
        return "companies", [{k: v for k, v in item.items() if k in ("company_id", "name")} for item in found]
    if all("conversation" in item for item in found):
        return "conversations", [{"id": item["conversation"]} for item in found]
    return None
