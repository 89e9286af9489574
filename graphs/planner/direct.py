"""Requests written the way an engineer calls a tool: its name and its arguments.

``list_events user_id=usr_00021 per_page=20``, ``GET /companies page=3 per_page=15``, ``fetch conversation
100000 with max_parts=100``, ``search convos: state=closed, query=api``, ``summary=true for that one``.

Read before anything else, from the request as typed (cursors and ids keep their case):

- a tool named by its name (with or without ``intercom_``) or by its REST path (``GET /contacts/{id}``)
  is replaced by plain words ("events", "list companies") so the rest of the planner reads the request
  as usual (pronouns, ids, names), and the call is then held to that tool;
- ``key=value``, ``key: value`` and, for the tools' own snake_case names, ``key value`` (or ``key to value``)
  set that argument when some tool takes it, typed as the tool's schema says; they are taken out of the
  text first, so ``state=closed`` is never read as a search for "state" (a search keeps the state's word,
  and ``company=<name>`` is left as "company <name>" for the planner to read with the rest); a pronoun is
  no value ("contact_email = his email");
- an item of the last list by its zero-based index (``item[2]``, ``data[-1]``) is that one ("the third one");
- a REST verb that writes (``PATCH /contacts/..``, ``DELETE``, ``PUT``, ``POST`` other than a search) is
  a write.

The tools' arguments come from their own specs (:data:`graphs.catalog.CATALOG`): a new argument is read
here without a list to update.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.dialogue import State
from graphs.planner.intents import Plan
from graphs.planner.plain import ORDINAL_NAMES
from graphs.planner.words import distance

PHRASES = {  # a tool's name, as plain words the planner reads
    "intercom_list_all_contacts": "list contacts",
    "intercom_get_contact_by_id": "contact record",
    "intercom_list_companies": "list companies",
    "intercom_get_company_by_id": "company",
    "intercom_list_attach_contacts_to_company": "contacts attached to company",
    "intercom_list_segments": "list segments",
    "intercom_list_all_teams": "list teams",
    "intercom_list_events": "events",
    "intercom_list_conversations": "list conversations",
    "intercom_get_conversation_by_id": "conversation",
    "intercom_search_conversations": "search conversations",
    "intercom_company_contacts_events": "company contacts and their events",
    "intercom_contact_overview": "overview of",
    "intercom_find_conversations": "find conversations",
}
ONE = {"contacts": "contact", "companies": "company", "conversations": "conversation"}
PLACEHOLDER_PATH = rx.compile(r"(?:\bGET\s+)?/(contacts|companies|conversations)/(?:\{\w*\}|:\w+|<\w*>)", re.IGNORECASE)
PATHS = (  # REST paths, most specific first: (pattern, tool)
    (r"/companies/(?P<company_id>[\w-]+)/contacts", "intercom_list_attach_contacts_to_company"),
    (r"/companies/(?P<company_id>[\w-]+)", "intercom_get_company_by_id"),
    (r"/companies", "intercom_list_companies"),
    (r"/contacts/(?P<contact_id>[0-9a-f]{24})", "intercom_get_contact_by_id"),
    (r"/contacts", "intercom_list_all_contacts"),
    (r"/conversations/search", "intercom_search_conversations"),
    (r"/conversations/(?P<conversation_id>\d+)", "intercom_get_conversation_by_id"),
    (r"/conversations/(?P<not_a_conversation_id>[\w-]+)", "intercom_get_conversation_by_id"),  # "/conversations/<hex>"
    (r"/conversations", "intercom_list_conversations"),
    (r"/segments", "intercom_list_segments"),
    (r"/teams", "intercom_list_all_teams"),
    (r"/events", "intercom_list_events"),
)
WRITE_VERB = rx.compile(  # (not a pasted log line, with the status it got: "POST /v1/exports 500 (req 8f2c1e)")
    r"^\s*(?:PATCH|PUT|DELETE|POST)\b(?!\s+/conversations/search)(?!\s+/\S+\s+(?:\S+\s+)?[1-5]\d\d\b)|"
    r"^\s*(?:patch|put|delete|post)\s+/(?!\S+\s+(?:\S+\s+)?[1-5]\d\d\b)"
)
TRUE, FALSE = {"true", "yes", "y", "1", "on"}, {"false", "no", "n", "0", "off"}
CONTACT_KEYS = ("contact", "contact_id", "user_id", "email", "intercom_user_id", "contact_email")
HEX = rx.compile(r"[0-9a-f]{24}")
SEARCHED = rx.compile(r"\b(?:search|find|convos?|conversations?|tickets?|chats?)\b", re.IGNORECASE)
POINTING = frozenset({"his", "her", "hers", "their", "its", "that", "this", "same", "the", "it", "them", "him"})
UNVALUED = frozenset(
    {"limit", "max", "top", "only", "and", "or", "with", "for", "please", "pls", "plz", "then", "is", "of", "so", "if"}
)


@dataclass
class Direct:
    """What a request says in tool syntax: the tool it names, the arguments it sets, the text left."""

    text: str
    tool: str | None = None
    pairs: dict[str, Any] = field(default_factory=dict)
    write: bool = False
    rewritten: bool = False  # a query string, a JSON object or a path's placeholder made into words
    faults: dict[str, str] = field(default_factory=dict)  # an argument given no value, or one of the wrong kind
    unknown: list[str] = field(default_factory=list)  # "?industry=fintech": a filter no tool takes
    text_typed: str = ""

    @property
    def found(self) -> bool:
        return self.tool is not None or bool(self.pairs) or self.write or bool(self.faults or self.unknown)


@cache
def _schemas() -> dict[str, dict[str, str]]:
    """Each tool's arguments and their kind (int, bool, list, str), and which are required."""
    from graphs.catalog import CATALOG  # the tools' own specs (imported on first use: the planner starts light)

    out: dict[str, dict[str, str]] = {}
    for spec in CATALOG:
        kinds: dict[str, str] = {}
        for name, info in spec.args.model_fields.items():
            kinds[name] = _kind(info.annotation)
        out[spec.name] = kinds
    return out


