"""Dev set 144's kind of chat (a support agent relaying a customer who is waiting), in other words than its
writer's: what the customer wants done is a write, relayed or not ("he wants it reopened asap", "she wants us
to lock her out of the account", "can we refund both of them", "book her a call with the success team"); a list of the
workspace's teams or segments asked in the middle of "she says ..." is that list, not "which contact?"; the
company's own matters (its office hours, a release's date) are not in Intercom; "whether her payment went
through, <email>" is a search of her conversations about it.
"""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

REFUSED = [
    "he wants it reopened asap",
    "she wants us to lock her out of the account",
    "he wants the ticket reassigned to someone senior",
    "she wants us to make her the admin",
    "can we refund both of them",
    "book her a call with the success team on monday",
    "customer asking whether our office is closed next monday",
    "whats the release date for the new version of the app, customer keeps asking",
]
LISTED = {
    "what teams do we have, he wants the billing people": ("intercom_list_all_teams", {}),
    # "did her payment go through": her conversations about it
    "customer's asking whether her payment went through, iris.baker.167@example.com": (
        "intercom_search_conversations", {"contact_email": "iris.baker.167@example.com", "query": "payment"}),
}  # fmt: skip


@pytest.mark.parametrize("said", REFUSED)
def test_refused(said: str) -> None:
    assert failed_turns(said, [_turn(said, "refuse")]) == []


@pytest.mark.parametrize("said", sorted(LISTED))
def test_a_list_of_the_workspace_while_relaying(said: str) -> None:
    tool, args = LISTED[said]
    assert failed_turns(said, [_turn(said, tool, **args)]) == []
