"""Builds :mod:`graphs.planner.lexicon` (``python -m graphs.planner.lexicon_build``; needs the ``dev`` extra,
for pyspellchecker's English word frequency list).

The lexicon is what the planner reads: the English words of its own phrases (every string constant of its
modules but docstrings), its vocabulary, and the lists below. The real words are the English words seen at
least ``COMMON_ENOUGH`` times that are one slip from a lexicon word without being one.
"""

from __future__ import annotations

import ast
import gzip
import json
import textwrap
from importlib import resources
from pathlib import Path

from graphs.planner import needles as rx
from graphs.planner.first_names import FIRST_NAMES, SURNAMES
from graphs.planner.spelling import slips_of, within_one_slip
from graphs.planner.words import NUMBER_WORDS, ORDINALS, VOCABULARY

PLANNER = Path(__file__).parent
COMMON_ENOUGH = 500
MONTHS = "january february march april may june july august september october november december".split()
DAYS = "monday tuesday wednesday thursday friday saturday sunday weekend weekday".split()
WRITES = """delete remove change rename create update assign reassign unassign merge archive unarchive block unblock
    unsubscribe subscribe reopen snooze unsnooze invite import upgrade downgrade convert forward restart refund cancel
    notify transfer erase purge upload reply respond close resolve escalate schedule remind reminder email message
    tag untag label attach detach""".split()
TOPICS = """refund refunds invoice invoices billing payment payments password passwords login logins shipping delivery
    export exports import imports integration integrations subscription subscriptions renewal renewals cancellation
    cancellations upgrade upgrades downgrade onboarding charge charges duplicate error errors outage webhook webhooks
    sync feature features request requests trial pricing discount receipt receipts account accounts security privacy
    report reports dashboard notification notifications mobile browser slack salesforce hubspot zapier confirmation
    address order orders tracking""".split()
EVERYDAY = """intercom transcript transcripts conversation conversations anything something nothing everything anyone
    someone everyone nobody exactly actually instead overall following previous breakdown picture record records
    author bottom middle colleague colleagues single biggest smallest bigger smaller paying talked written wrote
    raised reported complained compare trouble weather person persons people customer customers segment segments
    requester requesters mailbox mailboxes comments
    company companies contact contacts""".split()


def english() -> dict[str, int]:
    import spellchecker  # the dev extra's pyspellchecker: its English word frequencies

    data = resources.files(spellchecker).joinpath("resources/en.json.gz").read_bytes()
    frequencies: dict[str, int] = json.loads(gzip.decompress(data))
    return frequencies


def phrases() -> set[str]:
    """Every lower-case word in the planner's string constants (docstrings and ``__all__``'s names left out)."""
    found: set[str] = set()
    for path in sorted(PLANNER.glob("*.py")):
        if path.name.startswith("lexicon") or path.name == "needles.py":  # (needles: the re functions, no phrases)
            continue
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
            if text is not None and id(node) not in docstrings and not (text.isidentifier() and text.isupper()):
                found.update(rx.findall(r"(?<![a-z\\])[a-z]+(?![a-z])", text.lower()))
    return found


def build() -> tuple[frozenset[str], frozenset[str]]:
    known = {word for word, seen in english().items() if seen >= COMMON_ENOUGH and word.isalpha()}
    words = (
        {w for w in phrases() if w in known and w not in FIRST_NAMES | SURNAMES}
        | set(VOCABULARY)
        | set(MONTHS)
        | set(DAYS)
        | set(WRITES)
    )
    words |= set(TOPICS) | set(EVERYDAY) | set(NUMBER_WORDS) | set(ORDINALS)
    lexicon = frozenset(w for w in words if len(w) >= 4 and w.isalpha())
    real = frozenset(w for w in known if len(w) >= 5 and w not in lexicon and within_one_slip(w, lexicon))
    return lexicon, real


def _block(words: frozenset[str]) -> str:
    return textwrap.fill(" ".join(sorted(words)), width=112, initial_indent="    ", subsequent_indent="    ")


def main() -> None:
    lexicon, real = build()
    module = PLANNER / "lexicon.py"
    text = module.read_text()
    head = text[: text.index("LEXICON = frozenset(")]
    body = f'LEXICON = frozenset(\n    """\n{_block(lexicon)}\n    """.split()\n)\n\n'
    body += f'REAL_WORDS = frozenset(\n    """\n{_block(real)}\n    """.split()\n)\n'
    module.write_text(head + body)
    print(f"{module}: {len(lexicon)} lexicon words, {len(real)} real words one slip from them")


__all__ = ["build", "phrases", "slips_of"]

if __name__ == "__main__":
    main()
