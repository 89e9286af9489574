"""Words: what a request says, made comparable: one line, straight quotes, lower case, misspellings fixed.

Misspelt words are corrected toward the planner's own vocabulary (the nouns and verbs of the domain) by
edit distance, transpositions included ("contcats" -> contacts, "shwo" -> show, "converstions" ->
conversations). Never a short or common word, never a word the workspace uses in its names, and never
when two vocabulary words are as close: a guess that could go either way is not made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from graphs.planner import needles as rx

# Word classes: each is a set of lower-case words (after correction).
CONTACT_WORDS = frozenset(
    "contact contacts user users lead leads people person persons customer customers folks member members "
    "visitor visitors ppl employees staff everyone everybody individuals signup signups subscriber subscribers "
    "profiles".split()
)
COMPANY_WORDS = frozenset(
    "company companies account accounts org orgs organization organizations organisations clients businesses".split()
)
CONVERSATION_WORDS = frozenset(
    "conversation conversations convo convos chat chats ticket tickets thread threads inbox message messages queue "
    "backlog "
    "transcript transcripts".split()
)
PROBLEM_WORDS = frozenset(  # heads of a topic phrase that mean "conversations about it"
    "request requests question questions issue issues problem problems trouble troubles complaint complaints asks "
    "enquiries inquiries queries failure failures glitch glitches hiccup hiccups dispute disputes feedback "
    "comments walkthrough walkthroughs reports whinge whinges gripe gripes grumble grumbles moans niggles".split()
)
INTERJECTIONS = {  # said around a request, never a name or a subject

    "wow", "ugh", "oh", "ah", "aha", "ahh", "oops", "whoa", "woah", "yikes", "yay", "nice", "awesome", "perfect", "fyi",
    "sweet", "damn", "dang", "haha", "hah", "lol", "lmao", "meh", "huh", "geez", "jeez", "phew", "hmmm", "argh", "btw",
    "interesting", "weird", "wild", "busy", "crazy", "yup", "alright", "right", "gotcha", "noted", "brilliant", "sorry",
    "wait", "whatever",
}  # fmt: skip
EVENT_WORDS = frozenset(
    "event events activity activities actions action clicks clicking clicked behaviour behavior".split()
)
SEGMENT_WORDS = frozenset(
    "segment segments groups grouping groupings cohort cohorts audience audiences".split()
)  # "what groups do we sort customers into?"
TEAM_WORDS = frozenset(
    "team teams department departments dept depts division divisions squad squads inboxes".split()
)  # "which inboxes can tickets be routed to?": team inboxes (one inbox is the conversations)

VOCABULARY = frozenset(
    CONTACT_WORDS
    | COMPANY_WORDS
    | CONVERSATION_WORDS
    | PROBLEM_WORDS
    | EVENT_WORDS
    | SEGMENT_WORDS
    | TEAM_WORDS
    | set(
        "list show search find get give fetch pull display read open closed snoozed snooze details detail "
        "summary summaries totals total counts count first latest last recent recently newest oldest updated "
        "update page next previous more their there these those what which where when who whose with without "
        "about regarding mentioning mention mentions transcripts profile overview everything works working "
        "work attached belongs belong since before after today yesterday month week weeks months days "
        "please thanks exist exists have having many much each every only just also sorted sort order "
        "ascending descending least most active activity happening happened doing done plan spend size "
        "industry website info information created started external email emails number phone report "
        "reports events conversation another other second third fourth fifth tell know rundown "
        "lately recently people someone anyone nobody all any some their them they quarter errors error relevant "
        "weekend queue".split()
    )
)

SORTED_VOCABULARY = tuple(sorted(VOCABULARY))
COMMON = frozenset(  # real words the corrector must leave alone even when they look like vocabulary
    "summarize summarise summarized summarised summarizing summarising csat nps sla slas kpi kpis individual "
    "the and for you your our are was were has had how its it's not but can could would should will "
    "this that then than them they she her his him from into onto over under been being here near "
    "also want need like look know much many most more less best well also some same what when "
    "else ever even each does did done make made take took send sent open opens opened closes close "
    "company compare context contract contrast contain convert cover covers counter county country "
    "event even every views view tells tell lead lean leap reads ready real teams steam seams "
    "first fist fits list lost last least latest plan plans span spend spent start starts state "
    "status users uses used user team term terms teem tear tears seats seat sheet beams teaching "
    "contacts contrast content contents consent constant contest events vents evens eleven "
    "comments comment commits commit compact compass campaign campaigns companion "
    "convert converts conversion conventions convention conservation "
    "segment segments figments "
    "shows showed shown shower snow snows slow slot slots flow flows "
    "list lists lest lust mist fist gist blast blasts crm client clients business businesses group groups forth "
    "starter growth enterprise premium basic "
    "when then than thin whom whose where there three threw "
    "read reads ready road rode real reap lead leads load loads head heads "
    "paid pain page pages pace face fade made "
    "plan plane planet clan clean "
    "about above abort "
    "email emails ideal stuff stuffs stiff call calls called calling very vary going keep kept lot lots "
    "find fine finds kind mind bind wind "
    "info into unto onto "
    "have hate gave save "
    "order older odder border "
    "sort sorts soft sore sure short shorter shortest shortly changed changes changing "
    "predict predicts forecast forecasts extrapolate estimate estimates churn "
    "most must mist post host "
    "just jest "
    "side sides wide "
    "only "
    "mine mind "
    "open oven opens "
    "work word words worm form fork forks "
    "their heir theirs "
    "count court counts courts county mount "
    "summit submit "
    "detail retail retails details "
    "total totals "
    "chat chats cheat chart charts chap that what "
    "thread threads threat threats bread dread "
    "ticket tickets picket "
    "time times tie ties "
    "week weak weeks peek seek "
    "month months mouth "
    "days dates date data "
    "since singe "
    "each beach reach teach "
    "more mode more core bore "
    "many mane "
    "size sizes site sites "
    "people peoples purple "
    "users usher "
    "member members remember "
    "person prison "
    "active native action actions "
    "activity "
    "happening "
    "profile profiles "
    "report reports "
    "number numbers "
    "phone phones "
    "delete remove send reply respond edit change rename create add assign reassign tag untag merge archive "
    "unarchive block unblock unsubscribe subscribe reopen snooze unsnooze mark invite import move ban write "
    "draft compose post publish cancel notify transfer erase wipe purge upload "
    "contacted contacting listed listing showed showing searched searching finding opened opening closing "
    "reading counted counting teamed ordered sorting paged paging whole hole those these".split()
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "sixty": 60,
    "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12, "a couple": 2, "couple": 2, "a few": 3,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
    "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7, "ninth": 8, "9th": 8,
    "tenth": 9, "10th": 9, "last": -1, "final": -1, "latest": 0, "newest": 0, "top": 0,
    "eleventh": 10, "twelfth": 11, "thirteenth": 12, "fourteenth": 13, "fifteenth": 14, "twentieth": 19,
}  # fmt: skip
SUFFIXES = {1: "st", 2: "nd", 3: "rd"}  # 21st, 22nd, 23rd; 11th-13th take "th"
ORDINALS |= {f"{n}{SUFFIXES.get(n % 10 if n // 10 % 10 != 1 else 0, 'th')}": n - 1 for n in range(11, 151)}
SLANG = {"teh": "the", "hte": "the", "adn": "and", "n": "and", "k": "ok", "kk": "ok", "pw": "password",
         "pwd": "password",
         "lastest": "latest", "lates": "latest",
         "writen": "written", "writting": "writing", "wirte": "write", "whitout": "without",
         "condos": "convos", "condo": "convo", "teens": "teams", "snoozes": "snoozed", "wihtout": "without",
         "witout": "without", "withou": "without",
         "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "w/": "with", "w/o": "without",
         "wat": "what", "whats": "what's", "convo": "convo", "info": "info", "abt": "about", "msgs": "messages",
         "ye": "you", "whatcha": "what have you", "watcha": "what have you",
         "peoples": "people", "coworkers": "colleagues", "co-workers": "colleagues",
         "msg": "message", "evts": "events", "evt": "event", "acct": "account", "accts": "accounts", "co": "company",
         "pg": "page", "opn": "open", "hes": "he's", "shes": "she's", "theyre": "they're",
         "pgs": "pages", "hw": "how", "rn": "now", "r": "are", "ppl": "people", "b4": "before", "yday": "yesterday",
         "tix": "tickets", "cos": "companies", "comps": "companies", "gimme": "give", "lemme": "let", "whos": "who's",
         "cust": "customer", "custs": "customers", "nxt": "next", "prev": "previous", "tims": "times",
         "wats": "what's", "teem": "team", "teems": "teams", "summery": "summary", "whoworks": "who works",
         "lastweek": "last week", "thisweek": "this week", "lastmonth": "last month", "thismonth": "this month",
         "1sts": "1st's", "2nds": "2nd's", "3rds": "3rd's",
         "tmrw": "tomorrow", "yest": "yesterday", "mo": "month", "wk": "week", "lst": "last",
         "logo": "company", "logos": "companies", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
         "wont": "won't", "isnt": "isn't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't",
         "wasnt": "wasn't", "werent": "weren't", "shouldnt": "shouldn't", "wouldnt": "wouldn't",
         "probs": "problems", "prob": "problem", "wks": "weeks", "mths": "months", "mos": "months", "yrs": "years",
         "yr": "year", "hrs": "hours", "subj": "subject", "convs": "conversations", "conv": "conversation",
         "tkts": "tickets", "tkt": "ticket", "reqs": "requests", "req": "request", "oen": "one", "waht": "what",
         "accnts": "accounts", "accnt": "account",
         "tehm": "them", "thme": "them", "segs": "segments", "seg": "segment", "w": "with", "ea": "each",
         "cnt": "count", "cnts": "counts", "persons": "people", "evens": "events", "evnts": "events",
         "vents": "events", "conversion": "conversation", "conversions": "conversations",
         "companion": "company", "companions": "companies", "oven": "open", "snoozer": "snoozed",
         "em": "them", "apiece": "each", "qs": "questions", "ther": "there", "thier": "their",
         "thr": "there", "wht": "what", "evry1": "everyone", "every1": "everyone", "ev1": "everyone",
         "any1": "anyone", "some1": "someone", "no1": "nobody", "wich": "which", "whcih": "which",
         "wihch": "which", "taht": "that", "thta": "that", "wiht": "with", "whit": "with"}  # fmt: skip


# How counts are said: the words around a number.
UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "%", "am", "pm", "hours", "minutes"}
COUNTING = {"per", "each", "wk", "wks", "hr", "hrs", "yr", "yrs", *UNITS} - {"%", "am", "pm"}  # "30 days", "10 per"
PER_PAGE = [("per", "page"), ("for", "page"), ("by", "page"), ("in", "page"),
            ("a", "page"), ("on", "each", "page"), ("each", "page"), ("at", "a", "time"),
            ("at", "once"), ("on", "a", "page"), ("per", "batch"), ("a", "time"), ("on", "each"),
            ("for", "each", "time"), ("each", "time"),
            ("each", "time"), ("for", "one", "page"), ("for", "a", "page"), ("for", "each", "page"),
            ("on", "one", "page"), ("in", "one", "page"), ("in", "a", "page"), ("in", "one", "go"),
            ("in", "each", "page"), ("in", "every", "page"), ("on", "every", "page"), ("for", "every", "page"),
            ("per", "each", "page"), ("to", "a", "page"), ("to", "the", "page"), ("to", "each", "page")]  # fmt: skip
BARE_BEFORE = {"the", "top", "first", "last", "latest", "just", "only", "show", "me", "get", "list", "next", "to", "it",
               "his", "her", "their", "its", "my", "our", "your",
               "limit", "max", "maximum", "most", "newest", "recent", "display", "pull", "give", "like", "say", "than",
               "all", "maybe", "give me", "let me", "show me", "get me", "that", "actually", "make"}  # fmt: skip
TERSE_AFTER = {"asc", "desc", "ascending", "descending", "oldest", "newest", "first", "please", "?", ".", "!", ","}

ORDINAL_AFTER = {"one", "one's", "on", "in", "from", "of", "-", ",", "?", ".", "!", "result", "item", "entry", "match",
                 "row", "row's", "line", "line's", "entry's", "item's", "result's", "record", "record's",
                 "is", "was", "guy", "guy's", "lady", "person", "person's", "and", "then", "please", "had", "has",
                 "have", "did", "does", "got", "been", "said", "wrote", "sent", "looks", "seems", "sounds",
                 "appears", "there", "here", "ever", "at", "still", "listed", "shown", "too", "also", "full",
                 "overview", "profile", "details", "info", "transcript", "thread", "what", "just", "the", "with",
                 "but", "only"}  # fmt: skip
ORDINAL_BEFORE = {"the", "that", "this", "my", "for", "open", "read", "show", "about", "at", "", "and", "to", "-",
                  ",", ";", ":", ".", "!", "?", "now", "then", "pick", "get", "grab", "their", "his", "its", "our",
                  "your", "very", "of"}  # fmt: skip


CLASSES = {
    "contact": CONTACT_WORDS,
    "company": COMPANY_WORDS,
    "conversation": CONVERSATION_WORDS - {"message", "messages"},
    "message": frozenset({"message", "messages", "parts", "part", "replies", "reply"}),
    "event": EVENT_WORDS,
    "segment": SEGMENT_WORDS,
    "team": TEAM_WORDS,
}


def ordinal_word(n: int) -> str:
    """'4th' for 4: the ordinal as people write it in a list's position."""
    return next((w for w, i in ORDINALS.items() if i == n - 1 and w.endswith(("st", "nd", "rd", "th"))), f"{n}th")


