"""Going back by steps: "go back a step", "go back two steps", "actually go back", "undo that" (the call made
before the last, as it was), and "show the first list again" (the first list of the conversation, as asked).
"""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.paging import previous_page
from graphs.planner.reading import Utterance

STEPS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
FILLERS = r"(?:(?:actually|ok|okay|no|nah|nope|wait|hm+|oops|sorry|hold on|so|and|then|pls|please|just)\W+)*"
UNDO = (
    FILLERS + r"(?:(?:\w+ )?(?:go|going|step|take me|let'?s go) back(?: (a|one|1|two|2|three|3) steps?)?|"
    r"undo(?: (?:that|this|it|the last (?:one|step)))?)(?:\W+(?:please|pls|thanks|thx))?\W*"
)
FIRST_LIST = (
    FILLERS + r"(?:(?:undo (?:that|this|it)|scratch that)\W+)?(?:(?:show|give|get|pull up|bring up|go back to|back to)"
    r"(?: me)? )?(?:the )?(?:first|original|initial|very first) (?:list|results?)(?: again| please| pls)*\W*"
)


def steps_back(r: Utterance, state: State) -> Plan | None:
    """The call that many steps before the last, or the conversation's first list, as it was."""
    if rx.fullmatch(FIRST_LIST, r.text) is not None and state.lists:
        return (state.lists[0].tool, dict(state.lists[0].args))  # "undo that, show the first list again"
    m = rx.fullmatch(UNDO, r.text)
    steps = STEPS[m[1]] if m is not None and m[1] else 1
    if m is None:
        return None
    if len(state.calls) <= steps and m[1] is None and state.paged is not None and (state.paged.page or 1) > 1:
        return previous_page(state)  # "back", after page 3 asked for first: page 2
    if len(state.calls) <= steps:
        return (
            "Back to what? There is nothing earlier in this conversation to go back to: ask for what you want to see."
        )
    return state.calls[-1 - steps]


__all__ = ["steps_back"]