def _kind(annotation: Any) -> str:
    args = typing.get_args(annotation)
    if annotation is int or int in args:
        return "int"
    if annotation is bool or bool in args:
        return "bool"
    if typing.get_origin(annotation) is list or any(typing.get_origin(a) is list for a in args):
        return "list"
    return "str"


ALIASES = {  # a tool's name as engineers shorten it ("list_attach for 6572...")
    "list_attach": "list_attach_contacts_to_company", "list_contacts": "list_all_contacts",
    "list_teams": "list_all_teams", "get_contact": "get_contact_by_id", "get_company": "get_company_by_id",
    "get_conversation": "get_conversation_by_id",
}  # fmt: skip


@cache
def _names() -> tuple[rx.Needled, rx.Needled, frozenset[str]]:
    schemas = _schemas()
    tools = sorted([*(n.removeprefix("intercom_") for n in schemas), *ALIASES], key=len, reverse=True)
    named = rx.compile(rf"\b(?:intercom_)?({'|'.join(tools)})\b(?:\(\))?", re.IGNORECASE)
    keys = frozenset(k for kinds in schemas.values() for k in kinds)
    ordered = "|".join(sorted(keys, key=len, reverse=True))
    snake = "|".join(sorted((k for k in keys if "_" in k), key=len, reverse=True))
    value = r"(\"[^\"]*\"|'[^']*'|\[[^\]]*\]|[^\s,;()]+)"
    pair = rx.compile(  # any argument with "=", the tools' snake_case names with ":" or a space as well
        rf"(?<![\w.@])(?:({ordered})\s*=\s*|({snake})(?:\s*:\s*|\s+(?:to\s+)?)){value}", re.IGNORECASE
    )
    return named, pair, keys


