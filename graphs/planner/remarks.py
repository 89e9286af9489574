"""What is said around a request rather than asked, set aside before it is read: a greeting, thanks,
"can you", a remark on the last answer ("nothing huh", "hm all closed."), framing words ("so", "quick q -",
"also", "for me", a smiley), an aside ("totally unrelated but", "(not the kestrel emma adams, this one)")
and a guess said after a follow-up ("and the 5th i think she's a lead").
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx

COURTESY_TAIL = rx.compile(
    r"(?:[\s,.;!-]+(?:thanks|thank you|thanks a lot|thx|ty|cheers|tia|please|pls|plz|"
    r"(?<!works )(?<!fine )(?<!good )for me|real quick|quickly|asap|"
    r"if you can|if possible|when you can|when you get a chance|if you don'?t mind|anyways?|btw|by the way|"
    r"lo+l|lmf?ao|ha(?:ha)+h?|hah|rofl|tbh|ngl|lah|leh|lor)"
    r"(?: (?:so much|a lot|in advance|a bunch|again))?[\s!.]*)+$",
    re.IGNORECASE,
)
COURTESY_HEAD = rx.compile(
    r"^(?:hey|hi|hello|yo|hiya|heya|morning|good morning|good afternoon|good evening)(?: there| team| folks| all)?"
    r"[\s,.!:-]+(?=\S)",
    re.IGNORECASE,
)


ACKNOWLEDGED = rx.compile(  # "ok 2nd", "cool thanks, and the other one": what answers the last reply, then the request
    r"^(?:(?:ok|okay|k|kk|alright|cool|great|thanks|thank you|thx|ty|perfect|nice|got it|gotcha|sure|yep|yeah|"
    r"awesome|lovely|noted|hm+|hmm+|makes sense|that makes sense|i see|fair enough|understood|wonderful|excellent|"
    r"brilliant|fantastic|splendid|amazing|sounds good|thanks a lot|many thanks|"
    r"so(?! far| many| much)|well|right(?! now| away)|oh|ah|btw|by the way|quick q|quick question|quick one|"
    r"question|one more thing|another thing|also|please(?! to\b)|pls|plz|kindly|no worries|no problem|np|all good|"
    r"(?:a |one )?(?:(?:wee|quick|small|little|tiny|big|huge) )?fav(?:ou)?r(?: (?:to ask|please|pls))?|"
    r"haha|hah|lol|whatever(?=[,.!])|fine(?=[,.!])|anyway|anyways|meh|"
    r"alright then|ok then|okay then|and so|(?:sorry,? )?(?:i )?should(?:'ve| have) (?:said|mentioned|asked|added)|"
    r"sorry(?=,? should))[\s,.!:–—-]+)+(?=[\w#@])",
    re.IGNORECASE,
)

EMPTY_REMARK = rx.compile(  # "nothing huh try the 7th one": a remark on an empty answer, then the request
    r"^(?:(?:that'?s |thats |how )?(?:weird|odd|strange|interesting|surprising)[\s,.!?]+)?"  # "thats weird, nothing?"
    r"(?:(?:nothing|none|empty|zero|nada|nope|damn|meh|bummer)(?: (?:huh|hm+|there|at all|then|eh|lol|again))*)?"
    r"(?<=\w|[,.!?])[\s,.!?:-]+(?=(?:try|and|what about|how about|ok|then|so|check|show|maybe)\b)",
    re.IGNORECASE,
)

RESUMED = rx.compile(  # "ok back to it list the teams": back from an aside, then the request
    r"^(?:back to (?:it|work|business|the data|intercom)|anyway|moving on|"
    r"(?:\w+ )?(?:report|review|standup|triage|cleanup|audit|prep|qbr|check-?in) time)[\s,.!:-]+"
    r"(?=(?:list|show|get|give|pull|find|fetch|what|which|who|how|any|all|open|read|can|could|pls|please)\b)",
    re.IGNORECASE,
)

LABEL = rx.compile(  # "ICP review - 30 most recently active accts": what the request is for, said before it
    r"^(?:(?:icp|qbr|ebr|csm|weekly|monthly|quarterly|daily|pipeline|team|data|ticket|inbox|queue|support|renewal|"
    r"account|accounts|customer|churn|(?-i:[A-Z]{2,5})) ){1,2}"
    r"(?:review|prep|audit|cleanup|check-?in|planning|retro|sync)\s*[-—–:]\s+(?=\S)",
    re.IGNORECASE,
)  # (not "globex account review - who are our contacts there": the company is named in it)
PICK_REMARK = rx.compile(  # "open the 4th it's been sitting since july": the pick; the rest remarks on it
    r"^((?:(?:and|now|then|ok) )?(?:open|read|show(?: me)?|pull up|check|look at)? ?the "
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?: one)?)\s+"
    r"(?:it's|it has|it was|its been|it's been|that's|thats|she's|he's|they've|they're|looks like)\b[^?]*$",
    re.IGNORECASE,
)

STATE_REMARK = rx.compile(  # "hm all closed. what about open ones any date": a remark on the last answer, then the ask
    r"^(?:(?:they'?re|they are|these are|those are|all of them|all|mostly|only|just|so|still) )+"
    r"(?:closed|open|snoozed|resolved|old|quiet|inactive|leads|users)(?: ones)?(?: (?:huh|hm+|eh|then|again|lol|ugh))?"
    r"(?:[.!;]+\s+(?=\S)|\s+(?=(?:what|how) about\b|but\b|and\b))",
    re.IGNORECASE,
)
ASIDE_IN_BRACKETS = rx.compile(  # "does she have any convos? (not the kestrel emma adams, this one)": who, not what
    r"\s*\((?:not|i mean|i meant|this one|the one|btw|fyi|nb|cc|continuing|following (?:up|on)|(?:for )?context|"
    r"background|as (?:discussed|promised|agreed)|per (?:\w+'s|the|our|my)|same (?:thread|audit|project))\b[^)]*\)\s*$",
    re.IGNORECASE,
)


UNRELATED = rx.compile(  # "lol rate limits again. totally unrelated but what's a good name for a cat": the question
    r"^.*?\b(?:(?:totally|completely|slightly|kinda|kind of|a bit|somewhat) )?(?:unrelated|off[- ]topic)"
    r"(?: (?:question|q|thing))?(?:,? but\b|\s*[:,-])\s*(?=\S)",
    re.IGNORECASE,
)
SMILEY_TAIL = rx.compile(  # "more :)", "next!!", "thanks 🙏": a smiley, an emoji or exclamation marks after the request
    r"(?<=\S)(?:\s*(?:[:;=]-?[()DPpO/\\|]+|\bx[Dd]\b|<3|\^\^|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+|!+|\?(?=\?)))+\s*$"
)

SLACK_MARKS = rx.compile(  # ":eyes:", ":pray:" anywhere; "@bot", "@here", "@marta" addressed before the request
    r"(?<![\w:/]):[a-z0-9][a-z0-9_+'-]*:(?![\w/])|^\s*(?:@[\w.-]+[\s,:]+)+(?=\S)", re.IGNORECASE
)


COURTESY_ASK = rx.compile(
    r"^(?:(?:can|could|would|will) (?:you|u)|pls|please|plz|kindly)(?: please| pls| kindly| just)? "
    r"(?=(?:get|show|list|give|pull|find|fetch|open|tell|look|check|search|display|grab|bring|read|dig|count)\b)",
    re.IGNORECASE,
)


SURPRISE = rx.compile(  # "hmm, quieter than i expected. stretch it to ...": a remark on the last answer, then the ask
    r"^(?:(?:hm+|huh|oh|ah|well|wow)[,.!]*\s+)?(?:(?:that'?s|thats|it'?s|its|that was|a bit|much|way|far|rather|"
    r"quite|a lot) )*(?:quieter|busier|fewer|more|less|lower|higher|smaller|bigger|shorter|longer|emptier)"
    r"(?: \w+)? than (?:i|we) (?:expected|thought|hoped|feared|imagined)[.!]+\s+(?=\S)",
    re.IGNORECASE,
)
PRESSED_TAIL = rx.compile(  # "any refund whinges yesterday? finance have been on at me about it": why it is asked
    r"(?<=[?.!])\s+(?:\w+ ){1,2}(?:have|has|'ve|are|is|keeps?|kept|were|was) (?:been )?(?:on at|chasing|nagging|"
    r"bugging|pestering|hassling|on my case|breathing down)\b[^?]*$|"
    r"\s*(?:,|-|–|—|\band)?\s*\b(?:i'?ll|i will|we'?ll|we will) (?:do|handle|write|send|sort|reply to|answer|take) "
    r"(?:it|that|this|them|the rest|the reply)(?: (?:myself|ourselves|from there|from here))?[.!]*$|"
    r"[\s,;.!-]+(?:the )?\w+ team (?:owns|handles|manages|looks after|covers|runs) (?:that|this|the|their) "
    r"(?:acct|account|company|client|customer|org)\W*$|"  # "..., VIP team owns that acct": who handles it, said
    r"(?<=\w)[\s,;.!-]+(?:sorry,? )?(?:i )?should(?:'ve| have) (?:said|mentioned|specified|been clearer)"
    r"(?: (?:that|earlier|before|first|sooner))?[.!]*$",  # "tidal group, sorry, should've said"
    re.IGNORECASE,
)


CALL_TAIL = rx.compile(  # "billing stuff today? QBR w their finance ppl this afternoon": what it is for, said after it
    r"(?<=[?.!,;])\s+(?:(?:got|have|i have|i've got|there'?s) (?:a |an |my |the )?)?(?:qbr|ebr|renewal|call|meeting|"
    r"sync|check-?in|escalation|demo|catch-?up)\b(?!.*\b(?:with|w/?) (?!(?:their|them|his|her|the)\b))[^?]*$|"
    r"[,;.]\s+(?:(?:i|we) )?(?:want|need|wanna|gonna|going|trying|have) to (?:walk|prep|prepare|brief|go over|"
    r"talk|take|show|discuss|catch up|get ready|run)\b[^?]*$|"
    r"[,;.]\s+(?:and |then |so )?(?:i|we) (?:want to|wanna|need to|will|'ll|am going to|'m going to|can) (?:then )?"
    r"(?:pick|choose|select|decide on) (?:one|some|a few|a couple|someone|which)\b[^?]*$|"  # "..., i want to pick one"
    r"[,;.]\s+(?:one of )?(?:my|our) (?:\w+ )?(?:accts?|accounts?|customers?|clients?) (?:is|are|was|were) "
    r"(?:escalating|churning|unhappy|upset|renewing|up for renewal|at risk)\b[^?]*$",
    re.IGNORECASE,
)
OWN_PURPOSE = rx.compile(  # "going thru contacts to find my accts, 25 at a time": why the list is read (not whose)
    r"\b(contacts|people|users|companies|conversations|convos)\s+(?:to|so i can|trying to) (?:find|spot|"
    r"identify|locate|pick out|track down) (?:my|our) (?:accts?|accounts?|book of business|customers|clients|portfolio)"
    r"\b",
    re.IGNORECASE,
)
FOR_THE_DECK = rx.compile(  # "quick inventory for the deck: segments?": what it is for, said first
    r"^(?:(?!(?:numbers|counts?|sizes?|figures|stats|headcounts?)\b)[\w-]+ ){0,3}for (?:the|my|our|this|tomorrow'?s|"
    r"next week'?s) (?:board )?(?:deck|slides?|board(?: meeting)?|"
    r"update|report|investor (?:call|update)|all-?hands|memo|one-?pager)\s*[:,–—-]+\s+(?=\S)",
    re.IGNORECASE,
)
TICKET_LABEL = rx.compile(  # "DSAR-2291 (cont.): list the events ...": another system's reference, said first
    r"^\s*(?:re:?\s*|ref:?\s*)?(?:\[(?!cmp-)[a-z]{2,6}-\d{2,6}\]\s*[:—–-]?\s*|"  # "[FIN-21] refund requests ..."
    r"(?!cmp-)[a-z]{2,6}-\d{2,6}(?:\s*\((?:cont\.?|continued|follow-?up|update)\))?"
    r"(?:\s*[:—–]\s*|\s+-\s+|\s+(?=for\b)))(?=\S)",
    re.IGNORECASE,
)
HEARSAY_TAIL = rx.compile(
    r"(?<=\?)\s+(?:someone|somebody|a colleague|a customer|my (?:boss|manager|lead|team)|(?:he|she|they) (?:said|says|"
    r"mentioned|told me))\b[^?]*$",
    re.IGNORECASE,
)
FEW_REMARK = rx.compile(  # "only 3? go back to september 1": a remark on the last answer, not a count
    r"^(?:(?:only|just) )?\d{1,3}(?: (?:results?|ones?|of them|conversations?|convos?|contacts?|companies|people|ppl|"
    r"users|folks|accounts|events?|hits|matches))?\s*[?!]*\?[?!]*"
    r"(?:\s*(?:too (?:many|few)|that's it|thats it|hmm+|huh|wow)[.!?]*)?\s+(?=\S)",
    re.IGNORECASE,
)
FEW_UNMARKED = rx.compile(  # "only 2 ok widen it to last 30 days": the same remark typed without its question mark
    r"^(?:only|just) \d{1,3}(?: (?:results?|ones?|of them|convos?|conversations?))?\s+"
    r"(?=(?:ok|okay|so|hm+|well|alright|fine|huh)\b[\s,.!]+(?:widen|expand|extend|broaden|go|try|look|check)\b)|"
    r"^\d{1,3} (?:people|ppl|users|folks|contacts|results|ones|convos|conversations|companies|accounts|events)\s+"
    r"(?=(?:just|only|so just|ok just) (?:show|give|list|keep|do|get|grab)(?: me)? (?:the )?(?:first |top )?\d)",
    re.IGNORECASE,
)
ASKED_THEN_OPENED = rx.compile(  # "did we ever reply? open it": the one shown opened, which answers the question
    r"^(?:(?:so|and|but|hm+|wait)[\s,]+)?(?:did|does|do|has|have|had|was|were|is|are|why|when)\b"
    r"(?![^?]*\b(?:compan|account|org|profile|record|event|segment|team|contact)\w*)[^?\d@#]{0,80}\?+\s+"
    r"(?=(?:(?:ok|so|just|pls|please|then) )?(?:open|show(?: me)?|pull up|read|bring up) (?:it|that|this)"
    r"(?: one)?\W*$|(?:(?:ok|so|pls|please|then) )?(?:(?:just|only) )?(?:show(?: me)? )?(?:(?:just|only) )?the "
    r"(?:last|latest|final|first) (?:\d{1,3}|two|three|four|five) (?:messages|msgs|parts|replies)(?: only)?\W*$)",
    re.IGNORECASE,
)
HEARSAY_HEAD = rx.compile(  # "someone said refund requests went up in october, true?": what was heard, checked
    r"^(?:(?:so|ok|okay|hey|hi|hm+)[\s,]+)?(?:someone|somebody|a colleague|a customer|people|everyone|"
    r"my (?:boss|manager|lead|team|cto|ceo|vp|colleague|coworker)|(?:our|the) (?:\w+ )?(?:team|lead|manager)|"
    r"he|she|they)"
    r" (?:just |keeps? |has |have )?(?:said|says|saying|mentioned|told me|claims?|claimed|reckons?|swears?|swore)"
    r"(?: that)?\s+(?=\w)",
    re.IGNORECASE,
)
PASTED_FROM = rx.compile(  # "pasting from the weekend inbox:": where what follows was copied from (no filter)
    r"^\s*(?:(?:i'?m |just )?(?:pasting|pasted|copying|copied|forwarding)(?: this| these| it| something| a message)?"
    r" (?:from|out of) (?:the |our |my |a )?(?:[\w'-]+ ){0,2}(?:inbox|queue|thread|channel|chat|email|slack|ticket)"
    r"s?)\s*[:,-]\s*",
    re.IGNORECASE,
)
MAY_I = rx.compile(r"^(?:can|could|may) (?:i|we) (?:please |pls )?(?:see|get|have)\b", re.IGNORECASE)
GUESS_TAIL = rx.compile(  # "and the 4th? i think that one's a lead": a remark after the question
    r"(?<=\?)\s+(?:i think|i believe|i guess|i'?m guessing|pretty sure|probably|iirc|if i remember)\b[^?]*$",
    re.IGNORECASE,
)
GUESS_CLAUSE = rx.compile(  # "and the 4th i think that one's a lead": the same remark typed without the question mark
    r"(?<=\w)\s+(?:i think|i believe|i guess|i'?m guessing|pretty sure|probably|iirc) (?:that one|that|this one|"
    r"she|he|they|it)(?:'s| is| was| are|'re)\b[^?]*$",
    re.IGNORECASE,
)


def courteous(text: str) -> str:
    """The request without the greeting before it, the thanks after it, a "can you" before its verb, a
    remark on the last answer before it or on the pick after it, and a guess said after a follow-up ("hey,
    can you pull up the contact? thanks!": "pull up the contact?"; "nothing huh try the 6th one": "try the
    6th one"; "and the 5th i think she's a lead": "and the 5th")."""
    text = SMILEY_TAIL.sub("", UNRELATED.sub("", PASTED_FROM.sub("", SLACK_MARKS.sub(" ", text).strip())))
    text = FOR_THE_DECK.sub("", TICKET_LABEL.sub("", text))
    text = RESUMED.sub("", EMPTY_REMARK.sub("", STATE_REMARK.sub("", ACKNOWLEDGED.sub("", LABEL.sub("", text)))))
    text = ASIDE_IN_BRACKETS.sub("", PICK_REMARK.sub(r"\1", text))
    text = ASKED_THEN_OPENED.sub("", PRESSED_TAIL.sub("", SURPRISE.sub("", HEARSAY_HEAD.sub("", text))))
    call = CALL_TAIL.search(text)  # (not "hey! got a renewal call thursday, can u help me prep": no request before)
    if call and len(COURTESY_HEAD.sub("", text[: call.start()]).strip(" ,.!?").split()) >= 2:
        text = text[: call.start()]
    text = OWN_PURPOSE.sub(r"\1", text)
    heard = HEARSAY_TAIL.search(text)  # "billing convos last tues? someone mentioned a spike": the question; not
    if heard and not rx.search(r"usr_\w+|@|\b[0-9a-f]{24}\b|\b\d{5,7}\b", heard[0]):  # "someone gave me usr_00042"
        one = rx.search(r"\bthere'?s an? ([\w-]+) (?:one|convo|conversation|ticket|thread|chat)\b", heard[0])
        text = text[: heard.start()] + (f" about {one[1]}" if one else "")  # "... she says there's an api one"
    text = FEW_UNMARKED.sub("", FEW_REMARK.sub("", text))
    if rx.match(r"\s*(?:and|or|ok|what about|how about|the)\b", text, re.IGNORECASE):  # a follow-up's remark
        # (not "what businesses are our clients? i think they're called companies": not a follow-up)
        text = GUESS_CLAUSE.sub("", GUESS_TAIL.sub("", text))
    headless = COURTESY_HEAD.sub("", text)
    text = MAY_I.sub("show me", headless) if MAY_I.match(headless) else text  # "hey, can i see more?": "show me more?"
    bare = COURTESY_ASK.sub("", COURTESY_HEAD.sub("", COURTESY_TAIL.sub("", text)))
    return bare if bare.strip(" ?.!,") else text


MINE = r"\b(?:i'?m|i am|we'?re|we are|joined|new)\b(?: \w+){0,3} (?:on|in|with|to|from) the \w+ team\b|"
MINE += r"\b(?:our|my) \w+ team (?:wants?|needs?|would|is|are|will|asked|has|have|can)\b"  # "our success team wants to"


def on_a_team(r: Any) -> bool:
    """'hi, I'm new on the support team - what segments do we have?': who asks, beside another kind asked for."""
    return bool(r.has(MINE)) and any(r.mentions(k) for k in ("segment", "company", "contact", "conversation"))


__all__ = ["ACKNOWLEDGED", "COURTESY_TAIL", "MINE", "courteous", "on_a_team"]
