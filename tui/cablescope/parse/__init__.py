"""The telegram grammar: any single cable text in, one ``Cable`` out, with missing parts left null."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any, TypedDict

from pydantic import TypeAdapter

from cablescope.markings import LEVEL_RANK, classification_of, marking_parts
from cablescope.model import Appendix, Cable, Paragraph, Redaction, Routing, SegmentKind
from cablescope.parse import body as _body
from cablescope.parse import header as _header
from cablescope.parse.appendix import find_appendix_boundary
from cablescope.parse.batch import build_all
from cablescope.parse.dtg import (
    DATELINE_RE,
    ROUTING_RE,
    TRANSMISSION_RE,
    parse_dateline,
    parse_dtg,
    precedence_of,
)
from cablescope.parse.lines import LineRegex
from cablescope.parse.redactions import find_redactions
from cablescope.parse.references import cited_in_block, find_ref_block
from cablescope.parse.refids import make_reference_id, station_name
from cablescope.parse.stations import AMBIGUOUS_INDICATORS, ORIGIN_BY_STATION, ROUTING_INDICATORS
from cablescope.parse.summary import find_summary

__all__ = ["parse_cable"]

HEAD_LIMIT = 60_000
"""Header fields are looked for in this many leading characters; bodies can be megabytes long."""

_PARTIAL_SIGN = "This record is a partial extract of the original cable"
HEADER_WINDOW = 12_000
"""The transmission line, DE line and banner stand within this many characters of the top."""
_PRECEDENCE_RE = re.compile(r"\b(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE|EMERGENCY)\b")
_SCOOP_TITLE_RE = re.compile(r"\A\s*Cablegate:[ \t]*(?P<title>[^\n]*)")
_ENTIRE_TEXT_RE = LineRegex(
    r"^[ \t]*(?:\d{1,3}\.[ \t]*)?(?:\(U\)[ \t]*)?(?P<level>TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)"
    r"(?P<caveat>[ /]+NOFORN)?[ \t]*[-–][-–]?[ \t]*ENTIRE TEXT",
    re.IGNORECASE,
)
_NOT_CLASSIFIED_RE = re.compile(r"^N\s?/?\s?A\b", re.IGNORECASE)
# Stations whose yearly serials pass 9999: the DE line's four digits do not give their serial.
SERIALS_BEYOND_DE: frozenset[str] = frozenset({"RUEHC"})
_BLOCK_RE = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_LEVEL_OF_WORD = {"TOP SECRET": "TS", "SECRET": "S", "CONFIDENTIAL": "C", "UNCLASSIFIED": "U"}


class CableFields(TypedDict, total=False):
    """What the grammar finds, gathered before the model is built once (setting attributes on a
    pydantic model one by one costs more than the rest of the parse)."""

    text: str
    appendix: Appendix
    precedence: str | None
    routing: Routing
    created: datetime | None
    partial: bool
    recipients: list[str]
    info_recipients: list[str]
    declassify_raw: str | None
    declassify_on: date | None
    tags: list[str]
    subject: str | None
    references: list[str]
    classified_by: str | None
    classified_by_title: str | None
    reasons: list[str]
    signers: list[str]
    paragraphs: list[Paragraph]
    layout: list[tuple[SegmentKind, int, int]]
    summary: str | None
    redactions: list[Redaction]
    reference_id: str | None
    origin: str | None
    classification: str | None
    derived: list[str]


@dataclass
class _Lead:
    """The lead's header lines: where each ends, and what classified the cable."""

    ends: list[int]
    declassify_raw: str | None = None
    classified_by: str | None = None


class _ParagraphFields(TypedDict, total=False):
    """A ``Paragraph``'s keyword arguments: the paragraphs are built in one call (``batch``)."""

    number: int | None
    marking: str | None
    marking_raw: str | None
    heading: str | None
    text: str
    start: int
    end: int


_PARAGRAPHS = TypeAdapter(list[Paragraph])


