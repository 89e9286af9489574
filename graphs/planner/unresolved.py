"""A request that points at something with nothing earlier to point at ("her events", "that ticket", "compare it
to last month", "same for the other id", as the first thing said): ask whom or what it means, naming what would
answer."""

from __future__ import annotations

import re

from graphs.planner import needles as rx
from graphs.planner.dialogue import ASK_CONTACT, ASK_CONVERSATION, ASK_PERSON, ASK_SEARCH
from graphs.planner.focus import ANYONE
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.refine import SHE

_ITS_OWN = r"\b(?:team|segment|company|list|group)s? (?:\w+ ){1,5}(?:on|in) it\b"  # "which team has most admins on it"


MINE = (
    r"\bmy (?:queue|inbox|backlog|tickets|convos|conversations|assignments|caseload)\b|\bassigned to (?:me|us)\b|"
    r"\bthe team'?s (?:queue|backlog|inbox)\b"
)
KIN = r"\b(?:his|her|their) (?:co-?worker|colleague|boss|manager|teammate)\b"  # "convos with his coworker": whose?
CUT_SHORT = "That id looks cut short. Which contact is it? Give me the whole external_id, or their email or name."

COUNT_OF_NOTHING = (
    r"(?:(?:and|ok|okay|so|hm+|quick q|q|just curious)\W+)*(?:how many|what'?s the (?:total|count)|total count|count)"
    r"(?: (?:are there|is there|is that|do we have|have we got|in total|total|altogether|all up|overall|right now))*"
    r"(?: ?[?.!])*"
)


