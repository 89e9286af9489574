"""Other helpdesks' and CRMs' words read as Intercom's, before a request is read: people who come from
Zendesk, Freshdesk, HubSpot or Salesforce say "requester" and "end user" for a contact, "timeline" for a
contact's events, "groups" for the teams that handle conversations, "lists" for segments, "pending" and
"on-hold" for what Intercom calls snoozed, and "run the macro" for a write; a marketing tool's "tracking" for a
contact's events, "messages from" someone for their conversations, and "inboxes" conversations are routed to
for teams.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them with
the other rewrites. "Groups" of customers (the trial group, the groups we sort customers into) stay segments.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner import needles as rx
from graphs.planner.everyday import REWRITES as EVERYDAY

CUSTOMERS = rx.compile(
    r"\b(?:customers?|clients?|people|ppl|users?|contacts?|leads?|sign ?ups?|signups?|members?|accounts?|trial|"
    r"churn|enterprise|vip|sort|segments?|by)\b",
    re.IGNORECASE,
)  # words that make a group one of customers, or a grouping ("group them by state")


OWNERS = {"his": "him", "her": "her", "their": "them"}


def _profile_events(m: re.Match[str]) -> str:
    """ "events on usr_00014's profile", "the events on their profile": the person's events, not the profile."""
    owner = m.group(3)
    whose = OWNERS.get(owner.lower()) or re.sub(r"'s?$|(?<=\d)s$", "", owner)
    return f"{m.group(1)}{m.group(2)} for {whose}"


def _teams(m: re.Match[str]) -> str:
    """'groups' as the teams that handle conversations, unless the request is about groups of customers."""
    return m.group(0) if CUSTOMERS.search(m.string) else ("teams" if m.group(0).lower().endswith("s") else "team")


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"\b(?:agent |support |helpdesk |zendesk )?groups\b(?![- ]?by\b)", _teams),  # "list the groups, 2 per page"
    (  # "which group handles billing?", "what group has this ticket": the team
        r"(?:(?<=which )|(?<=what ))group(?= (?:handles|handled|handling|owns|has|gets|takes|covers|deals|works|"
        r"is (?:on|handling|assigned))\b)",
        _teams,
    ),
    (r"\b(?:the )?requesters\b", "the customers"),  # Zendesk: whoever opened the ticket
    (r"\b(?:the )?requester'?s\b", "the customer's"),
    (r"\b(?:the )?requester\b", "the customer"),
    (r"\bend[- ]users\b", "contacts"),
    (r"\bend[- ]user'?s\b", "contact's"),
    (r"\bend[- ]user\b", "contact"),
    (r"\b(?:raw |activity |event |events |usage )?timeline\b", "events"),  # "his timeline", "the raw timeline, last 10"
    (  # "show me the events on usr_00014's profile", "events timeline on their profile page?": the events
        r"\b(events)\b([^.?!]{0,25}?) (?:on|in|from) (?:the )?([\w.@-]+(?:'s?|(?<=\d)s)|his|her|their) "
        r"(?:user |contact |customer )?profile(?: page)?\b",
        _profile_events,
    ),
    (
        r"\b(which|what) (?:contact |customer |smart |hubspot )?lists\b(?! of\b)",
        r"\1 segments",
    ),  # "what lists do we have"
    (  # Salesforce: "cases from the second one", "any open cases": conversations
        r"\b(open|closed|solved|pending|my|the|their|his|her|its|any|all|recent|latest|new|support) cases\b",
        r"\1 conversations",
    ),
    (r"\bcases(?= (?:from|for|by|with|about|opened|raised)\b)", "conversations"),
    (  # "open the 2nd case", "every case raised by ...", "login cases": a conversation (not "in case", "use case")
        r"(?<!\bin )(?<!\buse )(?<!\bjust in )(?<!\bedge )(?<!\btest )(?<!\bworst )(?<!\bbest )(?<!\bupper )"
        r"(?<!\blower )(?<!\bin that )(?<!\bin this )(?<!\bin any )(?<!\bin either )(?<!\bin which )(?<!\bin each )"
        r"(?<!\bin no )\bcase(s?)\b(?! (?:study|studies|sensitive|insensitive|number|by case)\b)(?=.*?\b(?:open|close|"
        r"show|list|read|pull|get|from|by|raised|opened|filed|any|every|all|\d(?:st|nd|rd|th)|first|second|third|last|"
        r"latest|her|his|their|login|billing|refund|password|shipping)\b|\W*$)",
        r"conversation\1",
    ),
    (
        r"(?<='s )requests\b|\b(?<=(?:his|her) )requests\b|(?<=their )requests\b",
        "conversations",
    ),  # "the 6th's requests"
    (r"\bqueues\b(?! (?:of|for) )", "teams"),  # "show me the queues (the groups tickets get routed to)"
    (r"\b(?:most |least )?recently touched\b|\blast touched\b", "most recently updated"),  # "recently touched tickets"
    (r"\btracking data\b", "events"),  # "their tracking data"
    (r"\b(?:shared )?mailboxes\b", "teams"),  # Help Scout: "what mailboxes do we have set up"
    (r"\b(?:agents|reps)(?= (?:are )?(?:in|on) (?:the )?[\w-]+(?: team| group)?\b)", "teammates"),  # "agents in eng"
    (  # Zendesk: a ticket's comments are its messages ("the last 2 comments", "last 3 comments on ticket 100322")
        r"\b(last|latest|first|final|recent)((?: \d{1,3}| two| three| four| five| few| couple of)?) comments\b",
        r"\1\2 messages",
    ),
    (r"\bon-hold\b", "snoozed"),
    (r"\bstill[- ]active (?=(?:ones?|tickets?|convos?|conversations?|chats?|threads?|cases?)\b)", "open "),
    (  # "only the pending ones", "how many are pending": waiting on the customer, Intercom's snoozed
        r"\bpending\b(?= (?:[\w-]+ )?(?:ones?|tickets?|convos?|conversations?|chats?|threads?|requests?|cases?)\b|"
        r"(?: instead| then| now| right now| at the moment| atm| too| only)?\s*[?.!]*$)",
        "snoozed",
    ),
    (r"\b(?:run|apply|use|trigger|fire) (?:the |a |an |our |that )?(?:[\w-]+ ){0,3}macro\b", "update with a macro"),
    (  # "export the churn risk list to a csv": a file is made, which the toolkit does not do
        r"\bexport (?:\S+ ){0,6}(?:to|into|as) (?:a |an )?(?:csv|spreadsheet|excel|xlsx|google sheet|sheet|file)s?\b",
        "create a csv export",
    ),
    (  # "which inboxes / groups can tickets get routed to?": the teams conversations are assigned to
        r"\b(which|what) (?:inboxes|groups|queues)(?: ?(?:/|or|and) ?(?:inboxes|groups|queues|teams))?"
        r"(?=[^?.]*\b(?:routed|assigned|escalated|handed (?:off|over)|sent) to\b)",
        r"\1 teams",
    ),
    (r"^(?:(?:any|all|the) )?messages(?= (?:from|by|with) (?!(?:that|this|the|it|its)\b))", "conversations"),
    (
        r"\btracking(?: data| info)?(?= (?:for|of|on)\b)|"
        r"(?<=\b(?:her|his) )tracking\b(?! (?:number|link|code|#|id|page))",
        "events",
    ),  # "tracking for the new guy": what he did (not "the tracking number")
    *EVERYDAY,
]
