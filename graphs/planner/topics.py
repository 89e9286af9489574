"""What a request is about: the words a conversation search should look for. Found two ways over the request's
(corrected) tokens, returned in the person's own words (what was typed):

- after a word that introduces a subject ("about", "regarding", "mentioning", "re:", "search for" ...),
  up to where the subject ends (a date, a state, a clause, punctuation);
- the words that qualify a conversation or problem noun ("open *billing* convos", "*password reset*
  emails", "*VAT number* questions"), read backwards from the noun while they are content words.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.planner.dates import MONTHS
from graphs.planner.words import (
    CONVERSATION_WORDS,
    COUNTING,
    INTERJECTIONS,
    NUMBER_WORDS,
    ORDINALS,
    PROBLEM_WORDS,
    SLANG,
    distance,
    status_code,
)

TIME_UNITS = [[u] for u in ("days", "weeks", "months", "day", "week", "month", "hours", "hour", "hrs", "wks")]
WEAK = {("those", "were"), ("these", "were"), ("them", "were"), ("those", "are"), ("these", "are")}  # + a topic word
SAID_WHERE = {(w, p, v) for w in ("where", "when") for p in ("people", "ppl", "they", "customers", "users", "someone",
              "folks") for v in ("say", "said", "says", "write", "wrote")}  # fmt: skip
INTRODUCERS = {*SAID_WHERE,
    ("about",), ("regarding",), ("re",), ("re:",), ("mentioning",), ("mention",), ("mentions",), ("mentioned",),
    ("concerning",), ("containing",), ("saying",), ("on", "the", "topic", "of"), ("related", "to"),
    ("to", "do", "with"), ("re", ":"), ("with", "the", "word"), ("with", "the", "words"), ("that", "mention"),
    ("that", "say"), ("that", "says"), ("which", "mention"),  ("talking", "about"), ("complaining", "about"),
    ("ask", "for"), ("asked", "for"), ("asking", "for"), ("ask", "about"), ("asked", "about"), ("asking", "about"),
    ("complained", "about"), ("complain", "about"), ("saying", "about"), ("say", "about"), ("said", "about"),
    ("report",), ("reported",), ("reporting",), ("raise",), ("raised",), ("raising",), ("they", "cant"),
    ("they", "can't"), ("they", "cannot"), ("unable", "to"), ("stuck", "in"), ("stuck", "on"), ("stuck", "with"),
    ("stuck", "at"), ("trouble", "with"), ("problems", "with"), ("relating", "to"), ("relate", "to"),
    ("pertaining", "to"), ("in", "relation", "to"), ("with", "regard", "to"), ("waiting", "on"), ("waiting", "for"),
    ("help", "with"), ("questions", "about"), ("problem", "with"), ("issues", "with"), ("issue", "with"),
    ("problems", "of"), ("problem", "of"), ("issues", "of"), ("unhappy", "about"), ("unhappy", "with"),
    ("upset", "about"), ("frustrated", "with"), ("frustrated", "about"), ("struggling", "with"), ("confused", "about"),
    ("confused", "by"), ("going", "on", "with"), ("happening", "with"), ("wrong", "with"), ("weird", "with"),
    ("odd", "with"), *WEAK, ("feedback", "on"), ("feedback", "about"), ("feedback", "regarding"),
    ("complaints", "about"), ("comments", "on"), ("referring", "to"), ("refer", "to"), ("refers", "to"),
    ("referencing",), ("that", "reference"), ("which", "reference"),
}  # fmt: skip
SYMPTOMS = {("not", "arriving"), ("not", "working"), ("not", "loading"), ("not", "sending"), ("stopped", "posting"),
            ("stopped", "working"), ("keeps", "failing"), ("is", "broken"), ("are", "broken"), ("not", "syncing"),
            ("is", "down"), ("keeps", "breaking"), ("not", "showing"), ("never", "arrives"), ("never", "arrived"),
            ("never", "arrive"), ("never", "comes"), ("never", "came"), ("doesn't", "arrive"), ("doesnt", "arrive"),
            ("isn't", "arriving"), ("isnt", "arriving"), ("doesn't", "work"), ("doesnt", "work"),
            ("won't", "load"), ("wont", "load"), ("not", "received")}  # fmt: skip
SYMPTOMS_ONE = {"broken", "failing", "down", "outage", "errors", "bug"}
PRONOUNS = {"it", "this", "that", "them", "these", "those", "him", "her", "there", "nobody", "someone", "somebody",
            "anyone", "anybody", "everyone", "everybody"}  # fmt: skip
TOLD = {"says", "said", "say", "saying", "reports", "reported", "claims", "claimed", "thinks", "told", "tells",
        "writes"}  # fmt: skip
SEARCH_VERBS = {"search", "look", "looking", "find", "grep", "searching", "hunt", "hunting"}
HEADS = (
    CONVERSATION_WORDS
    | PROBLEM_WORDS
    | {"emails", "bugs", "errors", "tickets", "stuff", "things", "cases", "ones", "asks", "requests"}
)
STATE_WORDS = {"open", "closed", "snoozed", "unresolved", "resolved", "pending", "solved", "waiting"}
STATE_ASKED = (  # a conversation's state asked about ("anything still open", "what's she got snoozed")
    r"(?:anything|something|what'?s|what is|got|have|has|any|all)(?: \w+)? (?:still |currently )?(?:open|closed|"
    r"snoozed|resolved|unresolved|pending)\b|\b(?:open|closed|snoozed|unresolved|pending) (?:ones|stuff|items)\b"
)
NOT_STATE_ASKED = r"events?|activity|profile|record|compan(?:y|ies)|account|org|what do we (?:have|know)|who is"
TIME_WORDS = {
    "today", "yesterday", "week", "weeks", "month", "months", "year", "years", "days", "day", "morning", "overnight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "fortnight", "weekend", "weekends",
    "quarter", "quarters", "q1", "q2", "q3", "q4", "h1", "h2", "ytd", "qtd", "mtd", "fiscal", "fy",
    "sat", "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "eve", "start", "beginning",
    "stretch", "span", *MONTHS,
}  # fmt: skip
DAYS = {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
ENDS = {
    ",", "?", "!", ".", ";", ":", "-", "(", ")", "that", "which", "who", "from", "since", "before", "after", "until",
    "till", "in", "during", "created", "opened", "last", "past", "previous", "prior", "this", "top", "only", "just",
    "still", "are", "were", "is", "was", "please", "thanks", "by", "with", "and", "or", "but", "for", "between",
    "sorted", "ordered", "per", "so", "then", "show", "give", "list", "read", "let", "also", "lately", "recently",
    "these", "those", "to", "at", "as", "if", "come", "came", "coming", "we", "they", "she", "he", "i", "you",
    "did", "do", "does", "have", "has", "had", "get", "got", "not", "half", "feels", "feel", "seems", "yes", "yeah",
    "yep", "within", "over", "of", "earlier", "already", *STATE_WORDS, *TIME_WORDS,
}  # fmt: skip
STOP = {
    "the", "a", "an", "any", "all", "some", "every", "each", "our", "my", "your", "their", "his", "her", "its", "me",
    "us", "we", "i", "you", "them", "recent", "recently", "latest", "newest", "oldest", "new", "old", "updated", "most",
    "previous", "prior", "earlier", "older", "newer", "later", "hour", "hours", "hrs", "middle",
    "least", "more", "many", "much", "how", "what", "which", "show", "list", "find", "search", "get", "read", "pull",
    "give", "display", "see", "check", "fetch", "open", "first", "top", "next", "other", "customer", "customers",
    "user", "users", "support", "intercom", "there", "these", "those", "this", "that", "about", "of", "for", "with",
    "from", "on", "in", "at", "to", "and", "or", "are", "is", "were", "was", "please", "pls", "can", "could", "would",
    "just", "only", "also", "still", "ones", "one", "per", "page", "anything", "everything", "nothing", "stuff",
    "things", "lots", "count", "counts", "ever", "transcripts", "transcript", "as", "like", "others", "same", "again",
    "another", "whole", "word", "now", "ok", "okay", "then", "do", "try", "instead", "relevant", "important", "matter",
    "interesting", "matching", "best", "notable", "juicy", "useful", "few", "several", "couple", "half", "full",
    "entire", "complete", "actual", "specifically", "particularly", "exactly", "precisely", "active", "no", "too",
    "either", "vs", "versus", "thing", "require", "need", "needs", "want", "wants", "period", "timeframe", "window",
    "range", "help", "but", "both", "similar", "opened", "look", "looks", "looked", "looking", "hunt", "hunting",
    "wanted", "backwards", "filter", "filters", "except", "having", "hitting", "getting", "seeing", "running", "into",
    "experiencing", "facing", "who", "had", "hers", "theirs", "best-matching", "top-matching", "most-relevant",
    "relevant-looking", "back", "wonder", "whether", "been", "have", "has", "else", "mean", "meant", "total", "overall",
    "thru", "through", "did", "does", "he", "she", "they", "him", "leave", "exclude", "excluding", "whose", "got",
    "hit", "hits", "saw", "seen", "gets", "anyone", "anybody", "someone", "somebody", "something", "write", "wrote",
    "writing", "written", "writes", "client", "clients", "prep", "that's", "thats", "it's", "sat/sun", "sat-sun",
    "compare", "comparing", "tail", "dump", *STATE_WORDS, *TIME_WORDS, *NUMBER_WORDS, *ORDINALS, *HEADS, *INTERJECTIONS,
}  # fmt: skip
TRAILING = ((STOP | CONVERSATION_WORDS) - PROBLEM_WORDS) | {"topic", "topics", "feature", "features", "theme"}
FILLER = {"the", "a", "an", "our", "any", "some", "their", "those", "these", "this", "that", "my", "whose", "his",
          "her", "someone's", "somebody's", "anyone's", "people's", "anything", "something"}  # fmt: skip
PLACEHOLDER_PREFIX = "qq"
NOT_TOPICS = {"filters", "filter", "search", "query", "same", "again", "actually", "anyway", "hmm", "well", "wait"}
ABOUT_NOUNS = {"feature", "features", "topic", "topics", "theme", "feedback"}  # after a subject: "export feature asks"


def _content(token: str) -> bool:
    day = ("/" in token and token.replace("/", "").isdigit()) or (token[4:5] == "-" and token[:4].isdigit())  # 10/1
    day = day or (token[:2] == "wk" and token[2:].isdigit()) or token[:3] == "fy-"  # "wk45", "fy-july"
    return token.isascii() and any(c.isalnum() for c in token) and not token.startswith(PLACEHOLDER_PREFIX) and not day


def _phrase(tokens: Sequence[str], start: int) -> tuple[int, int]:
    """The subject that starts at ``start``: up to the first token that ends it."""
    i = start
    while i < len(tokens) and (tokens[i] in FILLER or (tokens[i],) in INTRODUCERS):
        i += 1
    end = i
    while end < len(tokens) and tokens[end] not in ENDS and _content(tokens[end]) and end - i < 6:
        if end > i and len(tokens[end]) > 4 and tokens[end].endswith("ed") and tokens[end] not in TOPIC_WORDS:
            break  # "about invoices parked on snooze": the subject ends where the sentence goes on
        end += 1
    while end > i and tokens[end - 1] in TRAILING:  # "refund tickets" -> "refund"
        end -= 1
    while end > i + 1 and tokens[end - 1] in PROBLEM_WORDS:  # "about login problems" -> "login"
        end -= 1
    return i, end


def _introduced(tokens: Sequence[str]) -> tuple[int, int] | None:
    found: list[tuple[int, int, bool]] = []
    for i in range(len(tokens)):
        for size in (4, 3, 2, 1):
            if tuple(tokens[i : i + size]) in INTRODUCERS:
                start, end = _phrase(tokens, i + size)
                if tuple(tokens[i : i + size]) in WEAK and not (end > start and singular(tokens[start]) in TOPIC_WORDS):
                    break  # "how many of those were billing", not "which of those are stil open"
                if end > start and not (end - start == 1 and tokens[start] in PRONOUNS):  # "about it": not a subject
                    found.append((start, end, i > 0 and tokens[i - 1] in HEADS))
                break
    if found:  # "pinged about rate limiting. any convos mentioning 429?": the one a conversation noun introduces
        return next((f for f in found if f[2]), found[0])[:2]
    for i in range(len(tokens) - 2):  # "conversations with invoice topic", "convos with the word X"
        if (
            tokens[i] == "with"
            and tokens[i + 2] in ("topic", "subject", "theme", "tag", "label")
            and _content(tokens[i + 1])
        ):
            return i + 1, i + 2
    for i in range(1, len(tokens) - 1):  # "the conversations of billing", "tickets on refunds"
        head, word = tokens[i - 1], tokens[i + 1]
        if (
            tokens[i] in ("of", "on")
            and head in CONVERSATION_WORDS - {"message", "messages", "msgs", "parts"}
            and not (word in STOP | ENDS | PRONOUNS or word.startswith(PLACEHOLDER_PREFIX))
        ):
            start, end = _phrase(tokens, i + 1)
            if end > start:
                return start, end
    for i in range(1, len(tokens) - 1):  # "the top 3 matches for slack integration", "convos for refund"
        if tokens[i] == "for" and tokens[i - 1] in (CONVERSATION_WORDS | {"matches", "results", "hits"}) - TRANSCRIPTS:
            start, end = _phrase(tokens, i + 1)
            if end > start and all(singular(t) in TOPIC_WORDS for t in tokens[start:end]):
                return start, end
    for i in range(1, len(tokens)):  # "billing search results again": the subject of a search named before it
        if tokens[i] == "search" and _content(tokens[i - 1]) and tokens[i - 1] not in STOP:
            return i - 1, i
    for i in range(len(tokens) - 3):  # "convos w/ invoice in subj": what the subject or body holds
        if tokens[i] == "with" and tokens[i + 2] == "in" and _content(tokens[i + 1]) and tokens[i + 1] not in STOP:
            if tokens[i + 3] in ("subject", "title", "body", "text", "the", "message", "messages"):
                return i + 1, i + 2
    for i, token in enumerate(tokens):  # "anything api related", "billing-related tickets"
        if token.endswith("-related") and _content(token.removesuffix("-related")):
            return i, i + 1
        if token == "related" and i and tokens[i + 1 : i + 2] != ["to"] and _content(tokens[i - 1]):
            start = i - 1
            while start > 0 and i - start < 3 and _content(tokens[start - 1]) and tokens[start - 1] not in STOP:
                start -= 1
            if tokens[start] not in STOP:
                return start, i
    for i in range(1, len(tokens)):  # "password reset email not arriving", "customer says csv exports are broken"
        if tuple(tokens[i : i + 2]) in SYMPTOMS or (tokens[i] in SYMPTOMS_ONE and i < 5):
            start = i
            while start > 0 and i - start < 4 and _content(tokens[start - 1]) and tokens[start - 1] not in STOP | TOLD:
                start -= 1
            end = i - 1 if tokens[i - 1] in ("email", "emails", "feature", "page") and i - start > 1 else i
            if end > start and (start == 0 or tokens[start - 1] in STOP | TOLD | ENDS):
                return start, end
    for i in range(1, min(len(tokens), 4)):  # "slack integration feedback: which ones are snoozed?"
        said = tokens[i] in {"feedback", "reports", "complaints", "issues", "problems", "tickets"}
        if said and tokens[i + 1 : i + 2] in ([":"], ["-"]) and all(_content(t) and t not in STOP for t in tokens[:i]):
            return 0, i
    for i in range(1, min(len(tokens), 4)):  # "slack integration - anything open?": a subject, then the question
        words = tokens[:i]
        if tokens[i] in ("-", ":") and set(words) & TOPIC_WORDS and all(_content(t) and t not in STOP for t in words):
            return 0, i
    for i in range(len(tokens) - 1):  # "transcripts: password reset, ..."
        if tokens[i] in HEADS | {"transcripts", "transcript"} and tokens[i + 1] == ":":
            start, end = _phrase(tokens, i + 2)
            if end > start:
                return start, end
    lead = 1 if tokens[:1] == ["and"] else 2 if tuple(tokens[:2]) in (("same", "for"), ("now", "for")) else 0
    if tokens[:1] == ["same"] and tokens[1:2] and tokens[1] in SAME_WHAT and tokens[2:3] == ["for"]:
        lead = 3  # "same breakdown for billing - open, in october"
    end = lead
    while lead and end < len(tokens) and end - lead < 3 and _content(tokens[end]) and tokens[end] not in STOP | ENDS:
        end += 1
    if end > lead and end < len(tokens) and tokens[end] in (",", "but", "-"):
        return lead, end  # "and api, but all states this time": the subject switched to
    if lead == 3 and end == len(tokens) > lead:
        return lead, end  # "same breakdown for billing"
    first = 1
    while first < len(tokens) and tokens[0] == "search" and tokens[first] in CONVERSATION_WORDS | {"for", "the"}:
        first += 1  # "search convos billing"
    if len(tokens) > first and tokens[0] in ("find", "grep", "search") and tokens[first] not in STOP:
        start, end = _phrase(tokens, first)  # "find slack integration top 3", "search billing"
        if end > start and not (tokens[first].isdigit() and len(tokens[first]) < 3):
            return start, end
    for i in range(len(tokens)):
        if tokens[i] in SEARCH_VERBS:  # "search (conversations) for X", "look for X"
            j = i + 1
            while j < len(tokens) and tokens[j] in CONVERSATION_WORDS | FILLER:
                j += 1
            if j < len(tokens) and tokens[j] == "for":
                j += 1
                while j < len(tokens) and tokens[j] in CONVERSATION_WORDS | FILLER:
                    j += 1
                start, end = _phrase(tokens, j)
                if end > start:
                    return start, end
    return None


SAME_WHAT = {"breakdown", "thing", "search", "report", "query", "filters", "view", "deal", "numbers", "split", "list"}
GENERIC_HEADS = {"stuff", "things", "ones", "cases"}


def _qualifying(tokens: Sequence[str]) -> tuple[int, int] | None:
    heads = [i for i, t in enumerate(tokens) if t in HEADS - GENERIC_HEADS]
    heads += [i for i, t in enumerate(tokens) if t in GENERIC_HEADS]  # "the weekend stuff ... integration issues"
    for head in heads:
        start = head
        while (
            start > 0
            and _content(tokens[start - 1])
            and tokens[start - 1].removesuffix("'s") not in STOP
            and not tokens[start - 1].endswith("'s")  # "milo's conversations": whose, not what about
            and (
                not tokens[start - 1].isdigit()
                or status_code(tokens, start - 1)
                or (start > 1 and tokens[start - 2] in ("order", "invoice", "case", "ref", "error", "code", "plan"))
            )
        ):
            start -= 1
        if start < head:
            return start, head
    for head in (i for i, t in enumerate(tokens) if t in VAGUE_HEADS and i and _named_topic(tokens[i - 1])):
        start = head - 1  # "a refund one in june", "her invoice thing from aug": a topic's own word before it
        while start > 0 and _named_topic(tokens[start - 1]):
            start -= 1
        if not start or tokens[start - 1] not in ("the", "that", "this"):  # "the invoice one": which, not a topic
            return start, head
    return None


VAGUE_HEADS = {"one", "thing"}


TOPIC_WORDS = frozenset(
    "login logins password passwords reset resets integration integrations billing refund refunds invoice invoices "
    "export exports shipping onboarding payment payments subscription subscriptions cancellation cancellations "
    "renewal renewals pricing charge charges charged discount discounts webhook webhooks delivery deliveries "
    "tracking notification notifications import imports dashboard dashboards permission permissions security "
    "verification authentication upgrade upgrades downgrade downgrades checkout receipt receipts coupon coupons "
    "calendar shipment shipments password-reset slack salesforce zapier hubspot shopify stripe jira zendesk github "
    "gmail outlook sso webhooks csv pdf api apis sync outage outages crash crashes bug bugs latency mobile ios android "
    "2fa mfa gdpr vat tax chargeback chargebacks".split()
)
REAL_WORDS = frozenset(  # real words one letter away from a topic word: never "corrected"
    "logic resent preset expert shopping skipping change charger tracing trucking crush crash cash crass clash "
    "charm chance logon recent record changed changes changing".split()
)


def spelled(word: str) -> str:
    """A support topic the word misspells ("loign" -> login, "pasword" -> password), or the word as typed."""
    low = word.lower()
    if SLANG.get(low) in TOPIC_WORDS:
        return SLANG[low]  # "pw reset": password reset
    if len(low) == 4 and low.isalpha() and low not in TOPIC_WORDS and low not in REAL_WORDS and low != "rest":
        missing = [t for t in TOPIC_WORDS if len(t) == 5 and t[0] == low[0] and _left_out(low, t)]
        return missing[0] if len(missing) == 1 else word  # "logn problems": login, a letter left out
    if len(low) < 5 or not low.isalpha() or low in TOPIC_WORDS or low in REAL_WORDS:
        return word
    allowed = 1 if len(low) < 9 else 2
    near = {t: distance(low, t, allowed) for t in TOPIC_WORDS if t[0] == low[0]}
    best = min(near.values(), default=allowed + 1)
    found = [t for t, d in near.items() if d == best]
    return found[0] if best <= allowed and len(found) == 1 else word


def _left_out(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` with one letter left out ("logn": login)."""
    return any(word[:i] + word[i + 1 :] == short for i in range(len(word)))


