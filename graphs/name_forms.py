"""Other ways a person's name is written, tried when the name as given matches no one: surname first ("Okafor,
Zoe", "okafor zoe") and the short and long forms of a given name ("vic okafor" for Victor Okafor, "benjamin
evans" for Ben Evans).

Intercom's contact search matches a name exactly, so a colleague's "vic" finds no Victor. The forms are
tried in order, after the name as given, and the first that finds anyone is used; the answer says which form
matched, so a person found under another name is never passed off as the one asked for.
"""

from __future__ import annotations

import re

FAMILIES = [
    "alexander alex", "alexandra alex sasha", "andrew andy drew", "anthony tony", "benjamin ben benji",
    "catherine cathy kate katie", "katherine kate katie kathy", "christopher chris", "christina chris tina",
    "daniel dan danny", "david dave", "deborah deb debbie", "edward ed eddie ted", "elizabeth liz beth eliza",
    "gabriel gabe", "gabriela gabby", "isabella bella izzy", "isabel izzy", "james jim jimmy jamie",
    "jennifer jen jenny", "jonathan jon", "joseph joe joey", "margaret maggie meg", "matthew matt",
    "michael mike mick", "nathan nate", "nicholas nick nico", "patricia pat trish", "rebecca becca becky",
    "richard rich rick", "robert rob bob bobby", "samuel sam", "samantha sam", "susan sue susie",
    "thomas tom tommy", "victor vic", "victoria vicky tori", "william will bill liam", "zoe zoey",
]  # fmt: skip


def _forms() -> dict[str, list[str]]:
    """Each given name's other forms, in the order the families list them."""
    forms: dict[str, list[str]] = {}
    for family in FAMILIES:
        names = family.split()
        for name in names:
            known = forms.setdefault(name, [])
            known.extend(n for n in names if n != name and n not in known)
    return forms


FORMS = _forms()

FOUND_AS = "No contact is named"  # how the overview's answer starts when another form found the person
MOST = 4  # forms tried at most (each is one search): a miss costs a few requests, not dozens


def other_forms(query: str) -> list[str]:
    """The other forms of a two-word name worth trying, most likely first ("Zoe Okafor" for "Okafor, Zoe")."""
    text = query.strip()
    if not re.fullmatch(r"[A-Za-z'-]+,? [A-Za-z'-]+", text):
        return []
    first, last = (w.strip(",") for w in text.split())
    forms = [f"{last} {first}"] if "," in text else []
    forms += [f"{other} {last}" for other in FORMS.get(first.casefold(), [])]
    forms += [] if "," in text else [f"{last} {first}"]
    titled = [" ".join(w.capitalize() for w in form.split()) for form in forms]
    return list(dict.fromkeys(f for f in titled if f.casefold() != text.casefold()))[:MOST]


__all__ = ["FOUND_AS", "other_forms"]
