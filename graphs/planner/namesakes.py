"""Words that tell the person just shown from her namesakes, said after she was already told apart.

A full name several contacts share, said with a company ("ben silva from zephyr partners", "sorry - tara
meyer, at birch labs"), is the one at that company: her overview is shown at once. People who expected the
question "which one?" then answer it anyway: "the one w the email, he's at zephyr partners", "the birch labs
one, her 20 most recent events". Those words describe the person shown; they are not a new request about the
company. What they leave is the request itself ("her 20 most recent events"); when they leave nothing, the
person shown is what was asked for.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.gazetteer import fold
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance

PRONOUN = r"(?:s?he|they)(?:'s| is| are)"
WITH_EMAIL = r"\bthe one (?:w/?|with) (?:the |an |her |his )?email\b"
FILLER = rx.compile(
    r"^[\s,.;:!?-]*(?:(?:yes|yeah|yep|ok|okay|right|so|and|sorry|i mean|i meant)\b[\s,.;:!?-]*)*$", re.I
)


def told_apart(text: str, r: Utterance, state: State) -> str | Plan | None:
    """The request without the words that describe the person shown among her namesakes, the plan for her
    when nothing else is left, or None when the request does not describe her that way."""
    shown = state.contact if state.focus == "contact" else None
    if not shown or not _has_namesakes(shown, state):
        return None
    rest, described = text, False
    company = r.named("company")
    if company is not None and _works_at(shown, company.entries, state):
        said = "|".join(re.escape(w) for w in sorted({company.written, company.name}, key=len, reverse=True) if w)
        pattern = rf"\bthe (?:{said}) one\b|\b{PRONOUN} (?:at|from|with|over at) (?:{said})\b"
        rest, count = rx.subn(pattern, " ", rest, flags=re.I)
        described = count > 0
    if shown.get("email"):
        rest, count = rx.subn(WITH_EMAIL, " ", rest, flags=re.I)
        described = described or count > 0
    if not described:
        return None
    if FILLER.match(rest):
        ref = shown.get("email") or shown.get("id")
        return ("intercom_contact_overview", {"contact": ref}) if ref else None
    return rx.sub(r"^[\s,.;:-]+", "", rest)


def _has_namesakes(shown: dict[str, Any], state: State) -> bool:
    name = fold(str(shown.get("name") or ""))
    return bool(name) and sum(fold(str(p.get("name") or "")) == name for p in state.looked_up) > 1


def _works_at(shown: dict[str, Any], companies: Any, state: State) -> bool:
    ids = {str(c.get("id")) for c in companies if c.get("id")}
    theirs = {str(c.get("id")) for c in state.contact_companies if c.get("id")}
    found = [p for p in state.looked_up if p.get("id") == shown.get("id")]
    theirs |= {str(i) for p in found for i in p.get("company_ids", ())}
    return bool(ids & theirs)
