"""The identifier the person asked for: "his event totals, look him up by email" is read by his email,
not by his external id as the events tool is otherwise given (the tool takes any one of the three)."""

from __future__ import annotations

from typing import Any

from graphs.planner.dialogue import CONTACT_FIELDS, State
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance
from graphs.planner.who import known

BY = {  # the words that ask for one identifier, and the events tool's argument for it
    "email": r"\b(?:by|via|using|use|with|from) (?:(?:his|her|their|the) )?(?:e-?mail|email address)\b",
    "user_id": r"\b(?:by|via|using|use|with) (?:(?:his|her|their|the) )?(?:external(?: id)?|user_?id|usr id)\b",
    "intercom_user_id": r"\b(?:by|via|using|use|with) (?:(?:his|her|their|the) )?(?:intercom|internal) id\b",
}


def as_told(r: Utterance, state: State, plan: Plan) -> Plan:
    """``plan`` with the events tool's identifier the request names, when it names another one of the same
    person this conversation has shown."""
    if not isinstance(plan, tuple) or plan[0] != "intercom_list_events":
        return plan
    args = plan[1]
    given = next((k for k in CONTACT_FIELDS if args.get(k)), None)
    wanted = next((k for k, said in BY.items() if r.has(said)), None)
    if given is None or wanted is None or wanted == given:
        return plan
    value = str(args[given]).casefold()
    people: list[dict[str, Any]] = [p for p in (state.contact, *known(state)) if p]
    person = next((p for p in people if str(p.get(CONTACT_FIELDS[given]) or "").casefold() == value), None)
    if person is None or not person.get(CONTACT_FIELDS[wanted]):
        return plan
    rest = {k: v for k, v in args.items() if k not in CONTACT_FIELDS}
    return (plan[0], {wanted: person[CONTACT_FIELDS[wanted]], **rest})


__all__ = ["as_told"]
