"""Dev set 167's misses, said another way. "add an open filter", after a search: only the open ones (before:
a search about "add"); "convos from dev dot rossi dot 0 at example dot com": that address (before: a person
named "dev dot"); "ok company record for that last one", after three companies' people: the last company's
record (before: the record of the last person listed)."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a state filter added": [
        _turn("refund convos last month", "intercom_search_conversations", query="refund",
              created_after="2026-10-01", created_before="2026-11-01"),
        _turn("add an open filter", "intercom_search_conversations", query="refund", state="open",
              created_after="2026-10-01", created_before="2026-11-01"),
    ],
    "an address said aloud with digits": [
        _turn("convos from dev dot rossi dot 0 at example dot com", "intercom_search_conversations",
              contact_email="dev.rossi.0@example.com"),
    ],
    "that last company's record": [
        _turn("who's at acme corp", "intercom_company_contacts_events", company="Acme Corp"),
        _turn("and lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("ok the company details for that last one", "intercom_get_company_by_id",
              company_id="35bc14fc62d3bca0828d0f33"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_filters_and_dictated_emails(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