def topic(tokens: Sequence[str], original: Sequence[str]) -> str | None:
    """The subject of a conversation request, in the original words, or None."""
    phrasal = ("pull", "bring", "dig", "look")  # "pull up shipping issues": shipping ("up" is the verb's)
    tokens = ["the" if t == "up" and i and tokens[i - 1] in phrasal else t for i, t in enumerate(tokens)]
    found = _introduced(tokens)
    later = found is not None and any(_stop(tokens, i) for i in range(found[1], len(tokens)))  # a sentence after it
    if found is not None and later and (qualified := _qualifying(tokens)) and _asked_after(tokens, found, qualified):
        found = qualified  # "my accounts mentioned duplicate charges. could you list the refund conversations"
    elif found is not None and later:  # "seeing 429s from the api again - any api convos this month?": api
        cut = min(i for i in range(found[1], len(tokens)) if _stop(tokens, i)) + 1
        tail = _qualifying(tokens[cut:])
        if tail is not None and _asked_after(tokens, found, asked := (tail[0] + cut, tail[1] + cut)):
            found = asked
    found = found or _qualifying(tokens)
    if found is None:
        return None
    start, end = found
    if tokens[start] in ("first", "last", "next", "past") and end - start <= 2 and tokens[end : end + 1] in TIME_UNITS:
        return None  # "how about the first 2 weeks of november": when, not what
    while end - start > 1 and tokens[end - 1] in ABOUT_NOUNS:
        end -= 1  # "export feature asks": export
    sized = {"per", "each", *CONVERSATION_WORDS}  # "refunds in october 5 per page", "onboarding 3 transcripts"
    counted = {
        i for i in range(start, end) if tokens[i].isdigit() and not status_code(tokens, i)
        and (tokens[i + 1 : i + 2] and tokens[i + 1] in sized
             or tokens[i + 1 : i + 3] in (["of", "them"], ["of", "those"]) or (i == start and end - start > 1))
    }  # "transcripts of 3 of them", "of 2 shipping convos": how many  # fmt: skip
    words = [  # not the count
        spelled(original[i].strip("'\"").removesuffix("-related")) for i in range(start, end) if i not in counted
    ]
    owner = [i for i, w in enumerate(words) if w.lower().endswith("'s") and not _named_topic(w[:-2])]
    words = words[owner[-1] + 1 :] if owner else words  # "chloe's convos", "the second person's tickets": whose
    words = [w for w in words if w.lower() not in ("recent", "latest", "newest", "oldest")] or words  # "2 recent"
    while len(words) > 1 and words[-1].lower() in CONVERSATION_WORDS:
        words.pop()  # "search api convos 5 per page": api (the count between them is not the topic's)
    clausal = len(words) >= 3 and any(w.lower() in CLAUSAL for w in words)  # a sentence, not a noun's phrase
    if clausal and len(named := [w for w in words if _named_topic(w)]) == 1:
        words = named  # "where folks got 429s", "help because the api keeps rate limiting": the one topic said
    text = " ".join(_stem(singular(w)) for w in words if w)
    return text if text and text.lower() not in PRONOUNS else None  # "can you find it?": no subject said


