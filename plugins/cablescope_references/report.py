"""What the references view shows: a cable's REF items checked against the index, and who cites it."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from cablescope.api import Cable, Reference, ViewContext, parse_references

from .mentions import mentions


class CitedReference(Reference):
    """A REF item, and whether the index holds the cable it cites."""

    present_in_corpus: bool | None = None
    """``None`` when no index was consulted, or the item cites no cable."""


def citing_year(cable: Cable) -> int | None:
    """The year a cable was written: from its reference id ("09BEIJING2932"), else its date."""
    if cable.reference_id and re.match(r"\d{2}[A-Z]", cable.reference_id):
        number = int(cable.reference_id[:2])
        return 1900 + number if number >= 50 else 2000 + number
    return cable.created.year if cable.created else None


def cable_references(cable: Cable) -> list[Reference]:
    """What ``cable`` cites: the REF block above its first numbered paragraph, read by the core grammar."""
    first = next((p for p in cable.paragraphs if p.number is not None), None)
    header = cable.text[: first.start] if first is not None else cable.text
    return parse_references(header, citing_year(cable))


class CableBrief(BaseModel):
    """Enough about an indexed cable to list it."""

    reference_id: str
    created: datetime | None = None
    origin: str | None = None
    subject: str | None = None

    @classmethod
    def of(cls, summary: Any) -> CableBrief:
        """From a ``Cable`` or the index's ``CableSummary`` (both carry these four fields)."""
        return cls(
            reference_id=summary.reference_id,
            created=summary.created,
            origin=summary.origin,
            subject=summary.subject,
        )


class CitedItem(BaseModel):
    """A REF item and, for a cited cable in the index, that cable."""

    reference: CitedReference
    cable: CableBrief | None = None
    mentioned_in: list[int] = []
    """Numbers of the paragraphs that point at this item ("as reported in REF A")."""


class ReferencesReport(BaseModel):
    reference_id: str | None
    indexed: bool
    """Whether an index was consulted (without one, presence and cited-by are unknown)."""
    cites: list[CitedItem]
    cited_by: list[CableBrief] | None
    previous: CableBrief | None = None
    """The cable before this one from the same origin, by date."""
    next: CableBrief | None = None


def build_report(cable: Cable, context: ViewContext) -> ReferencesReport:
    """Parse the cable's REF block and look its citations, citers and neighbours up in the index."""
    store = context.store
    items: list[CitedItem] = []
    looked_up: dict[str, CableBrief | None] = {}
    for item in cable_references(cable):
        reference = CitedReference(**item.model_dump())
        brief = None
        if store is not None and reference.reference_id is not None:
            if reference.reference_id not in looked_up:
                found = store.get(reference.reference_id)
                looked_up[reference.reference_id] = CableBrief.of(found) if found is not None else None
            brief = looked_up[reference.reference_id]
            reference.present_in_corpus = brief is not None
        cited_in = sorted(
            {number for number, _start, _end in mentions(cable, reference.label) if number is not None}
        )
        items.append(CitedItem(reference=reference, cable=brief, mentioned_in=cited_in))
    cited_by = None
    previous = following = None
    if store is not None and cable.reference_id:
        cited_by = [CableBrief.of(s) for s in store.cited_by(cable.reference_id)]
        before, after = store.neighbour(cable.reference_id, -1), store.neighbour(cable.reference_id, 1)
        previous = CableBrief.of(before) if before is not None else None
        following = CableBrief.of(after) if after is not None else None
    return ReferencesReport(
        reference_id=cable.reference_id,
        indexed=store is not None,
        cites=items,
        cited_by=cited_by,
        previous=previous,
        next=following,
    )


def _brief_data(brief: CableBrief | None) -> dict[str, Any] | None:
    if brief is None:
        return None
    return {
        "reference_id": brief.reference_id,
        "created": brief.created.date().isoformat() if brief.created else None,
        "origin": brief.origin,
        "subject": brief.subject,
    }


def report_data(report: ReferencesReport, *, cited_by_only: bool = False) -> dict[str, Any]:
    """The JSON form: ``references`` (the REF items) and ``cited_by``; ``null`` where no index says."""
    data: dict[str, Any] = {
        "view": "references",
        "reference_id": report.reference_id,
        "indexed": report.indexed,
    }
    if not cited_by_only:
        data["references"] = [
            {
                **item.reference.model_dump(),
                "cable": _brief_data(item.cable),
                "mentioned_in": item.mentioned_in,
            }
            for item in report.cites
        ]
    data["cited_by"] = [_brief_data(b) for b in report.cited_by] if report.cited_by is not None else None
    if not cited_by_only:
        data["same_origin"] = {"previous": _brief_data(report.previous), "next": _brief_data(report.next)}
    return data