def parse_cable(
    text: str, *, body_start: int = 0, references: list[str] | None = None, year: int | None = None
) -> Cable:
    """Parse one cable in any textual form (telegram, cable-viewer text, Scoop page, fragment).

    ``body_start`` is where the body begins when the reader knows it (a cable-viewer page's
    second block, a CSV row's body column): lead text is never taken from before it.
    ``references``, when the reader knows them (cables.csv states them), are taken as the
    cable's references instead of reading them from its REF block. ``year``, when the source
    states the cable's date (a cable-viewer page's table), dates references written without a
    year if the text itself carries no date.
    """
    if not isinstance(text, str):
        raise TypeError("parse_cable expects text (str)")
    f: CableFields = {"text": text}
    derived: list[str] = []

    boundary = find_appendix_boundary(text)
    cable_end = boundary.offset if boundary else len(text)
    if boundary:
        f["appendix"] = Appendix(
            text=text[boundary.offset :], offset=boundary.offset, signal=boundary.decided_by.text
        )
    head_end = min(cable_end, HEAD_LIMIT)
    top = min(head_end, HEADER_WINDOW)
    transmission = _transmission(text, top, f)
    f["partial"] = text.find(_PARTIAL_SIGN, 0, min(head_end, 5000)) != -1

    banner_end = min(head_end, (transmission.end() if transmission else 0) + HEADER_WINDOW)
    banner = _header.find_banner(text, 0, banner_end)
    # The addressees stand between the transmission line and the banner; an export that
    # put a banner above the telegram header (some cable-viewer pages do) is read to the top window.
    if banner and banner.start > (transmission.start() if transmission else 0):
        address_end = banner.start
    else:
        address_end = top
    addressing = _header.addressing(text, 0, address_end)
    f["recipients"] = addressing.recipients
    f["info_recipients"] = addressing.info_recipients
    if f.get("precedence") is None and addressing.recipients:
        word = _PRECEDENCE_RE.search(text, 0, address_end)
        if word:
            f["precedence"] = word.group(1)

    # Paragraphs come first: header items are only those that stand before paragraph 1.
    scan_start = max(banner.end if banner else (transmission.end() if transmission else 0), body_start)
    raw_paragraphs = _body.numbered_paragraphs(text, scan_start, cable_end)
    first_para = raw_paragraphs[0].start if raw_paragraphs else cable_end
    created = f["created"]
    lead = _lead_fields(
        text, scan_start, first_para, head_end, created.year if created else year, references, f, derived
    )
    _classified_by_fields(text, scan_start, first_para, head_end, raw_paragraphs, lead, f)

    markers = _body.page_markers(text, scan_start, cable_end)
    marker_spans = [(m.start("line"), m.end()) for m in markers]
    lead.ends.extend(end for start, end in marker_spans if end <= first_para)
    control_lines = list(_header.CONTROL_LINE_RE.finditer(text, scan_start, min(first_para, head_end)))
    lead.ends.extend(control.end() for control in control_lines)
    if raw_paragraphs:
        # A header line that runs on into paragraph 1 (a collapsed page) ends where the paragraph begins.
        lead_end = min(max(lead.ends), first_para)
    else:
        # With no numbered paragraph to bound it, the lead ends at the first block of prose: a
        # "Classified by" or "Subject:" further down is the body's text, not its header.
        zone_end = _header_zone_end(text, scan_start, cable_end)
        lead_end = max(end for end in lead.ends if end <= zone_end)

    # The signature closes the body; the appendix (if any) starts after it.
    f["signers"], body_end = _body.find_signers(text, lead_end, cable_end)
    if raw_paragraphs:
        raw_paragraphs[-1].end = max(raw_paragraphs[-1].text_start, body_end)

    layout: list[tuple[SegmentKind, int, int]] = [("header", 0, scan_start)]
    if lead_end > scan_start:
        layout.append(("fields", scan_start, lead_end))
    paragraphs = _paragraphs(text, lead_end, first_para, body_end, raw_paragraphs, marker_spans, layout)
    f["paragraphs"] = paragraphs
    layout.extend(("marker", start, end) for start, end in marker_spans)
    if f["signers"]:
        signature_end = text.find("\n", body_end, cable_end)
        signature_end = cable_end if signature_end == -1 else signature_end
        layout.append(("signature", body_end, signature_end))
        body_end = signature_end
    if body_end < cable_end and text[body_end:cable_end].strip():
        layout.append(("trailer", body_end, cable_end))
    if boundary:
        layout.append(("appendix", cable_end, len(text)))
    layout.sort(key=itemgetter(1, 2))
    f["layout"] = layout

    f["summary"] = find_summary(text, min(lead_end, first_para), body_end)
    f["redactions"] = find_redactions(text, body_end, paragraphs)

    f["reference_id"], f["origin"] = _derive_identity(
        created, f["routing"], addressing.origin_line, banner, markers, derived
    )
    f["classification"] = _derive_classification(
        text, banner, paragraphs, lead, scan_start, first_para, head_end, derived, control_lines
    )
    f["derived"] = derived
    return Cable(**f)


