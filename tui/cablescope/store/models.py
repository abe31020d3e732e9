"""What the library answers with: cable summaries, search hits and filters (an indexing run's
report is ``cablescope.store.report``).

Plain dataclasses, not pydantic models: a search builds a filter and twenty hits, and importing
pydantic (with the schemas it builds and the plugins it looks for) would cost ``cablescope
search`` more than the rest of its start-up. Their values come from the library's own columns
or from cablescope's code, so there is nothing to validate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text


@dataclass
class CableSummary:
    """What a list of cables shows for each one."""

    reference_id: str
    created: datetime | None
    origin: str | None
    classification: str | None
    subject: str | None
    tags: list[str]


@dataclass
class SearchFilters:
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


@dataclass
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
        from rich.text import Text  # here: `search --json` prints no Rich text

        text = Text(self.snippet)
        for start, end in self.spans:
            text.stylize(style, start, end)
        return text


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    """A hit's fields as JSON values, as ``search --json`` writes them (times in ISO 8601, UTC as Z)."""
    created = hit.created.isoformat() if hit.created else None
    if created is not None and created.endswith("+00:00"):
        created = created[: -len("+00:00")] + "Z"
    return {
        "reference_id": hit.reference_id,
        "created": created,
        "origin": hit.origin,
        "classification": hit.classification,
        "subject": hit.subject,
        "tags": list(hit.tags),
        "paragraph": hit.paragraph,
        "snippet": hit.snippet,
        "spans": [list(span) for span in hit.spans],
        "score": hit.score,
        "in_appendix": hit.in_appendix,
    }


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
