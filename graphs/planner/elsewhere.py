"""Words about the world outside the workspace, said where a follow-up is expected: "whats the weather like in
dublin today" is not "same, but today"; "ok and whats the weather in boston" after a search is not a search for
"weather boston". The refinements and topic switches ask here before they take the words as theirs.
"""

from __future__ import annotations

from graphs.planner.reading import Utterance


def off_domain(r: Utterance) -> bool:
    """Content words that are neither the toolkit's vocabulary nor a topic ("weather", "dublin")."""
    from graphs.planner.decide import DOMAIN
    from graphs.planner.mentions import KNOWN

    unknown = [w for w in (r.leftover or "").lower().split() if w not in KNOWN and not w.isdigit()]
    return len(unknown) >= 2 and not (r.words & DOMAIN) and not r.topic


def elsewhere(r: Utterance) -> bool:
    """Words about the world outside the workspace, not a topic: "ok and whats the weather in boston"."""
    from graphs.planner.decide import ELSEWHERE

    said = set((r.topic or r.leftover or "").split())
    return bool(r.words & ELSEWHERE) and (not r.topic or said <= ELSEWHERE)