def read_direct(text: str) -> Direct:
    """The tool syntax in ``text`` (see the module's doc); ``found`` is False for a request in words."""
    named, pair, _ = _names()
    out = Direct(text, text_typed=text)
    if WRITE_VERB.search(text):
        out.write = True
        return out
    text = rx.sub(r"(?<=[\w/])\?(?=\w+=)|&(?=\w+=)", " ", text)  # a query string: "/contacts?per_page=150&page=3"
    text = PLACEHOLDER_PATH.sub(lambda m: f" the {ONE[m.group(1).lower()]} ", text)  # "GET /contacts/{id}": which?
    if (obj := rx.search(r"\{[^{}]*\}", text)) is not None:  # "search {"state": "closed", "query": "api"}"
        try:
            given = json.loads(obj.group(0))
        except ValueError:
            given = None
        if isinstance(given, dict):
            inline = " ".join(f"{k}={json.dumps(v) if not isinstance(v, str) else v}" for k, v in given.items())
            text = text[: obj.start()] + " " + inline + " " + text[obj.end() :]
    text = INDEXED.sub(_indexed, text)  # "item[2]", "data[-1]": the third one, the last one
    out.rewritten = text != out.text
    out.text = text
    rest = text
    verb = rx.search(r"\b(?:GET|POST)\s+(/[\w/-]+)", rest, re.IGNORECASE) or rx.search(r"(?<!\w)(/[a-z][\w/-]+)", rest)
    if verb is not None:
        for pattern, tool in PATHS:
            if m := rx.fullmatch(pattern + r"/?", _spelt(verb.group(1))):
                out.tool = tool
                out.pairs.update({k: v for k, v in m.groupdict().items() if v and k != "not_a_conversation_id"})
                if m.groupdict().get("not_a_conversation_id"):
                    out.faults["conversation_id"] = m["not_a_conversation_id"]
                rest = rest[: verb.start()] + " " + PHRASES[tool] + " " + rest[verb.end() :]
                break
    if out.tool is None and (m := named.search(rest)) is not None:
        short = m.group(1).lower()
        out.tool = "intercom_" + ALIASES.get(short, short)
        rest = rest[: m.start()] + " " + PHRASES[out.tool] + " " + rest[m.end() :]
    for m in reversed(list(pair.finditer(rest))):
        key, value = (m.group(1) or m.group(2)).lower(), m.group(3)
        if key in ("starting_after", "cursor") and value.lower() in ("from", "of", "in", "the", "that", "this", "it"):
            rest = f"{rest[: m.start()]} next page {rest[m.end() :]}"  # "with starting_after from that response"
            out.rewritten = True
            continue
        said = m.group(2) is not None and rx.search(r"\b(?:that|this|his|her|their|its|same)\s+$", rest[: m.start()])
        typed = None if said or (m.group(2) and value.lower() in UNVALUED) else _typed(key, value, out.tool)
        if typed is None and m.group(1) and _wrong_kind(key, value, out.tool):
            out.faults[key] = value  # "page=abc", "summary=maybe": a value the argument cannot take
            rest = rest[: m.start()] + " " + rest[m.end() :]
            continue
        if typed is None:  # "events for that user_id limit 5": the one said before, and a limit
            continue
        if key == "company" and not out.tool:  # "contacts where company = 'lumen group' join their events": the
            rest = f"{rest[: m.start()]} company {typed} {rest[m.end() :]}"  # name read as said, with the rest
            continue
        out.pairs.setdefault(key, typed)
        kept = f" {typed} " if key == "state" and rx.search(SEARCHED, rest) else " "  # "search convos where
        # state=snoozed limit 5": snoozed ones
        rest = rx.sub(r"\b(?:where|and)\s*$", "", rest[: m.start()]) + kept + rest[m.end() :]  # (not "where" read)
    for m in EMPTY_VALUE.finditer(rest):  # "contacts where email =", "starting_after=": a field left empty
        if (key := m.group(1).lower()) in _names()[2]:
            out.faults.setdefault(key, "")
    if out.tool is not None:  # "GET /companies?industry=fintech" (not a pasted row or object: "acct=… | mrr=…")
        typed_filters = FILTER.findall(LINKS.sub(" ", rx.sub(r"\{[^{}]*\}", " ", out.text_typed)))
        out.unknown = [k for k in dict.fromkeys(map(str.lower, typed_filters)) if k not in _names()[2] | UNDERSTOOD]
    out.text = rx.sub(r"\s+", " ", rx.sub(r"(?:\s*[,;])+(?=\s*(?:[,;]|$))|:(?=\s*[,;]?\s*$)", "", rest)).strip()
    if out.pairs and rx.search(
        r"\b(?:set|update|mark|flip|make) (?:it|that|this|them|those|these|the|her|his)\b[^.?!]*\bto\s*$",
        rest.strip(" ,;:-"),
    ):
        out.write = True  # "ok set that one to state=open": a change
    if out.pairs and rx.fullmatch(
        r"(?:(?:ok|now|and|then),? )?(?:add|plus|also)(?: (?:a|the|another))?(?: filter| param)?",
        out.text.strip(" ,;:-"),
    ):
        out.text = "same but"  # "add state=snoozed": the last request, narrowed
    if out.tool is not None and not out.text.strip(" ,;:-"):
        out.text = PHRASES[out.tool]
    return out


