"""A trade's own words for Intercom's things, read as the workspace's: an online shop's "shoppers" and "store
accounts", a school's "learners" and "cohorts", a clinic's "patients" and "practices", a game studio's
"players" and "studios", a SaaS's "seats", "tenants" and "workspaces". The people are contacts, the places
companies, the groups segments.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them with the
other rewrites. A word another request uses otherwise is read only where it stands for the thing ("how many seats
does acme pay for" is the company's own figure, "our workspace" the whole of Intercom, "best practice" advice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner.months import MONTH_WORDS
from graphs.planner.topics import TOPIC_WORDS

PEOPLE = r"shopper|buyer|patient|learner|student|pupil|player|gamer|trainee|attendee|subscriber"
PLACES = r"store account|client account|store|practice|clinic|studio|school|tenant"
ORDINAL = r"(?:first|second|third|fourth|fifth|last|next|\d{1,2}(?:st|nd|rd|th))"


ASKS = r"requests?|issues?|questions?|complaints?|trouble|problems?|tickets?|reports?|queries|enquiries|inquiries"
WHO = rf"contacts|customers|users|people|ppl|folks|companies|clients|accounts|(?:{PEOPLE})s|(?:{PLACES})(?:s|es)"


def _contacts(word: str) -> str:
    """'shoppers' -> 'contacts', 'seat' -> 'contact'."""
    return "contacts" if word.lower().endswith("s") else "contact"


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "refund requests from shoppers yesterday": what they asked (every conversation is from a customer)
        rf"\b({ASKS}) (?:from|by) (?:our |the |all |any |my )?(?:{WHO})\b"
        rf"(?! (?:at|of|from|who|with|named|in (?!(?:the )?(?:last|past|this|{MONTH_WORDS})))\b)",
        r"\1",
    ),
    (  # "learner onboarding tickets": the subject (not "patient record")
        rf"\b(?:{PEOPLE}|customer|user|client)s? (?=(?:{'|'.join(sorted(TOPIC_WORDS))})\b)",
        "",
    ),
    (  # "show me our shoppers", "the 2nd patient's record", "learner overview for <email>": contacts
        rf"\b(?:{PEOPLE})s?\b",
        lambda m: _contacts(m[0]),
    ),
    (  # "seat usr_00215", "seats on the kestrel workspace" (not "how many seats does acme pay for")
        r"\bseats?(?= (?:usr_|[0-9a-f]{24}\b|on|at|in|there|from|who|that|with)\b)",
        lambda m: _contacts(m[0]),
    ),
    (  # "the 3rd seat", "which seats", "just 3 seats"
        rf"\b((?:{ORDINAL}|which|that|this|each|every|those|these|\d{{1,3}}) )(seats?)\b",
        lambda m: m[1] + _contacts(m[2]),
    ),
    (  # "list our store accounts", "buyers at the third store", "her practice", "studios, 5 per page": companies
        rf"\b(?<!best )(?:{PLACES})(?:s|es)?\b(?! (?:of|manager|credit|hours)\b)",
        lambda m: "companies" if m[0].lower().endswith("s") else "company",
    ),
    (  # "their workspace", "the kestrel partners workspace", "workspaces": a company (not "our workspace")
        r"(?<!\bour )(?<!\bmy )(?<!\bintercom )(?<!\bthe )(?<!\bwhole )(?<!\bentire )\bworkspace\b",
        "company",
    ),
    (r"\bworkspaces\b", "companies"),
    (r"\bcohort(s?)\b", r"segment\1"),  # "how many learners in each cohort": segments
    (r"\bsquad(s?)\b", r"team\1"),  # "which support squads do we have": teams
]

__all__ = ["REWRITES"]
