"""Who a request means, among the people this conversation has shown.

People are named the way colleagues name them: in full ("sam ito, what's he been doing"), by first name
("rosa's events", "has milo been in touch?", "the one named milo"), and a name is looked for first in the
list on screen, then in every list, profile and conversation shown before. One person: the request is
about them, by their email or ids (never a namesake elsewhere in the workspace). Several with that first
name: the planner asks which, naming them, and the reply ("felix ito", "the ito one", "the second")
picks one and answers the request that was asked.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.choosing import created_span
from graphs.planner.dialogue import ASK_WHICH, CONTACT_FIELDS, State, customer
from graphs.planner.first_names import FIRST_NAMES, SURNAMES, WORDLIKE_GIVEN
from graphs.planner.mentions import KNOWN
from graphs.planner.people import spoken
from graphs.planner.reading import Utterance
from graphs.planner.words import ORDINALS

FIRST_NAME_AT = (
    r"\b(\w{3,})'s\b",  # "rosa's events"
    r"\b(?:has|did|does|is|was|have|had) (\w{3,}) (?:been|ever|got|had|written|asked|contacted|reached|talked|"
    r"opened|logged|used|done|said|sent|complained|raised|filed|emailed|called|in|still|already|any|get|reach|"
    r"contact|write|talk|open|call|email|message|complain|raise|log|use|sign|have|do)\b",
    r"^(\w{3,}) (?:from|on|in) (?:that|the|this) (?:list|page)\b",  # "omar from that list - his profile"
    r"^(\w{3,}) ?,",  # "Emma, which conversations she has?"
    r"\b(\w{3,}) (?:there|from there|at that company)\b",  # "felix there - all-time event counts"
    r"\bwhat(?:'?s| has| is) (\w{3,}) (?:been|up to|doing)\b",  # "what's zoe been up to lately"
    r"\bhow(?:'?s| is) (\w{3,}) doing\b",  # "how's priya doing"
    r"\b(?:named|called) (\w{3,})\b",  # "the one named milo"
    r"\bthe other (\w{3,})\b",  # "wrong person, pull up the other emily" (none shown)
    r"\b(?:from|by|with|for|of) (\w{3,})\b",  # "any open tickets from emma"
    r"^(?:and|what about|how about|ok and|now|and what about) (\w{3,})\s?[?.!]?$",  # "and dev?"
    r"\b(?:show(?: me)?|pull up|look (?:up|into)|check (?:in |up )?on|dig into|find|open) (\w{3,})"
    r"(?= ?(?:[?.!,]|for me\b|pls\b|please\b|$))",  # "check on priya for me"
    # "who is jonas", "tell me about priya": a first name alone
    r"^(?:(?:ok|so|and|hey)\W+)*(?:who(?:'?s| is| was)|tell me about|what do we know about) (\w{3,})\W*$",
)
NOT_FIRST_NAMES = {"it", "that", "what", "who", "there", "let", "he", "she", "here", "where", "how", "today",
                   "everyone", "someone", "one", "other", "company", "account", "yesterday", "week",
                   "month"}  # fmt: skip


def _name(person: dict[str, Any]) -> str:
    return str(person.get("name") or "").casefold()


def same_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return any(a.get(k) and a.get(k) == b.get(k) for k in ("id", "email", "external_id"))


def one_person(people: list[dict[str, Any]]) -> bool:
    """Whether ``people`` are one person, however often shown (the same id, or the same email without one)."""
    return len({str(p.get("id") or p.get("email")) for p in people}) == 1


def _distinct(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each person once (two entries are one person when any id, email or external id is the same)."""
    ids: set[Any] = set()
    emails: set[Any] = set()
    external: set[Any] = set()
    found: list[dict[str, Any]] = []
    for p in people:
        i, e, x = p.get("id"), p.get("email"), p.get("external_id")
        if not ((i and i in ids) or (e and e in emails) or (x and x in external)):
            found.append(p)
        if i:
            ids.add(i)
        if e:
            emails.add(e)
        if x:
            external.add(x)
    return found


def _listed(listing: Any) -> list[dict[str, Any]]:
    if listing is None:
        return []
    if listing.kind in ("contacts", "candidates"):
        return [
            c for c in listing.items if isinstance(c, dict) and c.get("type", "contact") in ("contact", "user", "lead")
        ]
    if listing.kind == "conversations":
        return [p for c in listing.items if isinstance(c, dict) and (p := customer(c)) and p.get("name")]
    return []


