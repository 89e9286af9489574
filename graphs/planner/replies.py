"""What the team answered: "what did we say back", "what did we tell her", after one person's conversations
were found. The one conversation found is opened; of several, her conversations are read as transcripts
(with the search's filters), where the team's replies are."""

from __future__ import annotations

from graphs.planner.dialogue import State
from graphs.planner.focus import SEARCHES, open_conversation
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance

REPLIED = (
    r"what (?:did|do|have) (?:we|you guys|support|the team|our team|our side|the agents?) (?:say|said|tell|told|reply|"
    r"replied|respond|responded|answer|answered|write|wrote|send|sent)(?: back| in reply| to (?:her|him|them|that))?|"
    r"how did (?:we|support|the team|our team) (?:respond|reply|answer|handle (?:it|that|this))|"
    r"(?:our|the team's|support's) (?:reply|replies|response|responses|answer|answers)\b|"
    r"(?:did|have|has) (?:we|you guys|support|the team|our team|anyone|anybody|someone) (?:ever |already |actually )?"
    r"(?:reply|replied|respond|responded|answer|answered|get back|gotten back|got back)"
    r"(?:(?: to)? (?:her|him|them|that|it))?(?: yet)?\W*$"  # "did we reply to him", "have we answered her yet?"
)


def our_reply(r: Utterance, state: State) -> Plan | None:
    """The team's reply to what was just found: the one conversation opened, else her transcripts."""
    listing = state.listing
    if not r.has(REPLIED) or r.identified or r.names or r.person or r.ordinal is not None:
        return None
    if listing is None or listing.kind != "conversations" or not listing.items:
        return None
    if r.has(r"\b(?:the|that|this) (?:\w+ )?(?:one|convo|conversation|ticket|chat|thread)\b"):
        return None  # "the login one - what did we tell her": that one, picked from the list
    if len(listing.items) == 1:
        return open_conversation(r, listing.items[0])
    search = state.last_search
    if search is None or search[0] not in SEARCHES or not search[1].get("contact_email"):
        return None  # several, from everyone: which one is not said
    kept = {k: v for k, v in search[1].items() if k in ("contact_email", "state", "created_after", "created_before")}
    topic = search[1].get("query") or search[1].get("text")
    return ("intercom_find_conversations", {**kept, **({"text": topic} if topic else {})})


__all__ = ["REPLIED", "our_reply"]