def value(token: str) -> int | None:
    if rx.fullmatch(r"\d{1,3}|(?!19|20)[1-9]\d00", token):  # "last 1000 events" (not a year: "since 2025")
        return int(token)
    return NUMBER_WORDS.get(token) if token != "one" else None


def classify(token: str) -> str | None:
    token = token.removesuffix("'s")
    found = next((kind for kind, words in CLASSES.items() if token in words), None)
    return found or ("conversation" if token in PROBLEM_WORDS else None)


def distance(a: str, b: str, cap: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count one), cut off above ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > cap:
            return cap + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=4096)
def correct(word: str, protected: frozenset[str] = frozenset()) -> str:
    """The vocabulary word a misspelt ``word`` most likely means, or ``word`` unchanged.

    Only words of four letters or more; one edit up to eight letters, two from nine; never a common word,
    a protected one (the workspace's), or a tie between two vocabulary words.
    """
    if (
        len(word) < 4
        or not word.isalpha()
        or word in VOCABULARY
        or word in COMMON
        or word in protected
        or (
            word in NUMBER_WORDS  # "fifty" is not a misspelt "fifth"
        )
    ):
        return word
    if word.endswith("ed") and word[:-2] in ("account", "contact", "segment", "member", "company"):
        return word  # "already accounted for": the verb's past, not a misspelt "account"
    if word.endswith("ys") and (plural := word[:-2] + "ies") in VOCABULARY:
        return plural  # "companys", "entrys": the plural meant, not the singular one letter away
    allowed = 1 if len(word) <= 8 else 2
    best, best_distance, tie = word, allowed + 1, False
    for candidate in SORTED_VOCABULARY:  # a fixed order: the same guess in every process
        if abs(len(candidate) - len(word)) > allowed or candidate[0] not in word[:2] and word[0] not in candidate[:2]:
            continue
        found = distance(word, candidate, allowed)
        if found < best_distance or (
            found == best_distance and _family(candidate, best) and _closer(word, candidate, best)
        ):
            best, best_distance, tie = candidate, found, False
        elif found == best_distance and candidate != best and not _family(candidate, best):
            tie = True
    return word if tie or best_distance > allowed else best


