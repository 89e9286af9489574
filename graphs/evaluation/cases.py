"""The evaluation corpus: requests and dialogues written the way people ask, with what should happen.

Each case expects a ``call`` (a tool, and checks on its arguments; ``any`` lists equally right calls), an
``ask`` (a question back: the request cannot be done without more information) or a ``refuse`` (a write
or an off-topic request: no tool). Argument checks are a subset: every key listed must be in the call
with that value (strings compared ignoring case and surrounding spaces), other keys are free. In
dialogues, a value may refer to an earlier result: ``@item[N].field`` (the latest list), ``@cursor``,
``@candidate[N].field``, ``@contact.field``, ``@company.field``.

The corpus shipped with the package (``graphs/evaluation/corpus``) was written before the planner that
answers it, by people who had not read the planner.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

Expect = Literal["call", "ask", "refuse"]
CORPUS = Path(__file__).with_name("corpus")


@dataclass(frozen=True)
class Case:
    """One request: what it says, and what should happen."""

    id: str
    q: str
    expect: Expect
    calls: tuple[tuple[str, dict[str, Any]], ...] = ()  # acceptable (tool, argument checks)
    tags: tuple[str, ...] = ()

    @classmethod
    def read(cls, raw: dict[str, Any], id: str | None = None) -> Case:
        expect = raw.get("expect") or ("ask" if raw.get("tool") == "ask" else "call")
        if expect not in ("call", "ask", "refuse"):
            raise ValueError(f"case {id or raw.get('id')}: expect must be call, ask or refuse, not {expect!r}")
        alternatives = raw.get("any") or (
            [{"tool": raw["tool"], "args": raw.get("args", {})}] if expect == "call" else []
        )
        calls = tuple((a["tool"], dict(a.get("args") or {})) for a in alternatives)
        if expect == "call" and not calls:
            raise ValueError(f"case {id or raw.get('id')}: a call case names its tool")
        kind = cast(Expect, expect)
        return cls(str(raw.get("id") or id), str(raw["q"]), kind, calls, tuple(raw.get("tags") or ()))

    @property
    def tools(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(tool for tool, _ in self.calls))


@dataclass(frozen=True)
class Dialogue:
    name: str
    turns: tuple[Case, ...]
    tags: tuple[str, ...] = ()


@dataclass
class Corpus:
    requests: list[Case] = field(default_factory=list)
    dialogues: list[Dialogue] = field(default_factory=list)


def load(directory: Path | str = CORPUS) -> Corpus:
    """Every ``*.jsonl`` (requests, one per line) and ``*.json`` (a list of dialogues) in ``directory``."""
    folder = Path(directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"no corpus directory {folder}")
    corpus = Corpus()
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if line.strip():
                corpus.requests.append(Case.read(json.loads(line), f"{path.stem}:{number}"))
    for path in sorted(folder.glob("*.json")):
        for raw in json.loads(path.read_text()):
            turns = tuple(Case.read(t, f"{raw['name']}#{n}") for n, t in enumerate(raw["turns"], 1))
            corpus.dialogues.append(Dialogue(str(raw["name"]), turns, tuple(raw.get("tags") or ())))
    return corpus


def same(expected: Any, got: Any, key: str = "") -> bool:
    """An argument check: strings equal ignoring case and surrounding spaces; anything else exactly. A
    contact named by the overview's ``contact`` (email, external_id, Intercom id or full name) is the same
    when both values name the one same contact of the workspace: the tool shows the same profile. So is a
    company named to the company flow (``company``: its name or Intercom id), when both name the one same
    company: the flow reads the same people."""
    if isinstance(expected, str) and isinstance(got, str):
        if expected.strip().casefold() == got.strip().casefold():
            return True
        if key == "contact":
            return (found := _contact(expected)) is not None and found == _contact(got)
        return key == "company" and (found := _company(expected)) is not None and found == _company(got)
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    return bool(expected == got)


_CONTACTS: dict[str, list[str]] = {}


def _contact(value: str) -> str | None:
    """The id of the one workspace contact ``value`` identifies, or None (unknown, or a name two people share)."""
    if not _CONTACTS:
        from intercom_agent.sandbox import Sandbox

        for c in Sandbox().workspaces["sandbox-token-us"].contacts:
            for ref in {c.get("id"), c.get("email"), c.get("external_id"), c.get("name")} - {None, ""}:
                _CONTACTS.setdefault(str(ref).strip().casefold(), []).append(str(c["id"]))
    ids = _CONTACTS.get(value.strip().casefold(), [])
    return ids[0] if len(set(ids)) == 1 else None


_COMPANIES: dict[str, list[str]] = {}


def _company(value: str) -> str | None:
    """The id of the one workspace company ``value`` identifies (its id or name), or None (unknown, or a name
    two companies share)."""
    if not _COMPANIES:
        from intercom_agent.sandbox import Sandbox

        for c in Sandbox().workspaces["sandbox-token-us"].companies:
            for ref in {c.get("id"), c.get("name")} - {None, ""}:
                _COMPANIES.setdefault(str(ref).strip().casefold(), []).append(str(c["id"]))
    ids = _COMPANIES.get(value.strip().casefold(), [])
    return ids[0] if len(set(ids)) == 1 else None


REFERENCE = re.compile(r"@(item|candidate)\[(-?\d+)\]\.(\w+)|@(contact|company)\.(\w+)|@cursor")


def resolve(value: Any, artifacts: list[Any]) -> Any:
    """A dialogue's ``@…`` reference, read from the results so far (newest first)."""
    if not isinstance(value, str) or not value.startswith("@"):
        return value
    m = REFERENCE.fullmatch(value)
    if m is None:
        raise ValueError(f"unknown reference {value}")
    for artifact in reversed(artifacts):
        if not isinstance(artifact, dict):
            continue
        page = artifact.get("page") if isinstance(artifact.get("page"), dict) else None
        if value == "@cursor":
            if artifact.get("contacts_next_cursor"):  # a company flow capped: its contacts go on from there
                return artifact["contacts_next_cursor"]
            if page is not None and not (_of_events(artifact) and not page.get("next_cursor")):
                return page.get("next_cursor")
            continue  # "ok next page of contacts" after one contact's events (all of them): the contacts' next
        if m.group(1) == "item":
            items = _list_of(artifact)
            index, key = int(m.group(2)), m.group(3)
            if items and _events(items) and (key in CONTACT_FIELDS or not -len(items) <= index < len(items)):
                continue  # "@item[7].external_id" or "@item[-1].id" after a contact's events: the list before them
            if items:
                return items[index][key]
        elif m.group(1) == "candidate" and artifact.get("candidates"):
            return artifact["candidates"][int(m.group(2))][m.group(3)]
        elif m.group(4) == "contact":
            found = artifact.get("contact") or artifact.get("profile")
            if isinstance(found, dict):
                return found[m.group(5)]
        elif m.group(4) == "company" and isinstance(artifact.get("company"), dict):
            return artifact["company"][m.group(5)]
        elif m.group(4) == "company" and isinstance(artifact.get("company_id"), str):
            return _listed_company(artifact["company_id"], m.group(5), artifacts)  # its contacts were listed
    raise ValueError(f"nothing earlier in the dialogue for {value}")


