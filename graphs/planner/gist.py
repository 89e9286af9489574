"""'what was it about', 'what did he want', 'what was the issue': a question about what one conversation says.
When it is plain which conversation (the only one just found, the one opened, or the only one a person's overview
showed), that conversation, opened: its transcript answers it, nothing else the tools hold does. Of several just
found: which one."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.focus import SEARCHES, open_conversation
from graphs.planner.intents import Plan
from graphs.planner.paging import which_listed
from graphs.planner.reading import Utterance

THING = r"(?:it|that|this|the)(?: one| ticket| convo| conversation| chat| thread| message)?"
GIST = (
    r"(?:(?:so|and|ok|okay|hmm|wait) )*(?:"
    rf"what(?:'s|s| is| was) {THING} (?:about|regarding|for)|"  # "what was it about"
    r"what did (?:it|he|she|they|the customer) "
    r"(?:say|write|want|need(?: help with)?|ask(?: for| about)?|complain about)|"
    r"what(?:'s|s| is| was| were) (?:the|his|her|their) (?:issue|problem|complaint|ask|question|gripe|request)s?"
    r")(?: (?:exactly|again|there|then))?(?: pls| please)? ?[?.!]*"
)
LISTS = (*SEARCHES, "intercom_list_conversations")


def gist(r: Utterance, state: State) -> Plan | None:
    """The one conversation a question about what it says means, opened; None when it is not plain which."""
    if not rx.fullmatch(GIST, r.text) or r.identified:
        return None
    if state.focus == "conversation" and state.conversation and state.conversation.get("id"):
        return open_conversation(r, state.conversation)  # "what did he want", with his conversation open
    listed = state.listing
    if state.last and state.last[0] in LISTS and listed is not None and listed.kind == "conversations":
        return open_conversation(r, listed.items[0]) if len(listed.items) == 1 else which_listed(listed)
    if state.focus == "contact" and len(state.contact_conversations) == 1:
        return open_conversation(r, state.contact_conversations[0])  # the only one her overview showed
    return None


__all__ = ["GIST", "gist"]
