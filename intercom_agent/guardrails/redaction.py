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

from intercom_agent.guardrails.plans import compiled, reaches_pii

Kind = Literal["name", "email", "phone", "location", "ip", "avatar", "social", "attributes", "company", "text"]
KINDS: frozenset[str] = frozenset(typing.get_args(Kind))

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w])")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")

NAME_KINDS = frozenset({"name", "company"})
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


_UNSEEN: Any = object()
_WALKERS: dict[frozenset[str], dict[type, Any]] = {}  # per set of kinds: what to call for each type


class Redactor:
    """Masks one response: every pseudonym it hands out is stable within it and distinct per value."""

    def __init__(self, kinds: Iterable[str]) -> None:
        self.kinds = kinds if isinstance(kinds, frozenset) else frozenset(kinds)
        self._pseudonyms: dict[tuple[str, str], str] = {}
        self._next = -1  # the next pseudonym's number: drawn at random on the first (most small calls need none)
        self._texts: list[tuple[Any, Any]] = []  # (container, key) of free text, scrubbed last
        self._fns = _WALKERS.setdefault(self.kinds, {})  # per type met: its compiled plan, or None

    def redact(self, output: BaseModel) -> BaseModel:
        """Mask ``output`` in place and return it."""
        if not reaches_pii(type(output)):
            return output  # nothing personal can be in it (a list of teams, of segments)
        self._walk(output)
        names = self._names() if self._texts else []
        for container, key in self._texts:
            value = container[key] if isinstance(container, dict | list) else getattr(container, key)
            scrubbed = self._scrub(value, names)
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
        text = value if isinstance(value, str) else repr(value)
        found = self._pseudonyms.get((kind, text))
        return found if found is not None else self._fresh(kind, text)

    def _fresh(self, kind: str, text: Any) -> str:
        """A new pseudonym for a value not seen before in this response."""
        number = self._next
        if number < 0:
            number = secrets.randbits(16)
        self._next = (number + STEP) & 0xFFFF
        found = self._pseudonyms[(kind, text)] = f"<{kind}:{number:04x}>"
        return found

    def _mask(self, kind: str, value: Any) -> Any:
        if kind not in self.kinds:
            return value
        if type(value) is str:
            text: Any = value
        elif type(value) is dict:
            if not _holds_anything(value):
                return value
            text = _key(value)
        else:
            text = repr(value)
        found = self._pseudonyms.get((kind, text))  # the common case, inline: a value seen or not, one lookup
        return found if found is not None else self._fresh(kind, text)

    def _names(self) -> list[tuple[str, str]]:
        """The names masked so far (longest first), to find again in free text."""
        names = [(text, p) for (kind, text), p in self._pseudonyms.items() if kind in NAME_KINDS and len(text) >= 3]
        return sorted(names, key=lambda pair: len(pair[0]), reverse=True)

    # ---- walking an output ---------------------------------------------------------------------------

    def _walk(self, node: Any) -> None:
        """Mask what ``node`` holds: a model (by its class's compiled plan), or a list or dict of them."""
        fns = self._fns
        if type(node) is list:
            for item in node:
                fn = fns.get(type(item), _UNSEEN)
                if fn is _UNSEEN:
                    self._walk_new(item)
                elif fn is not None:
                    fn(item, self)
            return
        fn = fns.get(type(node), _UNSEEN)
        if fn is _UNSEEN:
            self._walk_new(node)
        elif fn is not None:
            fn(node, self)

    def _walk_new(self, node: Any) -> None:
        """A node whose type this redactor has not met yet: a model's plan is compiled for these kinds."""
        if isinstance(node, BaseModel):
            fn = self._fns[type(node)] = compiled(type(node), self.kinds)
            if fn is not None:
                fn(node, self)
        elif isinstance(node, list | dict):
            for item in node if isinstance(node, list) else node.values():
                self._walk(item)
        else:
            self._fns[type(node)] = None  # a string, a number: nothing to walk into

    def _attributes(self, attributes: Any) -> None:
        if type(attributes) is dict and "attributes" in self.kinds:
            found = self._pseudonyms.get
            for key, value in attributes.items():  # values replaced, keys kept: the dict does not change size
                text = value if type(value) is str else repr(value)
                p = found(("value", text))
                attributes[key] = p if p is not None else self._fresh("value", text)

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

    def _scrub(self, text: Any, names: list[tuple[str, str]]) -> Any:
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
        for original, masked in names:
            if original in text:
                text = text.replace(original, masked)
        return text


def _key(value: dict[str, Any]) -> Any:
    """What identifies an object's value within a response: its items when they hash (a location's
    strings: cheaper than its repr), else its repr."""
    try:
        key = tuple(value.items())
        hash(key)
    except TypeError:
        return repr(value)
    return key


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
