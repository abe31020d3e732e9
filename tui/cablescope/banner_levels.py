"""The level of a classification written out as WikiLeaks writes it ("SECRET//NOFORN" -> "S").

A leaf of plain text rules, apart from the marking grammar (``cablescope.markings``, which
uses it and parses every other form): the explorer's list colours each row by its level, and
importing the grammar (pydantic, and the regular expressions it compiles) would hold up its
first frame.
"""

from __future__ import annotations

CLASSIFICATION_LEVELS: tuple[tuple[str, str], ...] = (
    ("TOP SECRET", "TS"),
    ("SECRET", "S"),
    ("CONFIDENTIAL", "C"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "SBU"),
    ("UNCLASSIFIED//FOUO", "SBU"),
    ("LIMITED OFFICIAL USE", "SBU"),
    ("SENSITIVE BUT UNCLASSIFIED", "SBU"),
    ("UNCLASSIFIED", "U"),
)
"""Names a classification starts with, and their levels, longest match first."""


def named_level(classification: str) -> str | None:
    """The level of a classification that starts with a level's name; None for any other form
    (a portion mark such as "S//NF", which ``markings.level_of_classification`` parses)."""
    text = " ".join(classification.upper().split())
    for name, level in CLASSIFICATION_LEVELS:
        if text.startswith(name):
            return level
    return None