def on_screen(state: State) -> list[dict[str, Any]]:
    return _distinct(_listed(state.listing))


def known(state: State) -> list[dict[str, Any]]:
    """Everyone this conversation has shown, the list on screen first, then the most recent before."""
    people = _listed(state.listing)
    for listing in reversed(state.lists):
        if listing is not state.listing:  # (the list on screen is the last asked for, most often: read once)
            people += _listed(listing)
    people += [*reversed(state.people), *_listed(state.candidates)]
    return _distinct([p for p in people if p.get("name")])


def _first_names(r: Utterance) -> set[str]:
    text = " ".join(r.original)
    found = {m.group(1) for pattern in FIRST_NAME_AT for m in rx.finditer(pattern, text)}
    return {w for w in found if w not in KNOWN and w not in NOT_FIRST_NAMES and not w.isdigit()}


def _shown_first_names(r: Utterance, people: list[dict[str, Any]]) -> set[str]:
    """First names of people shown, said anywhere ("who's that milo, what company?"), vocabulary words aside."""
    firsts = {_name(p).split(" ")[0] for p in people if " " in _name(p)}
    words = r.original
    said = {w.removesuffix("'s") for i, w in enumerate(words) if not (i and words[i - 1] in (*ORDINALS, "other"))}
    said |= {w[:-1] for w in said if w.endswith("s") and w[:-1] in firsts and w not in firsts}  # "victors invoice"
    return {w for w in said & firsts if len(w) >= 3 and w not in KNOWN and w not in NOT_FIRST_NAMES}


