"""What redaction does with each model class, worked out once and compiled to a function.

A class's plan lists its fields that hold personal data (by the model's declared ``pii`` and by field
name) and those that nest objects which can. For a set of kinds to mask, the plan becomes a small
Python function written for that class alone: it reads each such field straight from the model's
``__dict__`` and masks it in place, with no per-field dispatch at run time, and nothing at all for a
class from which nothing personal can be reached. A response of 50 contacts visits some 190 objects;
this is what keeps redaction a small share of a call (see docs/benchmarks.md, "Guardrails CPU").

The generated source is built only from field names pydantic has already accepted as identifiers, and
from this module's own constants; no value from a response ever reaches it.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

PERSON_TYPES = frozenset({"contact", "user", "lead", "admin", "visitor", "teammate"})
EMAIL_FIELDS = frozenset({"email", "contact_email", "email_domain"})
PHONE_FIELDS = frozenset({"phone", "phone_number", "mobile_phone"})
TEXT_FIELDS = frozenset({"title", "subject", "body", "message", "note", "error", "text", "remark"})
EXTRAS = {  # fields Intercom sends that the models keep as extras: what each holds of a person
    "location": "location",
    "avatar": "avatar",
    "social_profiles": "social",
    "email_domain": "email",
    "phone_number": "phone",
    "ip": "ip",
    "ip_address": "ip",
    "last_seen_ip": "ip",
    "last_request_ip": "ip",
}
EXTRA_ITEMS = tuple(EXTRAS.items())

Visit = Callable[[BaseModel, Any], None]  # (model, redactor): masks the model in place


class FieldPlan:
    """What to do with each field of one model class."""

    def __init__(self, cls: type[BaseModel]) -> None:
        self.kind: str | None = getattr(cls, "pii", None)
        self.fields: list[tuple[str, str]] = []  # (field, action)
        for name, info in cls.model_fields.items():
            action = _action(name, self.kind)
            if action is None and any(reaches_pii(m) for m in _models_in(info.annotation)):
                action = "visit"
            if action is not None:
                self.fields.append((name, action))
        self.extras = self.kind in ("person", "company", "typed")
        self.empty = not self.fields and not self.extras  # nothing personal can be reached from here


def _action(name: str, kind: str | None) -> str | None:
    if name in EMAIL_FIELDS:
        return "email"
    if name in PHONE_FIELDS:
        return "phone"
    if name == "name" and kind in ("person", "company", "typed"):
        return "name"
    if name == "website" and kind == "company":
        return "company"
    if name == "custom_attributes":
        return "attributes"
    if name in TEXT_FIELDS:
        return "text"
    if name in ("metadata", "query"):
        return "deep_text"
    if name == "user":
        return "identifiers"
    return None


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


_REACHING: dict[type, bool] = {}
_PLANS: dict[type, FieldPlan] = {}


def reaches_pii(cls: type[BaseModel]) -> bool:
    """Whether an object of ``cls`` can hold personal data, here or in what it nests (cycle-safe)."""
    if cls not in _REACHING:
        _REACHING[cls] = False  # while it is being worked out, a cycle back to it adds nothing
        _REACHING[cls] = not plan(cls).empty
    return _REACHING[cls]


def plan(cls: type[BaseModel]) -> FieldPlan:
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = FieldPlan(cls)
    return found


_COMPILED: dict[tuple[type, frozenset[str]], Visit | None] = {}


def compiled(cls: type[BaseModel], kinds: frozenset[str]) -> Visit | None:
    """The function that masks an object of ``cls`` for ``kinds``, or None when it has nothing to mask."""
    key = (cls, kinds)
    if key not in _COMPILED:
        _COMPILED[key] = _compile(cls, plan(cls), kinds)
    return _COMPILED[key]


def _compile(cls: type[BaseModel], p: FieldPlan, kinds: frozenset[str]) -> Visit | None:
    if p.empty:
        return None
    lines: list[str] = []
    if p.kind == "typed":  # a reference: whose it is, its type says
        lines += [
            "t = d.get('type')",
            "kind = 'company' if t == 'company' else 'person' if t in PERSON_TYPES else None",
        ]
        if all(action == "name" for _, action in p.fields):  # only its name and extras depend on its type
            lines += ["if kind is None:", "    return  # a tag's, a team's, a conversation's: nothing personal"]
    for name, action in p.fields:
        lines += _step(name, action, p.kind, kinds)
    extras = [(key, what) for key, what in EXTRA_ITEMS if what in kinds] if p.extras else []
    if extras:
        guard = " and kind is not None" if p.kind == "typed" else ""
        lines.append("x = model.__pydantic_extra__")
        lines.append(f"if x{guard} and len(x) < {len(extras)}:  # a few extras (a reference's url): each looked up")
        lines += ["    for key in x:", "        what = EXTRAS_MASKED.get(key)", "        if what and x[key]:"]
        lines.append("            x[key] = r._mask(what, x[key])")
        lines.append(f"elif x{guard}:")
        for key, what in extras:
            lines += [f"    v = x.get({key!r})", "    if v:", *_masked("x", key, what, "        ")]
    if not lines:
        return None  # every kind it could hold is kept for this tool
    body = "\n".join("    " + line for line in lines)
    source = f"def visit(model, r):\n    d = model.__dict__\n    ps = r._pseudonyms\n{body}\n"
    scope: dict[str, Any] = {"PERSON_TYPES": PERSON_TYPES, "EMAIL_FIELDS": EMAIL_FIELDS, "EXTRAS_MASKED": dict(extras)}
    exec(compile(source, f"<redaction plan for {cls.__qualname__}>", "exec"), scope)  # noqa: S102 - see the docstring
    visit: Visit = scope["visit"]
    return visit


def _step(name: str, action: str, kind: str | None, kinds: frozenset[str]) -> list[str]:
    """The lines that handle one field (none when the field's kind is kept)."""
    read = [f"v = d[{name!r}]"]
    if action == "visit":
        return [*read, "if v:", "    r._walk(v)"]
    if action == "name" and kind == "typed":
        masked = f"    d[{name!r}] = r._mask('name' if kind == 'person' else 'company', v)"
        return [*read, "if v and kind is not None:", masked]
    what = {"name": "name" if kind == "person" else "company"}.get(action, action)
    if action in ("name", "email", "phone", "company") and what in kinds:
        return [*read, "if v:", *_masked("d", name, what, "    ")]
    if action == "attributes" and "attributes" in kinds:
        return [*read, "if v:", "    r._attributes(v)"]
    if action == "text" and "text" in kinds:
        return [f"if d[{name!r}]:", f"    r._texts.append((model, {name!r}))"]
    if action == "deep_text" and "text" in kinds:
        return [*read, "if v:", "    r._deep_text(v)"]
    if action == "identifiers" and "email" in kinds:
        return [
            *read,
            "if v and isinstance(v, dict):",
            "    for key in EMAIL_FIELDS & v.keys():",
            "        v[key] = r._mask('email', v[key])",
        ]
    return []


def _masked(target: str, key: str, what: str, indent: str) -> list[str]:
    """``target[key] = <v masked as what>``: a string seen before is one lookup, inline."""
    lines = [
        "if type(v) is str:",
        f"    p = ps.get(({what!r}, v))",
        f"    {target}[{key!r}] = p if p is not None else r._fresh({what!r}, v)",
        "else:",
        f"    {target}[{key!r}] = r._mask({what!r}, v)",
    ]
    return [indent + line for line in lines]
