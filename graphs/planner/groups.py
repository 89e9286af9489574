"""Segments described rather than named: "the people who signed up for the trial", "the group we think might
leave", "customers at risk of churning", "the folks marked as enterprise", "how many are in the europe group".

The segments tool is the only one that knows who is in which group, so a question about such a group (who is
in it, how many) is answered with the segments list, with its counts when a number is asked for. Only words
that describe one of the usual segments count; a segment named as the workspace spells it is read elsewhere
(:mod:`graphs.planner.intents`).
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.intents import COUNTS, NO_COUNTS, Plan
from graphs.planner.reading import Utterance
from graphs.planner.topics import TOPIC_WORDS, singular

MIGHT = r"(?:might|may|could|would|will|about to|likely to|going to|gonna|thinking (?:of|about)|planning to|set to)"
DESCRIBED = (  # what a group of people is said to be, for each of the usual segments
    r"on (?:a |the |their )?(?:free )?trials?\b|signed up for (?:a |the )?(?:free )?trial|"
    r"(?:in|doing) (?:a |the |their )?(?:free )?trial\b|trial (?:people|folks|users|accounts|customers|crowd|ones)|"
    r"trying (?:us|it|the product) out|"
    r"(?:at )?risk of (?:leaving|churn(?:ing)?|cancell?ing|quitting)|" + MIGHT + r" (?:leave|churn|quit)\b|"
    r"(?:flagged|marked|tagged|labell?ed) as (?:leaving|churn(?:ing)?|at risk)|flight risks?|"
    r"(?:the )?leaving (?:group|ones)|(?:about|likely) to churn|"
    r"(?:marked|flagged|tagged|labell?ed|listed) (?:as )?(?:an? )?enterprise|"
    r"enterprise (?:people|folks|ones|group|crowd)|(?:heavy|super|hardcore) users|"
    r"(?:in|from) (?:the )?(?:eu|europe)\b|europe(?:an)? (?:group|customers|people|folks|ones|users)|"
    r"(?:gone|going|went) quiet|"
    r"(?:haven'?t|hasn'?t|have not|has not|not) (?:logged in|been (?:active|around))"
    r" (?:for|in) (?:a while|ages|weeks|months|some time|a bit|a long time)"
)
GROUP = (  # that a group of people is asked about
    r"\b(?:people|ppl|folks|customers|users|contacts|accounts|ones|group|crowd|who|who's|whos|anyone|anybody|"
    r"everyone|everybody)\b"
)


def described_group(r: Utterance, state: State) -> Plan | None:
    """The segments list for a question about a group described in words, or None; with the counts when a number
    is asked for, or was for the group asked about before ("how many signed up for the trial?" - "and the group
    we flagged as about to leave?")."""
    if r.identified or r.names or r.person or r.emails or r.dates or r.state:
        return None
    if r.topic and any(singular(w) in TOPIC_WORDS for w in r.topic.casefold().split()):
        return None  # "anyone on a trial asking about refunds": conversations
    if any(r.mentions(kind) for kind in ("conversation", "event", "company", "team")):
        return None  # "convos from people on a trial": their conversations, not the group
    if not (r.has(DESCRIBED) and rx.search(GROUP, r.text)):
        return None
    counted = r.has(COUNTS + r"|how many|big is") and not r.has(NO_COUNTS)
    last = state.last
    counted = counted or bool(last and last[0] == "intercom_list_segments" and last[1].get("include_count"))
    return ("intercom_list_segments", {"include_count": True} if counted else {})


MEMBERS = (  # a segment's members listed: "who's in churn risk?", "list every contact in that segment"
    r"\b(?:who(?:'s| is| are)?|whos|list|show(?: me)?|give me|pull|export) (?:\w+ ){0,3}(?:in|of|from) "
    r"(?:the |that |this |our )?(?:\w+ ){0,2}(?:segment|it)\b|"
    r"^(?:\w+ )?(?:who(?:'s| is| are)?|whos) (?:actually |really )?in\b|"
    r"\b(?:list|show(?: me)?|give me) (?:all |every |the )?(?:contacts|contact|people|members|users|ppl) (?:in|of)\b|"
    r"\b(?:everyone|everybody|each (?:contact|person)|members) in\b"
)
MEMBERS_ANSWER = (
    "None of these read tools lists the contacts in a segment. I can show every segment with how many contacts it "
    "holds ('segments with counts'), or list contacts, or a company's people."
)


def segment_members(r: Utterance) -> str | None:
    """'who's actually in churn risk? list every contact in that segment': none of the tools lists a segment's
    members (Intercom's contact search could, by segment_id; no tool here takes it), which is said, with what can
    be shown instead. Counts ("how many are in churn risk") are the segments list."""
    if r.named("segment") is None or r.identified or r.person or r.has(COUNTS + r"|how many|how big|size|number"):
        return None
    return MEMBERS_ANSWER if r.has(MEMBERS) else None


__all__ = ["described_group", "segment_members"]
