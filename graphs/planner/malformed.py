"""Values no tool can take, said in words rather than tool syntax (:mod:`graphs.planner.direct` checks that):
"0 per page", "page -1", "page 2.5", "the 0th one", a day that does not exist ("november 31"), and an id of the
wrong shape for what it is said to be (a 24-character id as a conversation, a conversation's number as a
contact, a company's code as a contact, an id a character short). The planner asks, naming the problem and
how to say it right, and sends nothing: a call with such a value fails, or answers something else."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from graphs.planner import needles as rx
from graphs.planner.months import MONTH_NAMES, MONTH_WORDS, MONTHS
from graphs.planner.reading import Utterance, read

ZERO_PAGE = rx.compile(r"\b(?:0|zero) (?:per|a|each|to a|on a) page\b|\bpage size (?:of )?(?:0|zero)\b")
BAD_PAGE = rx.compile(r"\bpage (?:number |no\.? |#)?(-\d+|\d+\.\d+|0|zero)(?![\w.])")
ZEROTH = rx.compile(r"\b(?:0th|zeroth)\b")
NOT_COUNTED = r"(?! (?:per|a|each|for each|at a|results?|rows?|items?|of them|max|convos?|conversations?|tickets?))"
NO_SUCH_DAY = (
    rx.compile(  # a day past the month's end ("november 31"), not a count after a month ("october 50 per page")
        rf"\b({MONTH_WORDS})\.? (29|3[0-5])(?:st|nd|rd|th)?\b{NOT_COUNTED}|"
        rf"\b(29|3[0-5])(?:st|nd|rd|th)? of ({MONTH_WORDS})\b"
    )
)
ONE = r"(?:show|open|pull(?: up)?|get|fetch|read|look ?up|find)?\s*(?:me )?(?:the )?"
HEX_CONVERSATION = rx.compile(rf"^{ONE}(?:conversation|convo|ticket|chat|thread)s?\s+(?:#|id\s+)?qqhex\d+\W*$")
NUMBERED_CONTACT = rx.compile(rf"^{ONE}contact(?: record)?\s+(?:for |of )?(?:#|id\s+)?qqconv\d+\W*$")
CODED_CONTACT = rx.compile(rf"^{ONE}contact(?: record)?\s+(?:for |of )?qqext\d+\W*$")
SHORT_ID = rx.compile(r"(?<![0-9a-z])([0-9a-f]{20,23}|[0-9a-f]{25,27})(?![0-9a-z])")


ASKED = rx.compile(
    r"A page holds at least|There is no page|Lists are counted from|\w+ has only [\d or]+ days|\S+ is a contact's or|"
    r"\S+ looks like a conversation's id|\S+ is a company's code|\S+ has \d+ characters"
)


def malformed(r: Utterance) -> str | None:
    """A question naming the value no tool can take and how to give it, or None when every value is fine."""
    text = r.text.casefold()
    if ZERO_PAGE.search(text):
        return "A page holds at least 1 item (up to 150; 60 for companies). How many per page do you want?"
    if (m := BAD_PAGE.search(text)) is not None:
        return f"There is no page {m[1]}: pages are numbered 1, 2, 3 and so on. Which page do you want?"
    if ZEROTH.search(text):
        return "Lists are counted from the first item. Which one do you mean (for example 'the first one')?"
    for m in NO_SUCH_DAY.finditer(text):
        month, day = (m[1], m[2]) if m[1] else (m[4], m[3])
        number = MONTHS[month.rstrip(".")]
        longest = calendar.monthrange(2024, number)[1]  # (a leap year: february 29 can be)
        if int(day) > longest:
            name = MONTH_NAMES[number - 1].title()
            days = "28 or 29" if number == 2 else str(longest)
            return f"{name} has only {days} days, so there is no {name} {int(day)}. Which day do you mean?"
    if HEX_CONVERSATION.search(text) and len(r.hex_ids) == 1:
        said = r.hex_ids[0][0]
        return (
            f"{said} is a contact's or a company's id (24 characters); a conversation's id is a number like 100322. "
            f"Did you mean the contact {said}?"
        )
    if NUMBERED_CONTACT.search(text) and len(r.conversation_ids) == 1:
        said = r.conversation_ids[0]
        return (
            f"{said} looks like a conversation's id. A contact is found by email, external id (usr_…) or its "
            f"24-character id. Did you mean conversation {said}?"
        )
    if CODED_CONTACT.search(text) and len(r.company_codes) == 1:
        code = r.company_codes[0]
        return f"{code} is a company's code, not a contact. Do you want that company's record, or its people?"
    if r.mentions("contact") or r.mentions("company"):
        if (m := SHORT_ID.search(text)) is not None and re.search(r"[a-f]", m[1]) and re.search(r"\d", m[1]):
            return (
                f"{m[1]} has {len(m[1])} characters; Intercom's contact and company ids have 24. Could you check "
                "it and send it again (or give an email or external id)?"
            )
    return None


def mended(text: str, history: Sequence[BaseMessage], now: float) -> str | None:
    """The request a value was wrong in, put right by this answer to the question about it ("contacts, 0 per
    page" - "how many?" - "ok fine, 5"; "refunds from november 31" - "oct 31 i mean"; "conversation <a contact's
    id>" - "my bad thats a contact. which company are they at"), or None."""
    if len(history) < 2 or not isinstance(history[-1], AIMessage) or history[-1].tool_calls:
        return None
    if not ASKED.match(str(history[-1].content)):
        return None  # (the last question was not one of these)
    asked, said = str(history[-2].content), text.casefold()
    if not isinstance(history[-2], HumanMessage) or len(said.split()) > 16:
        return None
    before = read(asked, now)
    if malformed(before) is None:
        return None
    low = before.text
    whole = asked.casefold()  # (as said: ids and emails in it stay)
    number = rx.fullmatch(
        r"(?:(?:ok|okay|fine|sure|then|make it|use|try)\W+)*(\d{1,3})(?: per page| please| pls)?\W*", said
    )
    if number and (m := ZERO_PAGE.search(whole)) is not None:
        return whole[: m.start()] + f"{number[1]} per page" + whole[m.end() :]  # "ok fine, 5"
    if number and (m := BAD_PAGE.search(whole)) is not None:
        return whole[: m.start()] + f"page {number[1]}" + whole[m.end() :]  # "page 2 then"
    if (m := NO_SUCH_DAY.search(whole)) is not None and (day := NO_SUCH_DAY.search(said)) is not None:
        return whole[: m.start()] + day[0] + whole[m.end() :]  # "oct 31 i mean"
    rest = rx.sub(r"^.*?\b(?:a|an|the) (?:contact|company|conversation|convo)\b[^.?!,]*[.?!,]*\s*", "", said)
    if HEX_CONVERSATION.search(low) and before.hex_ids and rx.search(r"\bcontact\b", said):
        return f"contact {before.hex_ids[0][0]} - {rest}"
    if CODED_CONTACT.search(low) and before.company_codes and rx.search(r"\bcompany\b", said):
        return f"company {before.company_codes[0]} - {rest}"
    if NUMBERED_CONTACT.search(low) and before.conversation_ids and rx.search(r"\b(?:conversation|convo)\b", said):
        return f"conversation {before.conversation_ids[0]} - {rest}"
    return None


__all__ = ["malformed", "mended"]