def unresolved(r: Utterance, dated: bool = False) -> Plan | None:
    """A pronoun with nothing earlier to point at: ask whom or what it means (``dated``: an earlier call had dates,
    so "same window" has one to point at)."""
    if r.has(r"\b(?:conversation|convo|ticket|thread|chat|#) ?\d{1,4}[- ]?(?:something|ish|odd|xx+|xyz)\b"):
        return ASK_CONVERSATION  # "conversation 100-something, jordan didnt give me the full number"
    half = rx.search(r"\busr_\w*?[- ]?(?:something|ish|xx+)\b", r.raw, re.IGNORECASE)
    if half or r.has(r"can'?t remember the (?:last|first|end of the) (?:digits?|numbers?)"):
        return CUT_SHORT  # "usr_0015-something, cant remember the last digit": whose, exactly?
    if r.identified or r.names or r.person or r.has(ANYONE):
        return None
    if rx.fullmatch(COUNT_OF_NOTHING, r.text) is not None:  # "how many are there in total?", said first
        return "How many of what? Name it: contacts, companies, conversations, segments or teams."
    if r.has(MINE):  # "what's in my queue today", "anything assigned to me": whose (the tools cannot tell)
        return (
            "Whose conversations? I cannot tell who you are from here: name the teammate or team (see 'List Intercom "
            "teams'), or ask for the open conversations."
        )
    champion = r"|the (?:champion|decision[- ]maker|(?:exec(?:utive)? )?sponsor|main contact|point of contact|"
    champion += r"primary contact|key contact)(?:'s)?"  # "the champion's last 10 events": whose
    described = r"\bthe (?:customer|guy|person|user|lady|woman|man|client|contact|lead|one) (?:who|that) (?:\w+ )?"
    described += r"(?:wrote|complain\w*|asked|reported|e-?mailed|contacted|messaged|reached out|raised|mentioned)"
    described += r"(?: in| us)? (?:about|re|regarding)\b"  # (not "her events? the one who complained on the call")
    if r.has(SHE + r"|that customer|the customer" + champion) and not (
        _asker(r) or r.has(WORKSPACE_LIST) or r.has(described)  # "the customer who wrote in about a double charge"
    ):
        return ASK_CONTACT if r.mentions("event") else ASK_PERSON
    if r.has(r"^(?:and |so |ok )?who (?:was|is|'s) (?:it|that|this)(?: one)? (?:from|by)\b"):
        return ASK_CONVERSATION  # "who was it from", with no conversation before
    group = r.has(r"anyone|anybody|someone|somebody|everyone|everybody|customers|people|ppl|users|folks|clients")
    pointed = r"(?<!like )(?:that|this) (?:email|address|id|user|customer|person|contact|lead|guy|account|one|member)"
    pointed += r"(?! of\b)"
    if (
        r.has(pointed)
        or (
            r.has(
                r"(?:their|his|her) (?:user |contact |customer |intercom )?(?:account|company|org|profile|details|"
                r"record|file|history|story)"
            )
            and not group
        )
        or (r.has(r"(?:their|his|her) (?:e-?mail|phone)") and r.ordinal is None)
    ):  # "whats their email"  # "anyone locked out of their account?": theirs, the people the request is about
        return "Who or what do you mean? Give me the email, id or name (I have nothing earlier to refer to)."
    if r.has(
        r"works? there|who'?s there|who else is there|over there|(?:talk|speak|reach out) to (?:\w+ )?there|"
        r"(?:that|the|their|her|his)(?: other)? company(?! list| page| directory| table| export| rows| sheet)|"
        r"(?:what|which) (?:company|account|org) (?:is|are) (?:he|she|they) (?:at|with|in|from)|"
        r"the other (?:account|org)"
    ) and not r.has(r"\bthe company (?:\w+ ){0,5}(?:with|has|having) the (?:most|fewest|biggest|largest|smallest)\b"):
        return "Which company? Give me its name or id (see 'List our Intercom companies')."
    if r.has(
        r"\btheir (?:users|people|ppl|contacts|customers|employees|staff)\b|\b(?:hitting|seeing|having|"
        r"reporting|experiencing|getting) (?:this|that|it)\W*$"
    ):
        return "Who or what do you mean? Give me the company, person or error (I have nothing earlier to refer to)."
    if (kind := rx.search(r"\b(?:that|this|the same) (team|segment)\b(?! list| page)", r.text)) is not None:
        return f"Which {kind[1]} do you mean? I have nothing earlier to refer to (see 'List Intercom {kind[1]}s')."
    theirs = r"their (?:(?:open|closed|snoozed|recent|latest|last) )?"
    if r.has(r"their (?:events|activity)") and not group:
        return ASK_CONTACT
    if (
        r.has(theirs + r"(?:tickets|convos|conversations|chats|complaints|issues|problems|requests|msgs)\b")
        and not group
    ):
        return ASK_PERSON  # "their open tickets?", with no one said before
    if r.has(r"(?:which|who) (?:one )?of (?:them|those|these|the two|both)|compare (?:the|these|those) (?:two|2|both)"):
        return "Which ones do you mean? I have nothing earlier to compare (name them, or list them first)."
    if (
        r.has(
            r"(?:that|this) (?:\w+ )?(?:ticket|convo|conversation|chat|thread)\b|^(?:is|was) (?:it|that) (?:still )?"
            r"(?:open|closed|snoozed|resolved|done)\b"
        )
        and not r.dates
    ):
        return ASK_CONVERSATION  # "check the stack trace on that integration ticket", "is it still snoozed?"
    theirs = r"(?:their|his|her) (?:last|latest|newest|most recent|recent|first|oldest) (?:conversation|convo|ticket)s?"
    theirs += r"|their (?:conversations|convos|tickets)"
    if r.has(theirs + r"|who (?:wrote|sent|started) (?:it|that|this)") or (
        r.has(r"(?:on|in|about|close|open) it|\b(?:in|from|at) there\W*$") and not (r.topic or r.has(_ITS_OWN))
    ):
        return "Who or what do you mean? I have nothing earlier in this conversation to refer to."
    mentioned = r"(?:mention(?:ed)?|said|talked about|told you about|brought up)(?: \w+)? (?:earlier|before)"
    if r.has(r"(?:i|we) " + mentioned):
        return "Which one do you mean? I have nothing earlier in this conversation: give me its name, email or id."
    if r.has(r"^(?:(?:ok|and|so|now)\W+)?(?:only|just) (?:the |those |them )?(?:open|closed|snoozed)(?: ones)?\W*$"):
        return "Which of them? Nothing is listed yet to narrow: say what (e.g. 'open billing conversations')."
    if r.has(r"\b(?:with|from) (?:them|they)\W*$") and r.mentions("conversation") and not group:
        return "Who do you mean? I have nothing earlier in this conversation: give me their email, id or name."
    if r.has(r"^(?:(?:no|nope|sorry|wait)\W+)*(?:i meant |i mean )?the other [a-z]+\W*$"):  # "no, the other priya"
        return "Which one do you mean? Nothing is listed yet to pick from: give me the full name, email or id."
    if r.has(r"\bthe (?:\w+ ){1,2}one\b(?! page)") and len(r.tokens) <= 8:  # "the snoozed one", nothing listed
        return "Which one do you mean? Nothing is listed yet to pick from: ask for a list first, or give an id or name."
    if r.has(r"\bback to the first (?:company|person|contact|customer|guy|one)\b(?! (?:on|in|of)\b)"):
        return "Which one do you mean? There is nothing earlier in this conversation to go back to: name it."
    if r.has(
        r"\b(?:that|the) list (?:earlier|before|from (?:before|earlier))\b|\b(?:earlier|previous|first|original) list\b"
    ):
        return "Which list do you mean? There is nothing earlier in this conversation: ask for the list first."
    if r.has(
        r"\b(?:some|a few|a couple of|few) (?:customer|account|client|user)s? (?:stuff|things|issues|questions)\b"
    ):
        return "Happy to. Who or what should I look at: a person, a company, or a topic (billing, login...)?"
    met = r"\b(?:hit|hitting|ran into|run into|running into|affected by|experienced) (?:the|that|this) "
    met += r"(?:bug|glitch|issue)\b"
    flagged = (
        r"\bthe (?:topic|issue|thing|problem|feature|complaint) (?:that )?(?:\w+ ){1,2}(?:flagged|mentioned|raised"
    )
    flagged += r"|brought up|asked about|pinged about)\b"
    if r.has(flagged) and not r.topic:  # "the volume for the topic finance flagged": which topic?
        return "Which topic? I don't know what was flagged: name it (e.g. 'conversations about invoices this month')."
    same = rx.search(r"\bsame (error|issue|problem|bug|crash|exception|message|complaint|question)\b", r.text)
    if (
        same and (r.topic or "").lower() in ("", same[1], same[0]) and not (r.identified or r.names or r.person)
    ):  # "same error anyone else?"
        return f"Which {same[1]}? I have nothing earlier in this conversation: paste it or say what it is about."
    if r.has(met) and not r.topic:  # "how many people hit the bug?": which one
        return ASK_SEARCH[:25] + " Name the bug, e.g. 'conversations about the export bug'."
    if not r.dates and (
        then := rx.search(r"\b(?:before|after|since) the (outage|incident|launch|release|migration)\b", r.text)
    ):
        return f"When was the {then[1]}? Give me its date, e.g. 'login conversations before nov 14'."  # not in the data
    kinds = ("contact", "company", "conversation", "event", "segment", "team")
    if r.has(r"\btop \d+\b") and not (r.topic or any(r.mentions(k) for k in kinds)):  # "the top 10 for the report"
        return "The top of which list? Say which: companies, contacts, or conversations (about a topic)."
    if r.has(r"\b(?:same|that) (?:window|period|time ?frame|dates?|date range|range)\b") and not (r.dates or dated):
        return "Which dates? There is no earlier window in this conversation: say them (e.g. 'since november 1')."
    again = r"(?:do |run )?(?:the )?same(?: thing| check| search| query| again)?(?: as (?:before|earlier|last time))? "
    again += (
        r"(?:but|for|with)|(?:do|run) (?:it|that) again|(?:pull|run|show|get|do) (?:that|those|the same) (?:\w+ )?again"
    )
    if r.has(rf"^(?:\w+ )?(?:compare (?:it|that|this|them|those)|{again})\b") and not r.topic:
        return "What should I repeat or compare? There is nothing earlier in this conversation: ask for it first."
    return None


