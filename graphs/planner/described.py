"""What people describe rather than name: a support topic, as the word a conversation search finds it by,
and how much of each person's activity they want ("everything they've done", "whatever they did last").

People describe a problem rather than name its category: "customers asking to get their money back",
"anyone locked out of their account", "folks asking us to walk their team through getting set up", "where-
is-my-package type questions". Intercom's conversation search matches the words written in messages, and
the words people describe a problem with are seldom the ones the customers wrote; the category's own word
is what the messages share ("refund", "login", "onboarding", "shipping"). So when a request names no topic
word of its own, a description of one of the common support topics below is searched by that topic's word.

A topic word said as such is always kept as said ("slack sync issues" searches "slack sync"): the
description is read only where the request says no topic word at all, and only to find conversations.
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.reading import Utterance
from graphs.planner.topics import TOPIC_WORDS, singular, topic_run

DESCRIPTIONS = {  # the topic word: how people describe it (regular expressions over the request's words)
    "refund": (
        r"(?:their|my|our|his|her|the) money back|reimburs\w*|refunded|paid back|"
        r"(?:return|give back|send back) (?:their|the) (?:money|payment)"
    ),
    "login": (
        r"sign(?:ing)?[- ]?in|log(?:ging)?[- ]?in|locked out|lock(?:ed)? out|get into (?:their|the|his|her) account|"
        r"(?:can'?t|cannot|couldn'?t|unable to) (?:get|sign|log) (?:in|into)|access (?:to )?(?:their|the|his|her) "
        r"accounts?"
    ),
    "password": r"reset (?:e-?mails?|links?)|forgot (?:their|the|his|her|my) (?:pass ?word|credentials)|credentials",
    "onboarding": (
        r"set ?up|setting up|get(?:ting)? started|walk(?:ing)? (?:\w+ ){0,4}through|walk-?throughs?|onboard\w*|"
        r"first steps|kick-?off (?:call|meeting)s?|training session"
    ),
    "shipping": (
        r"packages?|parcels?|deliver(?:y|ies|ed)|shipments?|tracking (?:numbers?|links?|info)|"
        r"(?:order|orders) (?:status|confirmations?|(?:has|have)n'?t (?:arrived|shipped|come))|"
        r"where (?:is|'s|are) (?:my|their|our|his|her) (?:order|orders|stuff|things)"
    ),
    "invoice": r"receipts?|vat|tax (?:ids?|numbers?)|paperwork|purchase orders?|billing address(?:es)?",
    "billing": (
        r"bills?|billed|overcharg\w*|double[- ]?charg\w*|charged twice|"
        r"card (?:was |got |being )?declined|declined cards?|payment (?:failed|failures?|declined)"
    ),
    "export": (
        r"download (?:their|the|a|all|his|her)? ?(?:data|reports?)|"
        r"(?:get|getting|pull|pulling) (?:their|the|his|her)? ?(?:data|reports?) out"
    ),
    "integration": r"connectors?|plugins?|third[- ]party (?:apps?|tools?)|stopped (?:posting|syncing)",
}
EVERY_EVENT = (  # "everything they've done", "their full event history", "every event you've got": all there is
    r"everything (?:they'?ve|they have|they|each (?:one|of them) (?:has|have)) (?:ever )?(?:done|did)|every event|"
    r"(?:all|full|entire|whole|complete) (?:of )?(?:their |the |his |her )?(?:events|event history|activity history)"
)
LAST_THING = (  # "the single latest thing each of them did", "whatever they did last": one event each
    r"(?:single |one )?(?:latest|last|most recent|newest) (?:thing|action|event)s? (?:each|per \w+|for each|"
    r"(?:that )?each (?:one|of them|person)|they (?:each )?did)|"
    r"(?:whatever|what) (?:they|each (?:one|of them)) did last"
)
A_FEW = r"\ba few (?:events?|things?|actions?)\b"
MOST_EVENTS = 50  # the composite tool's most events per contact


_COMPILED = [(word, rx.compile(rf"(?<![\w'])(?:{pattern})(?!\w)")) for word, pattern in DESCRIPTIONS.items()]


WHAT_ABOUT = (
    r"\bwhat (?:are|is|have|were|do|did)? ?(?:\w+ )?(?:people|customers|users|folks|clients|they|accounts) (?:been )?"
    r"(?:writ|ask|complain|talk|email|messag|chat|reach)\w* (?:in |out |to us |us )?about\b"
)  # what people write in about: the latest conversations show it


def described(text: str) -> str | None:
    """The one support topic ``text`` (a request's words, lower case) describes, or None (none, or several)."""
    found = {word for word, pattern in _COMPILED if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


FEELING = (  # how customers feel about something: what their conversations say
    r"unhappy|upset|frustrat\w+|angry|annoyed|confus\w+|stuck (?:in|on|with|at)|struggl\w+|locked out|"
    r"(?:having|have|had|has) (?:trouble|problems?|issues?) with|"
    r"(?:customers?|people|users?|folks|clients?|ppl|anyone|anybody|someone|somebody) (?:are |were |been |keeps? )?"
    r"(?:writing|wrote|emailing|emailed|messaging|messaged|reaching out)\b|"
    r"(?:customers?|people|users?|folks|clients?|someone|somebody|they) (?:are |were |keep |keeps )?"
    r"(?:saying|reporting|reported|report|complaining|telling us|raised|raise|flagged)\b|"  # "did customers report"
    r"(?:they|customers?|people|users?) (?:cant|can't|cannot|couldn't|"
    r"couldnt)\b|unable to|stopped (?:working|posting|syncing|sending|loading)|(?:is|are) (?:broken|down)\b|"
    r"keeps? (?:failing|breaking|crashing)|\bbroken\b|\bfailing\b|\bcrashing\b|not working|"
    r"(?:hitting|getting|seeing|running into|experiencing|facing|having|reporting) (?:the |a |an |any )?(?:\S+ ){0,2}"
    r"(?:problems?|issues?|errors?|bugs?|trouble|\d{3}s?)\b"
)
_ASKERS = (  # "which accounts asked for refunds this quarter": the conversations, not a list of companies
    r"(?:customers?|people|users?|folks|clients?|ppl|anyone|anybody|someone|somebody|they|those|ones|who|he|she|"
    r"accounts?|compan(?:y|ies))"
)
ASKING = (  # what people ask support for: "customers asking for refunds", "folks who want their money back"
    rf"{_ASKERS}(?: (?:are|were|keep|kept|have|has|had|been|still|all|always))* (?:ask|asks|asked|asking|request|"
    r"requests|requested|requesting|want|wants|wanted|wanting|need|needs|needed|needing|begging|demanding) "
    r"(?:us |support |the team )?(?:for|to|about|if|whether|how|where|when|why|their|his|her)\b|"
    rf"{_ASKERS} (?:who|whose|that) (?:\w+ ){{0,2}}"
    r"(?:can'?t|cannot|couldn'?t|never|didn'?t|still|want|wants|need|needs)\b"
)


def subject(r: Utterance) -> str | None:
    """The topic; when no phrase is read as one, and the request says what customers ask or feel (not whose
    conversations, by email), a topic word said anywhere ("folks who never got the reset email": reset), or else
    the support topic described ("customers asking to get their money back": refund); with dates or a state and
    nothing of that said, a topic word in the plural ("which refunds from over the summer are still open")."""
    if (
        r.quoted
    ):  # the words quoted, unless a subject is named outside them ('"where is my order?" other shipping convos')
        outside = rx.sub(r"\"[^\"]*\"|“[^”]*”|'[^']{8,}'", " ", r.raw.casefold())
        named = rx.search(r"\b([a-z]+) (?:convos?|conversations?|tickets?|chats?|threads?)\b", outside)
        return singular(named[1]) if named and singular(named[1]) in TOPIC_WORDS else r.topic
    if r.topic is not None:  # "where-is-my-package type questions": shipping; "duplicate charge": as said
        plain = not any(singular(w) in TOPIC_WORDS for w in r.topic.casefold().split())
        return (described(r.topic.casefold()) if plain else None) or r.topic
    if r.emails:
        return None  # "has omar.lopez.22@example.com ever written in? renewal is coming up": all of his
    if r.has(ASKING + "|" + FEELING + r"|about|regarding|where|type|kind of|sort of"):
        said = next((topic_run(r.tokens, i) for i, t in enumerate(r.tokens) if singular(t) in TOPIC_WORDS), None)
        return said or described(r.text)
    return (
        next((topic_run(r.tokens, i) for i, t in enumerate(r.tokens) if cases(t)), None) if r.dates or r.state else None
    )


def cases(token: str) -> bool:
    """Whether ``token`` is a topic word in the plural ("which refunds from over the summer are still open")."""
    return (word := singular(token)) != token and word in TOPIC_WORDS


BESIDE = frozenset(
    {"one", "guy", "lady", "person", "any", "up", "me", "out", "some", "all", "email"}
)  # "pull up her invoices", "his email is"


def topic_alone(r: Utterance, name: str = "", dated: bool = False) -> str | None:
    """'rosa okafor, refunds?', 'the tanaka one - billing?', 'invoices for <email>': a person (``name``, or an
    identifier) and topic words, nothing else (``dated``: dates too): the topic (their conversations about it)."""
    if dated and r.topic and len(r.tokens) <= 12 and all(singular(w) in TOPIC_WORDS for w in r.topic.lower().split()):
        return r.topic  # "anything from <email> about refunds in the last 30 days"
    if r.topic or not r.leftover or (r.dates and not dated) or len(r.tokens) > (8 + 4 * dated):
        return None
    said = set(name.casefold().split())
    words = [singular(w) for w in r.leftover.split() if w not in said and w not in BESIDE and not w.isdigit()]
    return " ".join(words) if words and all(w in TOPIC_WORDS for w in words) else None


MOVED = (
    r"\bbelong(?:s|ed)? to\b|\bstill (?:at|with|in) \w|\bmoved? (?:to|companies|jobs|on)\b|\bdid (?:s?he|they) move\b"
)


__all__ = [
    "A_FEW",
    "ASKING",
    "DESCRIPTIONS",
    "EVERY_EVENT",
    "FEELING",
    "LAST_THING",
    "MOST_EVENTS",
    "cases",
    "described",
    "subject",
    "topic_alone",
]
