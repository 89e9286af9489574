"""Questions about the assistant's own answers, asked after one: "why did you only show 50?", "where did that
number come from", "is this live data?", "how do you know it's the same person", "are those events real time?",
"what does snoozed mean?", "what does oldest mean here?", "why is there a weird code in the next page link?".

Each is answered in words, from what Intercom does and from the call just made (no tool is run again): a list
comes a page at a time; a number or a list came from the call named; the data is read when asked; a word of
Intercom's means what Intercom means by it. Only a message that is such a question and nothing else is
answered here ("how many can you pull at once? show me 20" is a request, planned as one).
"""

from __future__ import annotations

from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.reading import Utterance

_END = r"\W*"
LIVE = (
    r"(?:(?:so|and|ok|hm+|wait)\W+)*(?:is|are|was|were) (?:this|that|it|these|those|they|the (?:data|numbers?|counts?|"
    r"events?|results?|list))(?: \w+){0,3} (?:live|real[- ]?time|up[- ]to[- ]date|current|fresh|cached|stale|"
    r"accurate|a copy|some copy|a snapshot)(?: (?:data|or (?:some |a )?(?:copy|snapshot|cache)))?" + _END
)
SOURCE = (
    r"(?:(?:so|and|ok|hm+|wait)\W+)*(?:where (?:did|does|do) (?:that|this|it|the|those|these)(?: \w+)? (?:come|came) "
    r"from|how (?:did|do) you (?:get|find|know|pick|choose|decide|work out|calculate|count|look (?:them |it )?up)|"
    r"how do you know)\b[^?.!]{0,80}\W*"
)
WHY = (
    r"(?:(?:so|and|ok|hm+|wait|but)\W+)*why (?:(?:did|do|does|didn'?t|don'?t|doesn'?t) (?:you|it|this|that|the "
    r"(?:list|page|answer|result))|(?:is|are|was|were) there|only|just|so (?:few|many)|not all)\b[^?.!]{0,80}\W*"
)
HISTORY = (
    r"(?:(?:so|and|ok|hm+|wait)\W+)*(?:is|are) (?:that|this|those|these|it|they) (?:all|everything|the whole|"
    r"complete|the full)\b[^?.!]{0,60}\b(?:history|recent|ever|everything|cut|thing)\b[^?.!]{0,20}\W*"
)
MEANS = (
    r"(?:(?:so|and|ok|hm+|wait)\W+)*what (?:does|do|is) (?:a |an |the )?['\"]?([a-z_ -]{2,20}?)['\"]? mean(?: here)?\b"
    r"[^?.!]{0,60}\W*"
)
GLOSSARY = {
    "snoozed": "Snoozed: a teammate put the conversation aside until a set time; Intercom reopens it then. Open "
    "conversations wait on your team; closed ones are resolved.",
    "open": "Open: the conversation waits on your team (not yet closed or snoozed).",
    "closed": "Closed: a teammate marked the conversation resolved; it reopens if the customer writes again.",
    "lead": "A lead is a contact Intercom has not identified (no sign-up, no external id); a user has signed up.",
    "external id": "The external id (external_id) is the id your own app gives a user; events are looked up by it.",
    "external_id": "The external id (external_id) is the id your own app gives a user; events are looked up by it.",
    "segment": "A segment is a saved filter of contacts in Intercom; Intercom counts its people but does not list "
    "them through its API.",
    "oldest": "Intercom sorts its company list by last_request_at, when someone at the company was last seen: "
    "oldest first is the least recently active first, not the order they were created in.",
    "event": "An event is something your app told Intercom a contact did (a name and a time, with details).",
}
CURSOR = (
    "That is Intercom's cursor (starting_after): an opaque token each page of a list comes with, which I pass back "
    "to get the page after it."
)


def about_the_answer(r: Utterance, state: State) -> str | None:
    """The answer, in words, to a question about the last answer or the assistant; None for anything else."""
    text = r.text
    if rx.fullmatch(LIVE, text):
        return (
            "It is read from the connected Intercom workspace each time you ask (the embedded demo workspace when "
            "none is connected); nothing is copied, apart from the names of companies, segments and teams, kept "
            "for ten minutes to recognise them. Events are as recent as what your app has sent Intercom."
        )
    if (means := rx.fullmatch(MEANS, text)) and (said := GLOSSARY.get(means[1].strip().removesuffix("s"))):
        return said
    if state.last is None:
        return None
    if rx.fullmatch(HISTORY, text):
        return _history(state.last)
    if rx.fullmatch(SOURCE, text):
        return f"From the last call: {_call(state.last)}, read from Intercom just now. Ask me to narrow or widen it."
    if rx.fullmatch(WHY, text):
        return _why(r, state)
    return None


def _call(call: tuple[str, dict[str, Any]]) -> str:
    args = ", ".join(f"{k}={v}" for k, v in call[1].items() if k != "starting_after")
    return f"{call[0]}({args})"


def _history(call: tuple[str, dict[str, Any]]) -> str:
    if call[0] in ("intercom_list_events", "intercom_contact_overview", "intercom_company_contacts_events"):
        return (
            "Those are their most recent events: Intercom lists only events of the last 90 days. 'All-time totals' "
            "gives a count of each event since they started."
        )
    if call[0] == "intercom_get_conversation_by_id":
        return "That is the whole conversation unless you asked for its last messages only; say 'the whole thing'."
    return f"That is what {_call(call)} returned; ask for the next page, or widen the dates, for more."


def _why(r: Utterance, state: State) -> str:
    if r.has(r"\bcode\b|\bcursor\b|\btoken\b|\blink\b"):
        return CURSOR
    if r.has(r"\b90\b|\bgo back\b|\bolder\b|\bhistory\b"):
        return _history(("intercom_list_events", {}))
    if r.has(r"\btwo\b|\btwice\b|\bduplicates?\b|\bsame name\b"):
        return "Two records in your Intercom share that name; each has its own id, so I ask which one you mean."
    if r.has(r"\bonly\b|\bjust\b|\bso few\b|\bnot all\b|\bmore\b|\b\d+\b") and state.listing is not None:
        shown = len(state.listing.items)
        more = " There are more: say 'next page', or ask for up to 150 per page." if state.listing.has_more else ""
        return f"Intercom returns lists a page at a time; this page has {shown}.{more}"
    return f"I answered with {_call(state.last) if state.last else 'nothing yet'}; say what you want changed."


__all__ = ["about_the_answer"]
