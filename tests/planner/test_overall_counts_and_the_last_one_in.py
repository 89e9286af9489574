"""Dev sets 149 and 150's misses, said another way. "how does that compare with how many contacts we have
overall", after the segments with their counts: the workspace's contacts (their total), not the segments again;
"whichever came in last", to "which conversation?": the most recent one."""

from __future__ import annotations

import pytest

from tests.helpers.dialogues import failed_turns
from tests.helpers.dialogues import turn as _turn

DIALOGUES = {
    "segment sizes, then everyone": [
        _turn("segmnets w/ counts", "intercom_list_segments", include_count=True),
        _turn("ok and how does that stack up against how many people we have overall?", "intercom_list_all_contacts"),
    ],
    "the one that came in last": [
        _turn("ok then just show me the conversation", "ask"),
        _turn("whichever one came in most recently", "intercom_list_conversations", per_page=1),
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(DIALOGUES))
def test_overall_counts_and_the_last_one_in(name: str) -> None:
    assert failed_turns(name, DIALOGUES[name]) == []
