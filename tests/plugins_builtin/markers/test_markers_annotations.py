"""The reader's gutter marks and redaction highlights from the markers plugin."""

from __future__ import annotations

from cablescope.api import parse_cable
from cablescope_markers import annotate_paragraphs

# A confidential cable with a hyphenated mark "(S-NF)" (which the parser reads as S//NF), a
# NOFORN paragraph above the banner, an unmarked paragraph and a redaction.
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
    # No "recovered mark" gutter on paragraph 2: the parser reads "(S-NF)" itself, so the
    # reader's marking column already shows S//NF and the plugin knows nothing more.
    assert cable.paragraphs[1].marking == "S//NF"
    assert marks == [
        (1, 26, 38, None, "black on grey70"),
        (2, None, None, "▲S", "bold white on red3"),
        (2, None, None, "!S", "bold white on red3"),
        (3, None, None, "?", "bold black on yellow"),
    ]
    assert cable.paragraphs[0].text[26:38] == "XXXXXXXXXXXX"
    labels = [a.label for a in annotate_paragraphs(cable)]
    assert labels[1:] == [
        "paragraph(s) marked above the banner CONFIDENTIAL: ¶2 (S//NF)",
        "NOFORN paragraph(s) under a banner without it (CONFIDENTIAL)",
        "1 numbered paragraph(s) unmarked in a CONFIDENTIAL cable",
    ]


def test_gutter_mark_for_a_mark_after_a_lead_in() -> None:
    # The parser records only a mark right after the number; "Summary: (C)" is read here.
    cable = parse_cable(
        "C O N F I D E N T I A L TESTPORT 000004\n\nSUBJECT: LEAD-IN MARK\n\n"
        "1. Summary: (C) The minister agreed to the talks.\n\n2. (C) Details followed.\n"
    )
    assert cable.paragraphs[0].marking is None
    recovered = [(a.paragraph, a.gutter, a.label) for a in annotate_paragraphs(cable) if a.paragraph == 1]
    assert recovered == [(1, "C", "marking (C) read as C")]
