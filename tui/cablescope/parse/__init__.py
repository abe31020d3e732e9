"""The telegram grammar: any single cable text in, one ``Cable`` out, with missing parts left null."""

from __future__ import annotations

import re

from cablescope.model import Appendix, Cable, Paragraph, Redaction, Routing
from cablescope.parse import body as _body
from cablescope.parse import header as _header
from cablescope.parse.dtg import (
    DATELINE_RE,
    PRECEDENCE_WORDS,
    ROUTING_RE,
    TRANSMISSION_RE,
    parse_dateline,
    parse_dtg,
    precedence_of,
)
from cablescope.parse.markings import LEVEL_RANK, classification_of, parse_marking
from cablescope.parse.refids import find_citations, make_reference_id, station_name
from cablescope.parse.stations import AMBIGUOUS_INDICATORS, ORIGIN_BY_STATION, ROUTING_INDICATORS

__all__ = ["parse_cable"]

HEAD_LIMIT = 60_000
"""Header fields are looked for in this many leading characters; bodies can be megabytes long."""

_PARTIAL_RE = re.compile(r"This record is a partial extract of the original cable", re.IGNORECASE)
_SCOOP_TITLE_RE = re.compile(r"\A\s*Cablegate:[ \t]*(?P<title>[^\n]*)")
_ENTIRE_TEXT_RE = re.compile(
    r"^[ \t]*(?:\d{1,3}\.[ \t]*)?(?:\(U\)[ \t]*)?(?P<level>TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)"
    r"(?P<caveat>[ /]+NOFORN)?[ \t]*[-–][-–]?[ \t]*ENTIRE TEXT",
    re.MULTILINE | re.IGNORECASE,
)
_NOT_CLASSIFIED_RE = re.compile(r"^N\s?/?\s?A\b", re.IGNORECASE)
# Stations whose yearly serials pass 9999: the DE line's four digits do not give their serial.
SERIALS_BEYOND_DE: frozenset[str] = frozenset({"RUEHC"})
_LEVEL_OF_WORD = {"TOP SECRET": "TS", "SECRET": "S", "CONFIDENTIAL": "C", "UNCLASSIFIED": "U"}