def _by_surname(r: Utterance, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The one person shown whose surname the request uses as people say a colleague's ("tanaka's", "the
    tanaka one"), unless it names someone else in full ("kai garcia's", when milo garcia was shown)."""
    if r.person is not None and r.person.name.split()[0].casefold() in FIRST_NAMES:
        return []
    said = {w[:-2] for w in r.original if w.endswith("'s")}
    said |= {
        m.group(1)
        for m in rx.finditer(r"\bthe (\w{3,}) (?:one|guy|lady|woman|man|person|fella|dude)\b", " ".join(r.original))
    }
    if not said:
        return []
    named = [p for p in people if len(parts := _name(p).split()) > 1 and parts[-1] in said and parts[0] not in said]
    return _distinct(named)  # several: "the diaz one", of victor diaz and tara diaz listed


EMAIL_KEYS = ("email", "contact_email", "contact")


def _by_email(r: Utterance, state: State) -> dict[str, Any] | None:
    """The one person this conversation named only by an email whose first part is the name said ("counts for
    wen", "wen evans's counts", after "last 5 events for wen.evans.119@example.com"): no list showed their
    name, so only the address tells it."""
    said = [w.removesuffix("'s") for w in r.original]
    firsts = {w for w in said if w in FIRST_NAMES and w not in KNOWN and w not in NOT_FIRST_NAMES}
    if not firsts:
        return None
    emails = {
        str(v).casefold(): rx.split(r"[._+-]", str(v).casefold().partition("@")[0])
        for _, args in state.calls
        for k, v in args.items()
        if k in EMAIL_KEYS and "@" in str(v)
    }
    fits = [e for e, parts in emails.items() if parts[0] in firsts]
    if r.person is not None:  # "wen evans": the first part and the second
        full = r.person.name.casefold().split()
        fits = [e for e in fits if emails[e][: len(full)] == full]
    return {"email": fits[0]} if len(fits) == 1 else None


def meant(r: Utterance, state: State) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(the one person the request names, or None; the people it could mean when it names several)."""
    found, several = _meant(r, state)
    if found is None and not several:
        return _by_email(r, state), []
    return found, several


def _meant(r: Utterance, state: State) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    people = known(state)
    if not people:
        return _in_workspace(r, state)
    text = spoken(r)
    full = _distinct([p for p in people if " " in (n := _name(p)) and (f" {n} " in text or f" {n}s " in text)])
    writer = customer(state.conversation) if state.focus == "conversation" and state.conversation else None
    if len(full) > 1 and writer and len(mine := [p for p in full if same_person(p, writer)]) == 1:
        return mine[0], []  # "which victor diaz is that", after opening one victor diaz's conversation
    if full:
        if len(full) == 1:
            return full[0], []
        screen = [p for p in on_screen(state) if any(same_person(p, q) for q in full)]
        shared = len({_name(p) for p in full}) == 1 and len(screen) > 1 and r.ordinal is None
        said = rx.search(rf"\b(\w+) {re.escape(_name(full[0]))}\b", text) if shared else None
        index = ORDINALS.get(said[1], 99) if said else 99
        if -len(screen) <= index < len(screen) and said and said[1] not in ("latest", "newest", "top"):
            return screen[index], []  # "and the first chloe ito", two chloe itos listed
        return None, screen if shared and not r.has(r"\bother\b") else []  # "priya weber's conversations"
    if len(by_surname := _by_surname(r, people)) == 1:
        return by_surname[0], []  # "redo tanaka's with 20 events", after dev tanaka's and dev weber's overviews
    if by_surname and (listed := [p for p in on_screen(state) if any(same_person(p, q) for q in by_surname)]):
        return None, listed  # "the diaz one's events", two diazes on the list shown: which of them
    if r.person is not None:
        return _in_workspace(r, state)  # a full name this conversation has not shown: the workspace's
    firsts = _first_names(r) | _shown_first_names(r, people)
    if not firsts:
        return None, []
    screen = [p for p in on_screen(state) if _name(p).split(" ")[0] in firsts]
    matched = screen or [p for p in people if _name(p).split(" ")[0] in firsts]
    if len(matched) == 1:
        return matched[0], []
    focus = state.contact
    if focus is not None and len([p for p in matched if same_person(p, focus)]) == 1:
        return next(p for p in matched if same_person(p, focus)), []  # "milo's latest conversation", about milo
    if writer and len(mine := [p for p in matched if same_person(p, writer)]) == 1:
        return mine[0], []  # "who's that lena?" after opening Lena Rossi's conversation, of two lenas listed
    talked_about = [p for p in matched if any(same_person(p, q) for q in state.people)]
    if len(talked_about) == 1:  # "any convos from jonas?" after Jonas Patel's profile, of two jonases listed
        return talked_about[0], []
    role = "lead" if r.has(r"\bleads?\b") else "user" if r.has(r"\b(?:a|the) user\b") else None
    if role and len(of_role := [p for p in matched if p.get("role") == role]) == 1:
        return of_role[0], []  # "theres a lead near the bottom, grace something?", of three graces listed
    return None, matched


def _in_workspace(r: Utterance, state: State) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The contact the workspace has under the full name said (looked up by name), or those it could mean."""
    found = list(state.named) if r.person is not None else []
    return (found[0], []) if len(found) == 1 else (None, found)


def namesakes(r: Utterance, state: State) -> list[dict[str, Any]]:
    """The contacts the workspace has under the full name a request said, when it was looked up earlier in
    this conversation (the reply to "which tara diaz?" picks one of them)."""
    name = r.person.name.casefold().split() if r.person is not None else None
    return [p for p in state.looked_up if name and _name(p).split() == name]


def ask_which(people: list[dict[str, Any]]) -> str:
    listed = "; ".join(f"{p.get('name')} <{p.get('email') or p.get('external_id') or p.get('id')}>" for p in people)
    return f"{ASK_WHICH}{listed}. Say the full name, the email or which one (the first, the second)."


def _local_part(person: dict[str, Any]) -> str:
    """What comes before the @ of a person's email, when it is distinctive ("yara.weber.18")."""
    local = str(person.get("email") or "").casefold().partition("@")[0]
    return local if len(local) >= 6 and rx.search(r"[.\d_+-]", local) else ""


JOINED = r"\b(?:signed up|joined|created|added|registered|came (?:in|on ?board)|started)\b"


def choose(reply: Utterance, people: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one of ``people`` a reply picks: by full name, email, last name ("the ito one") or position."""
    text = spoken(reply)
    emails = {e.casefold() for e in reply.emails}

    def surname(p: dict[str, Any]) -> str:
        return _name(p).split()[-1] if len(_name(p).split()) > 1 else "\0"

    for fits in (
        [p for p in people if str(p.get("email") or "").casefold() in emails],
        [p for p in people if _local_part(p) and rx.search(rf"(?<![\w.]){re.escape(_local_part(p))}\b", reply.text)],
        [p for p in people if f" {_name(p)} " in text],
        [p for p in people if f" {surname(p)} " in text],
        [p for p in people if f" {_name(p).split(' ')[0]} " in text],  # "tara", to "tara diaz or victor diaz?"
    ):
        if len(fits) == 1:
            return fits[0]
    digits = set(rx.findall(r"(?<![\w.])\.?(\d{1,4})\b(?! ?(?:st|nd|rd|th)\b)", reply.text))
    ending = [p for p in people if (m := rx.search(r"(\d+)$", _local_part(p))) and m[1] in digits]
    if len(ending) == 1:
        return ending[0]  # "the .12 one", "the one ending 327"
    if reply.ordinal is not None and -len(people) <= reply.ordinal < len(people):
        return people[reply.ordinal]
    role = rx.search(r"\b(?:the|an?|actual|real) (lead|user)\b", reply.text)  # "the hugo weber who's an actual user"
    if role and len(fits := [p for p in people if p.get("role") == role[1]]) == 1:
        return fits[0]  # "the felix who is a lead"
    recent = r"(?:on|online|active|seen|around|in) (?:the )?most recently|most recently (?:on|active|seen)"
    seen = [p for p in people if p.get("last_seen_at")]
    if reply.has(recent) and seen:
        return max(seen, key=lambda p: int(p.get("last_seen_at") or 0))  # "the felix who was on most recently"
    created = [p for p in people if p.get("created_at")]
    if created and reply.has(JOINED) and (span := created_span(reply)) is not None:  # "the one who signed up in july"
        start, end = span
        fits = [p for p in created if start <= int(p["created_at"]) < end]
        if len(fits) == 1:
            return fits[0]
    if created and reply.has(JOINED) and reply.has(r"\b(?:more |most )?recent(?:ly)?\b|\blater\b|\blast\b|\bnewer\b"):
        return max(created, key=lambda p: int(p.get("created_at") or 0))  # "the one that signed up more recently"
    if created and reply.has(JOINED) and reply.has(r"\bfirst\b|\bearlier\b|\bearliest\b|\blonger ago\b|\bolder\b"):
        return min(created, key=lambda p: int(p.get("created_at") or 0))
    if created and reply.has(r"\b(?:older|oldest) (?:account|one|contact|profile|record)\b|\bcreated first\b"):
        return min(created, key=lambda p: int(p.get("created_at") or 0))  # "show me the older account"
    if created and reply.has(r"\b(?:newer|newest) (?:account|one|contact|profile|record)\b|\bcreated (?:last|later)\b"):
        return max(created, key=lambda p: int(p.get("created_at") or 0))
    return None


def distinct_people(state: State) -> list[dict[str, Any]]:
    """The contacts the calls so far were about, each once, in the order first asked about."""
    keys = {**CONTACT_FIELDS, "contact_id": "id"}
    out: list[dict[str, Any]] = []
    for name, args in state.calls:
        if name not in ("intercom_list_events", "intercom_get_contact_by_id", "intercom_contact_overview"):
            continue
        person = {keys[k]: v for k, v in args.items() if k in keys and v}
        if name == "intercom_contact_overview" and args.get("contact"):
            value = str(args["contact"])
            person = {"email" if "@" in value else "external_id": value}
            if " " in value.strip():  # a name: whom the overview found by it (one person shown with it)
                found = [p for p in state.people if _name(p) == value.strip().casefold()]
                person = (
                    {k: v for k, v in found[0].items() if k in ("id", "email", "external_id")}
                    if len(found) == 1
                    else {}
                )
        known = [p for p in (state.contact, *state.people) if p and person and same_person(person, p)]
        person = {**known[0], **person} if known else person  # her email and external id, known together
        if person and not any(same_person(person, q) for q in out):
            out.append(person)
    return out


NEXT = (
    r"(?:(?:and|now|ok|okay|so|then|next)\W+)*(?:what about |how about |same for )?(?:the )?"
    r"(?:other(?: one| person| guy| lady)?|([a-z]+)(?: ([a-z]+))?)(?: (?:pls|please|next|now|then))?\W*"
)


def other_named(r: Utterance, state: State) -> tuple[str, dict[str, Any]] | None:
    """'tara baker and iris chen' (the first one's overview), then "now iris" or "now the other one": the other
    one's overview."""
    if state.last is None or state.last[0] != "intercom_contact_overview" or r.identified:
        return None
    words = re.findall(r"[a-z]+", state.last_said.casefold())
    asked = str(state.last[1].get("contact") or "").casefold()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    names = [n for n in pairs if n == asked or n.split()[0] in FIRST_NAMES and n.split()[1] in SURNAMES]
    m = rx.fullmatch(NEXT, r.text)
    if len(names) != 2 or asked not in names or m is None:
        return None
    other = names[1] if asked == names[0] else names[0]
    first, surname = other.split()
    if m[1] is not None and (m[1] != first or m[2] not in (None, surname)):
        return None
    return ("intercom_contact_overview", {"contact": other})


PERSON_KEYS = {"contact", "contact_email", "contact_ids", "contact_id", "email", "user_id", "intercom_user_id",
               "company", "company_id", "conversation_id"}  # fmt: skip


def lone_first_name(r: Utterance, state: State, decision: Any) -> str | None:
    """'whats priya been up to lately', 'any open tickets from emma', with no Priya or Emma shown: which one,
    since a first name alone names no one (the workspace has many people of most given names). None when the
    request names anyone in full or by id, when someone of that first name was shown (:func:`choose` is for
    them), or when the decision already points at someone."""
    if r.identified or r.names or r.person is not None or r.unknown_contact:
        return None
    initial = rx.search(INITIAL, r.raw)  # "Rosa D.'s refund ticket", "events for M. Tanaka": which one
    if initial is not None and _named_in_part(initial) and not _shown_fits(initial, state):
        return f"Which {initial[0]} do you mean? Give me the full name or email (an initial can fit several people)."
    if len(r.tokens) > 10 or isinstance(decision, tuple) and set(decision[1]) & PERSON_KEYS:
        return None  # (a name in a story told around a request: "covering priya's queue today ... can you ...")
    firsts = {w.removesuffix("'s") for w in _first_names(r)} & FIRST_NAMES
    if not firsts:
        return _lone_surname(r, state)
    if len(firsts) != 1:
        return None
    first = firsts.pop()
    shown = [_name(p).split(" ")[0] for p in known(state)]
    shown += [str(p.get(k) or "").split(".")[0].casefold() for p in state.people for k in ("email", "name")]
    if first in shown or (state.contact and str(state.contact.get("email") or "").casefold().startswith(first + ".")):
        return None
    name = first.title()
    return (
        f"Which {name} do you mean? A first name alone can fit several people: give me the full name or email "
        f"(for example '{first} <surname>')."
    )


INITIAL = r"\b(?:([A-Z][a-z]{2,}) [A-Z]\.|[A-Z]\. ?([A-Z][a-z]{2,}))(?!\w)"  # "Rosa D.", "M. Tanaka"


def _named_in_part(initial: re.Match[str]) -> bool:
    """Whether an initial stands beside a given name ("Rosa D.") or a surname ("M. Tanaka")."""
    given, family = (initial[1] or "").casefold(), (initial[2] or "").casefold()
    return given in FIRST_NAMES or given in WORDLIKE_GIVEN or family in SURNAMES


def _shown_fits(initial: re.Match[str], state: State) -> bool:
    """Whether someone shown fits a name said with an initial ("T. Okafor's in there", after a list with Tara
    Okafor): the list's person is picked, not asked about."""
    given, family = (initial[1] or "").casefold(), (initial[2] or "").casefold()
    letter = initial[0].strip()[0 if family else -2].casefold()
    for person in known(state):
        first, _, last = _name(person).partition(" ")
        if (family and last == family and first[:1] == letter) or (given and first == given and last[:1] == letter):
            return True
    return False


def _lone_surname(r: Utterance, state: State) -> str | None:
    """'pull up okafor', 'customer 360 on patel': which one, for a surname alone (none of them shown)."""
    lasts = {w.removesuffix("'s") for w in r.original if w.removesuffix("'s") in SURNAMES and w not in KNOWN}
    if len(lasts) != 1 or len([t for t in r.tokens if t[:1].isalnum()]) > 6:
        return None
    last = lasts.pop()
    if any(last in _name(p).split() for p in known(state)):
        return None
    return (
        f"Which {last.title()} do you mean? A surname alone can fit several people: give me the full name or "
        f"email (for example '<first name> {last}')."
    )


__all__ = [
    "ask_which",
    "choose",
    "distinct_people",
    "known",
    "lone_first_name",
    "other_named",
    "meant",
    "namesakes",
    "on_screen",
    "one_person",
    "same_person",
]
