"""Reader marks for site text left inside a cable's paragraphs.

``parse_cable`` ends the cable at the appendix boundary, so a freshly parsed page has none;
a cable whose paragraphs were built otherwise (an index written by an earlier parser, a
plugin's reader) can still carry the site's words in its last paragraphs. The reader then
shows them marked, from the boundary on, so nobody takes them for the cable's.
"""

from __future__ import annotations

from cablescope.api import Annotation, Cable, find_appendix_boundary

STYLE = "black on yellow"
GUTTER = "APX"


def appendix_marks(cable: Cable) -> list[Annotation]:
    """A span and a gutter mark on each paragraph, or paragraph tail, that lies past the boundary."""
    if not cable.paragraphs:
        return []
    boundary = find_appendix_boundary(cable.text)
    if boundary is None:
        return []
    label = f"the republishing site's appendix (from {boundary.decided_by.text})"
    marks: list[Annotation] = []
    for paragraph in cable.paragraphs:
        if paragraph.end <= boundary.offset:
            continue
        if paragraph.start >= boundary.offset:
            start = 0
        else:
            # Paragraph text drops page markers, so find the boundary's first line rather than
            # subtracting offsets.
            first_line = cable.text[boundary.offset :].split("\n", 1)[0].strip()
            found = paragraph.text.find(first_line)
            if found < 0:
                continue
            start = found
        marks.append(
            Annotation(
                paragraph=paragraph.number,
                start=start,
                end=len(paragraph.text),
                style=STYLE,
                gutter=GUTTER,
                gutter_style=STYLE,
                label=label,
            )
        )
    return marks
