"""Formal, polite and legal register read as plain words before a request is read: "sorry, could you ...", a
compliance officer's "kindly provide the full record of the data subject", "Ms Iris Weber", "conversations in
which a refund was requested", "referencing the API", "the third quarter of 2026", "the week commencing 2
November". What the data holds is the same: a person, her record, conversations about a topic in a window.

Each is a pattern (case ignored) and what replaces it; :func:`graphs.planner.plain.plain` applies them
with the other rewrites.
"""

from __future__ import annotations

NTH = (("first", "1"), ("second", "2"), ("third", "3"), ("fourth", "4"))

REWRITES = [
    (  # "sorry, could you show me the events of the first person there?": politeness, not a correction
        r"^\W*(?:(?:hello|hi|hey|ok|okay)\W+)?(?:so )?(?:sorry|apologies)(?: to (?:ask|bother you|be a pain))?"
        r"(?: again)?[,!.\s-]+(?:but\s+)?(?=(?:could|can|would|will|please|pls|kindly|i was wondering|do you|"
        r"is there|how|what|who|which)\b)",
        "",
    ),
    (  # "I received a subject access request this morning; would you please pull the requester's record?": the ask
        r"^\W*(?:i|we)(?:'ve| have)? (?:just )?(?:received|got|had|have) (?:a|an|another) [^;.!?]*[;.!]\s+"
        r"(?=(?:would|could|can|will|please|kindly|pls|pull|show|find|get|give|list)\b)(?!.*\b(?:it|them|those)\b)",
        "",
    ),
    (r"(?<![\d.])\b(?:mr|mrs|ms|mx|dr)\.?\s+(?=(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))", ""),  # "Ms Iris Weber": Iris Weber
    (r"\b(?:the|this|that|our) (?:data subject|requester|requestor|data principal)\b", "this person"),
    (r"\bindividuals\b", "people"),
    (r"\b(the|this|that|an|each|every|same|first|second|third|fourth|fifth|last|other) individual\b(?! (?:people|"
     r"persons|contacts|users|customers|records|events|conversations|convos|tickets|level|counts?)\b)", r"\1 person"),
    (r"(?:^\W*|\b(?:kindly|please|could you|would you|can you)\s+)(?:provide|furnish|supply)(?: (?:me|us) with)?\b",
     "show"),
    (r"\bin which (?:a |an |the )?([\w-]+(?: [\w-]+)?) (?:was|were|is|are|has been|have been) (?:requested|raised|"
     r"reported|mentioned|discussed|asked for|sought)\b", r"about \1"),  # "conversations in which a refund was ..."
    (r"\b(?:referenc(?:e|es|ing)|citing)\b(?= (?:the |a |an )?\w)", "about"),  # "conversations referencing the API"
    *((rf"\b(?:the )?{word} quarter(?: of)?(?= (?:20\d\d|this year|last year)\b)", f"q{n}") for word, n in NTH),
    (r"\b(?:for |in |during )?the week (?:commencing|beginning|starting)(?: on)?(?: (?:monday|mon)\b,?)?",
     "the week of"),  # "for the week commencing Monday 2 November 2026"
]  # fmt: skip