EMPTY_VALUE = rx.compile(r"(?<![\w.@])([a-z_]+)\s*=\s*(?=$|[,;&)]|\s+(?:and\b|[a-z_]+\s*=))", re.IGNORECASE)
FILTER = rx.compile(r"(?<![\w.@/:-])([a-z][a-z_]{1,30})\s*=\s*(?=[\w\"'])", re.IGNORECASE)  # "?industry=fintech"
LINKS = rx.compile(r"\bhttps?://\S+", re.IGNORECASE)
UNDERSTOOD = frozenset(  # words said as "key=value" that the planner reads in words (limit=5: the top 5)
    "state status since after from before until top limit page per_page perpage order sort about q query topic "
    "email user company user_id contact_email external_id type id name created_at updated_at created updated "
    "events conversations contacts count".split()
)


def _wrong_kind(key: str, value: str, tool: str | None) -> bool:
    """Whether ``value`` cannot be what ``key`` takes (a number or true/false), as opposed to a pointer."""
    kinds = [s[key] for name, s in _schemas().items() if key in s and (tool is None or name == tool)]
    low = value.strip("\"'").rstrip(".!?").lower()
    if low in POINTING or low in UNVALUED or not kinds:
        return False
    return kinds[0] in ("int", "bool") and not rx.fullmatch(r"-?\d+", low)


INDEXED = rx.compile(
    r"(?<![\w\]])(?:(?:the )?(?:items?|data|results?|rows?|records?|objects?|elements?|entries|entry|list|res)\s*)?"
    r"\[\s*(-?\d)\s*\](?:\s*(?:object|item|element|entry|record|row)\b)?",
    re.IGNORECASE,
)  # an item of the last list by its (zero-based) index, as in code


def _indexed(m: re.Match[str]) -> str:
    index = int(m.group(1))
    said = "last" if index == -1 else "second to last" if index == -2 else ORDINAL_NAMES[index] if index >= 0 else None
    return f" the {said} one " if said else m.group(0)


COLLECTIONS = ("contacts", "companies", "conversations", "segments", "teams", "events")


def _spelt(path: str) -> str:
    """A REST path with its collection's name spelt right ("/temas": /teams); one that is no such name stays."""
    head, slash, tail = path.lstrip("/").partition("/")
    low = head.lower()
    near = [c for c in COLLECTIONS if distance(low, c, 2) <= (1 if len(c) < 7 else 2)]
    return f"/{near[0]}{slash}{tail}" if low not in COLLECTIONS and len(near) == 1 else path


