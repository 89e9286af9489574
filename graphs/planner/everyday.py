"""A small business owner's words for Intercom's things, read as Intercom's: "my clients - the people, not the
businesses" (contacts), "the messages people sent us" and "chats" (conversations), "my lists" (segments), "my
crew", "my staff", "the staff groups" (teams), "the person's card" (a contact's record), "the business page" (a
company's details), "the chats from people who couldn't log in" (about login), "3 things for each person" (events
each), "totals for each kind" (an event summary), "add up everything she did" (a sum, not an addition); and
"convos mentioning errors" (the word "error" searched, not the noun a search is about); a reason said after
the request (", ppl wanting money back", ", want to eyeball the post-outage stuff") is left out.

Each is a pattern (case ignored) and what replaces it, applied with :mod:`graphs.planner.helpdesk_words`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner.topics import TOPIC_WORDS, singular

_Q = "[\"'“”‘’]"


def _about(m: re.Match[str]) -> str:
    """ "how many were refunds", after a count: how many were about refunds (a topic word only)."""
    return f"{m[1]} about {m[2]}" if singular(m[2].lower()) in TOPIC_WORDS else m[0]


REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"\b(how many (?:of (?:them|those|these) )?(?:were|are|was|is))\s+([a-z]+)(?=\W*$)", _about),
    (  # "any churn signals from enterprise accounts": the churn risk segment (not "... at acme corp": that company)
        r"\bchurn (?:signals?|warnings?|warning signs|flags?|indicators?|red flags)\b"
        r"(?![^?.]*\b(?:at|for|with) (?!(?:our|my|the|any|all|enterprise|vip|big|key)\b)[a-z])",
        "churn risk",
    ),
    (rf"\b(?:the )?so[- ]called {_Q}?[\w-]+{_Q}?\s*", ""),  # "the so-called 'urgent' convos": sarcasm, no subject
    (rf"(?<=\bour ){_Q}[\w-]+{_Q} (?=[\w-]+ (?:calls|convos|conversations|tickets|chats|issues)\b)", ""),  # "our
    # 'quick' onboarding calls": a word said in scorn, not the subject
    (  # "our 'enterprise' customers", "accounts that are 'open'", "the 'open' ones", "“that” ticket": a word stressed
        rf"{_Q}(open|closed|snoozed|that|this|those|these){_Q}|(?<=\bour ){_Q}([\w-]+){_Q}|"
        rf"{_Q}([\w-]+){_Q}(?= (?:customers|clients|accounts|users|people|ppl|folks|calls)\b)|"
        rf"(?<=\b(?:are|was) ){_Q}([\w-]+){_Q}(?=\s*(?:[.?!,]|$))",
        lambda m: str(m.group(1) or m.group(2) or m.group(3) or m.group(4)),
    ),
    (r"\b(?:any|whatever) (?:state|status)\b(?! (?:is|of)\b)", "all states"),  # "created yesterday, any state"
    (  # "what have you got on billing", "what do we have on acme": anything on it
        r"\bwhat (?:have|do|did) (?:you|u|ya|we) (?:got|get|have|find|found)(?= (?:on|about|for)\b)|"
        r"\bwhat (?:you|u|ya|we)(?:'ve)? got(?= (?:on|about|for)\b)|"
        r"\bwh?atcha (?:got|have|find)(?= (?:on|about|for)\b)",
        "anything",
    ),
    (  # "show me my clients? the actual people i mean", "20 of my clinets, the people": the contacts
        r"\b(?:clients?|clinets?|cleints?|customers?)\b(?=[^.]{0,30}?[?,;:-]\s*(?:i mean )?(?:the )?(?:actual )?"
        r"(?:people|persons|individuals|humans)\b)",
        "contacts",
    ),
    (
        r"\b(?:the )?messages? (?:that )?(?:people|customers|clients|users|folks|someone|anyone) (?:have |has )?"
        r"(?:sent|wrote|written|send)(?: (?:us|in|to us|me|to me))?\b",
        "conversations",
    ),  # "can i see the messages people sent us lately"
    (r"\bmy (?:customer |client )?lists(?: of (?:customers|clients|people|contacts))?\b", "segments"),
    (  # "compare dev baker and priya patel's activity": both people's (the first one first)
        r"\b(compare|comparing|contrast)\s+([a-z]+ [a-z]+)\s+(and|with|to|vs\.?|versus)\s+([a-z]+ [a-z]+)'s\b",
        r"\1 \2's \3 \4's",
    ),
    (  # "billing vs invoice convos this month": the first subject now (one search a turn; the other next)
        r"\b([a-z]+) (?:vs\.?|versus|compared to|against) ([a-z]+) (convos|conversations|tickets|chats|requests)\b",
        lambda m: f"{m[1]} {m[3]}" if singular(m[1]) in TOPIC_WORDS and singular(m[2]) in TOPIC_WORDS else m[0],
    ),
    (  # "did we ever sort out the refund for <email>?": her conversations about it (whether they were settled)
        r"\b(?:did|have|has) (?:we|you|support|anyone|someone|somebody)(?: ever| actually| finally| even)? "
        r"(?:sort(?:ed)? out|fix(?:ed)?|resolved?|handled?|deal(?:t)? with) (?:the|her|his|their|that|this) ([a-z]+)"
        r"(?: (?:issue|problem|request|question|thing|complaint))? (?=(?:for|with|of|from) )",
        lambda m: f"{m[1]} conversations " if singular(m[1]) in TOPIC_WORDS else m[0],
    ),
    (  # "back to the top, just 5 rows", "from the top again": the first page of the list (not its top item)
        r"(?:\b(?:go |going |jump |scroll )?back to|\bstart (?:again |over )?from|\b(?:again|over) from|^from) "
        r"the (?:very )?top(?: again)?\b(?! (?:one|item|row|result|person|contact|company|account|entry|convo|\d))",
        "back to the first page",
    ),
    (  # "the segment with trial in it somewhere": a segment known by part of its name (the segments, shown)
        r"\b(?:the |that |a |this |our )?segment (?:with|that has|which has|containing) ['\"]?[\w-]+['\"]? in "
        r"(?:it|the name|its name|the title)(?: somewhere)?\b",
        "the segments",
    ),
    (r"\b(?:the |my |our )?(?:staff|employee|crew) (?:groups?|teams?)\b", "teams"),  # "the staff groups"
    (r"\bmy (?:crew|staff)\b", "my teams"),  # "who's in my crew?"
    (r"\b(\w+) crew\b", r"\1 team"),  # "my billing crew"
    (r"\b(?:the |that |their |her |his |its )?business page\b", "the company details"),
    (r"\bwhich business (?=(?:is|was|does) (?:she|he|they) (?:with|at|in|work))", "which company "),
    (
        r"(?<!credit )(?<!gift )(?<!debit )\bcards?\b(?! (?:payments?|details|numbers?|declined|charges?|fees?))",
        "record",
    ),  # "the person's card", "can i see the card for the second person"
    (
        r"\b(?:from |by )?(?:the )?(?:people|customers|clients|users|folks|someone|anyone) who (?:couldn'?t|can'?t|"
        r"could not|cannot|were unable to|are unable to|had trouble|have trouble|had problems|had issues)(?: to)?"
        r" (?:with )?(?:the )?(\w+)",
        r"about \1",
    ),  # "the chats from people who couldn't login"
    (
        r"\b(\d{1,2}) (?:things|actions|clicks|events) (?:for|per|from) (?:each|every) (?:person|contact|one|user|"
        r"of them)\b",
        r"\1 events each",
    ),  # "just the last 3 things for each person"
    (
        r"\btotals? (?:for|of|per|by) (?:each |every )?(?:kind|type)(?: of (?:thing|event|action)s?)?\b|"
        r"\bby (?:type|kind) of (?:thing|event|action)s?\b",
        "event summary",
    ),  # "can i see totals for each kind instead"
    (r"\badd up\b", "count up"),  # "add up everything she has done": a sum
    (  # "refund requests from the 12th on, ppl wanting money back for the downtime": why, not what else
        r",\s*(?:ppl|people|customers|folks|users|clients) (?:wanting|asking for|asking|looking for|trying to|who want"
        r"(?:ed)?|who asked)\b[^.?!]*$|"
        r",\s*(?:i )?(?:want to|wanna|trying to|looking to|need to|gonna|going to) (?:eyeball|skim|scan|spot|"
        r"sanity[- ]check|look over)\b[^.?!]*$|,\s*looking for (?:the )?[\w-]+ (?:fallout|impact|aftermath|damage)\W*$",
        "",
    ),
    (r"\b(mentioning|mentions?|containing|saying|with the words?) (?:an? |the |any )?(error|bug)s\b", r"\1 \2"),
    (r"\bwhat did (.{1,30}?) do in the (app|product)\b", r"what has \1 been doing in the \2"),  # her events
]


__all__ = ["REWRITES"]
