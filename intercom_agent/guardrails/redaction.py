"""PII redaction: personal data masked in a tool's output before anyone reads it.

With ``redact="pii"`` a tool's output (the artifact, and so the text written from it, the MCP
structured content, the CLI's tables and ``--json``) has every personal value replaced by a pseudonym
such as ``<email:3f2a>``: people's names, emails, phone numbers, locations, IP addresses, avatars and
social profiles, custom attribute values (their keys kept), company names and websites, and the
emails, phone numbers, IP addresses and names that appear inside free text (conversation titles and
bodies, messages). Ids, external ids, dates, counts, states and event names stay, so chaining still
works. A value gets one pseudonym within a response (two people stay two people); pseudonyms are not
linkable across responses.

What a field holds is declared with the models (``IntercomModel.pii``: a person's, a company's) and by
field name (``email``, ``phone``, ``custom_attributes``, text fields such as ``body`` or ``message``),
so a new tool's output is covered without a table to update. The policy (:class:`RedactionPolicy`)
chooses the kinds to mask, with exemptions per tool.

The output is masked in place: it was parsed for this call alone, and masking it costs a few
attribute writes per object, not a copy.
"""

from __future__ import annotations

import re
import secrets
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

Kind = Literal["name", "email", "phone", "location", "ip", "avatar", "social", "attributes", "company", "text"]
KINDS: frozenset[str] = frozenset(typing.get_args(Kind))
PERSON_TYPES = frozenset({"contact", "user", "lead", "admin", "visitor", "teammate"})

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w])")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")

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
NAME_KINDS = frozenset({"name", "company"})
EXTRA_ITEMS = tuple(EXTRAS.items())
EVENT_FIELDS = (("contact", "name"), ("company", "company"), ("name", "name"), ("email", "email"))  # in progress
STEP = 40_503  # odd: k * STEP mod 2**16 visits every 16-bit value once, so pseudonyms never collide