def _typed(key: str, value: str, tool: str | None) -> Any:
    """``value`` as the argument ``key`` takes it (the named tool's, else any tool's), or None."""
    schemas = _schemas()
    kinds = [schemas[tool][key]] if tool and key in schemas[tool] else [s[key] for s in schemas.values() if key in s]
    if not kinds:
        return None
    value = value.strip().strip("\"'")
    if value in ("?", "%s", "$1", ":1", "...", "<id>", "xxx") or value.lower() in POINTING:
        return None  # a placeholder ("WHERE user_id = ?") or a pointer ("contact_email = his email"): no value
    kind = kinds[0]
    if kind in ("int", "bool"):
        value = value.rstrip(".!?")  # "per_page=150."
    if kind == "int":  # (a page below 1 is kept, for the question that says pages start at 1)
        return int(value) if rx.fullmatch(r"-?\d+", value) else None
    if kind == "bool":
        low = value.lower()
        return True if low in TRUE else False if low in FALSE else None
    if kind == "list":
        items = [v.strip().strip("\"'") for v in value.strip("[]").split(",")]
        return [v for v in items if v] or None
    if key in ("state", "order"):
        return value.lower()
    if key not in ("query", "text"):
        value = value.rstrip("?!.,;")  # "who's attached to company_id cmp-0019?": the id, not the question mark
    return value or None


def _fits(tool: str, keys: typing.Iterable[str]) -> bool:
    return all(k in _schemas()[tool] for k in keys)


def _identity(args: dict[str, Any], tool: str) -> dict[str, Any]:
    """The contact, company or conversation another call's arguments name, as ``tool`` takes it."""
    kinds = _schemas()[tool]
    out = {k: v for k, v in args.items() if k in kinds and k != "starting_after"}  # (a cursor is one list's)
    contact = next((str(args[k]) for k in CONTACT_KEYS if args.get(k) and k not in kinds), None)
    if contact is not None and not any(k in out for k in CONTACT_KEYS):
        email, hexed = "@" in contact, HEX.fullmatch(contact) is not None
        for key, fits in (
            ("contact", True), ("contact_id", hexed), ("user_id", not email and not hexed), ("email", email),
            ("intercom_user_id", hexed), ("contact_email", email),
        ):  # fmt: skip
            if key in kinds and fits:
                out[key] = contact
                break
    company = args.get("company") or args.get("company_id")
    if company and "company" in kinds and "company" not in out:
        out["company"] = company
    if company and "company_id" in kinds and "company_id" not in out and HEX.fullmatch(str(company)):
        out["company_id"] = company
    return out


NARROWER = {  # a list narrowed by an argument only another tool takes
    "intercom_list_all_contacts": "intercom_list_attach_contacts_to_company",
    "intercom_list_companies": "intercom_get_company_by_id",
    "intercom_list_conversations": "intercom_search_conversations",  # "GET /conversations?state=open"
}


