"""Who classified a cable: "Classified By" lines in the shapes the corpus uses, and the declassify date."""

from __future__ import annotations

from datetime import date

import pytest

from cablescope.api import parse_cable

LEAD = "E.O. 12958: DECL: 01/26/2021\nTAGS: PREL XX\nSUBJECT: TEST\n\n"
BODY = "\n\n1. (C) The talks went well.\n"


@pytest.mark.parametrize(
    ("line", "name", "title", "reasons"),
    [
        (
            "CLASSIFIED BY: J. Chris Stevens, DCM, U.S. Embassy Tripoli, Dept\nof State.\n"
            "REASON: 1.4 (c), (d)",
            "J. Chris Stevens",
            "DCM, U.S. Embassy Tripoli, Dept of State",
            ["1.4(c)", "1.4(d)"],
        ),
        (
            "Classified By: POLITICAL COUNSELOR ROBERT R. DOWNES FOR 1.4 (D)",
            "ROBERT R. DOWNES",
            "POLITICAL COUNSELOR",
            ["1.4(d)"],
        ),
        (
            "Classified By: Ambassador Christopher W. Dell under Section 1.4b/d",
            "Christopher W. Dell",
            "Ambassador",
            ["1.4(b)", "1.4(d)"],
        ),
        (
            "Classified By: SUZANNE MCCORMICK, DIR., INR/OPS. REASON: 1.4(C).",
            "SUZANNE MCCORMICK",
            "DIR., INR/OPS",
            ["1.4(c)"],
        ),
        (
            "CLASSIFIED BY: DUDDY, AMBASSADOR, DOS, AMB; REASON: 1.4(B), (D)",
            "DUDDY",
            "AMBASSADOR, DOS, AMB",
            ["1.4(b)", "1.4(d)"],
        ),
        (
            "Classified By: Martinez, Vilma, Ambassador, DOS, EXEC; REASON: 1.4(B), (D)",
            "Vilma Martinez",
            "Ambassador, DOS, EXEC",
            ["1.4(b)", "1.4(d)"],
        ),
        (
            "Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b) and (d).",
            "Clark T. Randt Jr.",
            "Ambassador",
            ["1.4(b)", "1.4(d)"],
        ),
        (
            "Classified By: CATHERINE BROWN, DAS IPC.  REASON: 1.4(C).",
            "CATHERINE BROWN",
            "DAS IPC",
            ["1.4(c)"],
        ),
        (
            "Classified By: Charge d'Affaires, a.i. Lisa Kubiske. Reason: 1.4(d)",
            "Lisa Kubiske",
            "Charge d'Affaires, a.i.",
            ["1.4(d)"],
        ),
        ("Classified By: Derived from Multiple Sources", None, "Derived from Multiple Sources", []),
        ("DERIVED FROM: DSCG 05-1 B, D", None, "Derived from DSCG 05-1 B, D", []),
        (
            "CLASSIFIED BY: XXXXXXXXXXXX, Ambassador, U.S. Embassy Tripoli. \nREASON: 1.4 (b), (d)",
            None,
            "Ambassador, U.S. Embassy Tripoli",
            ["1.4(b)", "1.4(d)"],
        ),
        (
            "Classified By: Charge d'Affaires, for reasons 1.4 (b) and (d)",
            None,
            "Charge d'Affaires",
            ["1.4(b)", "1.4(d)"],
        ),
    ],
)
def test_parse_classified_by_shapes(line, name, title, reasons):
    cable = parse_cable(LEAD + line + BODY)
    assert (cable.classified_by, cable.classified_by_title, cable.reasons) == (name, title, reasons)
    assert cable.paragraphs[-1].text == "The talks went well."


def test_parse_classified_by_run_on_after_the_ref_line():
    cable = parse_cable(
        LEAD + "REF: LJUBLJANA 20 Classified By: DCM Robert Silverman for reasons \n1.4 (b) and (d)." + BODY
    )
    assert (cable.classified_by, cable.classified_by_title) == ("Robert Silverman", "DCM")
    assert cable.reasons == ["1.4(b)", "1.4(d)"]


def test_parse_classified_by_after_a_sentence_without_colon():
    cable = parse_cable(
        LEAD + "REF: STATE 6461  PLEASE PASS TO RSO.  Classified by S/CT DAS, Susan F. Burk, "
        "Reason: 1/4 (B), (D), (E), and (G)" + BODY
    )
    assert (cable.classified_by, cable.classified_by_title) == ("Susan F. Burk", "S/CT DAS")
    assert cable.reasons == ["1.4(b)", "1.4(d)", "1.4(e)", "1.4(g)"]


def test_parse_classified_by_written_as_paragraph_two():
    cable = parse_cable(
        LEAD
        + "1. (SBU) This message is NIACT.\n\n2. (U) Classified by Acting DAS James Knight, Reasons 1.4\n"
        "(b) and (d).\n3. (U) This is an action request.\n"
    )
    assert (cable.classified_by, cable.classified_by_title) == ("James Knight", "Acting DAS")
    assert [p.number for p in cable.paragraphs] == [1, 2, 3]


def test_parse_declassify_downgrade_line():
    cable = parse_cable("E.O. 12958: DNG: CO 01/26/2021\nTAGS: PREL\n\n1. (S) Text.\n")
    assert (cable.declassify_raw, cable.declassify_on) == ("DNG: CO 01/26/2021", date(2021, 1, 26))


def test_parse_classified_by_coverage_on_the_corpus(shared_cables):
    classified = [c for c in shared_cables if c.level in ("C", "S", "TS")]
    named = [c for c in classified if c.classified_by]
    print(f"\nClassified By named on classified pages: {len(named)}/{len(classified)}")
    # The rest carry no Classified By line, or one that names no person (a source, a redaction).
    assert (len(named), len(classified)) == (480, 496)
    by_id = {c.reference_id: c for c in classified}
    assert (by_id["07TRIPOLI943"].classified_by, by_id["07TRIPOLI943"].reasons) == (
        "J. Chris Stevens",
        ["1.4(c)", "1.4(d)"],
    )
    assert by_id["08STATE116943"].classified_by is None
    assert by_id["08STATE116943"].classified_by_title == "Derived from Multiple Sources"
    assert by_id["06CARACAS219"].declassify_on == date(2021, 1, 26)
