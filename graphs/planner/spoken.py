"""Ids, emails and numbers read out loud, as speech-to-text writes them: "u s r underscore zero zero four two"
(usr_00042), "dev dot rossi at example dot com", "e six zero eight ... four six" (a hex id), "one zero zero one
six eight" (100168), "one hundred thousand four hundred twenty seven" (100427)."""

from __future__ import annotations

import re

from graphs.planner import needles as rx

DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
DIGIT = "|".join(DIGITS)
SPELT_ID = rx.compile(
    rf"\b([a-z])\s+([a-z])\s+([a-z])\s+(?:(?:underscore|dash|hyphen)\s+)?((?:(?:{DIGIT})\s*){{3,}})", re.IGNORECASE
)  # "u s r (underscore) zero zero two four two"
DIGIT_RUN = rx.compile(
    r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:\s+|-)){4,}"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)  # an id read out
SPELT_HEX = rx.compile(rf"\b(?:(?:{DIGIT}|[a-f])\s+){{19,}}(?:{DIGIT}|[a-f])\b", re.IGNORECASE)  # a hex id read out
SPELT_PREFIX = rx.compile(
    rf"\b([a-z]{{2,5}})\s+underscore\s+((?:(?:{DIGIT})\s*)+)", re.IGNORECASE
)  # usr underscore 4 2
SAID_NUMBER = "|".join(sorted({*DIGITS, *SMALL, "hundred"}, key=len, reverse=True))
SPOKEN_EMAIL = rx.compile(
    rf"\b([a-z]+(?:\s+dot\s+(?:(?:(?:{SAID_NUMBER})\b\s*)+|[a-z]+|\d+))*)\s+at\s+([a-z]+)\s+dot\s+(com|io|org|net|co)\b",
    re.IGNORECASE,
)  # "dev dot rossi dot zero", "victor dot weber dot twenty four", "grace dot novak dot one four two", "x dot 213"
REPEATED = rx.compile(
    rf"\b(?:({DIGIT}) )?(double|triple) ({DIGIT})\b(?=( (?:{DIGIT}|double|triple)\b)?)", re.IGNORECASE
)  # "one double oh one three three": 1 0 0 1 3 3 (not "double it", nor "double oh seven" alone)


def _repeated(m: re.Match[str]) -> str:
    if m[1] is None and m[4] is None:
        return m[0]
    said = " ".join([m[3]] * (2 if m[2].lower() == "double" else 3))
    return f"{m[1]} {said}" if m[1] else said


GROUPED = rx.compile(
    r"\b((?:convo|conversation|ticket|chat|thread)s?(?: (?:number|no\.?|id))? #?)(\d{3}) (\d{3})\b(?! ?\d)",
    re.IGNORECASE,
)  # "conversation 101 260": 101260, read out in two groups
PAGE_WORD = rx.compile(r"\bpage (one|two|three|four|five|six|seven|eight|nine|ten)\b(?![ -](?:hundred|thousand))", re.I)
SPOKEN_USER = rx.compile(r"\b(?:user|usr)(?: id)?(?: underscore)? (\d{4,})\b", re.IGNORECASE)
NUMBER = rx.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)"
    r"(?:\s+|-|\b)){2,}",
    re.IGNORECASE,
)


def _digits(spoken: str) -> str:
    return "".join(DIGITS[w.lower()] for w in spoken.split())


def _email(m: re.Match[str]) -> str:
    parts = rx.split(r"\s+dot\s+", m.group(1), flags=re.IGNORECASE)
    return f"{'.'.join(map(_said_part, parts)).replace(' ', '')}@{m.group(2)}.{m.group(3)}".lower()


def _said_part(part: str) -> str:
    """A part of an email said aloud: digits one by one ("one four two"), a number ("twenty four", "zero"), or
    the word itself."""
    words = part.lower().split()
    if len(words) > 1 and all(w in DIGITS for w in words):
        return _digits(part)
    if not all(w in SMALL or w in DIGITS or w == "hundred" for w in words):
        return part
    return str(_value(words))


def _value(words: list[str]) -> int:
    """The number a run of number words says ("two hundred thirteen", "one hundred thousand four ...")."""
    total, current = 0, 0
    for w in words:
        if w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total, current = (total + max(current, 1)) * 1000, 0
        else:
            current += SMALL[w] if w in SMALL else int(DIGITS[w])
    return total + current


def number(m: re.Match[str]) -> str:
    """'one hundred thousand four hundred twenty seven' -> 100427; words that are not one number stay."""
    words = [w for w in rx.split(r"[\s-]+", m.group(0).strip().lower()) if w and w != "and"]
    if not any(w in ("hundred", "thousand") for w in words):
        return m.group(0)
    trailing = " " if m.group(0).endswith((" ", "-")) else ""
    return f"{_value(words)}{trailing}"


def _spelt_id(m: re.Match[str]) -> str:
    """'u s r underscore zero zero four two': usr_00042; 'c m p zero zero one nine': cmp-0019 (a company code)."""
    prefix = "".join(m.group(i) for i in (1, 2, 3)).lower()
    return f"{prefix}{'-' if prefix == 'cmp' else '_'}{_digits(m.group(4))} "


def _hex(m: re.Match[str]) -> str:
    said = "".join(DIGITS.get(w.lower(), w.lower()) for w in m.group(0).split())
    return said if len(said) == 24 else m.group(0)  # an Intercom id has 24 characters


def spoken(text: str) -> str:
    """``text`` with the ids and emails it reads out written as they are typed."""
    text = REPEATED.sub(_repeated, REPEATED.sub(_repeated, text))
    text = SPELT_HEX.sub(_hex, text)  # "e six zero eight ... four six": e60826...46
    text = SPELT_ID.sub(_spelt_id, text)
    text = SPELT_PREFIX.sub(lambda m: f"{m.group(1).replace('user', 'usr')}_{_digits(m.group(2))} ".lower(), text)
    text = SPOKEN_EMAIL.sub(_email, text)
    text = DIGIT_RUN.sub(lambda m: _digits(m.group(0).replace("-", " ")), text)  # "one zero zero one six eight"
    text = GROUPED.sub(r"\1\2\3", text)
    text = PAGE_WORD.sub(lambda m: f"page {SMALL[m[1].lower()]}", text)  # "companies page one, ten per page"
    return SPOKEN_USER.sub(r"usr_\1", text)  # "user zero zero zero four two": usr_00042


__all__ = ["NUMBER", "SMALL", "number", "spoken"]
