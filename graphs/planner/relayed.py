"""Requests relayed for someone else, read as the request itself before it is read: "my boss wants to know
which teams we have", "she'd like to see the 30 most recently updated conversations", "he's asking for the
transcripts of ...", "I've been told to pull ...". A change relayed the same way is a change: "he'd like you
to mark it closed", "she'd like it reopened", "my boss wants all the open refund convos snoozed until
monday" (read as "mark them as snoozed", the write it is). A remark on why it is wanted is set aside:
"..., she wants to follow up on them".

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites.
"""

from __future__ import annotations

_ROLE = (  # "my boss", "the vp of sales", "our account director", "eng manager", "success team lead"
    r"(?:(?:my|our|the) )?(?:[\w-]+ ){0,2}?(?:boss|manager|team ?lead|lead|supervisor|director|vp|cto|ceo|cfo|coo|"
    r"exec|founder|head of \w+)(?: of \w+)?"
)
_WHO = rf"(?:{_ROLE}|he|she|they)"
_WISH = (  # said right after who wishes it ("she'd like", "he wants", "the vp is asking for")
    r"(?:'d like| would like| wants?| wanted| needs?| needed|(?:'s| is) asking(?: for)?| asked(?: for)?|"
    r" asks(?: for)?|(?:'s| is) after|(?:'s| is) hoping(?: for)?)"
)
_DONE = (  # what a relayed wish asks done to something ("she'd like it reopened"): a change
    r"(?:un)?snoozed|closed|re-?opened|(?:re)?assigned|archived|merged|deleted|removed|tagged|escalated|resolved|"
    r"marked|moved"
)
_ASKED = r"(?: to (?:know|see|find out)\b(?: (?:about|if|whether)\b)?| to\b)?\s*(?:[,:]\s*)?"
_PLAIN_THINGS = r"(?:ones?|conversations?|convos?|tickets?|chats?|threads?|contacts?|people|accounts?|compan(?:y|ies))"

REWRITES = [
    (  # "my boss wants all the open refund convos snoozed until monday": a change, said as one
        rf"^\W*(?:(?:ok|okay|so|and|also|now|then)\W+)*{_WHO}{_WISH} (?:you |us )?(?:to have )?(?!to )"
        rf"((?:\S+ ){{0,6}}?\S+) (?:to be )?({_DONE})\b(?! {_PLAIN_THINGS}\b)",
        r"mark \1 as \2",
    ),
    (  # "..., she wants to follow up on them": why it is wanted, not what
        rf"[,;]\s*(?:and )?{_WHO}(?:'d| would| is|'s)? ?(?:like|wants?|needs?|plans?|going|hopes?) to (?:follow up|"
        r"reach out|call|chase|review|go through|prep|prepare|present|share|use|see (?:whether|if) (?:it'?s|things "
        r"are|that'?s) (?:getting|improving|better|worse))\b(?![^?]*\byou\b)[^?]*$",
        "",
    ),
    (  # "..., he's prepping for the sync", "- she's doing a retro on the pricing page": the asker's own work
        r"\s*(?:[,;]|—|–| - )\s*(?:and )?(?:he|she|they)(?:'s| is| are|'re) (?:prepping|preparing|getting ready|doing|"
        r"putting together|working on|building|writing)\b[^?.!]*",
        "",
    ),
    (  # "my boss wants to know which teams we have", "I've been told to pull ...": the request itself (not when
        # a "she" later is the boss: "my manager wants to know ... - she's doing a retro")
        rf"^\W*(?:(?:ok|okay|so|and|also|now|then|hey|hi)\W+)*(?:{_ROLE}{_WISH}(?![^?]*\b(?:she|he|her|his|him)\b)|"
        rf"i(?:'ve| have)? been (?:told|asked)|{_ROLE} (?:told|asked) me)(?: (?:you|me|us))?(?: to get you)?{_ASKED}",
        "",
    ),
    (  # "he'd like you to mark it closed", "she wants the 30 newest conversations": not "she wants us to lock
        # her account" nor "she wants the refund issued" (a customer's wish, and a change)
        rf"^\W*(?:(?:ok|okay|so|and|also|now|then|hey|hi)\W+)*(?:he|she|they){_WISH}(?= (?:you|me) to|"
        rf" (?:to (?:know|see|find out|get|pull|check|read|have|look)|for|the|a|an|all|which|what|how|who|whether|"
        r"if)\b)(?! (?:the |her |his |their |a |an )?(?:refund|credit|discount|call ?back|reply|answer|response)\b)"
        rf"(?: (?:you|me))?{_ASKED}",
        "",
    ),
    (  # "list our teams, need to know who to loop in on the onyx escalation": why it is asked, set aside
        r"\s*[,;]\s*(?:i |we )?(?:need|want|have|got) to (?:know|figure out|work out|decide|see|find out) "
        r"(?:who|whom|which team|which teams) (?:to|we|i|should)\b[^?]*$",
        "",
    ),
    (  # "any onboarding requests still open? want to know before the kestrel call": why and when, set aside
        r"(?:[?,;.!]|\s-)\s*(?:i |we )?(?:just )?(?:need|want|wanna|have|got|gotta|would like|'d like) (?:to )?"
        r"(?:know|check|see|be sure|make sure)(?: this| that| it)? (?:before|ahead of|for) (?:the|my|our|a|tomorrow'?s|"
        r"today'?s|this) (?:[\w'-]+ ){0,3}(?:call|meeting|sync|qbr|review|demo|renewal|check-?in)\b[^?]*$",
        "",
    ),
    (  # "night shift said globex were unhappy, who's there", "the handover says ...": a report passed on, then the
        # request (not "rosa said she was charged twice": a customer's words, and who she is)
        r"^\W*(?:(?:ok|okay|so|and|also|hey|hi|fyi|btw)\W+)*(?:the |our |my )?(?:(?:night|day|late|early|weekend|"
        r"morning|evening|overnight|previous|last|other) (?:shift|team|crew|on-?call|agents?|folks|people)|on-?call|"
        r"(?:the )?handover(?: note| doc)?|a (?:colleague|coworker|co-worker|teammate))(?: (?:lead|person|guy))? "
        r"(?:said|says|mentioned|mentions|flagged|flags|reported|reports|noted|notes|wrote|writes|left a note)"
        r"(?: (?:that|about))?\s*[,:-]?\s*",
        "",
    ),
    (r"\b(?:before|by) (?:lunch|noon|eod|end of day|(?:my|the|her|his) (?:meeting|call|1:1|one on one))\b", ""),
    (  # "what the customer actually said in the most recent integration ticket": its transcript
        r"\bwhat (?:the|that) (?:customer|client|user|person) (?:actually |really )?(?:said|wrote) in\b",
        "the transcript of",
    ),
    (  # "the most recent integration ticket - can you pull that one transcript": the one just described
        r"(\bthe (?:most recent|latest|newest|oldest|last|first) (?:[\w-]+ ){0,3}(?:ticket|conversation|convo|chat|"
        r"thread)\b.*?)\b(?:that|this) one\b",
        r"\1it",
    ),
    (rf"\b(list|lists|report|deck|summary|numbers) for (?:him|her|them|{_ROLE})\b", r"\1"),  # "... list for her"
    (r"\b(?:we(?:'ve| have)?|have we|do we have) set up\b", "we have"),  # "which segments we have set up"
]  # fmt: skip
