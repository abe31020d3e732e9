"""Redactions: the runs of X's that stand for withheld names or details, each with its paragraph."""

from __future__ import annotations

import gc

from pydantic import TypeAdapter

from cablescope.model import Paragraph, Redaction
from cablescope.parse.body import REDACTION_RE

_REDACTIONS = TypeAdapter(list[Redaction])


def find_redactions(text: str, end: int, paragraphs: list[Paragraph]) -> list[Redaction]:
    """Every run of five or more X's before ``end``, with the number of the paragraph it stands in.

    The models are built in one pydantic-core call with the cyclic garbage collector paused: each
    model is a few tracked objects, and for a line of 920,000 redactions the collector walked the
    growing heap again and again (2.6 s CPU to build them one by one, 2.5 s in one call with the
    collector running, 1.0 s paused).
    """
    if text.find("XXXXX", 0, end) == -1:
        return []
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _REDACTIONS.validate_python(_spans(text, end, paragraphs))
    finally:
        if collecting:
            gc.enable()


def _spans(text: str, end: int, paragraphs: list[Paragraph]) -> list[dict[str, int | None]]:
    """Each redaction's fields; the paragraphs are in text order, so one pass over both suffices."""
    spans = [(p.start, p.end, p.number) for p in paragraphs]
    count = len(spans)
    index = 0
    found: list[dict[str, int | None]] = []
    for match in REDACTION_RE.finditer(text, 0, end):
        start = match.start()
        while index < count and spans[index][1] < start:
            index += 1
        paragraph = spans[index][2] if index < count and spans[index][0] <= start else None
        found.append({"paragraph": paragraph, "start": start, "end": match.end()})
    return found