TRANSCRIPTS = {"transcript", "transcripts"}  # ("transcripts for the 3 most recent shipping ones": read otherwise)
STOPS = (".", "?", "!", "-")  # "seeing 429s from the api again - any api convos this month?": api


def _stop(tokens: Sequence[str], i: int) -> bool:  # a stop, or a comma before whose: "same for chloe, her password one"
    return tokens[i] in STOPS or (tokens[i] == "," and tokens[i + 1 : i + 2] in (["her"], ["his"], ["their"]))


def _asked_after(tokens: Sequence[str], told: tuple[int, int], asked: tuple[int, int]) -> bool:
    """Whether a support topic naming the conversations asked for comes in a later sentence than the one a
    story introduced ("... mentioned duplicate charges. could you list the refund conversations ...")."""
    return (
        asked[0] >= told[1]
        and any(_stop(tokens, i) for i in range(told[1], max(told[1], asked[0])))
        and all(_named_topic(t) for t in tokens[asked[0] : asked[1]])
    )


CLAUSAL = {"where", "when", "whenever", "while", "because", "cause", "since", "whose", "who", "which", "that", "if",
           "the", "their", "his", "her", "its", "they", "them", "folk", "folks", "people", "ppl", "keep", "keeps",
           "kept", "got", "get", "gets", "hit", "is", "are", "was", "were", "can't", "cant", "won't"}  # fmt: skip


