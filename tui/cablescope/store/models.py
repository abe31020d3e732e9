"""What the library answers with: cable summaries, search hits and filters, indexing reports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from pydantic import BaseModel
from rich.text import Text


class CableSummary(BaseModel):
    """What a list of cables shows for each one."""

    reference_id: str
    created: datetime | None
    origin: str | None
    classification: str | None
    subject: str | None
    tags: list[str]


class SearchFilters(BaseModel):
    """Narrowing of a list or search; every field given must hold.

    ``origin`` matches the full origin or its place, case-insensitively ("Embassy
    Beijing", "beijing"). ``classification`` is a level (U, SBU, C, S, TS, or its name
    such as "secret", which includes SECRET//NOFORN) or, with ``//``, one exact
    classification: both read the banner. ``level`` (same values as a level
    ``classification``) keeps the cables with at least one paragraph marked at that
    level, as the markers plugin read the paragraph markings at index time (its
    ``marking`` facts), whatever the banner says. ``entity`` is a fact key ("Wen
    Jiabao") or a key's acronym ("IAEA"), case-insensitive; mentions in a republisher's
    appendix count only when a search includes the appendix. ``date_to`` is inclusive.
    """

    origin: str | None = None
    classification: str | None = None
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity: str | None = None
    reference_ids: list[str] | None = None
    level: str | None = None


class SearchHit(CableSummary):
    """One cable found by a search, with its best paragraph."""

    paragraph: int | None
    """Number of the paragraph that matched best (``None``: unnumbered text, the subject or appendix)."""
    snippet: str
    spans: list[tuple[int, int]]
    """Offsets of the matched words in ``snippet``."""
    score: float
    """bm25 score, lower is better, as SQLite gives it (0 when sorted by date)."""
    in_appendix: bool

    def snippet_text(self, style: str = "bold reverse") -> Text:
        """The snippet as Rich ``Text`` with the matches styled (no markup is interpreted)."""
        text = Text(self.snippet)
        for start, end in self.spans:
            text.stylize(style, start, end)
        return text


class IndexReport(BaseModel):
    """What an indexing run did. Cable counts, except ``failed`` (one entry per file)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    """Cables in files skipped because they had not changed."""
    removed: int = 0
    failed: list[tuple[str, str]] = []
    facts_failed: list[tuple[str, str]] = []
    """Cables whose facts could not be found (reference id, reason): one whose stored reading
    is damaged is kept without facts; one a worker process died on stays pending for the next run."""
    skipped: list[tuple[str, str]] = []
    """Files in the folders given that are not cable documents (path, reason): passed over, not failed."""
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    cables: int = 0
    """Cables in the index after the run."""


SUMMARY_COLUMNS = "c.reference_id, c.created, c.origin, c.classification, c.subject, c.tags"
"""The columns ``summary`` reads, in its order (``c`` is the cables table)."""


def summary(row: tuple) -> CableSummary:
    """A cable's summary from a row of ``SUMMARY_COLUMNS``."""
    reference_id, created, origin, classification, subject, tags = row[:6]
    return CableSummary(
        reference_id=reference_id,
        created=datetime.fromisoformat(created).replace(tzinfo=UTC) if created else None,
        origin=origin,
        classification=classification,
        subject=subject,
        tags=json.loads(tags),
    )
