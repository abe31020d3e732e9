"""Portion-mark variants ``parse_marking`` reads: typos, a lost parenthesis, release lists kept whole."""

from __future__ import annotations

import pytest

from cablescope.api import parse_cable, parse_marking


@pytest.mark.parametrize(
    ("raw", "short", "caveats"),
    [
        ("(C0", "C", []),
        ("(S/NF0", "S//NF", ["NOFORN"]),
        ("C)", "C", []),
        ("(S//REL TO NATO, ISAF)", "S//REL TO NATO, ISAF", ["REL TO NATO, ISAF"]),
        ("(S/REL NATO, ISAF)", "S//REL TO NATO, ISAF", ["REL TO NATO, ISAF"]),
        ("(S//REL NATO ISAF)", "S//REL TO NATO, ISAF", ["REL TO NATO, ISAF"]),
        ("(C//REL TO USA AND GBR)", "C//REL TO USA, GBR", ["REL TO USA, GBR"]),
        ("(C/REL TO USA, AUSTRALIA)", "C//REL TO USA, AUSTRALIA", ["REL TO USA, AUSTRALIA"]),
        ("(SECRET/REL FRANCE)", "S//REL TO FRANCE", ["REL TO FRANCE"]),
        ("(S//REL TO USA, FVEY)", "S//REL TO USA, FVEY", ["REL TO USA, FVEY"]),
    ],
)
def test_parse_marking_variants(raw, short, caveats):
    marking = parse_marking(raw)
    assert (marking.short, marking.caveats) == (short, caveats)


@pytest.mark.parametrize(
    "raw", ["(Iran)", "(U.S.)", "(N/SF)", "(/Rel UK)", "(C0NFIDENTIAL)", "(S//REL TO 12)"]
)
def test_parse_marking_not_markings(raw):
    assert parse_marking(raw) is None


def test_parse_cable_reads_zero_for_paren_and_missing_open_paren():
    cable = parse_cable(
        "1. (C0 The minister agreed.\n\n2. C) The deputy disagreed.\n\n3. (S//REL TO NATO, ISAF) Troops.\n"
    )
    assert [(p.number, p.marking, p.marking_raw, p.text) for p in cable.paragraphs] == [
        (1, "C", "(C0", "The minister agreed."),
        (2, "C", "C)", "The deputy disagreed."),
        (3, "S//REL TO NATO, ISAF", "(S//REL TO NATO, ISAF)", "Troops."),
    ]
    assert cable.classification == "SECRET"
