"""A request corrected as it was typed: "evnets for usr_00124... sorry, typo, usr_00142", "the 20 most recent
conversations, actually make that 10", "oldest first - wait no, newest first", "in september... actually no
it was october", "open convo 101620 - sorry, fat fingers, 101260", "a few transcripts about the integration -
no sorry, api, not integration", "her last 10 events - never mind, 5 is fine". What the correction says (an
email, an id, a count, an order, a month, a state, a topic) takes the place of the same kind of thing said
before it; the rest of the request stands. A correction of a name ("acme - no wait, globex") is left to the
planner's reading of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphs.planner import needles as rx
from graphs.planner.explained import explained
from graphs.planner.identifiers import EMAIL_PATTERN
from graphs.planner.months import MONTHS
from graphs.planner.starred import starred
from graphs.planner.topics import TOPIC_WORDS

MARKER = rx.compile(
    r"(?:\s*(?:—|–|-+|\.{2,}|…|,|;|\.|\?)\s*|\s+)(?:(?:hm+|ugh|oh|um+|uh+|hmm+)[,\s]+)?"
    r"(?:no+[,\s]+(?:wait|sorry)|wait[,\s]+no|sorry[,\s]+(?:no|typo|fat fingers|i mean|i meant)|oops|whoops|my bad|"
    r"(?:er|erm)(?=,)|"
    r"sorry[,\s]+(?=\S)|no(?=[,\s]+(?:that'?s not right|that'?s wrong|it'?s\b|the (?:day|week) before\b))|"
    r"(?:actually|well)(?:[,\s]+no\b|(?=[,\s]+(?:\d|make\b|just\b|only\b|i (?:want|need)\b)))|or no|"
    r"(?:just )?kidding|jk|actually(?:[,\s]+(?:don'?t|do not))(?: do (?:that|it)| bother)?|"
    r"no[,\s]+(?:forget it|scratch that)|never ?mind|no(?=\s*[,:!]|\s+[—–-]|\s+(?:\d|usr_|cmp-|[\w.+-]+@))|"
    r"scratch that|i mean|i meant|"
    r"make (?:that|it)|correction|no wait|oh wait)\b[\s,:.!-]*(?:(?:typo|fat fingers|that'?s not right|"
    r"it was|it'?s|wait no|no|sorry|scratch that|forget that|"
    r"i swapped (?:the )?(?:digits|numbers)|wrong (?:one|number|id))[\s,:.!-]+)*",
    re.IGNORECASE,
)
EMAIL = EMAIL_PATTERN
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
KINDS: list[tuple[str, str]] = [  # what a correction can say, and how the same kind is found before it
    ("email", EMAIL),
    ("external id", r"\busr_\w+"),
    ("conversation", r"(?<![\w.-])\d{5,7}(?![\w.-])"),
    ("order", r"\b(?:newest|oldest|most recent|latest|earliest) first\b|\b(?:asc|desc)(?:ending)?\b"),
    ("month", rf"\b(?:{_MONTHS})\b"),
    ("state", r"\b(?:open|closed|snoozed)\b"),
    ("id", r"\b[0-9a-f]{24}\b"),
    ("company id", r"\bcmp-\d+\b"),
    ("count", r"(?<![\w.$#-])\d{1,3}(?![\w.%:/-])"),
    ("ordinal", r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"),
    (
        "kind",
        r"\b(?:segm\w*|teams?|compan(?:y|ies)|contacts?|convos?|conversations?|tickets?|events?)\b",
    ),  # "segments.. no, teams"
]
WRITE = rx.compile(  # a change asked for (the whole request, when it is what the correction says)
    r"^\W*(?:just |then |instead )?(?:delete|remove|merge|close|send|email|message|update|change|assign|tag|archive|"
    r"block|reply|snooze|reopen|unsubscribe)\b",
    re.IGNORECASE,
)
RETRACTED = rx.compile(
    r"(?:don'?t|do not|no need to) (?:send|delete|do|change|email|message|close|merge|contact) "
    r"(?:anything|anyone|anybody|it|that|them|him|her)\W*"
)
NOT_THAT = rx.compile(r"^([a-z][\w -]{1,30}?),? not (?:the )?([a-z][\w -]{1,30}?)\b(?=\W*$|[,.;!?])", re.IGNORECASE)


def _replace_last(pattern: str, text: str, new: str) -> str | None:
    found = list(rx.finditer(pattern, text, flags=re.IGNORECASE))
    if not found:
        return None
    last = found[-1]
    return text[: last.start()] + new + text[last.end() :]


APOLOGY = (
    r"not\b|(?:i )?(?:should'?ve|should have|shoulda) (?:said|mentioned|asked)|(?:i )?forgot to (?:say|mention|add)"
)


FORGOT = rx.compile(
    r"^(.*?)(?:\.{2,}|…|,|;|-+|—|–)\s*(?:(?:hm+|wait|no|sorry|oops|not that one|hold on|one sec)[\s,.!-]*)*"
    r"(?:let me (?:find|check|look up|get|dig up)(?: the)?(?: right| correct)? (?:id|number|one)|"
    r"what (?:was|is|'s) (?:the|its|that|their) (?:number|id) again|"
    r"i (?:forgot|forget|can'?t remember|don'?t remember) (?:the|its|their) (?:number|id))\W*$",
    re.IGNORECASE,
)
KIND_WORD = r"\b(contact|conversation|convo|company|user|person|customer|ticket|chat|thread|account)\b"


NOT_X_BUT_Y = rx.compile(  # "usr_00180 — not 180, usr_00183", "billing convos.. wait not billing, login"
    r"(?:\s*(?:—|–|-+|\.{2,}|…)\s*|[,\s]+(?:(?:no|wait|sorry|oops|ugh|hm+|er)[,\s]+)+)"
    r"(?:(?:no|wait|sorry|oops|ugh|hm+|er)[,\s]+)*not (?:the )?([\w@.'-]+?)\s*[,;]\s*"
    r"(?:(?:i mean|i meant|it'?s|but)\s+)?"
    r"([\w@+-]+(?:\.[\w@+-]+)*)",
    re.IGNORECASE,
)


def _not_x_but_y(text: str) -> str | None:
    """ "<request> — not <old>, <new>": the last word (or identifier) of the request holding <old>, made <new>."""
    found = NOT_X_BUT_Y.search(text)
    if found is None:
        return None
    before, old, new = text[: found.start()], found[1], found[2]
    holding = [m for m in rx.finditer(r"[\w@.+-]+", before) if old.casefold() in m.group(0).casefold()]
    if not holding or new.casefold() in NOT_A_NAME:
        return None
    last = holding[-1]
    rest = text[found.end() :]
    known = set(rx.findall(r"[a-z']+", before.lower()))
    rest = "" if set(rx.findall(r"[a-z']+", rest.lower())) <= known | {new.lower()} else rest
    return before[: last.start()] + new + before[last.end() :] + rest


OTHER_ONE = r"not (?:the )?([\w' -]+?)\W+(the other (?:one|company|account|org|person|guy|contact|lady)\b.*)$"


def corrected(text: str) -> str:
    """``text`` with its own correction applied (see the module), or as it is."""
    text = explained(starred(text))  # "expert questions in the past 7 days *export"; "..., because ..."
    if (forgot := FORGOT.match(text)) and (kind := rx.search(KIND_WORD, forgot[1], flags=re.IGNORECASE)):
        return f"pull up {kind[1]}"  # "pull up contact <id> - no not that one, let me find the right id": which?
    if (swapped := _not_x_but_y(text)) is not None:
        return swapped
    marks = list(MARKER.finditer(text))
    for mark in reversed(marks):
        before, after = text[: mark.start()], text[mark.end() :]
        other = rx.match(OTHER_ONE, after.strip(), flags=re.IGNORECASE)
        if other and rx.search(rf"\b{re.escape(other[1])}", before, flags=re.IGNORECASE):
            return other[2]  # "show me acme's - no wait, not acme. the other one": which other one
        if not before.strip() or not after.strip() or rx.match(APOLOGY, after.strip(), flags=re.IGNORECASE):
            continue  # ("the people, i mean, not the companies": what is not meant; "sorry, should've said")
        if after.lstrip().startswith(")"):
            continue  # "the accounts list (companies i mean), 10 per page": the aside said what was meant
        renaming = rx.search(r"wait|sorry|mean|scratch|correction|\ber|\bno\b", mark.group(0), flags=re.I) is not None
        after = rx.sub(  # "er, lumen partners i mean (thanks)"
            r"[\s,]+i mean[t]?(?:\W+(?:thanks|thank you|thx|ty|pls|please))?\W*$", "", after, flags=re.IGNORECASE
        )
        fixed = _fix(before, after, renaming)
        if fixed is not None:
            return fixed
    return text


KIND_SAID = (
    r"(?i)(?:the|a|an) (?:person|contact|user|customer|lead|company|account|organi[sz]ation|org|one|guy|client|human)s?"
)
NAMED_LAST = rx.compile(r"\b(at|for|of|with|from|on|about) ((?:[\w&'-]+ ?){1,3})$", re.IGNORECASE)
FRAGMENT = rx.compile(r"^((?:[A-Za-z][\w&'-]* ?){1,3}?)\s*(?:[,.;!?]|—|–| - |$)")


NOT_A_NAME = {
    "the", "a", "an", "it", "that", "this", "ok", "okay", "yes", "yeah", "no", "nothing", "thanks", "thank", "not",
    "none", "never", "just", "only", "all", "everything", "wait", "sorry", "hmm", "i", "we", "you", "please", "pls",
    "scratch", "forget", "cancel",
}  # fmt: skip


def _renamed(before: str, after: str) -> str | None:
    """ "the people at acme - no wait, globex. acme's fine": the name at the end of what was said before,
    replaced; what the correction says of the old name is dropped."""
    named, fragment = NAMED_LAST.search(before.rstrip(" ,.-—–")), FRAGMENT.match(after.strip())
    if named is None or fragment is None or not fragment[1].strip():
        return None
    old, new = named[2].strip().lower(), fragment[1].strip()
    if new.lower().split()[0] in NOT_A_NAME or rx.fullmatch(KIND_SAID, new):
        return None  # "look up the customer with id <id>? i mean the person, not a company": which kind, not a name
    rest = [part for part in rx.split(r"[,.;]|—|–| - ", after.strip()[fragment.end() :]) if part.strip()]
    kept = [part for part in rest if old.split()[0] not in part.lower()]  # "acme is jordan's account": not asked
    head = before.rstrip(" ,.-—–")[: named.start(2)]
    return " ".join([f"{head}{new}", *(part.strip() for part in kept)]).strip()


EARLIER = {"day": (("yesterday", "the day before yesterday"), ("today", "yesterday")),
           "week": (("last week", "the week before last"), ("this week", "last week"))}  # fmt: skip


def _earlier(before: str, after: str) -> str | None:
    """ "billing convos from yesterday, no the day before": the day (or week) before the one said."""
    unit = rx.match(r"\s*(?:the )?(day|week) before(?: that)?\W*$", after, flags=re.IGNORECASE)
    for said, meant in EARLIER[unit[1].lower()] if unit else ():
        if rx.search(rf"\b{said}\b", before, flags=re.IGNORECASE):
            return _sub_word(before, said, meant)
    return None


def _fix(before: str, after: str, renaming: bool) -> str | None:
    if (earlier := _earlier(before, after)) is not None:
        return earlier
    if (swap := NOT_THAT.match(after.strip())) is not None and rx.search(
        rf"\b{re.escape(swap[2])}\b", before, flags=re.IGNORECASE
    ):  # "... about the integration - no sorry, api, not integration"
        rest = after.strip()[swap.end() :]
        return _sub_word(before, swap[2], swap[1]) + rest
    if WRITE.search(after) and len(after.split()) >= 3:
        return after  # "show uma's profile - actually no, just merge the two records": the write, said last
    for kind, pattern in KINDS:
        said = rx.search(pattern, after, flags=re.IGNORECASE)
        if said is None or said.start() > (80 if kind == "email" else 40):
            continue
        was = [m.group(0).lower().rstrip("s") for m in rx.finditer(pattern, before, flags=re.IGNORECASE)]
        if kind == "kind" and was and was[-1] == said.group(0).lower().rstrip("s"):
            continue  # "recent events for usr_00015 - actually just the all-time counts per event": not another kind
        if rx.search(rf"\bnot (?:the )?(?:{pattern})\W*$", before, flags=re.IGNORECASE):
            continue  # "sorry, not third, I mean the fourth": the request is itself the correction
        new = _replace_last(pattern, before, said.group(0))
        if new is not None:
            rest = after[said.end() :]
            known = set(rx.findall(r"[a-z']+", before.lower()))
            rest = "" if set(rx.findall(r"[a-z']+", rest.lower())) <= known else rest  # "open ones" after "... ones"
            said_too = [(k, rx.search(p, after, flags=re.I), rx.search(p, before, flags=re.I)) for k, p in KINDS[3:6]]
            added = [m[0] for k, m, was in said_too if k != kind and m and not was]  # (an order, month, state)
            return " ".join([new, *added, rest]).strip()  # "... in october - i meant only the closed ones in october"
    word = after.strip(" .,!?").lower()
    if word in TOPIC_WORDS and (topics := [w for w in rx.findall(r"[a-z]+", before.lower()) if w in TOPIC_WORDS]):
        return _sub_word(before, topics[-1], word)  # "shipping convos this month, make that integration"
    if WRITE.search(before) and rx.search(r"\b(?:show|see|tell|list|who|what|pull|look|view|read|profile)\b", after):
        return _read_instead(before, after)
    return _renamed(before, after) if renaming else None


def _read_instead(before: str, after: str) -> str:
    """ "delete contact <id> - sorry, no, I just need their profile": what is asked now, of whom the write named
    (its ids and emails, and the company "at" it was)."""
    asked = RETRACTED.sub("", after).strip()
    named = [m.group(0) for m in rx.finditer(rf"{EMAIL}|\b[0-9a-f]{{24}}\b|\busr_\w+|\b\d{{5,7}}\b", before)]
    place = rx.search(
        r"\b(?:at|from) ((?:(?!(?:about|regarding|re|on|with|that|because|to)\b)[a-z][\w&'-]*\s?){1,3})", before
    )
    return " ".join(
        [asked, *(f"for {n}" for n in named[:1]), *([f"at {place[1].strip()}"] if place and not named else [])]
    )


def _sub_word(text: str, old: str, new: str) -> str:
    replace: Callable[[re.Match[str]], str] = lambda _m: new  # noqa: E731 - the new word, as said
    return rx.sub(rf"\b{re.escape(old)}\b", replace, text, flags=re.IGNORECASE)


__all__ = ["corrected"]