def _closer(word: str, a: str, b: str) -> bool:
    """Between two forms of a word: the one ending as the misspelling does ("contacs" -> contacts)."""
    return a[-1] == word[-1] and b[-1] != word[-1]


def _family(a: str, b: str) -> bool:
    """Forms of one word ("snooze", "snoozed"; "contact", "contacts"): a guess between them is safe."""
    shorter = min(len(a), len(b))
    return shorter >= 4 and a[: shorter - 1] == b[: shorter - 1] and abs(len(a) - len(b)) <= 2


TOKEN = rx.compile(r"[\w@.+'#/-]+|\S")


def tokens(low: str) -> list[str]:
    return TOKEN.findall(low)


def corrected(low: str, protected: Iterable[str] = ()) -> str:
    """``low`` (lower case) with slang expanded and misspellings corrected, word by word."""
    guard = frozenset(protected)
    out = []
    for token in tokens(low):
        word = token.strip(".,!?;:'\"()")
        fixed = SLANG.get(word) or (correct(word, guard) if word.isalpha() else word)
        out.append(token.replace(word, fixed) if word and fixed != word else token)
    return " ".join(out)


def corrected_tokens(tokens: Sequence[str], protected: Iterable[str] = ()) -> list[str]:
    """Each (lower-case) token with slang expanded and a misspelling corrected; one out for one in."""
    guard = frozenset(protected)
    out = []
    for token in tokens:
        word, suffix = (token[:-2], "'s") if token.endswith("'s") else (token, "")
        fixed = SLANG.get(word) or (correct(word, guard) if word.isalpha() else word)
        out.append(fixed + suffix)
    for i, word in enumerate(out[:-1]):  # autocorrect's "the contract on it": a contact, not a subject
        if word in ("contract", "contracts") and out[i + 1] in AFTER_CONTACT:
            out[i] = word.replace("contract", "contact")
    return out


