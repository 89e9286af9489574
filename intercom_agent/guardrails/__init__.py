"""Guardrails that hold in every front end: PII redaction, the audit trail, a per-credential record limit.

They apply where every tool call passes (:func:`intercom_agent.registry.execute`), so the LangChain
tools, the chat agent, the MCP server, the CLI and the composite flows all get them alike::

    Guardrails(redaction=PII)                                   # mask personal data in every output
    Guardrails.from_env()                                       # INTERCOM_AGENT_REDACT, _AUDIT_DAYS, ...

Configuration (read only by :meth:`Guardrails.from_env`, by the CLI and by the servers):

- ``INTERCOM_AGENT_REDACT``: ``off`` (default) or ``pii``.
- ``INTERCOM_AGENT_AUDIT_DAYS``: how long the audit trail keeps entries (default 30; 0 turns it off).
- ``INTERCOM_AGENT_MAX_RECORDS_PER_HOUR``: records a credential may read per hour (default: no limit).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel

from intercom_agent.guardrails.audit import AuditLog, RecordLimitError, args_shape, count_records
from intercom_agent.guardrails.redaction import PII, RedactionPolicy, Redactor, policy_for, redact, redactor

REDACT_VARIABLE = "INTERCOM_AGENT_REDACT"
AUDIT_DAYS_VARIABLE = "INTERCOM_AGENT_AUDIT_DAYS"
LIMIT_VARIABLE = "INTERCOM_AGENT_MAX_RECORDS_PER_HOUR"


@dataclass(frozen=True)
class Guardrails:
    """What every call is held to: redaction, the audit trail, the record limit (all off by default).

    ``front_end`` names where calls come from in the audit trail (``cli``, ``mcp``, ``langchain``...).
    """

    redaction: RedactionPolicy | None = None
    audit: AuditLog | None = None
    max_records_per_hour: int | None = None
    front_end: str = "library"

    def __post_init__(self) -> None:
        if self.max_records_per_hour is not None and self.audit is None:
            raise ValueError("a record limit counts through the audit trail: give an AuditLog too")

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        redact: str | RedactionPolicy | None = None,
        front_end: str = "library",
        store: Any = None,
    ) -> Guardrails:
        """The guardrails the environment asks for; ``redact`` (a flag) overrides INTERCOM_AGENT_REDACT.

        The audit trail goes to ``store``, else the configured credential store (opened on first write).
        """
        env = os.environ if environ is None else environ
        policy = policy_for(redact if redact is not None else env.get(REDACT_VARIABLE))
        days = _number(env, AUDIT_DAYS_VARIABLE, 30.0)
        limit = _number(env, LIMIT_VARIABLE, None)
        audit = None
        if days or limit:
            from intercom_agent.stores import open_store

            opener = store if store is not None else (lambda: open_store(env))
            audit = AuditLog(opener, retention_days=days or 30.0)
        return cls(policy, audit, int(limit) if limit else None, front_end)

    def with_redaction(self, redact: str | RedactionPolicy | None) -> Guardrails:
        """These guardrails with redaction set by a flag or an argument (``None`` keeps the current one)."""
        return self if redact is None else replace(self, redaction=policy_for(redact))

    # ---- what execute() asks of them --------------------------------------------------------------

    def check(self, credential_id: str | None) -> None:
        """Before a call: refuse it when the credential is at its record limit (reads the store)."""
        if self.max_records_per_hour is not None and self.audit is not None:
            self.audit.check_limit(credential_id, self.max_records_per_hour)

    @property
    def checks(self) -> bool:
        return self.max_records_per_hour is not None

    def redactor(self, tool: str) -> Redactor | None:
        """What masks one call of ``tool`` (its output and its progress events alike), or None."""
        return redactor(self.redaction, tool)

    def apply(self, tool: str, output: BaseModel, masker: Redactor | None = None) -> BaseModel:
        """The output as it may be shown: redacted in place when a policy is set."""
        return masker.redact(output) if masker is not None else redact(output, self.redaction, tool)

    def record(
        self,
        tool: str,
        args: BaseModel,
        credential_id: str | None,
        started: float,
        output: BaseModel | None,
        error: BaseException | None,
        records: Callable[[Any], int] | None = None,
    ) -> None:
        """After a call: queue its audit entry (nothing is written when the trail is off)."""
        if self.audit is None:
            return
        outcome = "ok" if error is None else type(error).__name__
        status = output.__dict__.get("status") if output is not None else None
        if error is None and isinstance(status, str) and status != "ok":
            outcome = status  # a flow's not_found / ambiguous answer
        count = (records or count_records)(output) if output is not None else 0
        duration_ms = (time.perf_counter() - started) * 1000
        shape = args_shape(args)
        self.audit.record((time.time(), tool, credential_id, None, shape, count, outcome, duration_ms, self.front_end))


def _number(env: Mapping[str, str], name: str, default: float | None) -> float | None:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}.") from None
    if value < 0:
        raise ValueError(f"{name} must not be negative, not {raw!r}.")
    return value


NO_GUARDRAILS = Guardrails()

__all__ = [
    "NO_GUARDRAILS",
    "PII",
    "AuditLog",
    "Guardrails",
    "RecordLimitError",
    "RedactionPolicy",
    "policy_for",
]