def _transmission(text: str, top: int, f: CableFields) -> re.Match[str] | None:
    """The transmission line (date-time group, precedence), the DE line and, failing a DTG, the
    dateline: ``routing``, ``created`` and ``precedence`` into ``f``."""
    routing: dict[str, Any] = {}
    created = None
    transmission = TRANSMISSION_RE.search(text, 0, top)
    if transmission:
        routing["dtg"] = " ".join(transmission.group("dtg").split())
        created = parse_dtg(routing["dtg"])
        f["precedence"] = precedence_of(transmission.group("prec"))
    de = ROUTING_RE.search(text, 0, top)
    if de:
        routing["station"] = de.group("station")
        routing["serial"] = int(de.group("serial"))
        routing["section"] = int(de.group("section")) if de.group("section") else None
        routing["julian_time"] = de.group("julian")
    f["routing"] = Routing(**routing)
    if created is None:
        dateline = DATELINE_RE.search(text, 0, top)
        if dateline:
            created = parse_dateline(dateline)
    f["created"] = created
    return transmission


def _lead_fields(
    text: str,
    scan_start: int,
    first_para: int,
    head_end: int,
    year: int | None,
    references: list[str] | None,
    f: CableFields,
    derived: list[str],
) -> _Lead:
    """E.O., TAGS, SUBJECT (or a Scoop title) and REF lines of the lead, into ``f``."""
    lead_limit = min(first_para, head_end)
    lead = _Lead(ends=[scan_start])
    eo = _header.EO_RE.search(text, scan_start, min(first_para + 400, head_end))
    if eo and eo.start() <= first_para + 1:
        lead.declassify_raw = _header.declassify_raw(eo.group("rest"))
        f["declassify_raw"] = lead.declassify_raw
        f["declassify_on"] = _header.parse_declassify(lead.declassify_raw) if lead.declassify_raw else None
        lead.ends.append(eo.end())
    tags = _header.TAGS_RE.search(text, scan_start, lead_limit)
    if tags:
        f["tags"], tags_end = _header.tags_span(text, tags, lead_limit)
        lead.ends.append(tags_end)
    subject = _header.SUBJECT_RE.search(text, scan_start, lead_limit)
    if subject:
        f["subject"], subject_end = _header.subject_span(text, subject)
        lead.ends.append(subject_end)
        # Some cables repeat the subject line further down the lead.
        again = _header.SUBJECT_RE.search(text, subject_end, lead_limit)
        if again:
            lead.ends.append(_header.subject_span(text, again)[1])
    else:
        title = _SCOOP_TITLE_RE.match(text)
        if title and title.group("title").strip():
            f["subject"] = title.group("title").strip()
            derived.append("subject")
            lead.ends.append(title.end())

    ref = find_ref_block(text, scan_start, lead_limit)
    if ref:
        block, ref_end = ref
        if not references:
            f["references"] = cited_in_block(block, year)
        lead.ends.append(ref_end)
    if references:
        f["references"] = references
    return lead


