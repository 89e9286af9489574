"""'what was it about', 'what did he want', 'what was the issue', 'who has it', 'which team is it with': a
question about what one conversation says, or who on our side has it. When it is plain which conversation (the
only one just found, the one opened, or the only one a person's overview showed), that conversation, opened: its
transcript and its assignee answer it, nothing else the tools hold does. Of several just found: which one (what
it says), or the one the request picks ("the snoozed one, who has it")."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.choosing import words_of
from graphs.planner.dialogue import ASK_CONVERSATION, CONVERSATION_LISTS, State
from graphs.planner.focus import open_conversation
from graphs.planner.intents import Plan
from graphs.planner.paging import which_listed
from graphs.planner.reading import Utterance
from graphs.planner.topics import TOPIC_WORDS, singular

THING = r"(?:it|that|this|the)(?: one| ticket| convo| conversation| chat| thread| message)?"
GIST = (
    r"(?:(?:so|and|ok|okay|hmm|wait) )*(?:"
    rf"what(?:'s|s| is| was) {THING} (?:about|regarding|for)|"  # "what was it about"
    r"what did (?:it|he|she|they|the customer) "
    r"(?:say|write|want|need(?: help with)?|ask(?: for| about)?|complain about)|"
    r"what(?:'s|s| is| was| were) (?:the|his|her|their) (?:issue|problem|complaint|ask|question|gripe|request)s?|"
    rf"why(?:'s|s| is| was| has| did)? {THING} (?:been |still |now |not |get |got )*"  # "why is it still open"
    r"(?:snoozed|closed|open|resolved|unresolved|pending)"
    r")(?: (?:exactly|again|there|then))?(?: pls| please)? ?[?.!]*"
)
ASSIGNED = (  # who on our side has it: the conversation's record names its assignee and team
    r"\bwho(?:'s|s| is)? (?:assigned|handling|working on)\b|\bassignee\b|\bassigned to (?:who|whom|which)\b|"
    r"\bwho (?:has|had|handled|handles|owns|owned|took|picked up|answered|replied to|worked on) "
    r"(?:it|that|this)(?: one)?\b|"
    r"\bwho (?:on|from) (?:our|my|the) (?:side|end|team|staff|support team) (?:\w+ )?(?:saw|seen|read|viewed|looked at|"
    r"opened|answered|replied|handled|touched|worked on|dealt with)\b|"  # "who on our side saw it?"
    r"\bwhich (?:team|agent|admin|teammate) (?:has|had|handled|handles|owns|is (?:it |that |this )?(?:with|on)\W*$|"
    r"is (?:it |that |this )?assigned to\b)"
)


SAME_ISSUE = (
    r"\bsame (?:thing|issue|problem|error|bug|question|request|complaint)\b|"
    r"\b(?:reported|reporting|raised|raising|having|seeing|hitting|had) (?:this|that|it)\b(?! (?:one|convo|ticket))"
)
OTHERS = r"\b(?:who else|anyone|anybody|others?|someone|somebody|other (?:people|customers|users|folks))\b"


def same_issue(r: Utterance, state: State) -> Plan | None:
    """'who else reported the same thing this month?', with a conversation open: the conversations about what
    its first message is about (its first subject words), in the window said."""
    if state.focus != "conversation" or not state.conversation or r.identified or r.names or r.person is not None:
        return None
    if not (r.has(SAME_ISSUE) and r.has(OTHERS)):
        return None
    words = words_of(state.conversation).replace(".", " ").replace(",", " ").split()
    at = next((i for i, w in enumerate(words) if singular(w) in TOPIC_WORDS), None)
    if at is None:
        return None
    subject = " ".join(singular(w) for w in words[at : at + 2] if singular(w) in TOPIC_WORDS)  # "slack integration"
    args = {"query": subject, **({"state": r.state} if r.state else {}), **r.dates.args()}
    return ("intercom_search_conversations", args)


def gist(r: Utterance, state: State) -> Plan | None:
    """The one conversation a question about what it says means, opened; None when it is not plain which."""
    if (same := same_issue(r, state)) is not None:
        return same
    assigned = r.has(ASSIGNED) and r.ordinal is None and not r.has(r"\bteams\b")  # "list teams, who owns these"
    if not (rx.fullmatch(GIST, r.text) or assigned) or r.identified:
        return None
    if state.focus == "conversation" and state.conversation and state.conversation.get("id"):
        return open_conversation(r, state.conversation)  # "what did he want", with his conversation open
    listed = state.listing
    if state.last and state.last[0] in CONVERSATION_LISTS and listed is not None and listed.kind == "conversations":
        if len(listed.items) == 1 or not assigned:  # ("the snoozed one, who has it": picked from the list)
            return open_conversation(r, listed.items[0]) if len(listed.items) == 1 else which_listed(listed)
        return None
    if state.focus == "contact" and len(state.contact_conversations) == 1:
        return open_conversation(r, state.contact_conversations[0])  # the only one her overview showed
    if (
        assigned
        and state.last is None
        and r.has(r"^(?:\w+ )?who\b.*\b(?:it|that|this)\b")
        and not r.has(r"\b(?:teams?|groups?)\b")
    ):
        return ASK_CONVERSATION  # "who on our side saw it?", said first: which conversation?
    return None


__all__ = ["GIST", "gist"]