def _named_topic(word: str) -> bool:
    """Whether a word of a longer subject is a support topic's own (a topic word, or an HTTP error status)."""
    low = word.lower()
    return _stem(singular(low)) in TOPIC_WORDS or (len(low) == 3 and low.isdigit() and 400 <= int(low) <= 599)


def _stem(word: str) -> str:
    """A support topic said as a verb ("exporting", "invoicing", "refunding"): the topic's noun."""
    low = word.lower()
    if not low.endswith("ing") or low in TOPIC_WORDS:
        return word
    return next((w for w in (low[:-3], low[:-3] + "e") if w in TOPIC_WORDS), word)


def leftover(tokens: Sequence[str], original: Sequence[str]) -> str | None:
    """The content words of a request that names no noun at all ("refunds since monday?")."""
    counted = {i for i, t in enumerate(tokens) if t.isdigit() and (tokens[i + 1 : i + 2] or ["."])[0] in COUNTING}
    counted |= {i for i, t in enumerate(tokens) if t.isdigit() and i and tokens[i - 1] in MONTHS}  # "since oct 1"
    counted |= {i for i, t in enumerate(tokens) if t in ("labor", "labour") and tokens[i + 1 : i + 2] == ["day"]}
    counted |= {i - 1 for i in counted if i and tokens[i - 1] in ("first", "last", "next", "past")}  # the first 2 weeks
    words = [
        spelled(original[i]).removesuffix("-related")  # "api-related": api
        for i, t in enumerate(tokens)
        if _content(t) and t not in STOP and t not in ENDS and t.removesuffix("'s") not in DAYS and i not in counted
    ]
    while len(words) > 1 and words[-1].lower() in ABOUT_NOUNS:
        words.pop()  # "integration feedback since august": integration
    return " ".join(singular(w) for w in words) or None


