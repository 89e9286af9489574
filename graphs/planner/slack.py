"""A Slack thread pasted around a request, read as the request: a quoted line above it ("> @ops-bot: weekly
reminder ...") naming no one the request could mean, and a channel's report before the question
(":rotating_light: #incidents says the billing page 500s - any billing convos today?"). A quote followed only by
a nudge ("^ anyone? :eyes:", "+1") is the request itself and stays.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them first,
with the other rewrites after.
"""

from __future__ import annotations

REWRITES = [
    (  # a Slack quote pasted above the request ("> @ops-bot: ..."), naming no one the request could mean
        r"^(?:\s*>(?![^\n]*(?:[\w.+-]+@[\w-]+\.\w|usr_\w|\b[0-9a-f]{24}\b|\b\d{5,7}\b))[^\n]*\n)+"
        r"(?=\s*(?!\^|\+1|anyone\b|bump\b|@|ping\b|:[\w+-]+:)\S)"  # (not "^ anyone? :eyes:": the quote asks,
        r"(?![\s\S]*\b(?:list|show|pull|find|get|search) (?:them|those|these|it|this)\b)",  # nor "... can u list them")
        "",
    ),
    (  # ":rotating_light: #incidents says the billing page 500s - any billing convos today?": the question after it
        r"^(?::[\w+-]+:\s*)*(?:#[\w-]+|@[\w.-]+) (?:says|said|reports?|reported|is saying) [^?]*? - "
        r"(?=(?:any|are there|do we have|show|list|pull|get|how many|what)\b)",
        "",
    ),
]
