"""Collect the header blocks of the shared cable-viewer pages, to read their shapes.

    python tests/parse/header_blocks.py [FIELD ...] > blocks.txt

FIELD is one of ref, tags, classified, subject, signer, summary (all when none is given).
Each block is printed with the page it came from, a few raw lines around the field's first
line, so that the shapes the grammar must read can be studied and written into the test
tables as synthetic cases. The pages' text stays in ``../shared``: this prints it for reading,
never into the repository.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikileaks-cables"

# Where each field's block begins; the block runs a few lines on from there.
STARTS: dict[str, tuple[re.Pattern[str], int]] = {
    "ref": (re.compile(r"^[ \t¶]*REF(?:S|TELS?|ERENCES?)?\b", re.MULTILINE | re.IGNORECASE), 8),
    "tags": (re.compile(r"^[ \t]*TAGS?\b", re.MULTILINE | re.IGNORECASE), 3),
    "classified": (re.compile(r"(?:CLASSIFIED|DERIVED)\s+(?:BY|FROM)", re.IGNORECASE), 4),
    "subject": (re.compile(r"^[ \t]*SUBJ(?:ECT)?\b", re.MULTILINE | re.IGNORECASE), 4),
    "summary": (re.compile(r"summary", re.IGNORECASE), 12),
}


def pages(corpus: Path = CORPUS) -> Iterator[tuple[str, str]]:
    """(reference id, cable text) of every shared page."""
    from cablescope.readers.wikileaks_html import cable_text

    for path in sorted(corpus.rglob("*.html")):
        yield path.stem, cable_text(path.read_text(encoding="utf-8"))


def blocks(text: str, field: str) -> list[str]:
    """The raw lines of each ``field`` block near the top of ``text`` (the last lines for signers)."""
    if field == "signer":
        return ["\n".join(text.rstrip().split("\n")[-6:])]
    pattern, span = STARTS[field]
    found = []
    for match in pattern.finditer(text, 0, min(len(text), 20_000)):
        line_start = text.rfind("\n", 0, match.start()) + 1
        found.append("\n".join(text[line_start:].split("\n")[:span]))
        if field != "ref":
            break
    return found


def main(fields: list[str]) -> None:
    for reference_id, text in pages():
        for field in fields:
            for block in blocks(text, field):
                print(f"=== {field} {reference_id}\n{block}\n")


if __name__ == "__main__":
    main(sys.argv[1:] or [*STARTS, "signer"])
