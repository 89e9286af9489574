"""What a message asks, without the thinking around it: a change of mind mid-message ("reply to 100049 and tell
them we're on it... hmm no, actually I should read it first, just show me 100049": the second thought), and
the sentences after the request that only say why it is asked ("what's sitting snoozed right now? I have a
feeling a bunch of stuff got snoozed and forgotten, which is how we lost that big account last year").

A sentence after the request is set aside only when it opens the way a reason or a story does ("I have a
feeling", "I'm trying to", "I already", "because", "which is how", "want to know if") and carries nothing the
request could use (a question, an id, an email, "could you ..."); "... I only want billing ones" narrows the
request and stays.
"""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.identifiers import EMAIL_PATTERN

MIND_CHANGED = rx.compile(  # "... hmm no, actually", "... actually you know what,": what follows is what is asked
    r"(?:\.{2,}|…|[,;.!?]|\s-+)\s*(?:(?:hm+|um+|uh+|wait|oh)[,\s]+)*(?:no[,\s]+actually|actually[,\s]+"
    r"(?:you know what|on second thought|scratch that|forget (?:that|it))|on second thought)\b[\s,.:;-]*(?=\S)",
    re.IGNORECASE,
)
WHY = (
    r"i(?:'ve| have)? (?:a|got a) feeling|i feel like|i suspect|i'?m (?:a bit |quite |slightly |kind of )?worried|"
    r"i am (?:a bit )?worried|i'?m trying to|i am trying to|i(?:'ve| have)? already|i never|i'?ll do (?:that|this|"
    r"those|the rest|it)|i will do (?:that|this|it)|which is (?:more or less |probably |basically |kind of )?"
    r"(?:how|why|what|more|a lot)|because|that'?s (?:how|why)|this is (?:for|because)|it'?s for (?:the|a|my|our)|"
    r"we lost|"
    r"(?:i )?(?:want|need|wanted) to (?:know|see|make sure|be sure|check|double[- ]?check|confirm) (?:if|whether|"
    r"it'?s|that)|just so (?:i|we)|so (?:i|we) can|no rush|"
    r"the reason|not (?:\w+ ){0,2}\w+,? (?:i'?ll|we'?ll|i will|we will)"
)
PERSON_IDS = rf"\b[0-9a-f]{{24}}\b|\busr_\w+|{EMAIL_PATTERN}"  # a contact's Intercom id, external id or email
PERSON_NAMED = rx.compile(PERSON_IDS, re.IGNORECASE)
NAMED = rx.compile(rf"{PERSON_IDS}|(?<![\w.-])\d{{5,7}}(?![\w.-])", re.IGNORECASE)  # or a conversation's number
SENTENCE = rx.compile(r"(?<=[.!?])\s+(?=\S)")
WHY_OPENING = rx.compile(rf"^(?:(?:and|so|but|also|honestly|tbh|anyway)[,\s]+)?(?:{WHY})\b", re.IGNORECASE)
USABLE = rx.compile(  # what a request could use: a question, an id, an email, a request made again
    r"\?|@|\b\d{5,}\b|\b[0-9a-f]{24}\b|\busr_\w+|\b(?:can|could|would|will) (?:you|u)\b|"
    r"\b(?:show|give|pull|get|send|list|find) (?:me|us)\b",
    re.IGNORECASE,
)


SPEECH = rx.compile(  # "customer says", "they wrote:", "pasting from chat:": what someone else wrote comes next
    r"\b(?:says|said|wrote|writes|asked|asks|asking|pasted|pasting(?: from (?:chat|the chat|intercom))?|messaged|"
    r"typed|replied|replies|texted|emailed|put it)\b(?:\s+[\w']+){0,3}\s*:?\s*$|"
    r"\b(?:customer|client|user|caller|they|lead|chat)\s*:\s*$",
    re.IGNORECASE,
)
QUOTE = rx.compile(
    r"[\"“”]([^\"“”]{3,400})[\"“”]|(?<!\w)['‘]((?:[^'‘’]|(?<=\w)['’](?=\w)){3,400}?)['’](?!\w)"
)  # ("can't")
DO_IT = rx.compile(
    r"(?:(?:just|please|pls|can you|could you|ok|so|then)\s+)*(?:do (?:it|that|this|so)|go ahead|make it happen|"
    r"action (?:it|that|this))\b",
    re.IGNORECASE,
)
AFTER_QUOTE = rx.compile(
    r"^[\s\-—–:.,;!?)]*(?:(?:haha|lol|lmao|weird|ugh|sigh|anyway|anyways|ok|so|and)[\s\-—–:.,;!?]+)*", re.IGNORECASE
)


DESCRIBED = rx.compile(  # "the customer who said", "list the ppl who wrote", "someone keeps asking": whoever wrote it
    r"(?:\b(?:who|which one) (?:was|is|were|are) )?\b(?:(?:the |a |any |some |all |every )?(?:customers?|clients?|"
    r"users?|guys?|lady|ladies|woman|women|man|men|person|people|ppl|folks|ones?|convos?|conversations?|tickets?|"
    r"chats?|threads?|messages?)\s+)?(?:who|that|which|where\s+(?:the\s+)?(?:customers?|clients?|users?|they|someone|"
    r"somebody|people|ppl|folks|he|she)|someone|somebody|people|ppl|folks|anyone|anybody)\s+(?:has\s+|have\s+|had\s+|"
    r"keeps?\s+|kept\s+|(?:is|are|was|were)\s+)?(?:said|says|say|saying|wrote|writes|write|writing|written|asked|"
    r"asks|asking|mentioned|mentions|mentioning|complained|complaining|typed|reported|messaged)\s*"
    r"(?:(?:us|in|about|that|the words?|the phrase)\s+)?:?\s*$",
    re.IGNORECASE,
)


