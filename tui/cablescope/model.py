"""The typed document every reader produces and every view consumes.

Offsets (``start``/``end``) always index into ``Cable.text``: the whole decoded
source document as the reader saw it (for a Scoop page, the page; for a
cable-viewer page, the header block, a blank line, then the body block; for a
CSV row, the header column, a blank line, then the body column).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cablescope.markings import level_of_classification

SourceFormat = Literal["scoop", "wikileaks-html", "text", "csv"]
SegmentKind = Literal[
    "header", "fields", "paragraph", "heading", "marker", "signature", "trailer", "appendix"
]
"""Where a stretch of ``Cable.text`` went: the telegram header (up to the banner), the lead's
header fields (E.O., TAGS, SUBJECT, REF, Classified By...), a paragraph (numbered or not), a
heading, a page marker, the signature, trailer lines (``NNNN``, ``End Cable Text``), the appendix."""
FieldSource = Literal["text", "page-table", "file-name", "csv-column", "derived", "placeholder"]
"""Where a field's value came from: the cable's own text, a cable-viewer page's metadata table or
file name, a cables.csv metadata column, an inference from other fields, or (for a cable that
states no reference id) a stable placeholder made from its source's hash."""


class Routing(BaseModel):
    """The telegram's transmission facts: `DE RUEHBJ #2932/01 2951203`."""

    station: str | None = None
    """Routing indicator of the originating station, such as ``RUEHBJ``."""
    serial: int | None = None
    section: int | None = None
    """Section number of a multi-section telegram (``/01``)."""
    julian_time: str | None = None
    """Day-of-year and time as sent (``2951203``)."""
    dtg: str | None = None
    """The date-time group as written (``221203Z OCT 09``)."""


class Paragraph(BaseModel):
    """One numbered (or, for lead text, unnumbered) paragraph of the body."""

    number: int | None = None
    marking: str | None = None
    """Normalised marking as written in the cable: "C", "S//NF", "SBU", "U//FOUO"."""
    marking_raw: str | None = None
    """The marking exactly as in the text, parentheses included: "(S/NF)"."""
    heading: str | None = None
    """The section heading that stands directly above this paragraph."""
    text: str
    """The paragraph's text with wrapped lines kept, page markers removed."""
    start: int
    end: int


class Redaction(BaseModel):
    """A run of ``X`` characters that stands for a withheld name or detail."""

    paragraph: int | None = None
    start: int
    end: int


class Appendix(BaseModel):
    """What a republishing site printed after the cable (Scoop's news sidebar)."""

    text: str
    offset: int
    """Where the appendix starts in ``Cable.text``."""
    signal: str | None = None
    """What marked the boundary, such as ``"© Scoop Media"``."""


class Source(BaseModel):
    """Where a cable was read from."""

    path: str | None = None
    format: SourceFormat
    sha256: str
    row: int | None = None
    """Row number (1-based, data rows only) for a CSV source."""


class Cable(BaseModel):
    """One diplomatic cable, whatever form it arrived in."""

    model_config = ConfigDict(extra="forbid")

    reference_id: str | None = None
    created: datetime | None = None
    """UTC, from the date-time group where present."""
    origin: str | None = None
    """WikiLeaks naming: "Embassy Beijing", "Secretary of State"."""
    classification: str | None = None
    """WikiLeaks form: "CONFIDENTIAL", "SECRET//NOFORN"."""
    precedence: str | None = None
    routing: Routing = Field(default_factory=Routing)
    tags: list[str] = Field(default_factory=list)
    subject: str | None = None
    references: list[str] = Field(default_factory=list)
    """Canonical reference ids of the cables this one cites."""
    classified_by: str | None = None
    classified_by_title: str | None = None
    reasons: list[str] = Field(default_factory=list)
    declassify_on: date | None = None
    declassify_raw: str | None = None
    summary: str | None = None
    signers: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    info_recipients: list[str] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    redactions: list[Redaction] = Field(default_factory=list)
    appendix: Appendix | None = None
    partial: bool = False
    """True for "This record is a partial extract of the original cable"."""
    source: Source | None = None
    derived: list[str] = Field(default_factory=list)
    """Names of fields derived by inference rather than stated in the text."""
    provenance: dict[str, FieldSource] = Field(default_factory=dict)
    """For the identifying fields (reference_id, created, origin, classification): where each value
    came from (a field without a value has no key)."""
    disagreements: dict[str, str] = Field(default_factory=dict)
    """Fields whose value from the cable's text differs from what the source states about it:
    the text's value, keyed by field (the field itself holds the stated value)."""
    layout: list[tuple[SegmentKind, int, int]] = Field(default_factory=list)
    """Where every part of ``text`` went, as (kind, start, end) in text order: together the
    segments cover every word of the text (``cablescope.parse.layout.unplaced_words`` checks it)."""
    text: str = ""
    """The whole decoded source document; every offset points into it."""

    @property
    def level(self) -> str | None:
        """The classification level alone: U, SBU, C, S or TS."""
        return level_of_classification(self.classification)

    def paragraph(self, number: int) -> Paragraph | None:
        """The paragraph with this number, if the cable has it."""
        return next((p for p in self.paragraphs if p.number == number), None)
