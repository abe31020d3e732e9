"""Reading markings on synthetic cables: variants, the derived whole, the findings, reasons, dates."""

from __future__ import annotations

from datetime import date

import pytest

from cablescope.api import Cable, Paragraph, Redaction, parse_marking
from cablescope_markers.analysis import analyse

TODAY = date(2026, 1, 15)


def make_cable(
    *markings: str | None, classification: str | None = None, stated: bool = True, **fields
) -> Cable:
    paragraphs = []
    text = ""
    for number, raw in enumerate(markings, start=1):
        body = f"Paragraph {number} says something about XXXXXXXXXXXX." if number == 2 else "Plain words."
        paragraphs.append(
            Paragraph(number=number, marking_raw=raw, text=body, start=len(text), end=len(text) + len(body))
        )
        text += body + "\n"
    return Cable(
        reference_id="09TESTPOST1",
        classification=classification,
        derived=[] if stated else ["classification"],
        paragraphs=paragraphs,
        text=text,
        **fields,
    )


def with_header(cable: Cable, header: str) -> Cable:
    """The cable with ``header`` before its paragraphs, offsets moved along."""
    cable.text = header + cable.text
    for paragraph in cable.paragraphs:
        paragraph.start += len(header)
        paragraph.end += len(header)
    return cable


@pytest.mark.parametrize(
    ("raw", "level", "caveats"),
    [
        ("(C)", "C", []),
        ("( C )", "C", []),
        ("(c)", "C", []),
        ("(S/NF)", "S", ["NOFORN"]),
        ("(S//NF)", "S", ["NOFORN"]),
        ("(SBU)", "SBU", []),
        ("(U//FOUO)", "U", ["FOUO"]),
        ("(C0", "C", []),
        ("(S-NF)", "S", ["NOFORN"]),
        ("(SNF)", "S", ["NOFORN"]),
        ("(S/Rel UK)", "S", ["REL TO UK"]),
        ("(S//REL TO USA, FVEY)", "S", ["REL TO USA, FVEY"]),
        ("(C/REL NATO)", "C", ["REL TO NATO"]),
        ("(S//FGI//NF)", "S", ["FGI", "NOFORN"]),
        ("(SECRET/REL FRANCE)", "S", ["REL TO FRANCE"]),
        ("(TS)", "TS", []),
    ],
)
def test_marking_variants(raw: str, level: str, caveats: list[str]) -> None:
    # The parser's own parse_marking reads every variant the plugin once repaired itself.
    marking = parse_marking(raw)
    assert marking is not None
    assert (marking.level, marking.caveats) == (level, caveats)


@pytest.mark.parametrize("raw", ["(N/SF)", "(/Rel UK)", "(Iran)", "(U.S.)"])
def test_not_markings(raw: str) -> None:
    assert parse_marking(raw) is None


def test_derived_takes_highest_level_and_noforn() -> None:
    report = analyse(make_cable("(C)", "(S)", "(C/NF)", "(U)", classification="SECRET//NOFORN"), TODAY)
    assert report.derived is not None
    assert report.derived.name == "SECRET//NOFORN"
    assert report.derived.wikileaks == "SECRET//NOFORN"
    assert report.count_by_level() == {"U": 1, "C": 2, "S": 1}
    assert report.consistent


def test_release_kept_only_when_every_classified_paragraph_shares_it() -> None:
    shared = analyse(make_cable("(S/REL NATO, ISAF)", "(C/REL NATO)", "(U)"), TODAY)
    assert shared.derived is not None and shared.derived.caveats == ["REL TO NATO"]
    assert shared.derived.wikileaks == "SECRET"
    unshared = analyse(make_cable("(S/REL NATO)", "(C)"), TODAY)
    assert unshared.derived is not None and unshared.derived.caveats == []


