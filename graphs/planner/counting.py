"""The numbers a request gives: how many of what ("first 50 contacts", "3 events each", "20 per page",
"only 5 of them, no events"), and which page ("page 2", "the second page")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphs.planner import needles as rx
from graphs.planner.dates import MONTHS
from graphs.planner.topics import TOPIC_WORDS, singular
from graphs.planner.words import BARE_BEFORE, ORDINALS, PER_PAGE, TERSE_AFTER, UNITS, classify, status_code, value

if TYPE_CHECKING:
    from graphs.planner.reading import Utterance


@dataclass(frozen=True)
class Count:
    """A number the request gives: how many of what (``noun``: a class, or None), and how it is meant."""

    value: int
    noun: str | None
    per_page: bool = False  # "20 per page"
    each: bool = False  # "3 events each"


def _sized(tokens: list[str], i: int) -> bool:
    """Whether the words at ``i`` say a page size ("per page", "a page", "each", "for each page")."""
    return tokens[i : i + 1] in (["per"], ["a"], ["each"], ["for"], ["at"], ["on"], ["in"])


BETWEEN = frozenset({",", "and", "with", "no", "without", "skip", "not", "minus", "excluding", "dont", "don't"})
# (what ends a count's reach: "only 5 of them no events" counts them, not their events)
# what may follow a number said alone: "quiet ones? 10, ...", "her company's people, 5 no events"
SAID_ALONE = (",", "?", ".", "!", "please", "again", "no", "without", "skip")


def _clock(tokens: list[str], i: int, number: int) -> bool:
    """Whether the number at ``i`` is an hour ("a call with them at 3", "at 10 tomorrow"), not a count."""
    if number > 12 or i < 2 or tokens[i - 1] != "at" or tokens[i - 2] in ("it", "cap", "capped", "limit", "stop"):
        return False
    return not any(classify(t) for t in tokens[i + 1 : i + 2]) and tokens[i + 1 : i + 2] not in (["per"], ["each"])


def counts(request: Utterance) -> None:
    """The numbers the request gives (its counts and page), read into ``request``."""
    tokens = request.tokens
    for i, token in enumerate(tokens):
        if token == "page" and tokens[i + 1 : i + 2] in (["number"], ["no"], ["#"], ["nr"]):
            tokens = request.tokens = [*tokens[: i + 1], *tokens[i + 2 :]]  # "page number 2": page 2
        if (
            token == "page"
            and i + 1 < len(tokens)
            and (n := value(tokens[i + 1])) is not None
            and tokens[i - 1] != "per"
            and not (i > 0 and tokens[i - 1].removesuffix("'s") in ORDINALS and (_sized(tokens, i + 2) or n > 10))
        ):  # "the second page 50 each": pages of 50; "oldest first page 2": page 2
            request.page = n
            continue
        numbered = i + 2 < len(tokens) and (value(tokens[i + 2]) or 99) <= 10 and not _sized(tokens, i + 3)
        if token.removesuffix("'s") in ORDINALS and i + 1 < len(tokens) and tokens[i + 1] == "page" and not numbered:
            request.page = ORDINALS[token] + 1 if ORDINALS[token] >= 0 else None
            continue
        number = value(token)
        if token == "one" and tokens[i + 1 : i + 3] in (["event", "each"], ["event", "per"], ["message", "each"]):
            number = 1  # "w/ one event each": a count ("one" is otherwise a pronoun: "the first one")
        if number is None:  # most words: no count to read
            continue
        per_page = tokens[max(0, i - 2) : i] in PAGE_OF  # "20 per page", "one page of 50"
        per_page = per_page or (i == len(tokens) - 1 and i >= 2 and tokens[i - 2] == "page" and tokens[i - 1].isdigit())
        paged = any(tuple(tokens[i + 1 : i + 1 + len(p)]) == p for p in PER_PAGE)  # "page 2 5 per page"
        per_page = per_page or paged or (tokens[i + 1 : i + 2] == ["each"] and "page" in tokens[i - 2 : i])
        if number is None or token == "360" or (tokens[i - 1 : i] in (["page"], ["#"]) and not per_page):
            continue
        if (_is_date(tokens, i) or _described(tokens, i)) and not per_page:  # "in october 30 per page": a page size
            continue  # not a day; "acme has like 30 people ... the first 8": how many there are, not to show
        after = tokens[i + 1 : i + 6]
        if status_code(tokens, i) and not per_page:
            continue  # "API 429 complaints", "the 404 page", "500 errors": what it is about, not how many
        if after and (after[0] in UNITS or (after[0] == "of" and after[1:2] and after[1] in UNITS)):
            continue  # "the last 3 days", "the last couple of days": when, not how many
        if after[:1] in (["pages"], ["pgs"]):
            continue  # "i've been through the first two pages": pages read, not a page size
        if _clock(tokens, i, number):
            continue  # "a qbr with indigo at 3, give me the people": when, not how many
        paged = paged or (after[:1] == ["after"] and "".join(after[1:2]).startswith("qqcursor"))  # "20 after <cursor>"
        ranked = after[:1] in (["oldest"], ["newest"], ["latest"], ["quietest"]) and not classify(" ".join(after[1:2]))
        ranked = (
            ranked
            or (  # "export questions, 5 most recent": of what is listed
                after[:2] in (["most", "recent"], ["most", "recently"]) and not any(classify(t) for t in after[2:5])
            )
        )
        if after[:1] and after[0] in LISTED or ranked:
            request.counts.append(Count(number, None))  # "100 rows", "10 oldest by last request": of what is listed
            continue
        if any(tuple(after[: len(p)]) == p for p in PER_PAGE) or per_page or paged:
            request.counts.append(Count(number, None, per_page=True))  # "20 per page", "--per-page 100"
            continue
        ends = all(t in TERSE_AFTER for t in after) and tokens[i - 1] not in BARE_BEFORE  # "cos asc 60"
        between = list(reversed(tokens[max(0, i - 3) : i]))
        gap = next((j for j, t in enumerate(between) if classify(t)), None)
        near = classify(between[gap]) if gap is not None and all(t in TERSE_AFTER for t in between[:gap]) else None
        near = None if gap is not None and between[gap + 1 : gap + 2] == ["per"] else near
        near = None if gap is not None and "," in between[:gap] else near  # "cos, oldest activity first, 25"
        if ends and near and near not in ("conversation", "event") or (ends and near and i == len(tokens) - 1):
            request.counts.append(Count(number, near))
            continue
        noun = next((classify(t) for t in after[:5] if classify(t)), None)
        gap = next((j for j, t in enumerate(after) if classify(t)), None)
        if noun is None and after[:1] and after[0].endswith("s") and singular(after[0]) in TOPIC_WORDS:
            noun, gap = "conversation", 0  # "5 refunds that are snoozed": five conversations about refunds
        if noun and gap is not None and after[:1] in (["for"], ["from"]) and after[gap - 1] in ("that", "this"):
            request.counts.append(Count(number, None))  # "the last 5 for that person": of what is asked, for them
        elif noun and gap is not None and not any(value(t) is not None or t in BETWEEN for t in after[:gap]):
            rest = after[gap + 1 : gap + 3]
            each = bool(rest) and (rest[0] == "each" or rest[:1] == ["per"] and rest[1:] != ["page"])
            request.counts.append(Count(number, noun, each=each))
        elif (ones := after[: after.index("ones")] if "ones" in after[:4] else None) is not None and not any(
            value(t) is not None or t in BETWEEN for t in ones
        ):  # "now 4 open refund ones": of what is listed
            request.counts.append(Count(number, None))
        elif (after[:1] == ["each"] or after[:2] in (["in", "each"], ["on", "each"])) and "page" in tokens:
            # "page 2, 15 each", "the second page with 10 in each": pages of 15, of 10
            request.counts.append(Count(number, None, per_page=True))
        elif (
            after[:2]
            in (
                ["for", "now"],
                ["is", "enough"],
                ["will", "do"],
                ["is", "fine"],
                ["this", "time"],
                ["should", "be"],
                ["should", "do"],
                ["would", "be"],
                ["is", "plenty"],
                ["are", "enough"],
            )
            and not request.counts
        ):
            request.counts.append(Count(number, None))
        elif after[:1] == ["each"] or after[:2] in (["per", "person"], ["per", "contact"], ["per", "user"]):
            request.counts.append(Count(number, None, each=True))
        elif (
            after[:2] == ["of", "them"]
            or (i > 0 and tokens[i - 1] in BARE_BEFORE)
            or tokens[max(0, i - 2) : i] in (["it", "at"], ["cap", "at"], ["capped", "at"], ["limit", "at"])
            or after[:1] in (["max"], ["tops"], ["maximum"], ["only"])  # "his events, 10 max"
            or (i > 0 and tokens[i - 1] in (",", "?", "!") and (not after or after[0] in SAID_ALONE))
            or (
                i > 0
                and tokens[i - 1] in ("them", "those", "recently", "instead", "but")
                and (not after or after[0] in SAID_ALONE)
            )
            or (tokens[max(0, i - 2) : i] in (["too", "many"], ["too", "few"]) and not after)  # "too many 20"
            or (i > 1 and tokens[i - 1] in ("-", ":") and classify(tokens[i - 2]) and not after)  # "more people - 8"
            or (i > 1 and tokens[i - 1] in ("for", "of") and classify(tokens[i - 2]) and not after)  # "transcripts
            # for 3"
        ):
            request.counts.append(Count(number, None))  # "30 of them": of whatever is listed
    if rx.search(r"\b(?:only |just )?the (?:last|latest|most recent|newest) (?:message|reply)\b", request.text):
        request.counts.append(Count(1, "message"))  # "convo 100007 but only the last message"
    if rx.search(r"\b(?:the|a) single (?:most|latest|newest|last|oldest|least)\b", request.text):
        request.counts.append(Count(1, None))  # "the single most recently updated conversation"
    if rx.search(r"\b(?:last|latest|most recent|newest) event\b", request.text):
        request.counts.append(Count(1, "event", each=True))


LISTED = frozenset({"rows", "records", "results", "entries", "items", "lines", "more", "examples", "samples"})
PAGE_OF = (["per", "page"], ["batches", "of"], ["pages", "of"], ["chunks", "of"], ["page", "of"])


HEDGES = ("like", "about", "around", "roughly", "~", "over", "almost", "nearly", "maybe", "only", "just")


def _described(tokens: list[str], i: int, alone: bool = False) -> bool:
    """Whether the number at ``i`` says how many there are ("has like 30 people", "there are 4 zephyrs"), another
    number saying how many to show ("... the first 8"); alone, it may say which ("the one that has 5 users")."""
    if not alone and not any(
        t != "one" and value(t) is not None and not _described(tokens, k, True) for k, t in enumerate(tokens) if k != i
    ):
        return False
    j = i - 1
    while j > 0 and tokens[j] in HEDGES:
        j -= 1
    return j >= 0 and (
        tokens[j] in ("has", "have", "had", "there's") or tokens[j - 1 : j + 1] in (["there", "are"], ["there", "were"])
    )


def _is_date(tokens: list[str], i: int) -> bool:
    near = {tokens[j].rstrip(".,") for j in (i - 1, i + 1) if 0 <= j < len(tokens)}
    ranged = i >= 3 and tokens[i - 1] in ("to", "-", "thru", "through", "till", "until") and tokens[i - 3] in MONTHS
    before = tokens[i - 2] if i >= 2 and tokens[i - 1] == "the" else tokens[i - 1] if i else ""
    opening = before in ("between", "from") and i + 1 < len(tokens) and tokens[i + 1] in ("and", "to", "-", "thru")
    opening = opening and any(t.rstrip(".,") in MONTHS for t in tokens[i + 2 : i + 7])  # "between the 1 and the 15 of
    of_month = tokens[i + 1 : i + 2] == ["of"] and i + 2 < len(tokens) and tokens[i + 2].rstrip(".,") in MONTHS
    return bool(near & set(MONTHS)) or ranged or opening or of_month  # "sept 1 to 15"; october"; "the 15 of october"


__all__ = ["Count", "counts"]
