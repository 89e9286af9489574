"""The workspace's own names, so the planner recognises them in plain words and any case.

A :class:`Names` holds the tenant's company, segment and team names (the companies a name can mean: two
companies may share one). :class:`Gazetteer` reads them through the tenant's client, caches them per
credential for a while, and reads them again when a request names something it does not know (at most
once a minute), so a company created today is found too.

People are too many to read up front: a person's full name said in a request ("grace silva's event counts")
is looked up when first said (a contact search by name, :meth:`Gazetteer.person`) and kept with the names,
so the planner can pass her email or ids to a tool, or ask which one when two contacts share the name.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from graphs.planner import needles as rx
from graphs.planner.words import distance
from intercom_agent import operations as ops
from intercom_agent.errors import IntercomError

TTL = 600.0
RETRY_AFTER = 60.0
MAX_COMPANIES = 600
MAX_PEOPLE = 500  # names looked up per credential and kept until the names are read again
PERSON_FIELDS = ("type", "id", "external_id", "email", "name", "role", "created_at", "updated_at", "last_seen_at")


SPACES = rx.compile(r"\s+")
HANDLE = rx.compile(r"[@\d_]")  # an email, an id: not a name


def fold(text: str) -> str:
    """How names are compared: case, accents of quotes and runs of spaces do not matter."""
    return SPACES.sub(" ", text.replace("’", "'")).strip().casefold()


@dataclass(frozen=True)
class Names:
    companies: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)  # folded name -> companies
    segments: dict[str, dict[str, Any]] = field(default_factory=dict)
    teams: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)  # folded full name -> contacts

    def with_people(self, name: str, contacts: Iterable[Any]) -> Names:
        """These names, knowing the contacts a full name was found to mean (none: it is no one's)."""
        found = tuple(_person(c) for c in contacts)
        spelt = {fold(str(p.get("name") or "")) for p in found}
        new = {spelt.pop(): found} if len(spelt) == 1 else {}  # "grace silvaa" was Grace Silva: known by both
        new[fold(name)] = found
        room = MAX_PEOPLE - len(new)
        kept = (
            {k: v for k, v in list(self.people.items())[-room:] if k not in new}
            if len(self.people) > room
            else self.people
        )
        return Names(self.companies, self.segments, self.teams, {**kept, **new})

    def person(self, name: str) -> tuple[dict[str, Any], ...] | None:
        """The contacts a full name means, when it was looked up (None: not yet)."""
        return self.people.get(fold(name))

    @classmethod
    def of(cls, companies: Iterable[Any], segments: Iterable[Any], teams: Iterable[Any]) -> Names:
        by_name: dict[str, list[dict[str, Any]]] = {}
        for c in companies:
            if c.name:
                plan = c.plan.get("name") if isinstance(c.plan, dict) else getattr(c.plan, "name", None)
                entry = {"id": c.id, "name": c.name, "company_id": c.company_id, "plan": plan}
                by_name.setdefault(fold(c.name), []).append(entry)
        return cls(
            {k: tuple(v) for k, v in by_name.items()},
            {fold(s.name): {"id": s.id, "name": s.name} for s in segments if s.name},
            {fold(t.name): {"id": t.id, "name": t.name} for t in teams if t.name},
        )

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the names (lower case): never respelt or corrected as a misspelling."""
        return frozenset(w for n in (*self.companies, *self.segments, *self.teams) for w in n.lower().split())

    @cached_property
    def squeezed(self) -> dict[str, tuple[str, str]]:
        """Names of several words run together ("birchlabs", "churnrisk") -> (kind, the name's key)."""
        found: dict[str, tuple[str, str]] = {}
        for kind, table in (("team", self.teams), ("segment", self.segments), ("company", self.companies)):
            found.update({k.replace(" ", ""): (kind, k) for k in table if " " in k and len(k) >= 7})
        return found

    @cached_property
    def looked_up(self) -> tuple[dict[str, Any], ...]:
        """Every contact a name was found to mean."""
        return tuple(p for found in self.people.values() for p in found)

    @cached_property
    def company_codes(self) -> frozenset[str]:
        """The companies' own ids (``company_id``), lower case: "cmp-0002" names a company."""
        return frozenset(c["company_id"].lower() for cs in self.companies.values() for c in cs if c.get("company_id"))

    @cached_property
    def code_ids(self) -> dict[str, str]:
        """Each company's own id (``company_id``, lower case) and its Intercom id: "cmp-0003 details" reads it."""
        return {c["company_id"].lower(): c["id"] for cs in self.companies.values() for c in cs if c.get("company_id")}

    @cached_property
    def company_ids(self) -> frozenset[str]:
        """The companies' Intercom ids: a hex id among them is a company's."""
        return frozenset(c["id"] for cs in self.companies.values() for c in cs if c.get("id"))

    @cached_property
    def company_names(self) -> dict[str, str]:
        """Each company's Intercom id and its name: a company known only by its id is named to the flow."""
        return {c["id"]: c["name"] for cs in self.companies.values() for c in cs if c.get("id") and c.get("name")}

    def kind(self, name: str) -> str | None:
        """What a name is in this workspace: "company", "segment", "team", or None."""
        key = fold(name)
        for kind, table in (("company", self.companies), ("segment", self.segments), ("team", self.teams)):
            if key in table:
                return kind
        return None


def _person(contact: Any) -> dict[str, Any]:
    data = contact.model_dump(mode="json") if hasattr(contact, "model_dump") else dict(contact)
    person = {k: data[k] for k in PERSON_FIELDS if data.get(k) is not None}
    companies = data.get("companies")
    refs = companies.get("data") if isinstance(companies, dict) else companies
    ids = [c["id"] for c in refs or () if isinstance(c, dict) and c.get("id")] or list(data.get("company_ids") or ())
    return {**person, "company_ids": ids} if ids else person  # (a person already read keeps her companies)


HEX_ID = rx.compile(r"[0-9a-f]{24}")


def _by_name(name: str) -> dict[str, Any]:
    """The contact search for a full name, or for an email, an Intercom id or an external id (a person whose
    company is asked about, known only by one of them: see :mod:`graphs.planner.her_company`)."""
    name = name.strip()
    by = "email" if "@" in name else "id" if HEX_ID.fullmatch(name) else "name"
    by = "external_id" if by == "name" and HANDLE.search(name) else by
    return {"query": {"field": by, "operator": "=", "value": name}, "per_page": 20}


def look_up(client: Any, name: str) -> list[Any]:
    """The contacts whose full name is ``name`` (a contact search through the tenant's client); none, and the
    name ends in an "s" ("omar tanakas convos"), the name without it; still none, those whose name is one
    slip away from it ("grace silvaa": Grace Silva), found among those of the same first name or surname."""
    found = list(client.call(ops.SEARCH_CONTACTS, _by_name(name)).items)
    if not found and (bare := _unpossessed(name)):
        found = list(client.call(ops.SEARCH_CONTACTS, _by_name(bare)).items)
    for query in _alike(name) if not found else ():
        if found := _nearest(name, client.call(ops.SEARCH_CONTACTS, query).items):
            break
    return found


async def alook_up(client: Any, name: str) -> list[Any]:
    found = list((await client.call(ops.SEARCH_CONTACTS, _by_name(name))).items)
    if not found and (bare := _unpossessed(name)):
        found = list((await client.call(ops.SEARCH_CONTACTS, _by_name(bare))).items)
    for query in _alike(name) if not found else ():
        if found := _nearest(name, (await client.call(ops.SEARCH_CONTACTS, query)).items):
            break
    return found


def _alike(name: str) -> list[dict[str, Any]]:
    """The searches that find a misspelt full name's owner: those of its first name, then of its surname."""
    words = fold(name).split()
    if HANDLE.search(name) or not 2 <= len(words) <= 3 or min(len(w) for w in words) < 3:
        return []
    return [
        {"query": {"field": "name", "operator": op, "value": value}, "per_page": 150}
        for op, value in (("^", words[0] + " "), ("$", " " + words[-1]))
    ]


def _nearest(name: str, contacts: Iterable[Any]) -> list[Any]:
    """The contacts whose full name is one slip from ``name`` (two, for a long name): those who share it, or
    those of two or three names as close ("bev diaz": Ben Diaz and Dev Diaz), for the planner to ask which."""
    said = fold(name)
    allowed = 1 if len(said) < 12 else 2
    near = [c for c in contacts if c.name and distance(fold(c.name), said, allowed + 1) <= allowed]
    return near if len({fold(c.name) for c in near}) <= 3 else []  # more names as close: no guess


def _unpossessed(name: str) -> str | None:
    words = name.split()
    if HANDLE.search(name):
        return None  # an email or an id: as said
    last = words[-1] if len(words) > 1 else ""
    if len(last) > 3 and last[-1] in "sS" and last[-2] not in "sS'":
        return " ".join([*words[:-1], last[:-1]])
    return None


EMPTY = Names()


class Gazetteer:
    """Names per credential: read through its client, kept ``ttl`` seconds, read again on a miss.

    A workspace whose names cannot be read (not connected yet; a token without the scope Intercom's company
    list asks for) plans without them, and is asked again after a minute, not on every turn.
    """

    def __init__(self, ttl: float = TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._cache: dict[str | None, tuple[float, Names, float]] = {}  # read at, names, kept for
        self._lock = threading.Lock()

    def cached(self, credential_id: str | None) -> Names | None:
        with self._lock:
            found = self._cache.get(credential_id)
        return found[1] if found and self.clock() - found[0] < found[2] else None

    def stale(self, credential_id: str | None) -> bool:
        """Whether a miss may read the names again (not more than once a minute)."""
        with self._lock:
            found = self._cache.get(credential_id)
        return found is None or self.clock() - found[0] >= RETRY_AFTER

    def _keep(self, credential_id: str | None, names: Names, ttl: float) -> Names:
        with self._lock:
            self._cache[credential_id] = (self.clock(), names, ttl)
        return names

    def names(self, provider: Any, credential_id: str | None, refresh: bool = False) -> Names:
        """The names, read now when not cached (or when ``refresh`` and not read in the last minute)."""
        known = self.cached(credential_id)
        if known is not None and not (refresh and self.stale(credential_id)):
            return known
        try:
            client = provider.sync_client(credential_id)
            companies = client.collect(ops.LIST_COMPANIES, {"per_page": 60}, max_items=MAX_COMPANIES).items
            names = Names.of(companies, client.call(ops.LIST_SEGMENTS).items, client.call(ops.LIST_TEAMS).items)
        except IntercomError:
            return self._keep(credential_id, known or EMPTY, RETRY_AFTER)
        return self._keep(credential_id, names, self.ttl)

    async def anames(self, provider: Any, credential_id: str | None, refresh: bool = False) -> Names:
        known = self.cached(credential_id)
        if known is not None and not (refresh and self.stale(credential_id)):
            return known
        try:
            client = await provider.async_client(credential_id)
            companies = (await client.collect(ops.LIST_COMPANIES, {"per_page": 60}, max_items=MAX_COMPANIES)).items
            segments = (await client.call(ops.LIST_SEGMENTS)).items
            names = Names.of(companies, segments, (await client.call(ops.LIST_TEAMS)).items)
        except IntercomError:
            return self._keep(credential_id, known or EMPTY, RETRY_AFTER)
        return self._keep(credential_id, names, self.ttl)

    def person(self, provider: Any, credential_id: str | None, name: str) -> Names:
        """The names, knowing whom the full name ``name`` means (a contact search, once per name)."""
        names = self.names(provider, credential_id)
        if names.person(name) is not None:
            return names
        try:
            found = look_up(provider.sync_client(credential_id), name)
        except IntercomError:
            return names  # asked again on the next turn that says it
        return self._add(credential_id, names, name, found)

    async def aperson(self, provider: Any, credential_id: str | None, name: str) -> Names:
        names = await self.anames(provider, credential_id)
        if names.person(name) is not None:
            return names
        try:
            found = await alook_up(await provider.async_client(credential_id), name)
        except IntercomError:
            return names
        return self._add(credential_id, names, name, found)

    def _add(self, credential_id: str | None, names: Names, name: str, found: Iterable[Any]) -> Names:
        known = names.with_people(name, found)
        with self._lock:
            cached = self._cache.get(credential_id)
            if cached is not None and cached[1] is names:  # kept as long as the names it joins
                self._cache[credential_id] = (cached[0], known, cached[2])
        return known


__all__ = ["EMPTY", "Gazetteer", "Names", "alook_up", "fold", "look_up"]
