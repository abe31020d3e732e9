"""The reader's gutter marks and redaction highlights from the markers plugin."""

from __future__ import annotations

from cablescope.api import parse_cable
from cablescope_markers import annotate_paragraphs

# A confidential cable with a mark the parser cannot read, a NOFORN paragraph above the banner,
# an unmarked paragraph and a redaction.
CABLE = """DE RUEHTP #0003/01 0131200
ZNY CCCCC ZZH
O 131200Z JAN 09
FM AMEMBASSY TESTPORT
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0003

C O N F I D E N T I A L TESTPORT 000003

SIPDIS

E.O. 12958: DECL: 01/13/2019
TAGS: PREL XX
SUBJECT: MARKS THE PARSER DROPS

Classified By: DCM John R. Sample, reason 1.4 (d).

1. (C) The talks went well, said XXXXXXXXXXXX.

2. (S-NF) A contact said more than he should have.

3. Nobody marked this paragraph.

EXAMPLE
"""


def test_gutter_marks_and_redactions() -> None:
    cable = parse_cable(CABLE)
    marks = [
        (a.paragraph, a.start, a.end, a.gutter, a.gutter_style or a.style) for a in annotate_paragraphs(cable)
    ]
    assert marks == [
        (1, 26, 38, None, "black on grey70"),
        (2, None, None, "S//NF", "bold white on red3"),
        (2, None, None, "▲S", "bold white on red3"),
        (2, None, None, "!S", "bold white on red3"),
        (3, None, None, "?", "bold black on yellow"),
    ]
    assert cable.paragraphs[0].text[26:38] == "XXXXXXXXXXXX"
    labels = [a.label for a in annotate_paragraphs(cable)]
    assert labels[1:] == [
        "marking (S-NF) read as S//NF",
        "paragraph(s) marked above the banner CONFIDENTIAL: ¶2 (S//NF)",
        "NOFORN paragraph(s) under a banner without it (CONFIDENTIAL)",
        "1 numbered paragraph(s) unmarked in a CONFIDENTIAL cable",
    ]
