"""A topic said without a conversation noun around it: "only the billing one" (a list narrowed to it), "last 30
days, invoices only", and a problem that is a topic of its own ("any disputes?", "try dispute, same timeframe")
where the request names no other subject (:func:`graphs.planner.topics.topic` found none)."""

from __future__ import annotations

from collections.abc import Sequence

from graphs.planner import needles as rx
from graphs.planner.topics import TOPIC_WORDS, singular

NARROWED = rx.compile(r"\b(?:only|just) (?:the )?(\w+) ones?\b")


def narrowed_topic(text: str) -> str | None:
    """'only the billing one', 'back to nora - only the api ones': the topic a list is narrowed to, or None."""
    return word if (said := NARROWED.search(text)) and (word := singular(said[1])) in TOPIC_WORDS else None


ONLY = rx.compile(r"(?<!not )\b(?:only|just) (?:the )?([a-z]+)(?:\s*[,.?!]|$)|(?:^|[,.] )([a-z]+) only\b")


def only_topic(text: str) -> str | None:
    """'last 30 days, invoices only', 'just billing', 'ugh, only refunds': one topic word narrowed to, or None."""
    said = ONLY.search(text)
    word = singular(said[1] or said[2]) if said else None
    return word if word in TOPIC_WORDS else None


OWN_TOPIC = {
    "dispute",
    "disputes",
}  # a topic alone ("any disputes"), and a head after one ("invoice disputes": invoice)


def own_topic(tokens: Sequence[str], original: Sequence[str]) -> str | None:
    """'any disputes?', 'now disputes, same dates': the problem as the topic, when no topic word comes before it."""
    for i, token in enumerate(tokens):
        if token in OWN_TOPIC and not (i and singular(tokens[i - 1]) in TOPIC_WORDS):
            return singular(original[i])
    return None


__all__ = ["narrowed_topic", "only_topic", "own_topic"]