def unquoted(text: str) -> str:
    """'customer says "I'm zoe.khan.251@example.com, my reset email never came" - her password convos': the
    request after the words pasted from someone else, with the ids and emails those words gave ("her").
    'the customer who said "the page just reloads"': a description of whoever wrote them, so the
    conversations that mention those words."""
    m = QUOTE.search(text)
    quote = (m.group(1) or m.group(2)) if m is not None else ""
    if m is not None and len(quote.split()) > 1 and (who := DESCRIBED.search(text[: m.start()])) is not None:
        return f'{text[: who.start()]}conversations mentioning "{quote}"{text[m.end() :]}'
    if m is None or not SPEECH.search(text[: m.start()]) or len((m.group(1) or m.group(2)).split()) < 2:
        return text
    rest = text[m.end() :]
    rest = rest[AFTER_QUOTE.match(rest).end() :]  # type: ignore[union-attr]
    if DO_IT.match(rest):
        return m.group(1) or m.group(2)  # 'customer says "just refund me already" - do it': what they ask, asked
    if len(rest.split()) < 2:
        return text  # nothing asked after the words: they are the request's subject
    given = list(dict.fromkeys(NAMED.findall(m.group(0))))
    carried = [g for g in given if g.lower() not in rest.lower()]
    return f"{rest} {' '.join(carried)}".strip() if len(carried) <= 1 else rest


REPORTED = rx.compile(  # "customer says she got double charged — any other refund convos?": what is asked after
    r"^(?:(?:the|my|our|this) )?(?:customer|client|caller|user|lead|person on (?:the )?chat)\s+"
    r"(?:says|said|mentions|mentioned|claims|thinks|reckons)\b[^—–:?!]*?(?:\s[—–-]+\s|[:.;]\s+)(?=\S)|"
    r"^(?:i )?need to (?:hand|pass|route|escalate|transfer) (?:this|the) (?:chat|convo|conversation|ticket)"
    r"(?: off| over)?(?: to (?:someone|somebody|another \w+|\w+))?\s*[,.;:—–-]+\s*(?=\S)",
    re.IGNORECASE,
)
ON_CHAT = rx.compile(
    r"(?<=\S) (?:is |'s )?(?:on|in) (?:the )?(?:chat|call|phone|line)(?: (?:now|rn|right now|with me))?"
    r"(?=\s*[,.:;—–-])",
    re.IGNORECASE,
)
POINTER = r"\b(?:it|that|those|them)\b|\bthis\b(?! (?:week|month|year|morning|afternoon|quarter)\b)"
TOLD_AFTER = rx.compile(  # "show me the latest 5 convos, customer says she wrote in a few days ago": why it is asked
    r",\s+(?:(?:the|my|this|our) )?(?:customer|client|caller)'?s?\s+(?:says|said|thinks|mentioned|reckons|claims)\b.*$|"
    r",\s+(?:i'?m |i am |am )?trying to (?:find|see|locate|track down|figure out)\b.*$",
    re.IGNORECASE,
)


def explained(text: str) -> str:
    """``text`` as asked: after a change of mind, what follows it; without the reasons said after the request."""
    text = unquoted(text)
    text = ON_CHAT.sub("", text)  # "usr_00308 on chat, just give me their all time event counts": who, not where
    told = REPORTED.match(text)
    about_it = told is not None and rx.search(POINTER, text[told.end() :], re.IGNORECASE)
    if told is not None and not about_it and not NAMED.search(told.group(0)):  # ("any tickets about it?": told)
        rest = text[told.end() :]  # (what the customer said names no one: the request is what comes after it,
        said = rx.sub(r"^\S+\s+(?:says|said|mentions|mentioned|claims|thinks|reckons)\s+", "", told.group(0).strip())
        text = f"{said.rstrip(' .;:—–-')} {rest}" if NAMED.fullmatch(rest.strip(" .")) else rest  # or who they are)
    if (why := TOLD_AFTER.search(text)) is not None and not NAMED.search(why.group(0)) and text[: why.start()].strip():
        text = text[: why.start()]
    changed = list(MIND_CHANGED.finditer(text))
    if changed and text[: changed[-1].start()].strip():
        before, text = text[: changed[-1].start()], text[changed[-1].end() :]
        named = set(NAMED.findall(before))  # "close 100133... hmm no, actually just show it to me": 100133
        if len(named) == 1 and not NAMED.search(text) and rx.search(r"\b(?:it|him|her|them|that one)\b", text):
            text = f"{text} {named.pop()}"
    parts = SENTENCE.split(text)
    for i in range(1, len(parts)):
        if WHY_OPENING.match(parts[i]) and not any(USABLE.search(p) for p in parts[i:]):
            return " ".join(parts[:i])
    return text


__all__ = ["PERSON_NAMED", "explained", "unquoted"]