def parse_cable(text: str) -> Cable:
    """Parse one cable in any textual form (telegram, cable-viewer text, Scoop page, fragment)."""
    if not isinstance(text, str):
        raise TypeError("parse_cable expects text (str)")
    cable = Cable(text=text)
    derived: list[str] = []
    n = len(text)

    appendix = _body.find_appendix(text)
    cable_end = appendix[0] if appendix else n
    if appendix:
        cable.appendix = Appendix(text=text[appendix[0] :], offset=appendix[0], signal=appendix[1])
    head_end = min(cable_end, HEAD_LIMIT)

    # Transmission facts.
    routing = Routing()
    transmission = TRANSMISSION_RE.search(text, 0, head_end)
    if transmission:
        routing.dtg = " ".join(transmission.group("dtg").split())
        cable.created = parse_dtg(routing.dtg)
        cable.precedence = precedence_of(transmission.group("prec"))
    de = ROUTING_RE.search(text, 0, head_end)
    if de:
        routing.station = de.group("station")
        routing.serial = int(de.group("serial"))
        routing.section = int(de.group("section")) if de.group("section") else None
        routing.julian_time = de.group("julian")
    cable.routing = routing
    if cable.created is None:
        dateline = DATELINE_RE.search(text, 0, head_end)
        if dateline:
            cable.created = parse_dateline(dateline)
    cable.partial = _PARTIAL_RE.search(text, 0, min(head_end, 5000)) is not None

    banner = _header.find_banner(text, 0, head_end)
    address_end = banner.start if banner else head_end
    addressing = _header.addressing(text, 0, address_end)
    cable.recipients = addressing.recipients
    cable.info_recipients = addressing.info_recipients
    if cable.precedence is None and addressing.recipients:
        for word in sorted(PRECEDENCE_WORDS, key=len, reverse=True):
            if re.search(rf"\b{word}\b", text[: address_end]):
                cable.precedence = word
                break

    # Paragraphs come first: header items are only those that stand before paragraph 1.
    scan_start = banner.end if banner else (transmission.end() if transmission else 0)
    raw_paragraphs = _body.numbered_paragraphs(text, scan_start, cable_end)
    first_para = raw_paragraphs[0].start if raw_paragraphs else cable_end
    lead_items: list[int] = [scan_start]

    eo = _header.EO_RE.search(text, scan_start, min(first_para + 400, head_end))
    if eo and eo.start() <= first_para + 1:
        raw = _header.declassify_raw(eo.group("rest"))
        cable.declassify_raw = raw
        cable.declassify_on = _header.parse_declassify(raw) if raw else None
        lead_items.append(eo.end())
    tags = _header.TAGS_RE.search(text, scan_start, min(first_para, head_end))
    if tags:
        cable.tags = _header.parse_tags(tags.group("tags"))
        lead_items.append(tags.end())
    subject = _header.SUBJECT_RE.search(text, scan_start, min(first_para, head_end))
    if subject:
        cable.subject, subject_end = _header.subject_span(text, subject)
        lead_items.append(subject_end)
    else:
        title = _SCOOP_TITLE_RE.match(text)
        if title and title.group("title").strip():
            cable.subject = title.group("title").strip()
            derived.append("subject")
            lead_items.append(title.end())

    year = cable.created.year if cable.created else None
    ref = _header.REF_RE.search(text, scan_start, min(first_para, head_end))
    if ref:
        ref_text, ref_end = _header.ref_span(text, ref)
        cable.references = find_citations(ref_text, year)
        lead_items.append(ref_end)

    classified = _header.CLASSIFIED_BY_RE.search(text, scan_start, min(first_para + 600, head_end))
    if classified and classified.start() <= first_para:
        info = _header.classified_by(text, classified)
        cable.classified_by = info.name
        cable.classified_by_title = info.title
        cable.reasons = info.reasons
        if classified.start() < first_para:
            lead_items.append(info.end)

    markers = _body.page_markers(text, scan_start, cable_end)
    marker_spans = [(m.start(), m.end()) for m in markers]
    lead_items.extend(end for start, end in marker_spans if end <= first_para)
    for control in _header.CONTROL_LINE_RE.finditer(text, scan_start, min(first_para, head_end)):
        lead_items.append(control.end())
    lead_end = max(lead_items)

    # The signature closes the body; the appendix (if any) starts after it.
    cable.signers, body_end = _body.find_signers(text, lead_end, cable_end)
    if raw_paragraphs:
        raw_paragraphs[-1].end = max(raw_paragraphs[-1].text_start, body_end)

    paragraphs: list[Paragraph] = []
    if lead_end < first_para:
        paragraphs.extend(_unnumbered(text, lead_end, min(first_para, body_end), marker_spans))
    heading = None
    if raw_paragraphs and paragraphs and paragraphs[-1].heading == "__next__":
        heading = paragraphs.pop().text
    for index, raw in enumerate(raw_paragraphs):
        end = raw.end
        next_heading = None
        if index + 1 < len(raw_paragraphs):
            end, next_heading = _body.split_heading(text, raw.text_start, raw.end)
        marking = parse_marking(raw.marking_raw) if raw.marking_raw else None
        paragraphs.append(
            Paragraph(
                number=raw.number,
                marking=marking.short if marking else None,
                marking_raw=raw.marking_raw,
                heading=heading,
                text=_body.clean_text(text, raw.text_start, end, marker_spans),
                start=raw.start,
                end=_rstrip_end(text, raw.start, end),
            )
        )
        heading = next_heading
    cable.paragraphs = paragraphs

    cable.summary = _body.find_summary(text, lead_items[0], body_end)
    cable.redactions = _redactions(text, body_end, paragraphs)

    _derive_identity(cable, banner, markers, derived)
    _derive_classification(cable, banner, text, scan_start, first_para, head_end, derived)
    cable.derived = derived
    return cable


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unnumbered(text: str, start: int, end: int, markers: list[tuple[int, int]]) -> list[Paragraph]:
    """Lead text before paragraph 1 (or a body without numbers), one paragraph per blank-line block."""
    paragraphs: list[Paragraph] = []
    pos = start
    for block in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[start:end]):
        b_start = start + block.start()
        b_end = _rstrip_end(text, b_start, start + block.end())
        content = _body.clean_text(text, b_start, b_end, markers)
        if not content or all(_body._DASHES_RE.match(line) for line in content.split("\n")):
            continue
        if _body.PAGE_MARKER_RE.fullmatch(content) or _header.CONTROL_LINE_RE.fullmatch(content):
            continue
        paragraphs.append(Paragraph(text=content, start=b_start, end=b_end))
        pos = b_end
    if paragraphs and end < len(text):
        # The last block before paragraph 1 may be its heading.
        last = paragraphs[-1]
        _, heading = _body.split_heading("\n\n" + last.text + "\n\n", 0, len(last.text) + 4)
        if heading:
            last.heading = "__next__"
            last.text = heading
    del pos
    return paragraphs


