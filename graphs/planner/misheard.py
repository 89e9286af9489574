"""Words dictation writes down wrong, read as what was said: "inner com" / "inter com" (Intercom), "in voice
conversations" (invoice), "convoy" (convo). Each is a pattern (case ignored) and what replaces it;
:func:`graphs.planner.plain.plain` applies them with the other rewrites. Ids and numbers read out are
:mod:`graphs.planner.spoken`'s.
"""

from __future__ import annotations

REWRITES: list[tuple[str, str]] = [
    (r"\b(?:inner|w?inter|in her|enter)[ -]?(?:com|comm|calm|kom)\b|\bintercomm\b", "intercom"),  # ("winter": respelt)
    (r"\bin voice(s|d)?\b(?! (?:channel|calls?|mode|notes?|messages?|mail))", r"invoice\1"),  # "in voice convos"
    (r"\bconvoys?\b", "convos"),  # "billing convoys from today"
]

__all__ = ["REWRITES"]
