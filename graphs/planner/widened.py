"""A search widened again: "ok then just the 20 most recent convos overall", after a topic's search (the
topic goes; "overall" drops the person, the dates and the state too), "any topic, open only" (the topic goes,
the rest stays); "how many contacts overall?", after a segment's size, is a question of its own."""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
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


OUT_OF = (
    r"(?:(?:and|so|ok|but) )*(?:out of|of) how many(?: (?:in total|total|altogether|overall|there))?|"
    r"(?:(?:and|so|ok|but) )*how many (?:(?:are there|is that|do they have|work there) )?(?:in total|total|altogether)"
)


def out_of(r: Utterance, state: State) -> Plan | None:
    """'out of how many?', after 'just 5' of a company's people: its record (the count the limit hid); then
    '2 events each': those 5 people again, with 2 events each (the record was an aside)."""
    if state.last is None:
        return None
    name, args = state.last
    company = state.company or {}
    flows = [a for n, a in state.calls if n == "intercom_company_contacts_events"]
    aside = name == "intercom_get_company_by_id" and flows and len(r.tokens) <= 5 and not (r.names or r.identified)
    same = bool(flows) and str(flows[-1].get("company")) in {str(company.get("id")), str(company.get("name"))}
    if aside and same and (each := r.each("event")) is not None:
        return ("intercom_company_contacts_events", {**flows[-1], "events_per_contact": each})
    if not rx.fullmatch(rf"(?:{OUT_OF})\W*", r.text):
        return None
    if name == "intercom_company_contacts_events" and "max_contacts" in args and company.get("id"):
        return ("intercom_get_company_by_id", {"company_id": company["id"]})  # its record counts them
    return None


__all__ = ["everyone_counted", "out_of", "widened"]
