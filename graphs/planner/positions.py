"""Which item of a list a request points at: "the third one", "second to last", "the older of the two",
"the one at the bottom", "whoever's up top" (0-based; negative from the end; lists are newest first)."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dates import MONTHS
from graphs.planner.words import ORDINAL_AFTER, ORDINAL_BEFORE, ORDINALS, classify, value


def _in_date(tokens: list[str], i: int) -> bool:
    """Whether the ordinal at ``i`` is a day of a month ("the 15th of october", "1st thru the 15th")."""
    after = tokens[i + 1 : i + 3]
    before = tokens[max(0, i - 2) : i]
    ranged = {"thru", "through", "till", "until", "to", "-"}
    return (
        (after[:1] == ["of"] and len(after) > 1 and (after[1] in MONTHS or after[1] in ("last", "this", "next")))
        and tokens[i + 3 : i + 4] not in (["page"], ["list"])  # "the 3rd of this page": a pick
        or after[:3] == ["of", "the", "month"]  # "since the 1st of the month"
        or bool(
            after[:1]
            and after[0] in ranged
            and not tokens[i].startswith(("first", "second", "third"))
            and len(after) > 1
            and (
                rx.fullmatch(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?", after[1]) or after[1] in ("the", "end", *MONTHS)
            )
            # ("5th - only theirs", "the 5th - 360": a pick)
        )
        or (bool(set(before) & ranged - {"to", "-"}) and tokens[i][:1].isdigit())  # "thru the 15th", not "third"
        or bool(after[:1] and after[0] in MONTHS)
        or (tokens[i][:1].isdigit() and "between" in tokens[max(0, i - 2) : i] and after[:1] == ["and"])
        or (  # "from the 3rd to the 9th", "between the 10th and the 15th": the second is a day too
            tokens[i][:1].isdigit()
            and bool(set(before) & (ranged | {"and"}))
            and any(rx.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", t) for t in tokens[max(0, i - 4) : i - 1])
        )
    )


ASKED_OF_IT = frozenset({"open", "get", "show", "pull", "read", "give"})
CLAUSE_AFTER = frozenset({"who", "whose", "which", "i", "it's", "its", "they", "we", "that's", "thats", "she", "he"})


def position(text: str, tokens: list[str], named_at: int | None = None) -> int | None:
    """The position the request points at, or None (``named_at``: where a person's name begins, "the 7th kai
    fischer")."""
    if m := rx.search(
        r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th) (?:to|from) (?:the )?(?:last|bottom|end)\b|\bpenultimate\b|"
        r"\b(?:the )?one (?:just )?(?:before|above) the (?:last|bottom)(?: one)?\b",  # "the one just before the last"
        text,
    ):
        return -ORDINALS[m.group(1)] - 1 if m.group(1) else -2  # "second to last": -2
    if m := rx.search(r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[ -](oldest|newest|most recent|latest)\b", text):
        return -ORDINALS[m.group(1)] - 1 if m.group(2) == "oldest" else ORDINALS[m.group(1)]  # "the 2nd oldest": -2
    if rx.search(
        r"\b(?:the|his|her|their) (?:older|earlier) (?:one|conversation|convo|chat|ticket|thread)\b|"
        r"\bthe (?:older|earlier|oldest) "
        r"(?:of|among) (?:the|those|them|these)\b",
        text,
    ):
        return -1  # lists are newest first: of the ones shown, the older
    if rx.search(
        r"\bthe (?:newer|more recent|later) (?:one|conversation|convo|chat|ticket|thread)\b|\bthe (?:newer|later) "
        r"(?:of|among) (?:the|those|them|these)\b",
        text,
    ):
        return 0
    if rx.search(
        r"\bwhoever(?:'s| is) (?:first|on top|at the top)\b|"
        r"\bthe (?:one|person|guy|company) (?:up top|at the top|on top)\b|"
        r"\bwhichever (?:of them |one )?(?:comes|is) first\b",
        text,
    ):
        return 0
    if rx.search(
        r"\b(?:at|on|from) the (?:very )?bottom\b|"
        r"\bbottom (?:one|person|contact|row|entry|guy|lady|company|account|user|customer)\b|"
        r"\bwhoever(?:'s| is) last\b",
        text,
    ):
        return -1  # "the one at the bottom"
    if rx.search(
        r"\boldest (?:[a-z]+ )?(?:one|conversation|convo|chat|ticket)\b|"  # "the oldest open one"
        r"\b(?:the )?oldest (?:of|among) (?:those|them|these|the)\b|\bthe oldest of all\b",  # "... all his convos"
        text,
    ):
        return -1  # lists are newest first
    if rx.search(r"\bwhich (?:one )?is (?:the )?(?:most recent|latest|newest|newer)\b", text):
        return 0  # "which one is the most recent? open it please"
    if rx.search(r"\bwhich (?:one )?is (?:the )?(?:oldest|older)\b", text):
        return -1
    if rx.search(r"\bthe (?:most recent|latest|newest) (?:of|among) (?:those|them|these)\b", text):
        return 0
    if rx.search(r"\bthe (?:most recently|latest) (?:updated|modified|changed|touched)\b", text):
        return 0  # "open the most recently updated one": lists are most recently updated first
    whole = r"(?: ?,? (?:in full|full|whole|the whole thing|all of it|entire|complete))?"  # "the most recent, in full"
    newest = rf"^(?:\w+ ){{0,3}}the (?:very )?(?:most recent|latest|newest){whole}(?: (?:please|pls|then))? ?[?.!]?$"
    if rx.search(newest, text):
        return 0  # "open the most recent"
    if rx.search(r"^(?:[\w,]+ ){0,6}the (?:very )?oldest(?: (?:please|pls|then))? ?[?.!]?$", text):
        return -1
    if rx.search(r"\b(?:most recent|latest|newest|last) (?:[a-z]+ )?(?:one|conversation|convo|chat|ticket)\b", text):
        if rx.search(r"\b(?:most recent|latest|newest)\b", text):
            return 0  # "the most recent slack one"
        return -1 if rx.search(r"\blast (?:[a-z]+ )?(?:one|conversation|convo)\b", text) else 0
    for i, token in enumerate(tokens):
        word = token.removesuffix("'s")
        follower = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word not in ORDINALS or value(follower) is not None:
            continue
        if _in_date(tokens, i):
            continue  # "from the 1st thru the 15th of last month": days, not items
        if word in ("latest", "newest", "last", "top") and i and (tokens[i - 1].isdigit() or value(tokens[i - 1])):
            continue  # "the 5 latest ones": how many, not which
        before = tokens[i - 1] if i > 0 else ""
        if before == "their" and follower == "event" and word in ("latest", "last", "newest", "most"):
            continue  # "everyone at her company w/ their latest event": one each, not a pick
        owner = follower.removesuffix("'s")  # "3rd contact's profile"
        singular = bool(classify(owner)) and not owner.endswith("s") or follower in ("person's", "guy")
        fits = (
            token.endswith("'s")
            or follower in ORDINAL_AFTER
            or not follower
            or singular
            or (named_at == i + 1 and word[:1].isdigit())
            or (follower == "to" and tokens[i + 2 : i + 3] in (["me"], ["us"], ["him"], ["her"], ["them"]))  # "assign
            # the first to me"
            or (follower in ASKED_OF_IT and tokens[i + 2 : i + 3] in (["it"], ["me"], ["its"], ["up"]))  # "the 3rd
        )  # open it", "the third get me its details": the pick, then what is asked of it
        clause = before == "the" and follower in CLAUSE_AFTER  # "the third who is working there", "the 12th i want"
        clause = clause or (before == "the" and follower == "about" and tokens[i + 2 : i + 3] in ([], ["?"], ["."]))
        said_after = before in ("page", "one", "list") and singular  # "back to the previous page 2nd person"
        if follower.startswith("one") or (before in ORDINAL_BEFORE and fits) or clause or said_after:
            return ORDINALS[word]

    return None


__all__ = ["position"]
