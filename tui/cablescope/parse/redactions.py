"""Redactions: the runs of X's that stand for withheld names or details, each with its paragraph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import TypeAdapter

from cablescope.model import Paragraph, Redaction
from cablescope.parse.batch import build_all
from cablescope.parse.body import REDACTION_RE

_REDACTIONS = TypeAdapter(list[Redaction])


def find_redactions(text: str, end: int, paragraphs: list[Paragraph]) -> list[Redaction]:
    """Every run of five or more X's before ``end``, with the number of the paragraph it stands in."""
    if text.find("XXXXX", 0, end) == -1:
        return []
    return build_all(_REDACTIONS, _spans(text, end, paragraphs))


def _spans(text: str, end: int, paragraphs: list[Paragraph]) -> Iterator[Mapping[str, Any]]:
    """Each redaction's fields, one at a time (920,000 dicts at once took 180 MB); the paragraphs are
    in text order, so one pass over both suffices."""
    spans = [(p.start, p.end, p.number) for p in paragraphs]
    count = len(spans)
    index = 0
    for match in REDACTION_RE.finditer(text, 0, end):
        start = match.start()
        while index < count and spans[index][1] < start:
            index += 1
        paragraph = spans[index][2] if index < count and spans[index][0] <= start else None
        yield {"paragraph": paragraph, "start": start, "end": match.end()}
