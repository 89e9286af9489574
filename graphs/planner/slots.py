"""What a request names, found by pattern: ids, emails, counts, ordinals, states, dates, topics.

Pure functions over text, no knowledge of tools: :mod:`graphs.planner.intents` decides what to do
with the slots. Dates are resolved against an explicit ``now`` (UNIX seconds), never the wall clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
INTERCOM_ID = re.compile(r"\b[0-9a-f]{24}\b")
EXTERNAL_ID = re.compile(r"\b(?=[a-z0-9_-]*\d)(?=[a-z0-9_-]*[a-z])[a-z][a-z0-9]*[_-][a-z0-9_-]+\b")
CONVERSATION_ID = re.compile(r"(?:#\s?(\d{1,12})\b|\b(\d{5,12})\b)")
QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{2,80})[\"”'’]")
ISO_DATE = re.compile(r"\b(20\d\d-\d\d-\d\d)\b")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "hundred": 100, "a hundred": 100,
}  # fmt: skip
ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
    "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7, "ninth": 8, "9th": 8,
    "tenth": 9, "10th": 9, "last": -1,
}  # fmt: skip
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"]
    )
}  # fmt: skip
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


def number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def normalize(text: str) -> str:
    """One line, straight quotes, single spaces; case kept (names and ids keep theirs)."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Slots:
    raw: str
    low: str
    emails: list[str] = field(default_factory=list)
    intercom_ids: list[str] = field(default_factory=list)
    external_ids: list[str] = field(default_factory=list)
    conversation_ids: list[str] = field(default_factory=list)
    quoted: str | None = None
    ordinal: int | None = None
    page: int | None = None
    order: str | None = None
    state: str | None = None
    created_after: str | None = None
    created_before: str | None = None

    @property
    def identifier(self) -> tuple[str, str] | None:
        """The contact the request names: (kind, value), kind one of email, external_id, intercom_id."""
        if self.emails:
            return "email", self.emails[0]
        if self.external_ids:
            return "external_id", self.external_ids[0]
        if self.intercom_ids:
            return "intercom_id", self.intercom_ids[0]
        return None


def extract(text: str, now: float) -> Slots:
    raw = normalize(text)
    low = raw.lower()
    slots = Slots(raw=raw, low=low)
    slots.emails = EMAIL.findall(raw)
    without_emails = EMAIL.sub(" ", low)
    slots.intercom_ids = INTERCOM_ID.findall(without_emails)
    without_ids = INTERCOM_ID.sub(" ", without_emails)
    slots.external_ids = [e for e in EXTERNAL_ID.findall(without_ids) if not ISO_DATE.fullmatch(e)]
    for hashed, bare in CONVERSATION_ID.findall(ISO_DATE.sub(" ", without_ids)):
        slots.conversation_ids.append(hashed or bare)
    quoted = QUOTED.search(raw)
    slots.quoted = quoted.group(1).strip() if quoted else None
    counted = re.search(r"\b(?:first|last) (?!one\b)" + NUMBER + r"\b", low)  # "first 10": a count
    ordinal = re.search(
        r"\bthe ("
        + "|".join(ORDINALS)
        + r")\b|\b("
        + "|".join(ORDINALS)
        + r") (?:one|contact|company|conversation|user"
        r"|item|result|person|chat|lead|segment|team)s?\b",
        low,
    )
    if ordinal and not counted:
        slots.ordinal = ORDINALS[ordinal.group(1) or ordinal.group(2)]
    page = re.search(r"\bpage (\d{1,4})\b|\b(second|third|fourth|fifth|2nd|3rd|4th|5th|next) page\b", low)
    if page and page.group(2) != "next":
        slots.page = int(page.group(1)) if page.group(1) else ORDINALS[page.group(2)] + 1
        slots.ordinal = None
    if re.search(r"\b(?:asc|ascending|oldest|least recent)", low):
        slots.order = "asc"
    elif re.search(r"\b(?:desc|descending|newest|most recent(?:ly)?|latest)\b", low):
        slots.order = "desc"
    state = re.search(
        r"\b(open|closed|snoozed)\b(?= (?:\w+ )?(?:conversations?|convos?|chats?|tickets?)\b)"
        r"|\b(?:conversations?|convos?|chats?|tickets?) (?:that |which )?(?:are |were )?(?:still )?"
        r"(open|closed|snoozed)\b"
        r"|\b(?:are|is|still) (?:still )?(open|closed|snoozed)\b|^(open|closed|snoozed) ones\b",
        low,
    )
    slots.state = next((g for g in state.groups() if g), None) if state else None
    _dates(slots, low, now)
    return slots


def count_before(low: str, nouns: str) -> int | None:
    """A count that qualifies ``nouns``: "first 10 contacts", "ten users", "top 5 people", "10 contacts"."""
    found = re.search(
        r"\b(?:first|top|last|latest|show|list|give me|get|display)?\s*"
        + NUMBER
        + r"\s+(?:\w+\s+){0,2}?(?:"
        + nouns
        + r")\b",
        low,
    )
    return number(found.group(1)) if found else None


def _iso(day: date) -> str:
    return day.isoformat()


def _dates(slots: Slots, low: str, now: float) -> None:
    today = datetime.fromtimestamp(now, UTC).date()
    after: date | None = None
    before: date | None = None
    if m := re.search(r"\blast (\d{1,3}|" + NUMBER[1:-1] + r") days\b", low):
        after = today - timedelta(days=number(m.group(1)) or 0)
    elif re.search(r"\blast week\b|\bpast week\b|\bthis past week\b", low):
        after = today - timedelta(days=7)
    elif re.search(r"\byesterday\b", low):
        after = today - timedelta(days=1)
    elif re.search(r"\btoday\b", low):
        after = today
    elif re.search(r"\bthis month\b", low):
        after = today.replace(day=1)
    elif re.search(r"\blast month\b", low):
        before = today.replace(day=1)
        after = (before - timedelta(days=1)).replace(day=1)
    for m in re.finditer(r"\b(since|after|from|before|until) (20\d\d-\d\d-\d\d)\b", low):
        value = date.fromisoformat(m.group(2))
        if m.group(1) in ("before", "until"):
            before = value
        else:
            after = value
    if m := re.search(r"\b(since|after|before) (" + "|".join(MONTHS) + r")\.? (\d{1,2})\b", low):
        month, day = MONTHS[m.group(2)], int(m.group(3))
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        value = date(year, month, day)
        if m.group(1) == "before":
            before = value
        else:
            after = value
    if m := re.search(r"\bin (" + "|".join(MONTHS) + r")(?: (20\d\d))?\b", low):
        month = MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (today.year if month <= today.month else today.year - 1)
        after = date(year, month, 1)
        before = date(year + (month == 12), month % 12 + 1, 1)
    slots.created_after = _iso(after) if after else None
    slots.created_before = _iso(before) if before else None