PAST_CHAT = (
    r"\b(?:we|you) (?:discussed|talked about|spoke about|went over|looked at)\b(?: \w+){0,3}? (?:yesterday|last "
    r"(?:week|time|month)|the other day|on (?:mon|tues|wednes|thurs|fri)day)\b|"
    r"\b(?:same|the) (?:person|customer|one|guy|account|company) as (?:last time|before|yesterday)\b|"
    r"\b(?:the )?(?:e-?mail|message|file|doc|document|screenshot|link|note|spreadsheet|sheet|pdf) (?:that )?(?:i|we) "
    r"(?:forwarded|sent|shared|gave|e-?mailed|pasted|attached) (?:you|u)\b"  # "from the email i forwarded you"
)
OUR_OWN = (  # the company's own matters, not its Intercom data
    r"\b(?:the |our )?offices? (?:is |are |will be |be )?(?:open|closed|hours)\b|\b(?:eta|release date|launch date|"
    r"roadmap) (?:for|of|on) (?:the |our )?(?:new )?(?:\w+ )?(?:app|release|version|feature|update)\b"
)


def not_in_this_chat(r: Utterance) -> str | None:
    """'past': another chat's ("the one we talked about yesterday"); 'ours': the company's own matters ("is our
    office open on thanksgiving", "the eta for the new mobile app"), neither in Intercom; else None."""
    if r.identified or r.names or r.person:
        return None
    return "past" if r.has(PAST_CHAT) and not r.topic else "ours" if r.has(OUR_OWN) else None


WORKSPACE_LIST = (  # "customer asks why she got that email.. what segments do we have": a list of everything
    r"\b(?:what|which|list|show(?: me)?|all)(?: the| our| of the| of our)? (?:segments|teams|(?:most )?"
    r"(?:recent|latest|newest) (?:convos|conversations|chats))\b(?! (?:is|are|does|do|was) (?:she|he|they)\b)"
)
PROXY = rx.compile(  # "my manager asked ... she wants to know": who asked, not whom it is about
    r"\b(?:she|he)(?: \w+)? (?:wants?|wanted|asked|asks|needs?|needed|would like|'d like|is asking|was asking)"
    r" (?:to know|me|us|for|about)\b"
)


ROLE = rx.compile(  # "my manager wants ... she's doing a retro": she is the manager
    r"\bmy (?:manager|boss|(?:team )?lead|supervisor|director|vp|cto|ceo|head of \w+|teammate|colleague|co-?worker)\b"
)


def _asker(r: Utterance) -> bool:
    """Whether every "she" or "he" of the request is whoever asked for it, not a contact."""
    if (role := ROLE.search(r.text)) and all(
        m.start() > role.start() and m[0].split("'")[0] in ("she", "he") for m in rx.finditer(rf"\b(?:{SHE})\b", r.text)
    ):
        return True  # only "she"/"he", all after "my manager": whoever asked
    rest = PROXY.sub(" ", r.text)
    return rest != r.text and rx.search(rf"\b(?:{SHE}|that customer|the customer)\b", rest) is None


__all__ = ["KIN", "not_in_this_chat", "unresolved"]
