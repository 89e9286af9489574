"""A company name that several companies share or start, narrowed to the one meant: "what's that globex
paying us" (the one discussed), "the other zephyr one", "go back to the globex on the first page" (the
one listed there), "I meant analytics again" (a word of a company's name discussed earlier)."""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.gazetteer import Names
from graphs.planner.mentions import Mention
from graphs.planner.reading import Utterance

HEX = rx.compile(r"[0-9a-f]{24}")

RECALL = r"\bmeant\b|\bagain\b|back to\b|\binstead\b|^(?:no|nope|sorry|actually|oops)\b|(?:what|how) about\b"


def narrow_company(
    r: Utterance, state: State, people: tuple[dict[str, Any], ...] = ()
) -> str | tuple[str, dict[str, Any]] | None:
    """'what's that globex paying us': a name several companies share, meaning the one being discussed;
    'go back to zephyr': a word several companies' names start with, meaning the one discussed before;
    'the other zephyr one': one not discussed (a question when several are left); "milo garcia, he's at
    juniper": the one of ``people`` (the contacts the name said means) is at."""
    focus = state.company or {}
    discussed = {
        str(v).casefold() for _, args in state.calls for k, v in args.items() if k in ("company", "company_id")
    }
    discussed |= {str(focus[k]).casefold() for k in ("id", "name") if focus.get(k)}
    given = {h.casefold() for h, _ in r.hex_ids}  # "company 63fb...? i think it's delta something": its id says
    r.names[:] = [
        m for m in r.names if not (m.ambiguous and any(str(e.get("id")).casefold() in given for e in m.entries))
    ]
    for i, m in enumerate(r.names):
        other = m.start > 0 and r.original[m.start - 1] in ("other", "another")
        names = [fold(e) for e in m.entries]
        said = [{str(e.get("id")).casefold()} | ({fold(e)} if names.count(fold(e)) == 1 else set()) for e in m.entries]
        rest = [e for e, keys in zip(m.entries, said, strict=True) if not keys & discussed]  # two named Globex: by id
        offered = {c.get("id") for c in state.candidates.items} if state.candidates is not None else set()
        other = other and not {e.get("id") for e in m.entries} <= offered  # after "which globex?": the other offered
        if m.kind == "company" and m.ambiguous and other and not discussed and state.last is None:
            return f"Which {m.written} do you mean? Nothing earlier in this conversation says which one was the first."
        if m.kind == "company" and m.ambiguous and other and 0 < len(rest) < len(m.entries):
            if len(rest) > 1:
                names = [str(e.get("name")) for e in rest]
                return f"Which one do you mean: {', '.join(names[:-1])} or {names[-1]}? Say its name."
            shared = sum(fold(e) == fold(rest[0]) for e in m.entries) > 1  # two named "Globex": by its id
            named = str(rest[0].get("id") if shared and rest[0].get("id") else rest[0]["name"])
            r.names[i] = Mention("company", m.written, named, m.start, m.end, tuple(rest))
            continue
        partial = m.kind == "company" and m.ambiguous and len({e.get("name") for e in m.entries}) > 1
        if partial and len(mine := [e for e in m.entries if {str(e.get("id")).casefold(), fold(e)} & discussed]) == 1:
            r.names[i] = Mention("company", m.written, str(mine[0]["name"]), m.start, m.end, tuple(mine))
            continue
        around = r.original[: m.start] + r.original[m.end :]
        notted = {w for i, x in enumerate(around) if x == "not" for w in around[i + 1 : i + 4]}  # "not partners"
        told = [e for e in m.entries if set(fold(e).split()[1:]) & (set(around) - notted)]
        if partial and len(told) == 1:  # "zephyr something... the partners one?": the one whose name has that word
            r.names[i] = Mention("company", m.written, str(told[0]["name"]), m.start, m.end, tuple(told))
            continue
        if m.kind == "company" and m.ambiguous and (listed := _listed_entry(r, state, m)) is not None:
            r.names[i] = Mention("company", m.written, str(listed.get("id") or m.name), m.start, m.end, (listed,))
            continue  # "go back to the globex on the first page": the one listed there
        shown = state.listing.items if state.listing is not None and state.listing.kind == "companies" else []
        on_screen = [e for e in m.entries if any(e.get("id") == c.get("id") for c in shown)]
        if partial and len(on_screen) == 1:  # "the birch one at the bottom": the one birch of the list on screen
            r.names[i] = Mention("company", m.written, str(on_screen[0]["name"]), m.start, m.end, tuple(on_screen))
            continue
        in_order = [c for c in shown if c.get("id") in {e.get("id") for e in on_screen}]
        if partial and r.ordinal is not None and -len(in_order) < r.ordinal < len(in_order) > 1:  # "the 2nd indigo
            nth = in_order[r.ordinal]  # one": of the indigo companies listed, the second
            r.names[i], r.ordinal = Mention("company", m.written, str(nth["name"]), m.start, m.end, (nth,)), None
            continue
        theirs = {c.get("id") for c in state.contact_companies} if state.focus == "contact" else set()
        which = rx.search(rf"\bwhich {re.escape(m.written)} (?:is|was) (?:that|this|it)\b", r.text)
        if (
            m.kind == "company"
            and m.ambiguous
            and which
            and len(mine := [e for e in m.entries if e.get("id") in theirs]) == 1
        ):
            r.names[i] = Mention("company", m.written, str(mine[0]["id"]), m.start, m.end, tuple(mine))
            continue  # "which globex is that", after a person's overview: the one she is at
        pointed = m.start > 0 and r.original[m.start - 1] in ("that", "this", "same")  # "that globex"
        if m.kind == "company" and m.ambiguous and pointed:
            mine = [e for e in m.entries if e.get("id") == focus.get("id")] if focus.get("id") else []
            mine = mine or [e for e in m.entries if str(e.get("id")).casefold() in discussed]  # "back to that globex"
            mine = mine or [e for e in m.entries if e.get("id") in theirs]  # "that globex", after who she's with
            if len(mine) == 1:
                shared = sum(fold(e) == fold(mine[0]) for e in m.entries) > 1  # two named "Globex": by its id
                named = (
                    m.name if mine[0].get("id") == focus.get("id") and not shared else str(mine[0].get("id") or m.name)
                )
                r.names[i] = Mention("company", m.written, named, m.start, m.end, tuple(mine))
    for i, m in enumerate(r.names):  # "milo garcia's full picture, he's at juniper": the juniper he is at
        theirs = {c for p in people for c in p.get("company_ids", ())}
        if (
            m.kind == "company"
            and len(m.entries) > 1
            and len(mine := [e for e in m.entries if e.get("id") in theirs]) == 1
        ):
            r.names[i] = Mention("company", m.written, str(mine[0]["name"]), m.start, m.end, tuple(mine))
    for m in r.names:  # "lumen contacts pls": a word two companies' names start with, nothing said to choose
        distinct = list(dict.fromkeys(str(e.get("name")) for e in m.entries))
        described = rx.search(rf"\b{re.escape(m.written)} (?:guy|one|lady|person|contact|user|customer)\b", r.text)
        at = rf"\b(?:he|she|they)(?:'s| is| are|'re)\b.*\b(?:at|from|with) {re.escape(m.written)}\b"  # "he's my
        if (r.external_ids or r.emails) and (described or r.has(at) or r.has(BELONGS)):  # main contact at delta"
            continue  # "usr_00268 last 5 events - the juniper guy": who he is, said of the contact named; "does
            # usr_00224 still belong to juniper": her record says, whichever juniper
        every = (
            rf"\b(?:the|all|both|our|those|these) {re.escape(m.written)} (?:companies|ones|accounts|orgs|businesses)\b"
        )
        if rx.search(every, r.text) and r.has(
            r"\bhow many\b|\bcounts?\b|side by side|\bcompare\b|\blist\b|\bsizes?\b|\bheadcounts?\b"
        ):
            return ("intercom_list_companies", {})  # "how many people does each of the juniper companies have"
        if m.kind == "company" and len(distinct) > 1 and not any(fold(e) == m.written.casefold() for e in m.entries):
            return f"Which one do you mean: {', '.join(distinct[:-1])} or {distinct[-1]}? Say its name."
    return None


