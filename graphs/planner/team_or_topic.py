"""A team's name said alone, first thing ("show me billing", "pull up sales"): the team, or conversations about
it? The question names both (a team's name that is also a subject people write in about is common: billing,
sales, support), and the next turn says which."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.gazetteer import Names
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance

ALONE = (
    r"(?:(?:ok|okay|hi|hey|so|pls|please)\W+)*(?:show(?: me)?|give me|pull up|get|open|see|check|look at|"
    r"what about|let'?s see)\s+(?:the |our )?([a-z]+)(?: stuff| things| side| bits)?(?:\s+(?:please|pls))?\W*"
)


def team_or_topic(r: Utterance, state: State, names: Names) -> Plan | None:
    """The question, when the request is only "show me <a team's name>" and nothing was asked before."""
    said = rx.fullmatch(ALONE, r.text)
    if said is None or state.last is not None or state.pending is not None or said[1] not in names.teams:
        return None
    team = names.teams[said[1]].get("name") or said[1].title()
    return (
        f"Do you mean the {team} team (who is on it) or conversations about {said[1]}? Say 'the {said[1]} team' or "
        f"'{said[1]} conversations'."
    )


__all__ = ["team_or_topic"]