def merge(direct: Direct, decision: Plan, state: State) -> Plan:
    """The planner's decision, held to the tool the request named and given the arguments it set; a question
    when an argument is given no value or one it cannot take, or a filter no tool takes."""
    if direct.faults:
        return _fault(*next(iter(direct.faults.items())))
    tool, pairs = direct.tool, direct.pairs
    if direct.unknown and (named := tool or (decision[0] if isinstance(decision, tuple) else None)) is not None:
        takes = ", ".join(k for k in _schemas()[named] if k != "starting_after")
        return (
            f"{named.removeprefix('intercom_')} has no '{direct.unknown[0]}' filter (it takes {takes}): should I "
            f"leave '{direct.unknown[0]}' out, or can you say in words what you are looking for?"
        )
    if tool is None and pairs and not isinstance(decision, tuple) and (fixed := _answered(pairs, state)) is not None:
        return fixed  # "contacts page=-1" - "pages start at 1: which page?" - "ok page=2 per_page=20"
    if tool is None and pairs:
        fitting = [name for name in _schemas() if _fits(name, pairs)]
        if isinstance(decision, tuple) and decision[0] in fitting:
            return (decision[0], _refiltered(decision[1], pairs))
        if isinstance(decision, tuple) and len(translated := _identity(pairs, decision[0])) >= len(pairs):
            return (decision[0], {**decision[1], **translated})  # "company_id cmp-0002" to the flow's "company"
        if state.last is not None and state.last[0] in fitting:  # (a decision in ``fitting`` returned above)
            last_name, last_args = state.last  # "summary=true for that one": the last call, with it set
            if isinstance(decision, tuple):
                return (last_name, {**_identity(decision[1], last_name), **pairs})
            return (last_name, _refiltered(last_args, pairs))
        if len(fitting) == 1:
            tool = fitting[0]
        narrowed = NARROWER.get(decision[0]) if isinstance(decision, tuple) else None
        if tool is None and narrowed in fitting:  # "contacts where company_id = …": that company's contacts
            tool = narrowed
        if tool is None and not isinstance(decision, tuple) and set(pairs) == {"company_id"}:  # "company_id cmp-0019"
            if rx.search(r"\bevents?\b|\bactivity\b", direct.text):  # "contacts for company_id X and their events"
                return ("intercom_company_contacts_events", {"company": pairs["company_id"]})
            people = rx.search(r"\b(?:contacts?|people|users|members|employees|who)\b", direct.text)
            tool = "intercom_list_attach_contacts_to_company" if people else "intercom_get_company_by_id"
        searched = "intercom_search_conversations" in fitting and SEARCHED.search(direct.text)
        if tool is None and not isinstance(decision, tuple) and searched:
            tool = "intercom_search_conversations"  # "search convos where state=snoozed": what to search is given
    if tool is not None and not _fits(tool, pairs) and _fits(wider := NARROWER.get(tool, tool), pairs):
        tool = wider  # "GET /conversations?state=open": the search, which takes a state
    if tool is not None and isinstance(decision, tuple) and decision[0] == NARROWER.get(tool):
        tool = tool if _fits(tool, decision[1]) else decision[0]  # "GET /conversations?status=open": read in words
    code = pairs.get("company_id")
    if (
        tool in ("intercom_list_attach_contacts_to_company", "intercom_get_company_by_id")
        and code
        and not HEX.fullmatch(str(code))
    ):  # "contacts where company_id=cmp-0019": the company's own code, which the flow resolves
        return ("intercom_company_contacts_events", {"company": code})
    if tool is None:
        return decision
    args = _identity(decision[1], tool) if isinstance(decision, tuple) else {}
    if isinstance(decision, tuple) and decision[0] == tool:
        args = dict(decision[1])
    return (tool, _refiltered(args, {k: v for k, v in pairs.items() if k in _schemas()[tool]}))


def _answered(pairs: dict[str, Any], state: State) -> Plan | None:
    """The call a question about a request's tool syntax asked to put right, with the values now given."""
    if state.unanswered is None:
        return None
    before = read_direct(state.unanswered)
    said = rx.search(r"\b(contacts|companies|conversations|convos|segments|teams)\b", before.text, re.IGNORECASE)
    tool = before.tool or (LISTS[said[1].lower()] if said else None)  # "contacts page=-1": the contacts
    if tool is None or not (before.faults or before.pairs) or not _fits(tool, pairs) or before.write:
        return None
    kept = {k: v for k, v in before.pairs.items() if k not in before.faults and not (isinstance(v, int) and v < 1)}
    return (tool, {**kept, **pairs})


LISTS = {said.split()[1]: tool for tool, said in PHRASES.items() if said.startswith("list ")}  # "contacts": its list
LISTS["convos"] = LISTS["conversations"]


def _fault(key: str, value: str) -> str:
    """The question for an argument given no value (``value`` empty) or one of the wrong kind."""
    if key == "conversation_id":
        return f"'{value}' is not a conversation id (those are numbers, like 100133): which conversation do you mean?"
    if not value:
        hint = " (or say 'next page')" if key == "starting_after" else ""
        return f"'{key}=' has no value: what should {key} be{hint}? Or leave it out."
    kind = "a number" if _schemas_kind(key) == "int" else "true or false"
    return f"{key} takes {kind}, not '{value}': what should it be?"


def _schemas_kind(key: str) -> str:
    return next(kinds[key] for kinds in _schemas().values() if key in kinds)


def _refiltered(args: dict[str, Any], pairs: dict[str, Any]) -> dict[str, Any]:
    """``args`` with ``pairs`` set; a cursor goes when a filter changes ("and state=open": a new list)."""
    paging = ("starting_after", "per_page", "page")
    changed = any(args.get(k) != v for k, v in pairs.items() if k not in paging)
    return {**{k: v for k, v in args.items() if not (changed and k == "starting_after")}, **pairs}


__all__ = ["Direct", "merge", "read_direct"]