BELONGS = (
    r"\b(?:belong(?:s|ed)? to|(?:work|works|worked|working) (?:at|for)|(?:still|now) (?:at|with|in)|part of|"
    r"moved? (?:to|from|away)|left)\b"
)


ON_A_LIST = rx.compile(
    r"\b(?:on|from|in) (?:the|that|this|page) (?:(first|1st|second|2nd|third|3rd|previous|last|\d{1,2}) )?"
    r"(?:page|list|results?)\b|\bon page (\d{1,2})\b"
)
PAGE_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _listed_entry(r: Utterance, state: State, m: Mention) -> dict[str, Any] | None:
    """The one company of a shared name ("globex") on the list of companies the request points at."""
    said = ON_A_LIST.search(r.text)
    if said is None:
        return None
    word = said.group(1) or said.group(2)
    page = int(word) if word and word.isdigit() else PAGE_WORDS.get(word or "")
    ids = {e.get("id") for e in m.entries}
    shown = [
        item
        for listing in state.lists
        if listing.kind == "companies" and (page is None or int(listing.args.get("page") or 1) == page)
        for item in listing.items
        if item.get("id") in ids
    ]
    return shown[0] if len({item.get("id") for item in shown}) == 1 else None


def fold(entry: dict[str, Any]) -> str:
    return str(entry.get("name") or "").casefold()


