"""A person named in a refused request is "her" in the next one ("delete grace silva", then "ok just show
her"; one a list showed, by email); "billing only" after a search narrows it; "just the names" after a
company's plan is its people; a listed person who "raised a refund in the last two weeks" is a search of
theirs, with the topic and dates; "only the closed ones" after an overview keeps the dates its request said;
"compare that against last quarter" with nothing earlier still asks. Played against the sandbox.

Each turn is checked as the evaluation checks it (tool and the arguments listed). The dialogues are small
variations of outside dev set 110, kept here so the behaviour has a test of its own.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "a refused write, then show her": [
        _turn("remove priya ito from our list", "refuse"),
        _turn("fine, just show her", "intercom_contact_overview", contact="priya ito"),
    ],
    "a listed person in a refused write, then her conversations": [
        _turn("who works at birch labs", "intercom_company_contacts_events", company="Birch Labs"),
        _turn("email tara meyer about the renewal", "refuse"),
        _turn("ok her conversations then", "intercom_search_conversations",
              contact_email="tara.meyer.172@example.com"),
    ],
    "a topic only, after a state": [
        _turn("what's snoozed right now", "intercom_search_conversations", state="snoozed"),
        _turn("billing only", "intercom_search_conversations", state="snoozed", query="billing"),
    ],
    "just the names after the plan": [
        _turn("lumen group", "intercom_company_contacts_events", company="Lumen Group"),
        _turn("what plan are they on", "intercom_get_company_by_id", company_id="35bc14fc62d3bca0828d0f33"),
        _turn("just the names, no events", "intercom_list_attach_contacts_to_company",
              company_id="35bc14fc62d3bca0828d0f33"),
    ],
    "a listed person raised a topic in a window": [
        _turn("who works at zephyr partners", "intercom_company_contacts_events", company="Zephyr Partners"),
        _turn("did ben silva raise a refund in the last two weeks?", "intercom_search_conversations",
              contact_email="ben.silva.273@example.com", query="refund", created_after="2026-11-04"),
    ],
    "an overview's dates kept for its state": [
        _turn("What has Grace Adams from Umber Partners raised with support since september?",
              "intercom_contact_overview"),
        _turn("only the closed ones", "intercom_search_conversations",
              contact_email="grace.adams.181@example.com", state="closed", created_after="2026-09-01"),
    ],
    "a comparison with nothing earlier": [
        _turn("now compare that against last quarter", "ask"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("name", "turns"), list(DIALOGUES.items()), ids=list(DIALOGUES))
def test_refused_and_terse(name: str, turns: list[dict[str, object]]) -> None:
    assert failed_turns(name, turns) == []
