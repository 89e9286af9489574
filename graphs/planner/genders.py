"""'how many events has she logged?', after priya's record and then dev rossi's: priya's. A "she" or a "he"
said when the person in focus has a first name usually given to the other sex, and one person discussed
before has a first name of the pronoun's, means that one. Nothing changes when the names do not say (a name
given to both, a name not listed, no one else discussed): the person in focus stays, as ever."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.first_names import FIRST_NAMES
from graphs.planner.focus import same_for
from graphs.planner.intents import Plan
from graphs.planner.reading import Utterance

FEMININE = frozenset("""
    ada alice amelia amy ana anna anne aisha beth carla carmen chloe claire clara daisy diana elena elif ella
    emily emma eva fatima fiona grace hannah helen ines ingrid iris isabel jane jessica julia kate laura lea leah
    lena lina lisa lucy maria marie maya mia nadia nina nora olga olivia paula priya rachel rosa ruth sara sarah
    sofia sophie tara uma vera wendy yara yasmin zoe zara
""".split())  # fmt: skip
MASCULINE = frozenset("""
    adam ahmed ali ben carlos daniel david dev diego erik felix frank george hans hugo ivan jack jacob james jan
    jonas jose juan karl lars leo liam lucas luis marco mark max milo mohammed noah oliver omar oscar paul pedro
    peter rahul raj sean simon stefan thomas tom victor william yusuf
""".split())  # fmt: skip
FIRST_NAMES_SAID = FEMININE | MASCULINE | FIRST_NAMES
SHE = r"\b(?:she|her|hers|herself|the (?:woman|lady|girl))\b"  # "the woman from before"
HE = r"\b(?:he|his|him|himself|the (?:man|gentleman|guy|dude))\b"


def sex_of(person: dict[str, Any]) -> str | None:
    first = str(person.get("name") or "").split()[:1]
    word = first[0].casefold() if first else ""
    return "f" if word in FEMININE else "m" if word in MASCULINE else None


def gendered(r: Utterance, state: State) -> State:
    """The state with the person in focus the pronoun points at, when the names say she is another one."""
    contact = state.contact
    if contact is None or state.focus != "contact" or r.identified or r.names or r.person is not None:
        return state
    said = "f" if rx.search(SHE, r.text) else "m" if rx.search(HE, r.text) else None
    if said is None or (said == "f" and rx.search(HE, r.text)) or sex_of(contact) in (None, said):
        return state
    others = [p for p in state.people if p.get("id") != contact.get("id") and sex_of(p) == said]
    if len(others) != 1:
        return state  # nobody, or several, the pronoun could mean: the one in focus, as ever
    return replace(state, contact=others[0], contact_companies=[], contact_conversations=[])


AND_HER = r"(?:(?:and|ok|now|what about|how about|same (?:for|with)) )*(?:her|him)(?: too| then)?\W*(?:\?.*)?"


def and_her(r: Utterance, before: State, after: State) -> Plan | None:
    """'and him?', after her event counts, with him discussed before her: the same for him."""
    if after.contact is before.contact or after.contact is None or not rx.fullmatch(AND_HER, r.text):
        return None
    found = same_for(before, after.contact)
    return None if found is None or found[0] == "intercom_get_contact_by_id" else found


def by_address(r: Utterance, state: State) -> str | None:
    """'all-time counts for grace then', after events by grace.adams.181@example.com and by nora.adams...: the
    request with the one address this chat used whose local part starts with the first name said, or None."""
    if r.identified or r.person is not None:
        return None
    used = {str(v) for _, args in state.calls for k, v in args.items() if k in ("email", "contact_email", "contact")}
    used = {e for e in used if "@" in e}
    for word in dict.fromkeys(t for t in r.tokens if t in FIRST_NAMES_SAID):  # in the order said
        mine = [e for e in used if e.split("@")[0].split(".")[0].casefold() == word]
        if len(mine) == 1:
            return rx.sub(rf"\b{word}\b", mine[0], r.text)
    return None


__all__ = ["and_her", "by_address", "gendered", "sex_of"]