def test_unclassified_official_use_forms() -> None:
    sbu = analyse(make_cable("(SBU)", "(U)"), TODAY)
    assert sbu.derived is not None and sbu.derived.wikileaks == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    fouo = analyse(make_cable("(U//FOUO)", "(U)"), TODAY)
    assert fouo.derived is not None and fouo.derived.wikileaks == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    # FOUO does not carry into a classified whole.
    mixed = analyse(make_cable("(U//FOUO)", "(C)"), TODAY)
    assert mixed.derived is not None and mixed.derived.name == "CONFIDENTIAL"


def test_findings() -> None:
    above = analyse(make_cable("(C)", "(S)", classification="CONFIDENTIAL"), TODAY)
    assert [(i.kind, i.paragraphs) for i in above.issues] == [("above-banner", [2])]

    unmarked = analyse(make_cable("(C)", None, "(C)", classification="CONFIDENTIAL"), TODAY)
    assert [(i.kind, i.paragraphs) for i in unmarked.issues] == [("unmarked", [2])]

    noforn = analyse(make_cable("(S)", "(S/NF)", classification="SECRET"), TODAY)
    assert [(i.kind, i.paragraphs) for i in noforn.issues] == [("caveat-missing-from-banner", [2])]

    below = analyse(make_cable("(C)", "(U)", classification="SECRET"), TODAY)
    assert [i.kind for i in below.issues] == ["below-banner"]

    unsupported = analyse(make_cable("(S)", "(S)", classification="SECRET//NOFORN"), TODAY)
    assert [i.kind for i in unsupported.issues] == ["banner-caveat-unsupported"]

    official_use = analyse(make_cable("(SBU)", "(U)", classification="UNCLASSIFIED"), TODAY)
    assert [(i.kind, i.paragraphs) for i in official_use.issues] == [("caveat-missing-from-banner", [1])]

    unreadable = analyse(make_cable("(C)", "(N/SF)", classification="CONFIDENTIAL"), TODAY)
    assert [(i.kind, i.paragraphs) for i in unreadable.issues] == [("unreadable-marking", [2])]


def test_no_banner_compares_nothing_but_still_checks_unmarked() -> None:
    report = analyse(make_cable("(C)", None, classification="CONFIDENTIAL", stated=False), TODAY)
    assert report.banner is None
    assert [i.kind for i in report.issues] == ["unmarked"]


def test_unclassified_cable_without_markings_is_consistent() -> None:
    report = analyse(make_cable(None, None, classification="UNCLASSIFIED"), TODAY)
    assert report.derived is None
    assert report.consistent


def test_reasons_and_orders() -> None:
    old = analyse(make_cable("(C)", reasons=["1.5 (B) AND (D)"]), TODAY)
    assert [(r.citation, r.order) for r in old.reasons] == [
        ("1.5(b)", "E.O. 12958"),
        ("1.5(d)", "E.O. 12958"),
    ]
    assert old.reasons[0].meaning == "foreign government information"

    typo = analyse(make_cable("(C)", reasons=["1.4 (b) a nd (d)"]), TODAY)
    assert [r.citation for r in typo.reasons] == ["1.4(b)", "1.4(d)"]

    cable = with_header(make_cable("(S)", reasons=["1.4(c), (h)"]), "E.O. 13526: DECL: 2020/01/01\n")
    new = analyse(cable, TODAY)
    assert new.order == "E.O. 13526"
    assert [(r.citation, r.meaning) for r in new.reasons] == [
        (
            "1.4(c)",
            "intelligence activities (including covert action), intelligence sources or methods, "
            "or cryptology",
        ),
        ("1.4(h)", "the development, production, or use of weapons of mass destruction"),
    ]


