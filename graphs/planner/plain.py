"""Requests as they are pasted, dictated or typed like a command line, made plain before they are read.

- a link copied from Intercom's web app names what it shows: ``.../companies/35bc...`` is a company,
  ``.../conversation/100007`` a conversation, ``.../users/e608...`` a contact;
- search-box and shell syntax: ``state:open since:oct top:3``, ``--per-page 100 --page 3``;
- dictation: identifiers and emails spelt out ("u s r underscore zero zero zero four two",
  "grace dot novak dot one four two at example dot com"), numbers in words ("one hundred thousand four
  hundred twenty seven"), and the homophones of a count ("for tea conversations", "the too most recent").
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.amounts import REWRITES as AMOUNTS
from graphs.planner.business import REWRITES as BUSINESS
from graphs.planner.code_words import REWRITES as CODE
from graphs.planner.comparisons import REWRITES as COMPARISONS
from graphs.planner.date_forms import REWRITES as DATE_FORMS
from graphs.planner.day_first import settled
from graphs.planner.first_names import FIRST_NAMES, SURNAMES, surname_first
from graphs.planner.foreign import english
from graphs.planner.formal import REWRITES as FORMAL
from graphs.planner.helpdesk_words import REWRITES as HELPDESK
from graphs.planner.learner import REWRITES as LEARNER
from graphs.planner.misheard import REWRITES as MISHEARD
from graphs.planner.negated import REWRITES as NEGATED
from graphs.planner.relayed import REWRITES as RELAYED
from graphs.planner.repairs import REWRITES as REPAIRS
from graphs.planner.rephrase import REWRITES
from graphs.planner.rundowns import REWRITES as RUNDOWNS
from graphs.planner.shift_times import REWRITES as SHIFT_TIMES
from graphs.planner.slack import REWRITES as SLACK
from graphs.planner.spoken import NUMBER, SMALL, number, spoken
from graphs.planner.steering import REWRITES as STEERING
from graphs.planner.story import unstoried
from graphs.planner.texting import REWRITES as TEXTING
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.trades import REWRITES as TRADES
from graphs.planner.words import NUMBER_WORDS, TENS, distance

LINK = rx.compile(
    r"https?://app\.intercom\.(?:com|io)/\S*?/(companies|company|users|user|contacts|contact|leads|lead|"
    r"conversations?|inbox/\S*?conversation)/([0-9a-f]{24}|\d{1,12})\S*",
    re.IGNORECASE,
)
KEYS = {"state": "", "status": "", "since": "since", "after": "since", "from": "from", "before": "before",
        "until": "before", "top": "top", "limit": "top", "page": "page", "per_page": "per page", "per-page": "per page",
        "perpage": "per page", "order": "order", "sort": "sorted", "about": "about", "q": "about", "query": "about",
        "topic": "about", "email": "", "user": "user", "company": "company", "user_id": "user",
        "contact_email": "", "external_id": "user"}  # fmt: skip
NEXT_N = rf"\b(next|last|latest|first|top|newest|oldest|recent) ({'|'.join(w for w in SMALL if w != 'one')})\b"
NEXT_N += r"(?![\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)"  # ("the first twenty five": read later)
FILLERS = rx.compile(r"(?:^|(?<=\s))(?:um+|uh+|erm+|uhm+)(?:[,.]|(?=\s|$))\s?", re.IGNORECASE)
HEARD = {"to": "2", "too": "2", "for": "4"}
HEARD_COUNT = rx.compile(  # "page too", "okay page to.", "just the last for events": a count, as heard
    r"\b(page |(?:first|last|latest|top|newest|recent) )(to|too|for)(?=(?: (?:events?|convos?|conversations?|"
    r"contacts?|companies|ones|messages|msgs|tickets|people|of (?:the|those|these|them)|with|at|but)\b)"
    r"| ?[?.!]?$| ?,)",  # ("page to with twenty per page", "page to, ten per page")
    re.IGNORECASE,
)


def _link(m: re.Match[str]) -> str:
    kind = m.group(1).lower()
    noun = "company" if kind.startswith("compan") else "conversation" if "conversation" in kind else "contact"
    return f"{noun} {m.group(2)}"


def _terse(m: re.Match[str]) -> str:
    key, value = m.group(1).lower(), m.group(2)
    said = KEYS[key]
    return f"{said} {value}".strip()


def _limit(m: re.Match[str]) -> str:
    limit, offset = int(m.group(1)), int(m.group(2) or 0)
    if offset and offset % limit == 0:
        return f"page {offset // limit + 1} , {limit} per page"
    return f"{limit} per page"


MONTH_NAMES = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
               "december")  # fmt: skip
MISSPELT_MONTH = rx.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]{2,8}\b", re.IGNORECASE)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
DAY_RANGE = rx.compile(  # "nov 2-4", "oct 3–10th": from one day to another ("nov 2 - 4")
    rf"\b({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?[-–](\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE
)
RANGE_DAYS = rx.compile(  # "2-4 nov"
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[-–](\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH})(?=\s|$|[,.?!])", re.IGNORECASE
)

DOTTED_DAY = rx.compile(  # "between 1. and 15. october": a day written with a dot after it, as in German
    rf"\b(\d{{1,2}})\.(?=(?: (?:and|to|until|till|-|–) \d{{1,2}}\.)? {_MONTH}(?![a-z]))", re.IGNORECASE
)


def _month(m: re.Match[str]) -> str:
    """'septmber' -> september: a month name with a letter or two wrong (a word that is not one stays)."""
    word = m.group(0).lower()
    if word in MONTH_NAMES or len(word) < 5 or word.endswith(("ed", "es", "ing")):
        return m.group(0)  # ("marched" is a word of its own)
    near = [
        name for name in MONTH_NAMES if name[:3] == word[:3] and distance(word, name, 2) <= (1 if len(word) < 7 else 2)
    ]
    return near[0] if len(near) == 1 else m.group(0)


COMPILED = [
    (rx.compile(pattern, re.IGNORECASE), said)
    for pattern, said in (
        *SHIFT_TIMES,
        *DATE_FORMS,
        *SLACK,
        *MISHEARD,
        *RUNDOWNS,
        *TEXTING,
        *STEERING,
        *RELAYED,
        *LEARNER,
        *COMPARISONS,
        *FORMAL,
        *BUSINESS,
        *TRADES,
        *HELPDESK,
        *NEGATED,
        *REPAIRS,
        *REWRITES,
        *CODE,
        *AMOUNTS,
    )
]
REWRITTEN = rx.Rewrites(COMPILED)
_KEYS = "|".join(map(re.escape, sorted(KEYS, key=len, reverse=True)))
NO_VALUE = rx.compile(rf"\b(?:{_KEYS})\s*=\s*\?", re.IGNORECASE)
KEY_VALUE = rx.compile(rf"\b({_KEYS})(?::|\s*=\s*)'?([^\s:='?]+)'?", re.IGNORECASE)


ORDINAL_DIGITS = rx.compile(  # "the 2nd felix", "just the 1st 10": the ordinal as a word (not "the 3rd of may")
    r"\b(1st|2nd|3rd|[4-9]th|10th)\b(?= (?!(?:of|at|in|on|and|to|till|until|through|thru|or|half|week|weekend|"
    r"quarter|day|month|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)[a-z0-9])",
    re.IGNORECASE,
)
ORDINAL_NAMES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


PAGE_SIZE = rx.compile(  # "page size 25", "page_size=25", "a page size of twenty"
    r"\b(?:(?:set|change|make|put) (?:the |my )?(?:limit|(?:page|batch)[ _-]?size)|(?:a )?(?:page|batch)[ _-]?size|"
    r"(?:bigger|larger|smaller|longer|shorter) pages?)\b\s*(?:of|=|:|is|to|at)?"  # "set the limit to 10" too
    r"\s*(\d+|(?:ten|fifteen|twenty|twenty-five|thirty|forty|"
    r"fifty|sixty|hundred)\b)",
    re.IGNORECASE,
)


def _ordinal_word(m: re.Match[str]) -> str:
    after = m.string[m.end() + 1 :].lower().split(" ", 2)
    if after[0] in FIRST_NAMES and len(after) > 1 and after[1].strip(",.?!") in SURNAMES:
        return m.group(0)  # "the 7th kai fischer": the list's 7th row, who is kai fischer (positions.position)
    return ORDINAL_NAMES[int(m.group(1)[:-2]) - 1]


THAT_TOPIC = rx.compile(
    r"^((?:(?:and|ok|so|now|what about|open|show me) )?(?:that|this) (?:(?:open|closed|snoozed) )?)([a-z]+)"
    r"\s*([?.!]*)$",
    re.I,
)


def _that_topic(m: re.Match[str]) -> str:
    """'that snoozed refund', 'this billing?': a conversation shown, said by its topic ("that ... convo")."""
    topical = singular(m.group(2).lower()) in TOPIC_WORDS
    return f"{m.group(1)}{m.group(2)} convo{m.group(3)}" if topical else m.group(0)


AUTOCORRECTED = rx.compile(r"(?<=[a-z,] )([A-Z][a-z]{1,6}) ([A-Z][a-z]{2,})\b")  # "everything on When Khan"


def _first_name(m: re.Match[str]) -> str:
    """A first name a phone changed into a word ("When Khan": Wen Khan), before a surname, mid-sentence."""
    said, surname = m.group(1).lower(), m.group(2).lower()
    if said in FIRST_NAMES or surname not in SURNAMES:
        return m.group(0)
    near = [name for name in FIRST_NAMES if name[0] == said[0] and distance(said, name, 1) <= 1]
    return f"{near[0].capitalize()} {m.group(2)}" if len(near) == 1 else m.group(0)


QUOTED_WORDS = rx.compile(r'"[^"]{3,200}"')  # (the rewrites leave a quote alone)


def plain(text: str) -> str:
    text = unstoried(english(text))  # "a customer emailed me yesterday saying ... can you find ...": the request
    if "/" in text:
        text = settled(text)  # "from 03/11 (dd/mm)": 3 november
    text = surname_first(AUTOCORRECTED.sub(_first_name, text))  # "OKAFOR, YARA": Yara Okafor
    text = THAT_TOPIC.sub(_that_topic, text.strip())
    text = ORDINAL_DIGITS.sub(_ordinal_word, text)
    text = MISSPELT_MONTH.sub(_month, text)
    text = DOTTED_DAY.sub(r"\1", text)
    text = rx.sub(
        r"\b(?:the )?(\d{1,2}(?:st|nd|rd|th)) ?- ?(?:the )?(\d{1,2}(?:st|nd|rd|th))\b", r"the \1 to the \2", text
    )
    text = RANGE_DAYS.sub(r"\3 \1 - \3 \2", DAY_RANGE.sub(r"\1 \2 - \3", text))  # "nov 2-4": nov 2 - 4
    kept = QUOTED_WORDS.findall(text)  # 'conversations mentioning "I can't log in"': the customer's words, as said
    text = REWRITTEN(QUOTED_WORDS.sub(lambda m: f'"§{kept.index(m.group(0))}§"', text) if kept else text)
    text = rx.sub(r'"§(\d+)§"', lambda m: kept[int(m.group(1))], text) if kept else text
    text = rx.sub(r"\blimit\s+(\d+)(?:\s+offset\s+(\d+))?", _limit, text, flags=re.IGNORECASE)
    text = LINK.sub(_link, text)
    text = rx.sub(r"(?<![\w-])--(per-page|page|order|state|since|before|top|limit)[ =]", r"\1 ", text)
    text = NO_VALUE.sub(" ", text)  # "WHERE user_id = ?": no value given
    text = KEY_VALUE.sub(_terse, text)
    text = rx.sub(r"\bper-page\b", "per page", text, flags=re.IGNORECASE)
    text = spoken(text)  # ids, emails and hex ids read out
    text = FILLERS.sub("", text)  # "um password reset problems"
    text = rx.sub(r"\bthree sixty\b", "360", text, flags=re.IGNORECASE)
    text = HEARD_COUNT.sub(lambda m: f"{m.group(1)}{HEARD[m.group(2).lower()]}", text)  # "page too", "last for events"
    text = NUMBER.sub(number, text)
    text = rx.sub(NEXT_N, lambda m: f"{m[1]} {SMALL[m[2].lower()]}", text, flags=re.I)  # "last ten"; not "next one"
    text = rx.sub(
        r",? (?:not|instead of) (?:page|pg) \d{1,3}\b|,? (?:no|without(?: a| any)?) (?:search|filters?|query)\b",
        "",
        text,
        flags=re.IGNORECASE,
    )  # "page 2 of companies not page 1", "..., all states, no search"
    text = PAGE_SIZE.sub(r"\1 per page", text)  # "page size 25", "page_size=25", "a page size of twenty"
    text = rx.sub(
        r"\b(show|give|send|pull up for|get) (?:her|him) (?=\d|some |a few |a couple )", r"\1 ", text, flags=re.I
    )
    text = rx.sub(
        r"\s+so (?:that )?(?:she|he) (?:can |could )?\w+\b[^?]*?"
        r"(?=[,.;:]? (?:so |ok |and )?(?:can|could|would|will) (?:you|u)\b|$)",
        "",
        text,
        flags=re.IGNORECASE,
    )  # for a colleague
    text = rx.sub(r"\bfor ?tea\b", "forty", text, flags=re.IGNORECASE)  # dictated "forty"
    text = rx.sub(
        r"(?<!oldest )(?<!earliest )(?<!old )(?<!back )(?<!switch )(?<!change )(?<!it )(?<!them )"  # not "oldest to
        r"\b(?:too|to)\b(?= (?:most|newest|recent|"  # newest", "back to newest first", "switch it to most recent"
        r"(?:(?:events?|messages?|msgs|convos?|conversations?|ones) )?each\b|"
        r"(?:\w+ )?per (?:person|contact)))",
        "two",
        text,
        flags=re.IGNORECASE,
    )  # "the too most recent", "their last to events each"
    return text


CURSORISH = rx.compile(r"(?=[^\d\s]*\d)[A-Za-z0-9+/]{10,}={0,2}[,.;:]?")  # a cursor, kept as typed in ALL CAPS


REST_VERBS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def uncapped(text: str) -> str:
    """ALL CAPS: the words in lower case, cursors and a leading REST verb as typed ("ok eVENTS FOR NORA...",
    a few letters in lower case before the caps, too)."""
    if text == text.lower():
        return text  # (most requests: no capital at all)
    lower, upper = len(rx.findall(r"[a-z]", text)), len(rx.findall(r"[A-Z]", text))
    if lower * 10 > lower + upper:
        return text
    words = text.split(" ")
    kept = [w if CURSORISH.fullmatch(w) or (i == 0 and w in REST_VERBS) else w.lower() for i, w in enumerate(words)]
    return " ".join(kept)


UNIT_LETTERS = {"d": "days", "w": "weeks", "mo": "months"}


def _client_lists(m: re.Match[str]) -> str:
    return "segments" if m[0].endswith("s") and not m[0].startswith("client") else "company list"


def _things_done(m: re.Match[str]) -> str:
    who = (m[1] or "").strip().lower()
    if who.startswith("each"):
        return "events each"
    if who.startswith(("the ", "that ", "this ")):
        return f"{who}'s events"  # "the things the second person did": the second person's events
    return {"they": "their events", "he": "his events", "she": "her events"}.get(who, "events")  # (whose, kept)


def _topic_question(m: re.Match[str]) -> str:
    return f"{m[1]} question" if m[1] in TOPIC_WORDS else m[0]  # (not "random q - what's the weather")


def _tens(m: re.Match[str]) -> str:
    return str(TENS[m.group(1).lower()] + NUMBER_WORDS[m.group(2).lower()])


_I = re.IGNORECASE
TRAILING_OFF = rx.compile(r"^(\s*(?:\S+\s+){0,3}\S+?)\s*(?:\.{2,}|…)\s*(?=\S)")  # "refunds this month... any ..."


def trailed(text: str) -> str:
    """A request that trails off after a few words and goes on, as one: "ok back to priya... any convos?"."""
    return TRAILING_OFF.sub(r"\1, ", text)


NORMALIZING: list[tuple[rx.Needled, Any]] = [  # in order; each compiled once
    (TRAILING_OFF, r"\1, "),  # "latest convos... 10 pls": one request, trailing off
    (rx.compile(r"\b(\d{1,3}) ?/ ?(?:pg|page|p)\b"), r"\1 per page"),  # "10/pg"
    (rx.compile(r"\b(\d{1,3}) (?:por|pro) (?:p[aá]gina|seite)\b", _I), r"\1 per page"),  # "20 por pagina"
    (rx.compile(r"\b[pP](\d{1,3})\b"), r"page \1"),  # "p2"
    (rx.compile(r"\b(\d{1,3}) ?-?ish\b", _I), r"\1"),  # "20ish convos"
    (rx.compile(r"\b(?:normal|regular|usual|ordinary) (list|view)\b", _I), r"\1"),  # "back to the normal list"
    (  # "about 20 convos", "roughly 30 contacts": that many
        rx.compile(
            r"\b(?:about|around|roughly|approx(?:imately|\.)?) (\d{1,3}) (?=(?:contacts|convos|conversations|companies|"
            r"people|ppl|users|leads|events|results|ones|of them|accounts)\b)",
            _I,
        ),
        r"\1 ",
    ),
    (rx.compile(r"\b[qQ]'s\b"), "questions"),  # "shipping q's"
    (rx.compile(r"\b([a-z]+) [qQ](?= ?[-,.?!]|$)"), _topic_question),  # "grace novak billing q - transcript"
    (  # "her companys ppl": the company's, not companies
        rx.compile(
            r"\b(compan)ys\b(?= (?:ppl|people|peeps|folks|other|others|contacts|users|employees|staff|team|plan|"
            r"details))",
            _I,
        ),
        r"\1y's",
    ),
    (  # "our customer lists", "the client list": what the workspace calls them
        rx.compile(r"\b(?:customer|user|contact|audience) (?:lists|groups)\b|\bclient (?:list|directory|roster)\b", _I),
        _client_lists,
    ),
    (  # "the last 3 things each one did": their events
        rx.compile(
            r"\bthings (each (?:one|person|of them) |they |he |she |(?:the|that|this) (?:\w+ )?(?:one|person|guy|lady|"
            r"contact|user|customer) )?(?:did|have done|'ve done|has done|'s done|clicked|triggered)\b"
            r"(?: in (?:the|our) (?:app|product|platform))?",
            _I,
        ),
        _things_done,
    ),
    (rx.compile(r"\b(\d+) things (each|per person|per contact|apiece)\b", _I), r"\1 events \2"),  # "5 things each"
    (  # "10 oldest by last request": a sort, not a topic
        rx.compile(r"\b(by|of|on) (?:the |their )?last request(?: time| date| at)?\b", _I),
        r"\1 last_request_at",
    ),
    (  # "what are the groups of agents called"
        rx.compile(r"\bgroups of (?:agents|admins|teammates|reps)\b|\b(?:agent|admin|internal) groups\b", _I),
        "teams",
    ),
    (  # "the individual people, not the businesses": the kind not meant, dropped
        rx.compile(r",? (?:and |but )?not (?:the |our |any )?(?:businesses|companies|accounts|clients|orgs)\b", _I),
        "",
    ),
    (rx.compile(r"\b([45]\d\d)s\b"), r"\1 errors"),  # "any other 429s": 429 errors
    (rx.compile(r"\b(\d{1,3})-([A-Za-z]+)\b"), r"\1 \2"),  # "the 3-user one"
    (rx.compile(r"\b(\d{1,3}) ?(?:ea|per)\b(?! \w)"), r"\1 each"),  # "acme ppl evts 3ea"
    (rx.compile(r"\b(\d{1,3})(d|w|mo)\b"), lambda m: f"{m[1]} {UNIT_LETTERS[m[2]]}"),  # "last 7d", "past 2w"
    (rx.compile(r"\b(\w+)-(to|from)-(last|bottom|end|top)\b"), r"\1 \2 \3"),  # "second-to-last"
    (  # "between the 5th and the 12th of november": from the 5th to the 12th
        rx.compile(r"\bbetween (the )?(\d{1,2}(?:st|nd|rd|th)?) and (the )?(\d{1,2}(?:st|nd|rd|th)?)\b", _I),
        r"from \1\2 to \3\4",
    ),
    (  # "convo 100,098": one id, written with a thousands comma
        rx.compile(r"\b((?:convo|conversation|ticket|chat|thread)s? ?#? ?)(\d{1,3}),(\d{3})\b", _I),
        r"\1\2\3",
    ),
    (rx.compile(r"(?<=[A-Za-z])([,;])(?=[A-Za-z0-9])|([,;])(?=[A-Za-z])"), r"\1\2 "),  # "convos,50 of them"
    (  # "twenty-five", "thirty five": the number
        rx.compile(rf"\b({'|'.join(TENS)})[- ](one|two|three|four|five|six|seven|eight|nine)\b", _I),
        _tens,
    ),
    (rx.compile(r"\s+"), " "),
]


BACKTICKED = rx.compile(r"`([^`]{1,200})`")
FENCE = rx.compile(r"```[a-z]*[ \t]*")  # a fenced block pasted ("```\nGET /conversations?per_page=50\n```"): its text


def normalize(text: str) -> str:
    """One line, straight quotes and dashes, single spaces; case kept (names and ids keep theirs)."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", " - ")
    text = BACKTICKED.sub(r'"\1"', FENCE.sub(" ", text)) if "`" in text else text  # "mentioning `429`": quoted
    for pattern, said in NORMALIZING:
        text = pattern.sub(said, text)
    return text.strip()


__all__ = ["normalize", "plain", "uncapped"]
