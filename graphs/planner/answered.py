"""An answer to the planner's question that brings back what the question was about: the conversation's id, to
"which conversation?" after "give me the last 5 messages of the conversation", is those 5 messages of it; a
segment's name, to "who or what do you mean?" after "how many people are in it", is the segments with their
sizes (Intercom counts a segment's people; it does not list them); a company's name, to "which company?"
after "people at that company, 2 events each", is its people with two events each."""

from __future__ import annotations

from graphs.planner.arguments import parts
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance, read

SIZED = r"\bhow (?:many|big)\b|\bcounts?\b|\bsizes?\b|\bheadcounts?\b|\bnumber of (?:people|contacts|users)\b"
POINTED = r"\b(?:it|that|this|them|they|those)\b|\bthe (?:segment|list|group)\b"


def answered(r: Utterance, state: State) -> Plan | None:
    """The question asked before, answered by this short reply (an id, a name), or None."""
    if not state.unanswered or len(r.tokens) > 5:
        return None
    company = r.named("company") if state.pending == "company" and not r.identified else None
    if company is not None and (each := read(state.unanswered, r.now).each("event")) is not None:
        return ("intercom_company_contacts_events", {"company": company.name, "events_per_contact": each})
    one = len(r.conversation_ids) == 1 and not r.has(r"\bmessages?\b|\bparts?\b|\bmsgs?\b")
    segment = r.named("segment") is not None and not (r.identified or r.has(SIZED))
    if not (one and state.pending == "conversation" or segment):
        return None
    asked = read(state.unanswered, r.now)
    if state.pending == "conversation" and one and (shown := parts(asked)) is not None:
        return ("intercom_get_conversation_by_id", {"conversation_id": r.conversation_ids[0], "max_parts": shown})
    if segment and asked.has(SIZED) and asked.has(POINTED) and not asked.names:
        return ("intercom_list_segments", {"include_count": True})  # "how many people are in it?" - "churn risk"
    return None


__all__ = ["answered"]