def test_declassification_forms() -> None:
    future = analyse(make_cable("(C)", declassify_on=date(2034, 10, 22), declassify_raw="10/22/2034"), TODAY)
    assert future.declassification.phrase == "in 8 years, 9 months"
    assert future.declassification.days_remaining == 3202

    past = analyse(make_cable("(C)", declassify_on=date(2016, 3, 29), declassify_raw="03/29/2016"), TODAY)
    assert past.declassification.phrase == "passed 9 years, 9 months ago"
    assert past.declassification.days_remaining == -3579

    na = analyse(make_cable("(U)", declassify_raw="N/A"), TODAY)
    assert na.declassification.kind == "word"
    assert na.declassification.phrase.startswith("N/A: not applicable")

    oadr = analyse(make_cable("(C)", declassify_raw="OADR"), TODAY)
    assert oadr.declassification.phrase.startswith("OADR: Originating Agency's Determination Required")

    exempt = analyse(make_cable("(S)", declassify_raw="1.6 X1, X6"), TODAY)
    assert [e.code for e in exempt.declassification.exemptions] == ["X1", "X6"]
    assert exempt.declassification.exemptions[1].meaning.startswith("would damage relations between")

    human = analyse(make_cable("(S)", declassify_raw="Source marked 25X1-human"), TODAY)
    assert [e.code for e in human.declassification.exemptions] == ["25X1"]

    downgrade = analyse(
        make_cable("(S)", declassify_on=date(2029, 10, 18), declassify_raw="DNG: CO 10/18/2029"), TODAY
    )
    assert downgrade.declassification.kind == "downgrade"
    assert downgrade.declassification.phrase == "downgrade to CONFIDENTIAL in 3 years, 9 months"

    undated = analyse(make_cable("(S)", declassify_raw="DNG: CO 01/26/2021"), TODAY)
    assert undated.declassification.on == date(2021, 1, 26)
    assert undated.declassification.phrase == "downgrade to CONFIDENTIAL was due 4 years, 11 months ago"

    released = analyse(make_cable("(C)", declassify_raw="DECLASSIFIED BY NARA 09/02/2009"), TODAY)
    assert released.declassification.kind == "declassified"
    assert released.declassification.phrase == "declassified 16 years, 4 months ago"


def test_redactions_per_paragraph_and_outside() -> None:
    header = "Classified By: XXXXXXXXXXXX\n"
    cable = with_header(make_cable("(C)", "(C)"), header)
    cable.redactions = [Redaction(paragraph=None, start=15, end=27), Redaction(paragraph=2, start=74, end=86)]
    report = analyse(cable, TODAY)
    assert report.paragraphs[1].redactions == [(33, 45)]
    assert report.redaction_count == 2
    assert report.redactions_outside_paragraphs == 1


def test_redactions_glued_to_words() -> None:
    cable = make_cable("(C)")
    cable.paragraphs[0].text = "The businessmanXXXXXXXXXXXX said XXXXXXXXXXXXl and XXXX met xxxxxxxxxxxx."
    assert analyse(cable, TODAY).paragraphs[0].redactions == [(15, 27), (33, 45), (51, 55), (60, 72)]


def test_marks_the_parser_left_in_the_source() -> None:
    text = (
        "1. Summary:  (C) The mayor changed.\n\n2. (S-NF) He said more.\n\n3. (C0 A typo.\n\n"
        "4. No mark here.\n\n5. C) The opening parenthesis is missing.\n\n6. (N/SF) A garbled mark.\n\n"
        "7. (Comment: an aside.)\n"
    )
    starts = [text.index(f"{n}.") for n in range(1, 8)]
    ends = [*starts[1:], len(text)]
    paragraphs = [
        Paragraph(number=n, text=text[start:end].split(" ", 1)[1].strip(), start=start, end=end)
        for n, start, end in zip(range(1, 8), starts, ends, strict=True)
    ]
    cable = Cable(reference_id="10TESTPOST2", classification="SECRET", paragraphs=paragraphs, text=text)
    report = analyse(cable, TODAY)
    assert [(p.paragraph, p.raw, p.short) for p in report.paragraphs] == [
        (1, "(C)", "C"),
        (2, "(S-NF)", "S//NF"),
        (3, "(C0", "C"),
        (4, None, None),
        (5, "C)", "C"),
        (6, "(N/SF)", None),
        (7, None, None),
    ]
    assert [(i.kind, i.paragraphs) for i in report.issues] == [
        ("unreadable-marking", [6]),
        ("unmarked", [4, 7]),
        ("caveat-missing-from-banner", [2]),
    ]
