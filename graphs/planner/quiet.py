"""A person said to be upset, or said to be quiet and asked whether they were in touch: "why would <id> be
unhappy", "<email> has no events?? did she ever contact support". Either is a question about the whole person
(her conversations and her activity), not about her events alone."""

from __future__ import annotations

from graphs.planner.reading import Utterance

QUIET = r"\b(?:zero|no|little|hardly any|0) (?:recent )?(?:activity|events)\b|\bnothing (?:recent|tracked)\b"
TOUCH = r"(?:been|g[eo]t|gotten|in) (?:in )?touch|contact(?:ed)? (?:us|support)|reached out|wr(?:itten|ote) in"
UPSET = r"\b(?:unhappy|upset|angry|annoyed|frustrated|pissed|disappointed|mad at us|complain(?:ing|ed|s)?)\b"


def upset_or_quiet(r: Utterance) -> bool:
    """Whether the request says either (see the module's doc)."""
    upset = r.has(UPSET) and not r.has(r"events?|activity|\bconv|tickets?|chats?")
    return bool(upset or (r.has(QUIET) and r.has(TOUCH)))


__all__ = ["QUIET", "TOUCH", "UPSET", "upset_or_quiet"]