AFTER_CONTACT = frozenset({"on", "in", "at", "from", "list", "info", "details", "profile", "email", "emails", "id"})


def has(text: str, words: Iterable[str]) -> bool:
    """Whether any of ``words`` is a whole word of ``text``."""
    found = set(rx.findall(r"[a-z0-9']+", text))
    return any(w in found for w in words)


def number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

TECHNICAL = {"api", "error", "errors", "http", "https", "status", "code", "codes", "err", "webhook", "sdk", "response"}


def status_code(tokens: Sequence[str], i: int) -> bool:
    """Whether the number at ``i`` is an HTTP status named as a subject ("API 429", "the 404 page", "500 errors")."""
    token = tokens[i]
    if not (len(token) == 3 and token.isdigit() and 100 <= int(token) <= 599):
        return False
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return before in TECHNICAL or after in TECHNICAL or after == "page" or token in ODD_STATUSES


ODD_STATUSES = frozenset("401 403 404 408 409 410 413 415 422 429 502 503 504".split())  # never a count ("429 convos")


DID_EVENTS = (  # "who at summit partners upgraded recently": what their events say
    r"\b(?:upgraded|upgrading|downgraded|exported|exporting|logged in|logging in|signed in|invited|uploaded|uploading|"
    r"viewed|created (?:a |any )?projects?|used the api|using the api|changed settings)\b"
)

COMPARED = (
    r"more recently|most recently|more recent|(?:more|fewer|less|most) (?:users|people|contacts|employees|seats)|"
    r"bigger|larger|smaller|biggest|largest|smallest|spends? more|pays? more|higher|lower|newer|older|compare|vs\.?|"
    r"versus"
)
POINTERS = frozenset({"it", "that", "this", "them", "those", "these", "one", "ones", "the"})  # words that point


__all__ = [
    "COMPARED",
    "DID_EVENTS",
    "TECHNICAL",
    "COMPANY_WORDS",
    "CONTACT_WORDS",
    "CONVERSATION_WORDS",
    "EVENT_WORDS",
    "NUMBER",
    "ORDINALS",
    "POINTERS",
    "PROBLEM_WORDS",
    "SEGMENT_WORDS",
    "TEAM_WORDS",
    "corrected",
    "corrected_tokens",
    "correct",
    "distance",
    "has",
    "status_code",
    "number",
    "tokens",
]
