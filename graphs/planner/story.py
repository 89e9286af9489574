"""A request told with its story: "so a customer emailed me yesterday saying the Slack integration is broken
AGAIN. can you find integration conversations that are still open?", "how many shipping problems have we had
since march? I'm seriously thinking about switching carriers". The sentences that only tell what happened or
how the person feels (someone emailed, mentioned, told me; I'm wondering, nervous, thinking) carry no request,
and their dates, subjects and pronouns are not the request's: they are set aside when another sentence asks
for something the workspace holds. A story alone ("a customer emailed me saying she can't log in") is kept:
it is all there is to read.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx

SENTENCES = rx.compile(r"(?<=[.?!])\s+(?=\S)|\s+[—–]\s+|\s*\.\.\.+\s*")
TOLD = rx.compile(
    r"\b(?:emailed|e-?mailed|wrote|writes|messaged|called|pinged|tweeted|posted|told|tells|said|says|saying|"
    r"mentioned|mentions|complained|complains|reached out|ranted|texted|"
    r"wonder(?:ing)?|nervous|worried|worrying|anxious|scared|thinking|think|feel|feeling|guess|learning|"
    r"(?:had|have) no idea|don'?t know|dunno|not sure|awkward|embarrassing|promise|sound prepared|bring it up)\b",
    re.I,
)
ASKED = rx.compile(
    r"\?|\b(?:can|could|would|will) (?:you|u)\b|\b(?:please|pls|plz)\b|"
    r"^(?:(?:so|ok|okay|and|now|then|also|but)\W+)*(?:show|list|find|pull|get|give|look|check|search|open|read|"
    r"tell|fetch|grab|display|who|what|which|how|when|were|are|is|was|any|did|do|does|has|have)\b|"
    r"\b(?:want|wanna|need|like) to (?:read|see|know|check|look|find)\b",
    re.I,
)
HELD = rx.compile(  # what the workspace holds, named in the request's own sentence
    r"\b(?:conversations?|convos?|tickets?|chats?|threads?|transcripts?|requests?|issues?|problems?|complaints?|"
    r"questions?|contacts?|customers|people|users|leads|companies|accounts?|segments?|teams?|events?|activity)\b",
    re.I,
)
BACK = rx.compile(r"\b(?:she|he|they|her|his|him|their|them|theirs|similar|same|those|these)\b", re.I)  # the story's
NAMED = rx.compile(r"@|\d{3,}|\busr_|\b[0-9a-f]{24}\b")  # an email or id: who the request is about
CUES = ("emailed", "wrote", "told", "said", "mention", "wonder", "thinking", "nervous", "worried", "know", "idea")


def unstoried(text: str) -> str:
    """``text`` without its story sentences, when another sentence asks for something (else ``text``)."""
    low = text.lower()
    if not any(cue in low for cue in CUES):
        return text  # (most requests tell no story)
    parts = [p for p in SENTENCES.split(text) if p.strip()]
    if len(parts) < 2:
        return text
    told = [bool(TOLD.search(p)) and not ASKED.search(p) and not NAMED.search(p) for p in parts]
    kept = [p for p, story in zip(parts, told, strict=True) if not story]
    if not any(told) or not any(ASKED.search(p) and HELD.search(p) for p in kept) or any(map(BACK.search, kept)):
        return text  # (a request that points back into its story: "a customer told me ... find similar ones")
    return " ".join(kept)


__all__ = ["unstoried"]
