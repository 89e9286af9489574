"""A Slack thread pasted around a request, read as the request: a quoted line above it ("> @ops-bot: weekly
reminder ...") naming no one the request could mean, and a channel's report before the question
(":rotating_light: #incidents says the billing page 500s - any billing convos today?"). A quote followed only by
a nudge ("^ anyone? :eyes:", "+1") is the request itself and stays.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them first,
with the other rewrites after.
"""

from __future__ import annotations

_NUDGE = (  # "can you check", "yeah can u", "please do it": a nudge to do what the quote asks
    r"(?:(?:yeah|yes|ok|okay|so|hey|sure),? )?(?:(?:can|could|would) (?:you|u|ya|someone|somebody|anyone) )?"
    r"(?:please |pls )?(?:check|look|look into (?:it|this|that)|take a look|have a look|do it|do that|"
    r"handle (?:it|this|that)|help|(?:can|could|would) (?:you|u|ya))?(?: (?:please|pls|thx|thanks))?\W*$"
)

REWRITES = [
    (r"(?im)^\s*sent from (?:my )?(?:iphone|ipad|android|phone|mobile|outlook|gmail|mail|samsung)\b[^\n]*$", ""),  # a
    # mail app's footer ("Sent from Outlook for iOS"): no company of ours
    (  # "copied from the QBR doc: 'Top accounts by recent activity'" above the request: a title, no record named
        r"^\s*(?:copied|pasted|grabbed|taken|lifted) (?:this |it )?(?:straight )?from (?:the|our|my|a|an) [^\n:]{1,40}:"
        r"\s*([\"'])(?:(?!\1)[^\n\d@|]){1,80}\1\s*\n+(?=\S)",
        "",
    ),
    (  # a Slack quote pasted above the request ("> @ops-bot: ..."), naming no one the request could mean
        r"^(?:\s*>(?![^\n]*(?:[\w.+-]+@[\w-]+\.\w|usr_\w|\b[0-9a-f]{24}\b|\b\d{5,7}\b))[^\n]*\n)+"
        r"(?=\s*(?!\^|\+1|anyone\b|bump\b|@|ping\b|:[\w+-]+:|" + _NUDGE + r")\S)"  # (not "^ anyone?": the quote asks,
        r"(?![\s\S]*\b(?:list|show|pull|find|get|search) (?:them|those|these|it|this)\b)",  # nor "... can u list them")
        "",
    ),
    (  # ":rotating_light: #incidents says the billing page 500s - any billing convos today?": the question after it
        r"^(?::[\w+-]+:\s*)*(?:#[\w-]+|@[\w.-]+) (?:says|said|reports?|reported|is saying) [^?]*? - "
        r"(?=(?:any|are there|do we have|show|list|pull|get|how many|what)\b)",
        "",
    ),
]
