"""Common given names, to recognise a person named in lower case with no cue around the name ("has omar
khan ever contacted support", "what's yara diaz been up to").

A list of frequent given names from many languages (English, Spanish, Portuguese, French, German,
Italian, Dutch, Nordic, Slavic, Arabic, Turkish, Persian, South and East Asian, African), not the
workspace's contacts: the planner does not read contacts' names. Names that are also everyday English
words ("will", "mark", "grace", "june", "dev", "max") are left out: "will khan" could be either, and
the cue-based reading in :mod:`graphs.planner.mentions` still finds them where a name is expected.
"""

from __future__ import annotations

import re

FIRST_NAMES = frozenset(
    """
    aaron abdul abdullah abigail ada adam adrian ahmed aisha akira alan albert alejandro alex alexander alexandra
    alfie ali alice alicia amelia amir amit ana andre andrea andreas andrew andrei angela anita anna anne annika
    anton antonio anya arjun arthur asha astrid aurora ava ayesha beatriz ben benjamin bianca boris bruno camila
    carla carlos carmen caroline catherine cecilia charles charlie charlotte chen chiara chloe chris christian
    christina claire clara claudia daniel daniela david deepak diana diego dmitri dominik eduardo elena eli elias
    elif elijah elisa eliza ella ellie emil emilia emily emir emma enzo eric erik ethan eva evelyn fabio farah
    fatima federico felipe felix fernando filip finn francesca francesco gabriel gabriela giulia giorgio hana
    hannah hans harry hassan helena henrik henry hiroshi hugo ian ibrahim igor ines ingrid irene iris isaac
    isabel isabella ivan jack jacob jakob james jana javier jens jessica joao johan johanna john jonas jorge
    jose josef joseph julia julian juliana kai karim karin karl kasia kate katarina kavya kenji kevin khalid
    klaus kofi lars laura layla leila lena leo leon liam lin lina linda lisa lorenzo louis lucas lucia luis
    luisa luka lukas magnus mai maja manuel marco marcos maria mariana marie marina mario marta martin mateo
    mateus matteo maya mehmet mei mia michael miguel mikhail milan milo mina mohamed mohammed nadia naomi nathan
    neha niamh nico nicolas nikolai nina noah nora nour olga oliver olivia omar oscar pablo paolo patrick paula
    paulo pedro peter petra pierre pooja priya quinn rafael rahul raj ravi rebecca ricardo robert roberto rohan
    rosa ruben sakura salma samir sam samuel sana santiago sara sarah sebastian selin sergei shreya simon sofia
    sophie stefan stella sven tara thomas tim tobias tomas tyler uma valentina vera victor viktor vikram wei wen
    william xavier yara yasmin yusuf yuki zainab zara zoe
    """.split()
)

SURNAMES = frozenset(
    """
    adams ahmed ali alvarez anderson baker bauer becker bell bennett brown campbell carter castro chen clark
    collins cook cooper cruz davies davis diaz dubois edwards evans fernandez fischer fisher flores garcia
    gomez gonzalez green gupta hall hansen harris hernandez hill hoffmann hughes ito jackson jensen johnson
    jones kaur khan kim king klein kowalski kumar lee lewis lopez martin martinez meyer miller mitchell moore
    morales morgan muller murphy nakamura nguyen nielsen novak okafor olsen oliveira parker patel perez
    petrov phillips reyes richter roberts robinson rodriguez rossi russo sanchez santos sato schmidt
    schneider schulz scott shah silva singh smith suzuki tanaka taylor thomas thompson torres turner walker
    wang watanabe weber white williams wilson wood wright yamamoto young zhang
    """.split()
)

WORDLIKE_GIVEN = frozenset(
    "grace will mark june dev max rose faith hope joy april august dawn bill pat ray jay amber ruby jade ivy".split()
)  # given names that are also words: a person only beside a known surname ("has grace silva logged in")


def _swapped(word: str, names: frozenset[str]) -> str | None:
    """The one name that ``word`` is with two neighbouring letters swapped back ("pryia": priya), or None."""
    fits = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} & names
    return next(iter(fits)) if len(fits) == 1 else None


def unswapped(words: list[str]) -> dict[int, str]:
    """Names typed with two letters swapped, where a given name and a surname stand side by side ("pryia
    patel", "wen evnas", "chole jensen"): {position: the name}. Only swaps are undone, only when the other
    word is a name and the result is one: "jansen" and "jensen" are both real, and stay as typed."""
    fixed: dict[int, str] = {}
    for i in range(len(words) - 1):
        first, last = words[i].casefold(), words[i + 1].casefold().removesuffix("'s")
        if len(first) < 3 or len(last) < 3 or not first.isalpha() or not last.isalpha():
            continue
        if first not in FIRST_NAMES and last not in SURNAMES:
            continue  # neither word a name as typed: not a name with one swap in it (and no work for most words)
        short = len(first) >= 4 or (len(first) == 3 and last in SURNAMES)  # "wne rossi": beside a surname as typed
        given = first if first in FIRST_NAMES else _swapped(first, FIRST_NAMES) if short else None
        family = (last if last in SURNAMES else _swapped(last, SURNAMES) if len(last) >= 4 else None) if given else None
        if given and family and (given != first or family != last):
            fixed[i], fixed[i + 1] = given, family
    return fixed


def unswap(original: list[str], cased: list[str]) -> None:
    """The request's words (lower case, and as typed) with names' swapped letters undone, in place."""
    for i, name in unswapped(original).items():
        suffix = "'s" if original[i].endswith("'s") else ""
        original[i], cased[i] = name + suffix, name.capitalize() + suffix


_FAMILY = "|".join(sorted(SURNAMES - FIRST_NAMES))
SURNAME_FIRST = re.compile(
    rf"(?<![\w.@-])({_FAMILY})(,?)\s+([a-z]{{2,}})(?![\w.@-]|'(?!s\b))(?!\s+(?:{_FAMILY})\b)", re.IGNORECASE
)  # (not "Iris Baker, iris.baker.276@...": an email's name)


def _given_last(m: re.Match[str]) -> str:
    """ "Okafor, Zoe", "hughes, grace", "okafor rosa": the name in the usual order ("Zoe Okafor")."""
    comma, given = m[2], m[3].casefold()
    before = m.string[: m.start()].split()[-1:]
    if given in SURNAMES or (before and before[0].casefold() in FIRST_NAMES | WORDLIKE_GIVEN):
        return m[0]  # "Iris Baker, iris": a name in order, then more
    if given in FIRST_NAMES or (comma and given in WORDLIKE_GIVEN):
        return f"{m[3].capitalize()} {m[1].capitalize()}"
    return m[0]


def surname_first(text: str) -> str:
    """A name written surname first, with a comma or without ("DIAZ, YARA", "ito uma"), in the usual order."""
    return SURNAME_FIRST.sub(_given_last, text)


__all__ = ["FIRST_NAMES", "SURNAMES", "WORDLIKE_GIVEN", "surname_first", "unswap", "unswapped"]
