"""Identifiers from other tools, pasted beside a request: a Stripe customer id ("cus_N4xT0p9wQ"), a Zendesk ticket
number, a Jira key ("ENG-4410"), a HubSpot, Salesforce or Slack link. Intercom has no record of them, so they are
taken out of the request before it is read: what else it says is planned ("stripe id is cus_..., intercom id is
<id> - what's their profile?": that id's), and when nothing else says whom or what is meant, the planner asks,
naming what was pasted ("can you look up cus_QhT7m2LxP0 in intercom": whose email, name or Intercom id is it?).
An order number stays: customers write it in their messages, so it is searched. So does anything in a pasted
message or note.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx

PASTED = "(pasted)"  # what is left in an identifier's place (a word no request uses)
TOOLS = "hubspot|salesforce|force|slack|zendesk|atlassian|stripe|linear|github|notion|trello|asana|pipedrive"
ZENDESK = r"\bzendesk(?: ticket| ticket number| no\.?)?\s*#?\d{3,}\b|\b(?:ticket|tkt) #?\d{3,} (?:in|from|on) zendesk\b"
JIRA = rx.compile(r"(?<![\w-])(?!CMP-)[A-Z][A-Z0-9]{1,9}-\d{1,6}(?![\w-])")  # said with "jira" ("jira SUP-1142")
FOREIGN = [  # (what it is, how it is found)
    ("a Stripe id", rx.compile(r"\b(?:cus|ch|pi|sub|acct|prod|price|pm|txn|py|evt|inv)_[A-Za-z0-9]{8,}\b")),
    ("a Zendesk ticket number", rx.compile(ZENDESK, re.IGNORECASE)),
    ("a Jira issue key", rx.compile(r"(?:(?<=\bon )|(?<=\bre )|(?<=\bfor ))[A-Z]{2,6}-\d{2,6}\b")),  # "on ENG-4410"
    ("a link to another tool", rx.compile(rf"https?://(?:[\w-]+\.)*(?:{TOOLS})\.(?:com|net|app|so|io)/\S*", re.I)),
]


def other_tools(text: str) -> tuple[str, str | None]:
    """``text`` without other tools' identifiers, and what the first one was (None: there were none)."""
    low = text.lower()
    if "\n" in text or not ("_" in text or "zendesk" in low or "http" in low or "-" in text):
        return text, None  # a pasted message or note is read as pasted (its numbers may be what is searched)
    first = None
    if rx.search(r"\bjira\b", text, flags=re.IGNORECASE) and JIRA.search(text):
        first, text = "a Jira issue key", JIRA.sub(f" {PASTED} ", text)
    for what, pattern in FOREIGN:
        if pattern.search(text):
            first = first or what
            text = pattern.sub(f" {PASTED} ", text)  # (a word in its place: "SF opp <link> is for juniper logistics")
    return (rx.sub(r"\s{2,}", " ", text).strip(), first) if first else (text, None)


def cannot_look_up(what: str) -> str:
    """The question when the only identifier said was another tool's."""
    return (
        f"That is {what}: Intercom has no record of it, so I can't look it up here. Who or what do you mean in "
        "Intercom? Give me their email or name, or an Intercom id or link."
    )


__all__ = ["PASTED", "cannot_look_up", "other_tools"]