def _classified_by_fields(
    text: str,
    scan_start: int,
    first_para: int,
    head_end: int,
    raw_paragraphs: list[_body.RawParagraph],
    lead: _Lead,
    f: CableFields,
) -> None:
    """The "Classified by" line: who or what classified the cable and why, into ``f``."""
    classified = _header.CLASSIFIED_BY_RE.search(text, scan_start, min(first_para + 600, head_end))
    if classified is None:
        classified = _header.INLINE_CLASSIFIED_BY_RE.search(text, scan_start, min(first_para + 200, head_end))
    if classified is None:
        return
    # "2. (U) Classified by Acting DAS James Knight, ...": the line written as an early paragraph.
    opens_paragraph = any(raw.start == classified.start() for raw in raw_paragraphs[:3])
    if not (
        classified.start() <= first_para
        or opens_paragraph
        or _header.opens_paragraph_one(text, classified, first_para)
    ):
        return
    info = _header.classified_by(text, classified)
    # Whoever or whatever the line names as the authority, even when it is not a person.
    lead.classified_by = info.name or info.title
    f["classified_by"] = info.name
    f["classified_by_title"] = info.title
    f["reasons"] = info.reasons
    if classified.start() < first_para:
        lead.ends.append(info.end)
        # A second "Classified by" line (some posts repeat it) belongs to the lead too.
        again = _header.CLASSIFIED_BY_RE.search(text, info.end, first_para)
        if again:
            lead.ends.append(_header.classified_by(text, again).end)


def _paragraphs(
    text: str,
    lead_end: int,
    first_para: int,
    body_end: int,
    raw_paragraphs: list[_body.RawParagraph],
    marker_spans: list[tuple[int, int]],
    layout: list[tuple[SegmentKind, int, int]],
) -> list[Paragraph]:
    """The lead's unnumbered blocks, then the numbered paragraphs, each with the heading above it;
    their spans and the headings' spans go into ``layout``."""
    paragraphs: list[_ParagraphFields] = []
    heading = None
    if lead_end < first_para:
        lead, heading, heading_span = _unnumbered(
            text, lead_end, min(first_para, body_end), marker_spans, bool(raw_paragraphs)
        )
        paragraphs.extend(lead)
        if heading_span:
            layout.append(("heading", *heading_span))
    for index, raw in enumerate(raw_paragraphs):
        end = _before_trailing_markers(text, raw.text_start, raw.end, marker_spans)
        next_heading = None
        if index + 1 < len(raw_paragraphs):
            end, next_heading = _body.split_heading(text, raw.text_start, end)
            if next_heading:
                layout.append(("heading", end, raw.end))
            end = _before_trailing_markers(text, raw.text_start, end, marker_spans)
        marking = marking_parts(raw.marking_raw) if raw.marking_raw else None
        paragraphs.append(
            {
                "number": raw.number,
                "marking": marking[2] if marking else None,
                "marking_raw": raw.marking_raw,
                "heading": heading,
                "text": _body.clean_text(text, raw.text_start, end, marker_spans),
                "start": raw.start,
                "end": _rstrip_end(text, raw.start, end),
            }
        )
        heading = next_heading
    layout.extend(("paragraph", p["start"], p["end"]) for p in paragraphs)
    return build_all(_PARAGRAPHS, paragraphs)


_HEADER_LINE_RE = re.compile(
    r"[ \t]*(?:¶?\(?[A-Z]\)?[.)][ \t]|(?:REFS?|REFTEL|REFERENCES?|DEPT|DEPARTMENT|PASS|FOR|INFO|TO|FM"
    r"|AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|USDOC|TREASURY)\b|[-=_*]{3,}[ \t]*$)",
    re.IGNORECASE,
)
_CAPITALS_LINE_RE = re.compile(r"[ \t]*[A-Z0-9][A-Z0-9 /,.&'()\-]{0,60}[ \t]*")


