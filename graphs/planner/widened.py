"""A search widened again: "ok then just the 20 most recent convos overall", after a topic's search (the
topic goes; "overall" drops the person, the dates and the state too), "any topic, open only" (the topic goes,
the rest stays); "how many contacts overall?", after a segment's size, is a question of its own."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.focus import NOT_JUST, SEARCHES
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.topics import singular

EVERYONE = r"\boverall\b|\bin general\b|across the board"
ANY_TOPIC = EVERYONE + r"|any topics?|all topics|regardless of (?:the )?topic|whatever the topic|no particular topic"
DROPPED = ("query", "text", "top", "per_page", "starting_after")


def everyone_counted(r: Utterance, name: str) -> bool:
    """'and how many contacts overall?', after a segment's size: the workspace's contacts, not the segments."""
    if name != "intercom_list_segments" or not r.mentions("contact") or r.names or r.mentions("segment"):
        return False
    return r.has(EVERYONE + r"|in total|\btotal\b|altogether|all together|in (?:the|our) workspace|in intercom")


def widened(r: Utterance, name: str, last: dict[str, Any]) -> Plan | None:
    """The search without its topic (a list of the latest conversations when nothing else is left)."""
    said = str(last.get("query") or last.get("text") or "")
    negated = rx.search(NOT_JUST, r.text)  # "all his convos, not just invoices": that topic said, and dropped
    unsaid = negated is not None and said.casefold().split()[:1] == [singular(negated[1])]
    if name not in SEARCHES or not said or not (unsaid or (r.has(ANY_TOPIC) and not r.topic)):
        return None
    dropped = DROPPED + (("contact_email", "created_after", "created_before", "state") if r.has(EVERYONE) else ())
    filters = {k: v for k, v in last.items() if k not in dropped} | r.dates.args()
    filters |= {"state": r.state} if r.state else {}
    size = next((c.value for c in r.counts if c.per_page or c.noun in (None, "conversation")), None)
    paged = {"per_page": size} if size else {}
    if not filters:
        return ("intercom_list_conversations", paged)
    return ("intercom_search_conversations", {**filters, **paged})


__all__ = ["everyone_counted", "widened"]