def _redactions(text: str, end: int, paragraphs: list[Paragraph]) -> list[Redaction]:
    redactions: list[Redaction] = []
    index = 0
    for match in _body.REDACTION_RE.finditer(text, 0, end):
        while index < len(paragraphs) and paragraphs[index].end < match.start():
            index += 1
        paragraph = None
        if index < len(paragraphs) and paragraphs[index].start <= match.start():
            paragraph = paragraphs[index].number
        redactions.append(Redaction(paragraph=paragraph, start=match.start(), end=match.end()))
    return redactions


def _derive_identity(cable: Cable, banner, markers, derived: list[str]) -> None:
    """Reference id and origin: stated in banner and FM line, else derived from markers and routing."""
    year = cable.created.year if cable.created else None
    station = cable.routing.station
    table = ROUTING_INDICATORS.get(station) if station else None
    fm = _header.FM_RE.search(cable.text, 0, min(len(cable.text), HEAD_LIMIT))
    fm_station = _header.station_of_line(fm.group("from")) if fm else None
    if (
        banner and banner.station and banner.serial and year and fm_station and cable.routing.serial
        and banner.serial % 10000 != cable.routing.serial % 10000
        and station_name(banner.station) != fm_station
    ):
        # Header and body disagree (a page that joined two cables): the header's DE and FM
        # lines name the telegram that was sent.
        cable.reference_id = make_reference_id(year, fm_station, cable.routing.serial)
    elif banner and banner.station and banner.serial and year:
        cable.reference_id = make_reference_id(year, banner.station, banner.serial)
    elif year and (markers or (table and cable.routing.serial)):
        # No banner (a Scoop page): the post from the routing indicator, else the page marker
        # (which may cut the name short); the serial from the page marker, which is never
        # truncated, else the DE line (which keeps only four digits of long serials).
        marker = markers[0] if markers else None
        name = table[0] if table else marker.group("city")
        serial = cable.routing.serial
        if marker and (serial is None or int(marker.group("serial")) % 10000 == serial % 10000):
            serial = int(marker.group("serial"))
        elif station in SERIALS_BEYOND_DE:
            serial = None
        if serial:
            cable.reference_id = make_reference_id(year, name, serial)
            derived.append("reference_id")

    origin = _header.origin_from_line(fm.group("from")) if fm else None
    if origin:
        cable.origin = origin
        return
    written = banner.station if banner and banner.station else (markers[0].group("city") if markers else None)
    if written and station_name(written) in ORIGIN_BY_STATION and not (
        station in AMBIGUOUS_INDICATORS and station_name(written) == "BRUSSELS" and "USEU" in written.upper()
    ):
        cable.origin = ORIGIN_BY_STATION[station_name(written)]
        derived.append("origin")
    elif table and station not in AMBIGUOUS_INDICATORS:
        cable.origin = table[1]
        derived.append("origin")


def _derive_classification(cable: Cable, banner, text: str, start: int, first_para: int, head_end: int,
                           derived: list[str]) -> None:
    """The banner's classification with its controls, else the highest paragraph marking."""
    if banner:
        controls = set(banner.controls)
        for control in _header.CONTROL_LINE_RE.finditer(text, banner.end, min(first_para, head_end)):
            controls.update(control.group("words").replace(",", " ").replace(";", " ").split())
        level = banner.level
        if level == "U" and ("SENSITIVE" in controls or "EFTO" in controls):
            level = "SBU"
        cable.classification = classification_of(level, ["NOFORN"] if "NOFORN" in controls else [])
        return
    zny = _header.ZNY_RE.search(text, 0, head_end)
    if zny and zny.group("code") in _header.ZNY_LEVELS:
        cable.classification = classification_of(_header.ZNY_LEVELS[zny.group("code")])
        derived.append("classification")
        return
    best: str | None = None
    noforn = False
    for paragraph in cable.paragraphs:
        marking = parse_marking(paragraph.marking) if paragraph.marking else None
        if marking is None:
            continue
        if best is None or LEVEL_RANK[marking.level] > LEVEL_RANK[best]:
            best = marking.level
        noforn = noforn or "NOFORN" in marking.caveats
    if best is None:
        entire = _ENTIRE_TEXT_RE.search(text, start, min(len(text), start + 20000))
        if entire:
            best = _LEVEL_OF_WORD[entire.group("level").upper()]
            noforn = entire.group("caveat") is not None
        elif cable.declassify_raw and _NOT_CLASSIFIED_RE.match(cable.declassify_raw) and not cable.classified_by:
            # "E.O. 12958: N/A": no classification authority was invoked.
            best = "U"
    if best in ("U", "SBU") and cable.classified_by:
        best = None  # marked unclassified yet classified by someone: the level is not known
    if best is not None:
        cable.classification = classification_of(best, ["NOFORN"] if noforn else [])
        derived.append("classification")