def _header_zone_end(text: str, start: int, end: int) -> int:
    """Where the lead's header lines (E.O., TAGS, SUBJECT, REF, Classified By, office and control
    lines, page markers) give way to the first block of prose."""
    for block in _BLOCK_RE.finditer(text, start, min(end, start + HEAD_LIMIT)):
        block_end = block.end()
        newline = text.find("\n", block.start(), block_end)
        first = text[block.start() : block_end if newline == -1 else newline]
        one_line = newline == -1 or newline >= block_end - 1
        if not (
            _header.EO_RE.match(first)
            or _header.TAGS_RE.match(first)
            or _header.SUBJECT_RE.match(first)
            or _header.CLASSIFIED_BY_RE.match(first)
            or _header.CONTROL_LINE_RE.match(first)
            or _body.PAGE_MARKER_RE.match(first)
            or _HEADER_LINE_RE.match(first)
            or (one_line and _CAPITALS_LINE_RE.fullmatch(first))
        ):
            return block.start()
    return end


def _before_trailing_markers(text: str, start: int, end: int, markers: list[tuple[int, int]]) -> int:
    """``end`` moved back over page markers (and blank lines) that close the region."""
    end = _rstrip_end(text, start, end)
    for m_start, m_end in reversed(markers):
        if m_start < start:
            break
        if m_start < end <= m_end + 1 or m_end >= end > m_start:
            end = _rstrip_end(text, start, m_start)
    return end


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unnumbered(
    text: str, start: int, end: int, markers: list[tuple[int, int]], numbered_follow: bool
) -> tuple[list[_ParagraphFields], str | None, tuple[int, int] | None]:
    """Lead text before paragraph 1 (or a body without numbers), one paragraph per blank-line block.

    Returns the paragraphs and, when the last block is a heading over paragraph 1, that heading
    and its span.
    """
    paragraphs: list[_ParagraphFields] = []
    for block in _BLOCK_RE.finditer(text, start, end):
        b_start = block.start()
        b_end = _rstrip_end(text, b_start, block.end())
        content = _body.clean_text(text, b_start, b_end, markers)
        if not content or all(_body.DASHES_RE.match(line) for line in content.split("\n")):
            continue
        if len(content) < 200 and (
            _body.PAGE_MARKER_RE.fullmatch(content) or _header.CONTROL_LINE_RE.fullmatch(content)
        ):
            continue
        numbered = _body.PARAGRAPH_LINES.match(text, b_start, b_end)
        if numbered and not paragraphs and _rstrip_end(text, numbered.end(), b_end) > numbered.end():
            # "1. (C) ..." run on after the Classified By line in a flattened extract.
            mark = numbered.group("mark")
            parts = marking_parts(mark) if mark else None
            paragraphs.append(
                {
                    "number": int(numbered.group("num")),
                    "marking": parts[2] if parts else None,
                    "marking_raw": mark if parts else None,
                    "text": _body.clean_text(text, numbered.end(), b_end, markers),
                    "start": b_start,
                    "end": b_end,
                }
            )
            continue
        paragraphs.append({"text": content, "start": b_start, "end": b_end})
    if paragraphs and numbered_follow:
        heading = _body.heading_of(paragraphs[-1]["text"])
        if heading:
            last = paragraphs.pop()
            return paragraphs, heading, (last["start"], last["end"])
    return paragraphs, None, None


