"""The words that ask for a contact's data events, and those that ask for their all-time totals (the events
tool's summary: a count per event name, with when each was first and last done): "how many times", "the first
time she used the api", "when did he last export", "his most-used feature", "the last login".
"""

from __future__ import annotations

CONTACT_EVENTS = (
    r"events?|activit(?:y|ies)|actions?|triggered|tracked|logged|done each|been doing|(?:done|doing) anything|"
    r"(?:used|using|use|uses|done in|doing in) (?:the |our )?(?:product|app|platform|tool|software|api)|"
    r"what did (?:the |that |this )?(?:\w+ )?\S+ do|"
    r"log(?:ged)? ?in|logins?|sign(?:ed)? ?in|did (?!(?:we|you|u|i|anyone|anybody|someone|somebody|support)\b)\S+ \w+|"
    r"things (?:\S+ )?did|\S+ did$|click\w*|"
    r"\b(?:upgraded|upgrading|downgraded|downgrading|exported|exporting|invited|inviting|uploaded|uploading)\b|"
    r"\b(?:onboarding|activation|setup|set-?up|sign-?up|trial) steps\b|\bwhat (?:has|have) \S+ done\b|"  # "so far"
    r"\bopened (?:\w+ )?invoices?\b"  # the opened-invoice event
)
SUMMARY = (
    r"(?:fire|fires|fired|does|do|did|trigger|triggers|triggered) (?:the )?most|most (?:often|frequent|common)|"
    r"top events?|"
    r"(?<!\bin )(?<!\bin the )(?:first|last) time (?!(?:we|you|u|support|they|the team|in|on)\b)\w\S* \w+|"
    r"when did (?!(?:we|you|u|i|support)\b)\S+ (?:first|last)|most[- ]used|"
    r"(?:first|last) (?:log-?in|sign-?in)|"
    r"summary|summari[sz]e|totals?|counts?|event counts?|each event|each thing|per event|by name|overall|"
    r"how many times|how often|how many of each|all[- ]time|of all (?:the )?time|breakdown|\w+-\w+ (?:counts?|totals?)|"
    r"group(?:ed)? by (?:event|name|type)|by event[ _]?(?:name|type)|kind of event|with (?:their )?counts"
)
NOT_SUMMARY = r"\b(?:not|no|without|instead of|rather than|skip|forget) (?:the |a |that )?(?:summary|totals?|counts)\b"
DID = (  # what someone did, asked of the person in view
    r"(?:she|he|they) did|did (?:she|he|they) do|what did (?:\w+ ){1,3}do\b|things? (?:\w+ )?did\b|"
    r"(?:does|do) (?:she|he|they) (?:\w+ )?do\b|(?:when did|(?:has|have|did) (?:she|he|they) (?:ever|already|yet)) "
    r"(?:she|he|they )?(?:\w+ )?(?:upgrade|downgrade|invite|upload|export|create)[a-z]*"  # "has she ever exported?"
)


__all__ = ["CONTACT_EVENTS", "DID", "NOT_SUMMARY", "SUMMARY"]
