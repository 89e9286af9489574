"""'what plan is omar patel's company on', 'whats omar patel's company spending w us', 'omar patel's company
details': his company's record, once the workspace says where he works (before: his company's people, or his
overview); "who else is at omar patel's company" stays his company's people."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

FJORD_LABS = "811b0a17cb754ff6b3aeed9c"

REQUESTS = {
    "what plan is omar patel's company on": ("intercom_get_company_by_id", {"company_id": FJORD_LABS}),
    "whats omar patel's company spending w us": ("intercom_get_company_by_id", {"company_id": FJORD_LABS}),
    "omar patel's company details": ("intercom_get_company_by_id", {"company_id": FJORD_LABS}),
    "who else is at omar patel's company": ("intercom_company_contacts_events", {"company": "Fjord Labs"}),
    "omar patel's details": ("intercom_contact_overview", {"contact": "omar patel"}),
}


@pytest.mark.parametrize("q", sorted(REQUESTS))
def test_a_named_persons_company_record(q: str) -> None:
    tool, args = REQUESTS[q]
    assert failed_turns(q, [_turn(q, tool, **args)]) == []
