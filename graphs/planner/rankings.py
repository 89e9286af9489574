"""Rankings said without what they rank by, or without what they rank:

- "show me our top accounts", "our best customers": top by what? (the company list is ranked by last activity;
  users and spend are shown with each company) - asked, not guessed ("top accounts by spend" is the list);
- "which company is bigger?", first thing: which companies? (two named are compared elsewhere);
- "top 5 pls" - "the top of which list?" - "companies, by most recent activity": five of them.
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.reading import Utterance

TOP = (
    r"(?:(?:ok|okay|so|hey|hi|pls|please)\W+)*(?:(?:show|give|get|list|pull up)(?: me)? |(?:who|what) are )?"
    r"(?:our |the |my )?(?:top|best|most important|key|most valuable) (?:\d+ )?(?:accounts|companies|customers|"
    r"clients|orgs)(?: (?:pls|please|right now|atm))?\W*"
)
BIGGER = (
    r"(?:(?:ok|okay|so|hey|hi)\W+)*which (?:company|account|org|customer|one|of them|of the two|of those) (?:is|'s) "
    r"(?:bigger|larger|smaller|busier|more active|less active)\W*"
)
TOP_ONLY = r"(?:(?:show|give|get)(?: me)? )?(?:the )?top (\d{1,3})(?: (?:pls|please|ones?))?\W*"
KINDS = r"\b(?:compan(?:y|ies)|accounts?|contacts?|people|users?|customers?|convos?|conversations?|tickets?)\b"


def unranked(r: Utterance, state: State) -> str | None:
    """The question for a ranking that does not say by what, or a comparison that does not say of whom."""
    if rx.fullmatch(TOP, r.text) and not r.names:
        return (
            "Top by what? Intercom sorts the company list by last activity only; it shows each company's users and "
            "monthly spend, so for those I list the companies for you to compare. Say 'most recently active' (and "
            "how many), 'by users' or 'by spend'."
        )
    if state.last is None and rx.fullmatch(BIGGER, r.text) and not (r.names or r.identified):
        return "Which companies should I compare? Name them, e.g. 'is acme corp bigger than globex?'."
    return None


def top_again(text: str, state: State) -> str | None:
    """'companies, by most recent activity', answering "the top of which list?" after "top 5 pls": the request
    with the count the question was about ("..., top 5"); "most recently active, top 10", answering "top by
    what?" after "our top accounts": of the companies."""
    criterion = rx.sub(r"\b(?:by|most|fewest|number of) (?:\w+ )?(?:users|people|contacts)\b", "", text)
    if rx.fullmatch(TOP, state.unanswered or "") and not rx.search(KINDS, criterion):
        if rx.search(r"\b(?:users|people|contacts|spend|revenue|mrr|size|biggest|largest|paying)\b", text):
            return "list the companies"  # not sortable by those: the list, which shows them
        return f"companies, {text}"  # "top by what?" - "most recently active, top 10": of the companies
    asked = rx.fullmatch(TOP_ONLY, state.unanswered or "")
    if asked is None or not rx.search(KINDS, text) or rx.search(r"\b\d{1,3}\b", text):
        return None
    return f"{text.rstrip(' .!?')}, top {asked[1]}"


__all__ = ["top_again", "unranked"]