SUBJECTS = frozenset({"who", "he", "she", "they", "it", "which", "that", "everyone", "anyone", "someone"})


def recall_company(r: Utterance, state: State, names: Names | None = None) -> None:
    """'I meant analytics again': a word of one company's name discussed earlier, taken as that company."""
    if any(m.kind == "company" for m in r.names) or not (
        r.has(RECALL) or r.has(r"the \w+ (?:ones?|list|people|folks)")
    ):
        return  # "I meant analytics again", "the company record for the systems one"
    discussed = [str(args["company"]) for _, args in reversed(state.calls) if isinstance(args.get("company"), str)]
    if state.company and state.company.get("name"):
        discussed.insert(0, str(state.company["name"]))
    read = {str(args["company_id"]) for _, args in state.calls if args.get("company_id")}
    for entries in names.companies.values() if names is not None and read else ():
        discussed += [str(e["name"]) for e in entries if str(e.get("id")) in read]  # "the labs ones", after its record
    taken = {i for m in r.names for i in range(m.start, m.end)}
    found: dict[str, tuple[int, str]] = {}
    for name in dict.fromkeys(discussed):
        for word in name.casefold().split()[1:]:
            if len(word) >= 4 and word in r.original:
                i = r.original.index(word)
                if i not in taken and not (i and r.original[i - 1] in SUBJECTS):  # not "who works there"
                    found.setdefault(name, (i, word))
    if len(found) == 1:
        ((name, (i, word)),) = found.items()
        shown = state.company_contacts.get(name.casefold())  # its people were listed: their company's id is known
        ids = [k for k, v in state.company_contacts.items() if shown is not None and v is shown and HEX.fullmatch(k)]
        entries = ({"id": ids[0], "name": name},) if ids else ()
        r.names.append(Mention("company", word, name, i, i + 1, entries))
        return
    sibling = rx.search(r"^(?:(?:and|ok|now|so|what about|how about) )*the (\w{4,}) one\W*$", r.text)
    if sibling is None or names is None or not discussed:
        return
    family = discussed[0].casefold().split()[0]  # "and the partners one", after willow systems and willow analytics
    entries = names.companies.get(f"{family} {sibling[1]}", ())
    if len({e.get("id") for e in entries}) == 1:
        i = r.original.index(sibling[1]) if sibling[1] in r.original else 0
        r.names.append(Mention("company", sibling[1], str(entries[0]["name"]), i, i + 1, entries[:1]))