KEEP_S = ("ss", "us", "is", "os", "as", "ics", "ies", "'s")
NOT_PLURALS = {"news", "always", "perhaps", "series", "whereas", "sometimes", "thanks", "lens", "canvas"}


def singular(word: str) -> str:
    """A regular plural as its singular ("exports" -> export, "APIs" -> API). A search matches words contained in
    a message, so the singular finds every message the plural does and more ("export" is in "exported").
    Anything irregular, short or unsure stays as typed."""
    low = word.lower()
    if word[:-1].isupper() and len(word) > 2 and word.endswith("s"):  # "APIs", "SDKs"
        return word[:-1]
    if len(low) < 4 or not low.endswith("s") or low.endswith(KEEP_S) or low in NOT_PLURALS or not low.isalpha():
        return word
    if low.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1]


def topic_run(tokens: list[str], i: int) -> str:
    """The topic words said together around ``tokens[i]`` ("password resets": password reset), the last singular."""
    start = end = i
    while start and singular(tokens[start - 1]) in TOPIC_WORDS:
        start -= 1
    while end + 1 < len(tokens) and singular(tokens[end + 1]) in TOPIC_WORDS:
        end += 1
    return " ".join([*tokens[start:end], singular(tokens[end])])


def leftover_topic(leftover: str) -> str | None:
    """The first topic in words left over from a request, with the topic words said beside it."""
    said = leftover.lower().split()  # "are password resets still a problem": password reset
    return next((topic_run(said, i) for i, w in enumerate(said) if w in TOPIC_WORDS), None)


__all__ = ["leftover", "leftover_topic", "singular", "topic", "topic_run"]