def _listed_company(company_id: str, key: str, artifacts: list[Any]) -> Any:
    """A company whose contacts were listed (by its id, an accepted way to show "who works at the 2nd one"):
    the company itself, as a list or a lookup showed it earlier; its id, at least."""
    for artifact in reversed(artifacts):
        shown = artifact.get("company") if isinstance(artifact, dict) else None
        for company in [shown, *((_list_of(artifact) or []) if isinstance(artifact, dict) else [])]:
            if isinstance(company, dict) and company.get("id") == company_id and key in company:
                return company[key]
    if key == "id":
        return company_id
    raise ValueError(f"the company {company_id} was not shown with its {key}")


CONTACT_FIELDS = frozenset({"id", "email", "external_id", "name", "role"})  # a data event has an id and email too


def _of_events(artifact: dict[str, Any]) -> bool:
    """Whether a result is one contact's data events (its page may be empty)."""
    items = _list_of(artifact)
    return isinstance(artifact.get("user"), dict) or bool(items and _events(items))


def _events(items: list[Any]) -> bool:
    """Whether a list is a contact's data events (every item about the same person)."""
    return isinstance(items[0], dict) and items[0].get("type") == "event"


def _list_of(artifact: dict[str, Any]) -> list[Any] | None:
    page = artifact.get("page")
    if isinstance(page, dict) and page.get("items"):
        return list(page["items"])
    for key in ("contacts", "segments", "teams", "matches"):
        if isinstance(artifact.get(key), list) and artifact[key]:
            return list(artifact[key])
    return None


__all__ = ["CORPUS", "Case", "Corpus", "Dialogue", "load", "resolve", "same"]
