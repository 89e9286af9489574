"""When no intent fits: say so, and offer requests that run exactly as written."""

from __future__ import annotations

from graphs.planner import needles as rx
from graphs.planner.reading import Utterance

# (words that hint at it, a request that runs as written)
EXAMPLES = [
    (r"compan|account|org", "List our Intercom companies"),
    (r"contact|user|people|lead|customer|who", "List Intercom contacts"),
    (r"event|activit|doing|did", "Events for usr_00001"),
    (r"conversation|chat|ticket|inbox|support|refund|billing", "List recent conversations"),
    (r"search|find|about|mention", "Search conversations about billing"),
    (r"segment", "List segments"),
    (r"team", "List Intercom teams"),
]


SUGGESTED = "Sorry, I did not understand that."


def suggestions(r: Utterance) -> str:
    hits = [example for words, example in EXAMPLES if rx.search(words, r.text)]
    offered = hits[:3] or ["List contacts at Acme Corp and show their recent events", "List Intercom contacts"]
    lines = "\n".join(f'- "{example}"' for example in offered)
    return f"{SUGGESTED} Did you mean one of these? (they run as written)\n{lines}"
