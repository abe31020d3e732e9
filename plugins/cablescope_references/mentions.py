"""Where a cable's paragraphs point at its REF items: "(REF A)", "reftels A and B", "per REFTEL"."""

from __future__ import annotations

import re

from cablescope.api import Cable

# "REF A", "REFTEL B", "REFS A AND C", "REFTELS A, B, AND D", "REF. A", "ref a": the single
# letters that follow name the items.
_LETTERED = re.compile(
    r"\bREF(?:TEL)?S?\.?\s+(?P<labels>[A-Z](?:\s*(?:,\s*(?:AND\s+)?|AND\s+|&\s*|-\s*)[A-Z])*)\b(?![-'])",
    re.IGNORECASE,
)
# "REFTEL" or "REF" alone: the single item of an unlabelled block.
_BARE = re.compile(r"\bREF(?:TEL)?\b(?!\s*[:.]?\s*[A-Z]\b)", re.IGNORECASE)


def _labels(written: str) -> set[str]:
    """ "A, B AND D" -> {A, B, D}; "A-C" -> {A, B, C}."""
    letters = re.findall(r"\b[A-Z]\b", written.upper())
    if "-" in written and len(letters) == 2:
        first, last = sorted(letters)
        return {chr(code) for code in range(ord(first), ord(last) + 1)}
    return set(letters)


def mentions(cable: Cable, label: str | None) -> list[tuple[int | None, int, int]]:
    """Spans (paragraph number, start, end) of the numbered paragraphs' mentions of item ``label``.

    ``None`` stands for the only item of an unlabelled block, which the text calls "REFTEL".
    """
    spans: list[tuple[int | None, int, int]] = []
    for paragraph in cable.paragraphs:
        if paragraph.number is None:
            continue
        if label is None:
            spans += [(paragraph.number, m.start(), m.end()) for m in _BARE.finditer(paragraph.text)]
            continue
        for match in _LETTERED.finditer(paragraph.text):
            if label.upper() in _labels(match.group("labels")):
                spans.append((paragraph.number, match.start(), match.end()))
    return spans