@dataclass(frozen=True)
class RedactionPolicy:
    """Which kinds of personal data to mask, and what each tool may keep.

    ``keep`` maps a tool name (or ``"*"`` for every tool) to kinds left unmasked::

        RedactionPolicy(keep={"*": {"company"}})                       # company names stay
        RedactionPolicy(keep={"intercom_contact_overview": {"email"}})  # one tool shows emails
    """

    mask: frozenset[str] = KINDS
    keep: Mapping[str, frozenset[str] | set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = (set(self.mask) | {k for kinds in self.keep.values() for k in kinds}) - KINDS
        if unknown:
            raise ValueError(f"unknown redaction kinds {sorted(unknown)}; known: {', '.join(sorted(KINDS))}")
        object.__setattr__(self, "_kinds", {})  # per tool, worked out once (the policy is frozen)

    def kinds_for(self, tool: str) -> frozenset[str]:
        cache: dict[str, frozenset[str]] = self._kinds  # type: ignore[attr-defined]
        kinds = cache.get(tool)
        if kinds is None:
            kinds = cache[tool] = frozenset(self.mask) - set(self.keep.get("*", ())) - set(self.keep.get(tool, ()))
        return kinds


PII = RedactionPolicy()


def policy_for(redact: str | RedactionPolicy | None) -> RedactionPolicy | None:
    """``"pii"`` (or a policy): mask; ``"off"``/None: do not. Anything else is a configuration error."""
    if redact is None or isinstance(redact, RedactionPolicy):
        return redact
    value = redact.strip().lower()
    if value in ("", "off", "none", "false", "0"):
        return None
    if value == "pii":
        return PII
    raise ValueError(f"redact must be 'off' or 'pii', not {redact!r}.")


class _Plan:
    """What to do with each field of one model class (worked out once per class)."""

    def __init__(self, cls: type[BaseModel]) -> None:
        self.kind: str | None = getattr(cls, "pii", None)
        self.fields: list[tuple[str, str]] = []  # (field, action)
        for name, info in cls.model_fields.items():
            action = _action(name, self.kind)
            if action is None and any(_reaches_pii(m) for m in _models_in(info.annotation)):
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


def _reaches_pii(cls: type[BaseModel]) -> bool:
    """Whether an object of ``cls`` can hold personal data, here or in what it nests (cycle-safe)."""
    if cls not in _REACHING:
        _REACHING[cls] = False  # while it is being worked out, a cycle back to it adds nothing
        plan = _plan(cls)
        _REACHING[cls] = not plan.empty
    return _REACHING[cls]


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type[BaseModel]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


class Redactor:
    """Masks one response: every pseudonym it hands out is stable within it and distinct per value."""

    def __init__(self, kinds: Iterable[str]) -> None:
        self.kinds = kinds if isinstance(kinds, frozenset) else frozenset(kinds)
        self._pseudonyms: dict[tuple[str, str], str] = {}
        self._base = -1  # drawn on the first pseudonym (most outputs of a small call need none)
        self._names: dict[str, str] = {}  # masked names, to find again in free text
        self._texts: list[tuple[Any, Any]] = []  # (container, key) of free text, scrubbed last

    def redact(self, output: BaseModel) -> BaseModel:
        """Mask ``output`` in place and return it."""
        if not _reaches_pii(type(output)):
            return output  # nothing personal can be in it (a list of teams, of segments)
        self._visit(output)
        for container, key in self._texts:
            value = container[key] if isinstance(container, dict | list) else getattr(container, key)
            scrubbed = self._scrub(value)
            if isinstance(container, dict | list):
                container[key] = scrubbed
            else:
                container.__dict__[key] = scrubbed
        return output

    def event(self, event: dict[str, Any]) -> dict[str, Any]:
        """A progress event as it may be shown: the names it carries masked (as in the call's output)."""
        masked = dict(event)
        for key, kind in EVENT_FIELDS:
            value = masked.get(key)
            if isinstance(value, str) and value:
                masked[key] = self._mask(kind, value)
        return masked

    # ---- pseudonyms ------------------------------------------------------------------------------------

    def pseudonym(self, kind: str, value: Any) -> str:
        key = (kind, value if isinstance(value, str) else repr(value))
        found = self._pseudonyms.get(key)
        if found is None:
            if self._base < 0:
                self._base = secrets.randbits(16)
            found = self._pseudonyms[key] = f"<{kind}:{(self._base + len(self._pseudonyms) * STEP) & 0xFFFF:04x}>"
            if kind in NAME_KINDS and len(key[1]) >= 3:
                self._names[key[1]] = found
        return found

    def _mask(self, kind: str, value: Any) -> Any:
        if kind not in self.kinds:
            return value
        if type(value) is str:
            key = (kind, value)
        elif type(value) is dict and not _holds_anything(value):
            return value
        else:
            key = (kind, repr(value))
        found = self._pseudonyms.get(key)  # the common case, inline: a value seen or not, one lookup
        return found if found is not None else self.pseudonym(kind, value)

    # ---- walking an output ---------------------------------------------------------------------------

    def _visit(self, node: Any) -> None:
        if isinstance(node, BaseModel):
            self._model(node)
        elif isinstance(node, list):
            model = self._model
            for item in node:
                if isinstance(item, BaseModel):
                    model(item)
                elif isinstance(item, list | dict):
                    self._visit(item)
        elif isinstance(node, dict):
            for item in node.values():
                self._visit(item)

    def _model(self, model: BaseModel) -> None:
        plan = _PLANS.get(type(model)) or _plan(type(model))
        if plan.empty:
            return
        fields = model.__dict__  # pydantic keeps field values here; writing it skips validation, as intended
        kind = plan.kind
        if kind == "typed":
            tag = fields.get("type")
            kind = "company" if tag == "company" else "person" if tag in PERSON_TYPES else None
        mask = self._mask
        for name, action in plan.fields:
            value = fields[name]
            if not value:
                continue
            if action == "visit":
                self._visit(value)
            elif action == "name":
                if kind is not None:
                    fields[name] = mask("name" if kind == "person" else "company", value)
            elif action in ("email", "phone", "company"):
                fields[name] = mask(action, value)
            elif action == "attributes":
                self._attributes(value)
            elif action == "text":
                self._texts.append((model, name))
            elif action == "deep_text":
                self._deep_text(value)
            elif action == "identifiers" and isinstance(value, dict):
                for key in EMAIL_FIELDS & value.keys():
                    value[key] = mask("email", value[key])
        extra = model.__pydantic_extra__
        if extra and kind is not None:
            for key, what in EXTRA_ITEMS:
                value = extra.get(key)
                if value:
                    extra[key] = mask(what, value)

    def _attributes(self, attributes: Any) -> None:
        if isinstance(attributes, dict) and "attributes" in self.kinds:
            for key in attributes:
                attributes[key] = self.pseudonym("value", attributes[key])

    def _deep_text(self, node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    self._texts.append((node, key))
                else:
                    self._deep_text(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, str):
                    self._texts.append((node, index))
                else:
                    self._deep_text(value)

    def _scrub(self, text: Any) -> Any:
        """Emails, phone numbers, IP addresses and the names masked elsewhere in this response, in text."""
        if not isinstance(text, str) or "text" not in self.kinds or not text:
            return text
        if "@" in text and "email" in self.kinds:
            text = EMAIL.sub(lambda m: self.pseudonym("email", m.group(0)), text)
        if any(ch.isdigit() for ch in text):
            if "ip" in self.kinds:
                text = IPV4.sub(lambda m: self.pseudonym("ip", m.group(0)), text)
            if "phone" in self.kinds:
                text = PHONE.sub(lambda m: self.pseudonym("phone", m.group(0)), text)
        for original in sorted(self._names, key=len, reverse=True) if self._names else ():
            if original in text:
                text = text.replace(original, self._names[original])
        return text


def _holds_anything(value: dict[str, Any]) -> bool:
    """Whether an object (a location, a list of social profiles) holds more than its type and empties."""
    for key, item in value.items():
        if item and key != "type":
            return True
    return False


def redactor(policy: RedactionPolicy | None, tool: str) -> Redactor | None:
    """The redactor for one call of ``tool`` (its output and its progress share pseudonyms), or None."""
    if policy is None:
        return None
    kinds = policy.kinds_for(tool)
    return Redactor(kinds) if kinds else None


def redact(output: BaseModel, policy: RedactionPolicy | None, tool: str) -> BaseModel:
    """``output`` with the policy applied for ``tool`` (in place), or untouched without a policy."""
    masker = redactor(policy, tool)
    return masker.redact(output) if masker is not None else output


__all__ = ["KINDS", "PII", "RedactionPolicy", "Redactor", "policy_for", "redact", "redactor"]
