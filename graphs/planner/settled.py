"""A conversation's state asked about rather than asked for: "whether her billing question ever got resolved",
"did it get closed?", "why is it still open?" -- a question whose answer is the state, so the state said is no
filter (her billing conversations, whatever their state; the conversation shown)."""

from __future__ import annotations

from graphs.planner import needles as rx

ASKED_IF_SETTLED = (
    r"\b(?:whether|if)\b[^.?!;]{0,60}?\b(?:got|get|gotten|been|was|were|is|are|be|ever) (?:resolved|solved|closed)\b|"
    r"\b(?:did|has|have)\b(?: [\w']+){0,5}? (?:ever |actually |finally )?(?:get|got|gotten|been) "
    r"(?:resolved|solved|closed)\b|"
    r"\bwhy(?:'s| is| was| has| did)? (?:it|this|that|this one|that one|the (?:convo|conversation|ticket|chat|thread))"
    r"(?: been| still| now| not)? (?:snoozed|closed|open|resolved|unresolved)\b"  # "why's it snoozed?": the one shown
)


def state_asked_about(text: str) -> str:
    """The request without its state words when they are asked about (see the module's doc), else as it is."""
    if rx.search(ASKED_IF_SETTLED, text) is None:
        return text
    return rx.sub(r"\b(?:open|closed|snoozed|resolved|solved|unresolved|answered)\b", "", text)


__all__ = ["ASKED_IF_SETTLED", "state_asked_about"]
