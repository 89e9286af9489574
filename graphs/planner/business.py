"""Business language read as the workspace's words, before a request is read: managers ask for "the lay of
the land on our book of business", "stakeholders" and "our champion" at an account, "touchpoints" with a
customer, "escalations" and "open items" on a topic, a "health check", to be "brought up to speed", and
"double-click" on one of a list. What the data holds is the same: companies ("accounts", "logos"), their
people, their events ("usage", "engagement", "activity"), conversations.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner.topics import TOPIC_WORDS

REWRITES: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (  # "circle back - who are the 25 newest people", "let's pivot to refunds": said before the request
        r"^\s*(?:(?:ok|okay|so|and|now|great|right)[,\s]+)*(?:let'?s )?(?:circle back|pivot|switch gears|zoom out)"
        r"(?: to)?\b[\s,:;.!-]*",
        "",
    ),
    (r"\b(?:voc|voice of (?:the )?customers?)(?: (?:on|about|around|re|for|regarding))?\b", "conversations about"),
    (r"\b(?:the )?(?:raw|event|activity) (?:stream|feed|log)\b", "the events"),  # "now the raw stream, last 10"
    (  # "show me that log of stuff users did": their events
        r"\b(?:the |that |this |a )?log of (?:the )?(?:stuff|things|actions|what) (?:\w+ ){0,2}?(?:did|do|does|done)\b",
        "the events",
    ),
    (  # "how's support looking this past week?", "are customers happy with billing lately?": the conversations
        r"\bhow(?:'s| is| are) (?:support|the inbox|our inbox|the queue|the support queue|support volume|tickets|"
        r"things in support) (?:looking|going|doing)\b",
        "conversations",
    ),
    (
        r"\b(?:are|is) (?:customers|users|people|clients|they) (?:happy|unhappy|satisfied|upset|annoyed|frustrated|"
        r"complaining) (?:with|about)\b(?= (?!lately|recently|these|this|today|now|at all)\w)",
        "conversations about",  # (not "what are customers unhappy about lately")
    ),
    (
        r"\b(?:reported|reporting|hit|hitting|seeing|getting|having|experiencing) (?:a |an |the |any )?(?=\d{3}s?\b)",
        "conversations about ",
    ),  # "who else reported a 429 in the last 30 days"
    (r"\b(?:mtd|month[- ]to[- ]date)\b", "this month"),  # "open billing converstions MTD"
    (r"\b(?:qtd|quarter[- ]to[- ]date)\b", "this quarter"),
    (r"\b(?:wtd|week[- ]to[- ]date)\b", "this week"),
    (r"(?<!\bmy )\b(?:our |the )?book of business\b|\b(?:our |the )?(?:customer )?logos\b", "companies"),
    (r"\b(?:give me |get me )?the lay of the land (?:on|for|of|across) ", "list "),
    (r"\b(?:give me |get me )?the lay of the land\b", "overview"),
    (  # "now widen it to his whole company", after his events: everyone there
        r"\b(?:(?:widen|expand|extend|broaden|zoom out)(?: it| that| this)? to )?(his|her|their) (?:whole|entire) "
        r"(?:company|account|org)\b",
        r"everyone at \1 company",
    ),
    (  # "which company again? details", after someone's overview: theirs (not "which company is that person with")
        r"^(?:(?:and|so|ok|wait)\W+)*which (?:company|account|org) "
        r"(?:again\b|(?:was|is) (?:it|that)(?=\W*$|\W+details))",
        "their company",
    ),
    (  # "customer 360 then", after someone's events: their overview ("customer 360 for <email>" is read as said)
        r"^(?:(?:ok|okay|and|now|so|fine)\W+)*(?:the |a |their |his |her )?(?:customer |client |user |contact |full |"
        r"complete |whole )?360(?: view| profile| overview)?(?: then| pls| please| too| now)*\W*$",
        "their full profile",
    ),
    (  # "what's billing been dealing with this month": conversations on that subject (not a person's doings)
        r"\bwhat(?:'s| has| have| is| are)? (?:the )?([a-z]+)(?: team)? been (?:dealing with|handling|working on|"
        r"seeing|getting|fielding)\b",
        lambda m: f"conversations about {m[1]}" if m[1] in TOPIC_WORDS else m[0],
    ),
    (  # "list the teams that may have access to customer conversations": the teams (the list takes no filter)
        r"^((?:list|show(?: me)?|give me|get(?: me)?) (?:all )?(?:the |our )?teams) (?:that|which|who) .*$",
        r"\1",
    ),
    (r"\b(?:sitting |waiting )?unassigned\b", "open"),  # "whats sitting in the queue unassigned": still open
    (r"\b(?:bring|get) me up to speed on\b", "everything on"),  # "bring me up to speed on him": all about him
    (r"\b(?:do |run )?(?:a )?health ?check (?:on|for)\b", "everything on"),
    (r"\b(?:let'?s )?(?:double[- ]click|drill|zoom) (?:on|into|in on)\b", "details of"),
    (  # "milo garcia's full picture, he's our main champion at juniper": where he is, not who he is to us
        r"(?<=[,?.;!]) (he|she)(?:'s| is) (?:our|their|the|a|an|my) (?:[\w-]+ ){1,3}?(at|from|with|over at) ",
        r" \1's \2 ",
    ),
    (
        r"\b(?:our|the|their|my|that) (?:exec(?:utive)? sponsor|champion|stakeholder|decision[- ]maker|main contact|"
        r"point of contact|poc|beta tester|power user|economic buyer|buyer)\b(?! (?:at|of|from|in|for|on|over) )",
        "the customer",
    ),  # "is our champion still active": a person not named yet (asked who)
    (
        r"\b(?:the|our|that) (?:beta|pilot|trial) (?:account|customer|company)\b(?! (?:at|of|from|in|for|on|over) )",
        "the company",
    ),  # "how is the beta account using ...": which company?
    (r"\b(?:stakeholders|decision[- ]makers?|roster)\b|\b(?:our|the|their) champions?\b(?!'s| league)", "people"),
    (
        r"^(?:(?:and|so|ok) )?(?:what about |how about )?(?:the )?other (?:people|ppl|folks)(?: there)?\W*$",
        "who else is there?",
    ),
    (r"\b(?:touch ?points?|interactions?)\b(?= (?:with|from|since|this|last|in|for)\b|\W*$)", "conversations"),
    (r"\bescalations? (?:on|about|around|re|for) (?!(?:our|their|the) (?:side|end)\b)", "conversations about "),
    (r"\bescalations?\b(?= (?:since|this|last|in|opened|raised|filed|created|logged)\b)", "conversations"),
    (r"\s*\bacross (?:all )?(?:my|our|the) (?:accounts|customers|clients|book)\b", ""),  # everyone's
    (
        r"\b(?:ticket |conversation |convo |support |inbound |chat )?volume\b(?! (?:discount|pricing|licens))",
        "conversations",
    ),  # "how did volume look last week", "billing volume for october"
    (
        r"^((?:(?:show|list|get|pull|give|any|what)(?: me| us)? )*)(?:all |the |any )?(?:customer |user |product )?"
        r"feedback(?= (?:since|from|in|during|this|last|after|before|over|yesterday|today)\b)",
        r"\1conversations",
    ),  # "feedback since nov 10", "all feedback in the week after the launch": the conversations of that time
    (r"^(?:ok |so )?make it (\w+)(?: ones?)? instead\W*$", r"\1 instead"),  # "make it billing instead"
    (
        r"\b(?:is )?(?:anything|what'?s|whats|what is|any fires?|anything else)(?: still)? (?:on fire|burning|"
        r"blowing up|going sideways)\b|\bany fires\b",
        "any open conversations",
    ),  # "anything on fire?": what is still open
    (r"^((?:(?:ok|okay|and|now|so|right)[\s,]+)*)(?:let'?s |can we |pls |please )?go back to\b", r"\1back to"),
    (
        r"^((?:(?:ok|okay|and|now|so|right)[\s,]+)*)(?:(?:show|give|get|pull up|take)(?: me| us)? )?"
        r"(?:the )?(first|1st|previous) page again\b",
        r"\1back to the \2 page",
    ),  # "ok show me the first page again"
    (
        r"^(?:(?:ok|okay|actually|no|nah|hmm)[\s,]+)*(?:skip|forget|drop|never ?mind|scrap) (?:the )?"
        r"(?!(?:events?|activity|contacts?|people|profile|details|list|compan\w+|conv\w+|tickets?|segments?|teams?)\b)"
        r"(\w+)(?: ones?| convos?| tickets?| stuff)?"
        r"\s*[,;.:-]+\s*(?:(?:do|show|try|get|pull|go with|switch to|look at)(?: me)? |(?:just |only )?)(?:the )?"
        r"(?!(?:latest|recent|newest|last|first|all|open|closed|snoozed|events?)\b)"
        r"([a-z]+)(?: ones?| convos?| tickets?| instead)*\W*$",
        r"\2 instead",
    ),  # "actually skip refunds, do invoices": the new topic, as "invoices instead" is read
    (
        r"\b(?:from|in|on|of) (?:the|that|this) escalation\b(?! (?:team|process|path|policy|queue)\b)",
        "from that conversation",
    ),  # "the contact from the escalation": the person who wrote it
    (r"\b(?:open|outstanding) ([a-z]+ )?items\b", r"open \1conversations"),
    (r"\b(?:the )?temperature on\b|\b(?:the )?pulse on\b", "conversations about"),
    (r"\b(?:usage|engagement)(?: by person| per person)?\b", "events"),
    (r"\b(?:drop|skip|lose) the activity(?: noise)?\b|\bno activity\b", "no events"),
    (r"(?<=\d )seats\b", "users"),
    (r"\b(more|fewer|less|most|least) seats\b", r"\1 users"),
    (r"\bseat ?counts?\b|\bnumber of seats\b|\bhow many seats\b", "user count"),  # "what's the seat count?"
    (r"\b(?:in|on) (?:our|the) (?:system|platform|books)\b", ""),
    (r"\bwhat account is (he|she|they) (?:under|on|with)\b", r"what company is \1 at"),
    (  # "the 10 logos that have gone dark the longest", "who's gone quiet": the least recently active first
        r"\b(?:that )?(?:have |has )?(?:gone|been|went) (?:dark|quiet|silent)(?: the longest| longest)?\b",
        "oldest first",
    ),
    (r"\bthe bottom (\d+)\b", r"the \1 oldest"),
    (  # "the companies we've heard least from lately": the least recently active first
        r"\b(?:that |whom? )?(?:we'?ve|we have|have we|i'?ve|i have|have i|we) heard (?:(?:the )?least from|from "
        r"(?:the )?least)(?: (?:lately|recently|of late))?\b",
        "oldest first",
    ),
]