def _derive_identity(
    created, routing: Routing, fm_line: str | None, banner, markers, derived: list[str]
) -> tuple[str | None, str | None]:
    """Reference id and origin: stated in banner and FM line, else derived from markers and routing."""
    year = created.year if created else None
    station = routing.station
    table = ROUTING_INDICATORS.get(station) if station else None
    fm_station = _header.station_of_line(fm_line) if fm_line else None
    reference_id = None
    if (
        banner
        and banner.station
        and banner.serial
        and year
        and fm_station
        and routing.serial
        and banner.serial % 10000 != routing.serial % 10000
        and station_name(banner.station) != fm_station
    ):
        # Header and body disagree (a page that joined two cables): the header's DE and FM
        # lines name the telegram that was sent.
        reference_id = make_reference_id(year, fm_station, routing.serial)
    elif banner and banner.station and banner.serial and year:
        reference_id = make_reference_id(year, banner.station, banner.serial)
    elif year and (markers or (table and routing.serial)):
        # No banner (a Scoop page): the post from the routing indicator, else the page marker
        # (which may cut the name short); the serial from the page marker, which is never
        # truncated, else the DE line (which keeps only four digits of long serials).
        marker = markers[0] if markers else None
        name = table[0] if table else markers[0].group("city")
        serial = routing.serial
        if marker and (serial is None or int(marker.group("serial")) % 10000 == serial % 10000):
            serial = int(marker.group("serial"))
        elif station in SERIALS_BEYOND_DE:
            serial = None
        if serial:
            reference_id = make_reference_id(year, name, serial)
            derived.append("reference_id")

    origin = _header.origin_from_line(fm_line) if fm_line else None
    if origin:
        return reference_id, origin
    written = banner.station if banner and banner.station else (markers[0].group("city") if markers else None)
    if (
        written
        and station_name(written) in ORIGIN_BY_STATION
        and not (station in AMBIGUOUS_INDICATORS and station_name(written) == "BRUSSELS")
    ):
        derived.append("origin")
        return reference_id, ORIGIN_BY_STATION[station_name(written)]
    if table and station not in AMBIGUOUS_INDICATORS:
        derived.append("origin")
        return reference_id, table[1]
    return reference_id, None


def _derive_classification(
    text: str,
    banner,
    paragraphs: list[Paragraph],
    lead: _Lead,
    start: int,
    first_para: int,
    head_end: int,
    derived: list[str],
    control_lines: list[re.Match[str]],
) -> str | None:
    """The banner's classification with its controls, else the highest paragraph marking.
    ``control_lines``: the control lines from ``start`` (where the banner ends, as a rule)."""
    if banner:
        controls = set(banner.controls)
        if banner.end != start:
            lead_limit = min(first_para, head_end)
            control_lines = list(_header.CONTROL_LINE_RE.finditer(text, banner.end, lead_limit))
        for control in control_lines:
            controls.update(control.group("words").replace(",", " ").replace(";", " ").split())
        level = banner.level
        if level == "U" and ("SENSITIVE" in controls or "EFTO" in controls):
            level = "SBU"
        return classification_of(level, ["NOFORN"] if "NOFORN" in controls else [])
    zny = _header.ZNY_RE.search(text, 0, min(head_end, HEADER_WINDOW))
    if zny and zny.group("code") in _header.ZNY_LEVELS:
        derived.append("classification")
        return classification_of(_header.ZNY_LEVELS[zny.group("code")])
    best: str | None = None
    noforn = fouo = False
    for paragraph in paragraphs:
        marking = marking_parts(paragraph.marking) if paragraph.marking else None
        if marking is None:
            continue
        if best is None or LEVEL_RANK[marking[0]] > LEVEL_RANK[best]:
            best = marking[0]
        noforn = noforn or "NOFORN" in marking[1]
        fouo = fouo or "FOUO" in marking[1]
    if best == "U" and fouo:
        best = "SBU"
    if best is None:
        entire = _ENTIRE_TEXT_RE.search(text, start, min(len(text), start + 20000))
        if entire:
            best = _LEVEL_OF_WORD[entire.group("level").upper()]
            noforn = entire.group("caveat") is not None
        elif lead.declassify_raw and _NOT_CLASSIFIED_RE.match(lead.declassify_raw) and not lead.classified_by:
            # "E.O. 12958: N/A": no classification authority was invoked.
            best = "U"
    if best in ("U", "SBU") and lead.classified_by:
        best = None  # marked unclassified yet classified by someone: the level is not known
    if best is None:
        return None
    derived.append("classification")
    return classification_of(best, ["NOFORN"] if noforn else [])
