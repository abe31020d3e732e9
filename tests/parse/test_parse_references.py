"""The REF block grammar (``cablescope.api.parse_references``) on the shapes real cables use.

Each case is a REF block in a shape collected from the shared Cablegate corpus (the ids are
the ones those pages cite), or a variant of one (typos, REFTEL, numbered lists), with the
citing cable's year and the result written out by hand: ``"A:07BEIJING7197"`` is item A
citing that cable, ``"-:09STATE1234"`` an unlabelled citation, ``"C:email"`` item C citing
no cable but an email (kinds: email, meeting, iir, other).
"""

from __future__ import annotations

import pytest

from cablescope.api import parse_cable, parse_references
from cablescope.parse.references import find_ref_block

CASES: list[tuple[int, str, list[str]]] = [
    # the issue's own examples
    (2008, "REF: A. 07 BEIJING 7197\n     B. STATE 1234", ["A:07BEIJING7197", "B:08STATE1234"]),
    (2008, "REF: A) BEIJING 123 B) 08 STATE 456", ["A:08BEIJING123", "B:08STATE456"]),
    (2009, "REF: SANTIAG0 456", ["-:09SANTIAGO456"]),
    (
        2004,
        "REF: A. 04 STATE 12345 (NOTAL)\n     B. DEMARCHE\n     C. TELCON 3/4/04",
        ["A:04STATE12345", "B:other", "C:meeting"],
    ),
    # single citations, with and without year, zero-padded serials
    (1972, "REF: TEHRAN 4887", ["-:72TEHRAN4887"]),
    (2003, "REF: Abu Dhabi 1384", ["-:03ABUDHABI1384"]),
    (2005, "REF: STATE 02743", ["-:05STATE2743"]),
    (2005, "REF: SECSTATE 134796", ["-:05STATE134796"]),
    (2007, "REF: 06 RIYADH 9083", ["-:06RIYADH9083"]),
    (2007, "REF: 2005 ALGIERS 2155", ["-:05ALGIERS2155"]),
    (2008, "REF: 2007 VLADIVOSTOK 095", ["-:07VLADIVOSTOK95"]),
    (2006, "REF: LA PAZ 03178", ["-:06LAPAZ3178"]),
    (2009, "REF: RPO DUBAI 384", ["-:09RPODUBAI384"]),
    (2009, "REF: TEL AVIV 605", ["-:09TELAVIV605"]),
    (2009, "REF: ADDIS ABABA 567", ["-:09ADDISABABA567"]),
    (2009, "REF: SAN SALVADOR 653", ["-:09SANSALVADOR653"]),
    (2009, "REF: Tripoli 685", ["-:09TRIPOLI685"]),
    (2010, "REF:09 Paris 1635", ["-:09PARIS1635"]),
    (2009, "REF: ANKARA 1561 (EXDIS)", ["-:09ANKARA1561"]),
    (2010, "REF: ALGIERS 15 (NOTAL)", ["-:10ALGIERS15"]),
    (2007, "REF: BEIJING 1063 AND PREVIOUS", ["-:07BEIJING1063"]),
    (2008, "REF: MUMBAI 518", ["-:08MUMBAI518"]),
    (2009, "REF: MOSCOW 002781", ["-:09MOSCOW2781"]),
    # unlabelled lists: semicolons, run-on, "AND PREVIOUS" between two citations
    (2004, "REF: STATE 297614 AND PREVIOUS 03 RANGOON 1427", ["-:04STATE297614", "-:03RANGOON1427"]),
    (2008, "REF: LAHORE 25 07 ISLAMABAD 5138", ["-:08LAHORE25", "-:07ISLAMABAD5138"]),
    (2010, "REF: BELGRADE 19; STATE 9661", ["-:10BELGRADE19", "-:10STATE9661"]),
    (2010, "REF: CARACAS 11; 09 CARACAS 495", ["-:10CARACAS11", "-:09CARACAS495"]),
    (
        2009,
        "REF: 09 CARACAS 1553; 09 CARACAS 1537; 09 CARACAS 1509\n     09 CARACAS 1491",
        ["-:09CARACAS1553", "-:09CARACAS1537", "-:09CARACAS1509", "-:09CARACAS1491"],
    ),
    (
        2010,
        "REF: 10 MEXICO 127; 10 SANTIAGO 51; 10 SANTO DOMINGO 67",
        ["-:10MEXICO127", "-:10SANTIAGO51", "-:10SANTODOMINGO67"],
    ),
    (1966, "REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966", ["-:66STATE106206", "-:other"]),
    (
        2010,
        "REF: 2008 BRASILIA 1462; 2010 BRASILIA 108; 2009 BRASILIA 1460",
        ["-:08BRASILIA1462", "-:10BRASILIA108", "-:09BRASILIA1460"],
    ),
    # lettered lists, one item per line or run on
    (
        2001,
        (
            "REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316  C. 00 PRETORIA 9150  D. 00 CAPE TOWN 2150\n"
            "     E. PRETORIA 425"
        ),
        ["A:99PRETORIA12315", "B:99PRETORIA12316", "C:00PRETORIA9150", "D:00CAPETOWN2150", "E:01PRETORIA425"],
    ),
    (
        2007,
        "REF: A. STATE 137954  B. MOSCOW 3207  C. MOSCOW 3139",
        ["A:07STATE137954", "B:07MOSCOW3207", "C:07MOSCOW3139"],
    ),
    (2008, "REF: A. ASTANA 65 B. ASTANA 225", ["A:08ASTANA65", "B:08ASTANA225"]),
    (2009, "REF: A. SECSTATE 90063\n     B KUALA LUMPUR 739", ["A:09STATE90063", "B:09KUALALUMPUR739"]),
    (2005, "REF: A. PARIS 8729\n¶B. PARIS 8918", ["A:05PARIS8729", "B:05PARIS8918"]),
    # parenthesised and closing-parenthesis labels, lower case, glued to the station
    (
        2007,
        "REF: (A)STATE 071143, (B)STATE 073601, (C)STATE 72896, (D)BEIJING\n5361, (E) STATE 148514",
        ["A:07STATE71143", "B:07STATE73601", "C:07STATE72896", "D:07BEIJING5361", "E:07STATE148514"],
    ),
    (2008, "REF: (A) ISLAMABAD 2742 (B) ISLAMABAD 2741", ["A:08ISLAMABAD2742", "B:08ISLAMABAD2741"]),
    (2009, "REF: a) 08 STATE 134386 b) ROME 451", ["A:08STATE134386", "B:09ROME451"]),
    (2009, "REFS: A) BERLIN 169 B) 08 MUNICH 355 and previous", ["A:09BERLIN169", "B:08MUNICH355"]),
    (2009, "REF: A) TRIPOLI 938; B) TRIPOLI 941", ["A:09TRIPOLI938", "B:09TRIPOLI941"]),
    (2009, "REF: (A) 08 BELGRADE 98, (B) 08 BELGRADE 1333", ["A:08BELGRADE98", "B:08BELGRADE1333"]),
    (
        2009,
        "REF: (A) BUENOS AIRES 0498 (B) BUENOS AIRES 0632 (C)  STATE 48493",
        ["A:09BUENOSAIRES498", "B:09BUENOSAIRES632", "C:09STATE48493"],
    ),
    (
        2007,
        "REF: A) PARIS 2208 (NOTAL) B) PARIS 2257 (NOTAL) C)\nPARIS 2359 (NOTAL)",
        ["A:07PARIS2208", "B:07PARIS2257", "C:07PARIS2359"],
    ),
    (
        2009,
        "REF: A) BAKU 139 B) BAKU 132 C) BAKU 80 D) 2008 BAKU\n     917",
        ["A:09BAKU139", "B:09BAKU132", "C:09BAKU80", "D:08BAKU917"],
    ),
    # labels written twice
    (
        2008,
        "REF: A. A) BRASILIA 236 B. B) OSD REPORT DTG 251847Z MAR 08 C. C) BRASILIA 175",
        ["A:08BRASILIA236", "B:other", "C:08BRASILIA175"],
    ),
    (
        2009,
        "REF: A. A. BRUSSELS 205\n     B. B. BRUSSELS 41\n     C. C. 2008 BRUSSELS 1468",
        ["A:09BRUSSELS205", "B:09BRUSSELS41", "C:08BRUSSELS1468"],
    ),
    (2010, "REF: A. (a) KABUL 673\n¶B. (b) 09 KABUL 3068", ["A:10KABUL673", "B:09KABUL3068"]),
    (
        2006,
        (
            "REF: A. A: HAVANA 00118\n¶B. B: HAVANA 00697\n¶C. C: TD-314/63777-05 LIMITED DISTRIBUTION\n"
            "¶D. D: IIR 6 902 9698 06"
        ),
        ["A:06HAVANA118", "B:06HAVANA697", "C:other", "D:iir"],
    ),
    (2009, "REF: A. (A) RIO 329\n¶B. (B) RIO 346", ["A:09RIODEJANEIRO329", "B:09RIODEJANEIRO346"]),
    (
        2005,
        "REF: REF (A) MADRID 3785 (B) MADRID 3566 (C) SECSTATE\n\n36633",
        ["A:05MADRID3785", "B:05MADRID3566", "C:05STATE36633"],
    ),
    # year glued to the station, serial glued to the station
    (2010, "REF: A. 10SHENYANG 003  B. 09SHENYANG 167", ["A:10SHENYANG3", "B:09SHENYANG167"]),
    (2009, "REF: A. ASHGABAT687\n¶B. ASHGABAT733", ["A:09ASHGABAT687", "B:09ASHGABAT733"]),
    (
        2010,
        "REF: A. 09DHAHRAN 201  B. 09RIYADH 1302  G. RIYADH 103",
        ["A:09DHAHRAN201", "B:09RIYADH1302", "G:10RIYADH103"],
    ),
    # page headers of split telegrams inside the block
    (
        2009,
        "REF: A. 08 SAO PAULO 268 B. 08 BRASILIA 175 BRASILIA 00000034 001.2 OF 005",
        ["A:08SAOPAULO268", "B:08BRASILIA175"],
    ),
    (2009, "REF: 08 PRETORIA 002715\nPRETORIA 00002263 001.2 OF 003", ["-:08PRETORIA2715"]),
    # dates and descriptions after the serial
    (
        2009,
        "REF: A. 08 KIGALI 00830--05/DEC/2008\n     B. 08 STATE 122706--19/NOV/2008",
        ["A:08KIGALI830", "B:08STATE122706"],
    ),
    (
        2009,
        "REF: A. BOGOTA 2409 B. STATE 81957: REPORT OF U.S.-\nRUSSIA MANPADS EXPERTS MEETING",
        ["A:09BOGOTA2409", "B:09STATE81957"],
    ),
    (
        2010,
        (
            "REF: A) MANAGUA 182 -- REQUEST TO RENEW STATUS OF FORCES AGREEMENT\n"
            "B) 2009 MANAGUA 1090 -- FSLN PROTESTORS ATTACKS U.S. EMBASSY"
        ),
        ["A:10MANAGUA182", "B:09MANAGUA1090"],
    ),
    (
        2009,
        (
            "REF: A. TOKYO 3114 (TRILATERAL POLICY PLANNING)  B. SECDEF DTG261447ZNOV08 (DEFENSE TRILATERAL "
            "TALKS)  C. TOKYO 3416 (ROK-PRC-JAPAN TRILATS)"
        ),
        ["A:09TOKYO3114", "B:other", "C:09TOKYO3416"],
    ),
    # non-cable references kept with their kind
    (2004, "REF: EMBASSY MADRID E-MAIL TO EUR/WE OF OCTOBER 14", ["-:email"]),
    (2007, "REF: NICODEMUS/PALMER/D'ELIA/KAMINSKI/KANEDA E-MAILS", ["-:email"]),
    (2007, "REF: A. PARKER/PETTIT E-MAIL 1/4/07\n¶B. STATE 203879", ["A:email", "B:07STATE203879"]),
    (
        2007,
        "REF: A) STATE 135205; B) STATE 127608; C) JOHNSON-STEVENS/GODFREY E-MAIL 10/15/07; D) TRIPOLI 797",
        ["A:07STATE135205", "B:07STATE127608", "C:email", "D:07TRIPOLI797"],
    ),
    (
        2008,
        (
            "REF: A. LONDON 1350  B. STATE-LONDON SVTC MAY 9  C. LONDON 1159  "
            "D. MAY 1 GILLARD-TREMONT LETTER\n"
            "     E. TREMONT-PMAT EMAIL APRIL 16"
        ),
        ["A:08LONDON1350", "B:meeting", "C:08LONDON1159", "D:other", "E:email"],
    ),
    (2008, "REF: A. 2007 STATE 162091  B. USDAO RANGOON IIR 6 812 0131 08", ["A:07STATE162091", "B:iir"]),
    (2009, "REF: A. IIR 6 809 0087 10 B. IIR 6 809 0084 10", ["A:iir", "B:iir"]),
    (2010, "REF: IIR 6-849-9075-10", ["-:iir"]),
    (2009, "REF: A. NEW DELHI 10 B. FBI //1314/01907/366/0013//", ["A:09NEWDELHI10", "B:other"]),
    (
        2008,
        "REF: A. LONDON 825  B. EMBASSY LONDON DAILY REPORT - APRIL 3 (NOTAL)  D. STATE 33008 (NOTAL)",
        ["A:08LONDON825", "B:other", "D:08STATE33008"],
    ),
    (
        2009,
        "REF: A. PARIS POINTS JULY 15  B. PARIS POINTS JULY 6  C. PARIS 1025",
        ["A:other", "B:other", "C:09PARIS1025"],
    ),
    (
        2009,
        (
            "REF: A. SADOWSKA E-MAIL JUNE 22 READOUT OF CUESTA MEETINGS\n¶B. MADRID 551\n"
            "¶C. DAO MADRID IIR 6 889 0175 09"
        ),
        ["A:email", "B:09MADRID551", "C:iir"],
    ),
    (
        2009,
        "REF A SECRETARY'S LETTER TO MBZ ON PUMA HELICOPTERS\nREF B SECSTATE 76108",
        ["A:other", "B:09STATE76108"],
    ),
    (
        2009,
        "REF: (A) 08 STATE 061194\n(B) 7 FAM 180\n(C) 09 STATE 030541\n(D) 9 FAM 42.1 N4, PN2-5, and PN7",
        ["A:08STATE61194", "B:other", "C:09STATE30541", "D:other"],
    ),
    (2008, "REF: 08 JAN 08 BAGHDAD O/I (SELF-PROCLAIMED SISTANI\nEMISSARIES)", ["-:other"]),
    (2007, "REF: (A) BUENOS AIRES 2336 (B) MCWHIRTER 12/14/07", ["A:07BUENOSAIRES2336", "B:other"]),
    (2009, "REF: A. EMBASSY LONDON DAILY REPORT 9/16/2009 (NOTAL)", ["A:other"]),
    (
        2009,
        "REF: A. VILNIUS 533\n¶B. TALLIN 309\n¶C. SECRETARY (SECTO) 007",
        ["A:09VILNIUS533", "B:09TALLINN309", "C:other"],
    ),
    (2006, "REF: NONE", []),
    # mixed case, as some posts typed it
    (
        2009,
        "Ref: Berlin 1337, Berlin 1340, Berlin 1167",
        ["-:09BERLIN1337", "-:09BERLIN1340", "-:09BERLIN1167"],
    ),
    (
        2008,
        "Ref: a. 07 state 75839\nb. State 15220\nc. Berlin 195",
        ["A:07STATE75839", "B:08STATE15220", "C:08BERLIN195"],
    ),
    (2008, "Ref: l. Mtcr poc 201/2006 - may 16 2006", ["-:other"]),
    (
        2008,
        "REF: A. 06 KUWAIT 4637\n¶B. KUWAIT 79\nc. KUWAIT 90",
        ["A:06KUWAIT4637", "B:08KUWAIT79", "C:08KUWAIT90"],
    ),
    # REFTEL headers, numbered items, typos in station names
    (2009, "REFTEL: STATE 12345", ["-:09STATE12345"]),
    (2008, "REFTELS: A. BAGHDAD 1234 B. TELCON AMBASSADOR/DAS SMITH 3/12", ["A:08BAGHDAD1234", "B:meeting"]),
    (2009, "REF: (1) ISLAMBAD 1464 (2) 08 BAGDHAD 3654", ["1:09ISLAMABAD1464", "2:08BAGHDAD3654"]),
    (2009, "REF: A. BUENOS AIRS 853 B. SANTIAG0 12", ["A:09BUENOSAIRES853", "B:09SANTIAGO12"]),
    (
        2008,
        "REF: A. ST. PETERSBURG 44 B. PORT-AU-PRINCE 1020",
        ["A:08STPETERSBURG44", "B:08PORTAUPRINCE1020"],
    ),
    (2009, "REF: A. 09 STATE 30541 B. DEMARCHE DELIVERED MARCH 3", ["A:09STATE30541", "B:other"]),
    (2010, "REF: USUN NEW YORK 55; UNVIE 12", ["-:10USUNNEWYORK55", "-:10UNVIEVIENNA12"]),
]


def _describe(references) -> list[str]:
    return [f"{r.label or '-'}:{r.reference_id if r.kind == 'cable' else r.kind}" for r in references]


def _parse(year: int | None, text: str):
    return parse_references(text, year)


def _block(text: str) -> str | None:
    found = find_ref_block(text)
    return found[0] if found is not None else None


def test_refs_accuracy_on_real_world_shapes():
    assert len(CASES) >= 60
    wrong = [(text, expected, _describe(_parse(year, text))) for year, text, expected in CASES]
    wrong = [case for case in wrong if case[1] != case[2]]
    accuracy = 1 - len(wrong) / len(CASES)
    print(f"\nREF parsing accuracy: {len(CASES) - len(wrong)}/{len(CASES)} shapes = {accuracy:.1%}")
    for text, expected, got in wrong:
        print(f"  MISS {text!r}\n       expected {expected}\n       got      {got}")
    assert accuracy >= 0.95


def test_refs_items_keep_their_text_and_label():
    references = _parse(2009, "REF: A. 08 KIGALI 00830--05/DEC/2008\n     B. HANKINS JUNE 18 E-MAIL")
    assert [r.model_dump() for r in references] == [
        {
            "label": "A",
            "raw": "08 KIGALI 00830--05/DEC/2008",
            "reference_id": "08KIGALI830",
            "kind": "cable",
        },
        {
            "label": "B",
            "raw": "HANKINS JUNE 18 E-MAIL",
            "reference_id": None,
            "kind": "email",
        },
    ]


def test_refs_block_stops_at_classified_by_and_first_paragraph():
    header = (
        "SUBJECT: GTMO TRIAL UPDATES \n\nREF: A. PARIS 8729 \n¶B. PARIS 8918 \n\n"
        "Classified By: Political Minister-Counselor for reasons 1.4 b and d.\n\n"
        "¶1. (C) Summary: the investigation (reftels A and B) ...\n"
    )
    assert _block(header) == "A. PARIS 8729 \n¶B. PARIS 8918"
    assert _block("REF: LJUBLJANA 20 Classified By: DCM Robert Silverman for reasons") == "LJUBLJANA 20"


def test_refs_empty_summary_block_gives_way_to_the_telegrams():
    header = (
        "Subject:  UAE TO SUPPORT JORDAN OIL NEEDS\n\nRef:      None\n" + "_" * 40 + "\n"
        "C O N F I D E N T I A L        ABU DHABI 02641\n\nSUBJECT:  UAE TO SUPPORT JORDAN OIL NEEDS\n"
        "REF: Abu Dhabi 1384\n\n"
    )
    assert _describe(_parse(2003, header)) == ["-:03ABUDHABI1384"]


def test_refs_block_on_the_subject_line():
    header = "SUBJECT: BRAZIL'S ELECTIONS: DILMA COMES UP FAST REF: RIO DE JANEIRO 32 \nCLASSIFIED BY: DCM\n"
    assert _describe(_parse(2010, header)) == ["-:10RIODEJANEIRO32"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REF: A. STATE 1234", ["A:None"]),
        ("REF: 07 STATE 1234", ["-:07STATE1234"]),
    ],
)
def test_refs_without_a_citing_year_only_resolve_written_years(text, expected):
    assert _describe(_parse(None, text)) == expected


def test_refs_words_that_are_not_stations_are_not_cables():
    # "PARAS 3" is one slip from PARIS, but five letters is too short to forgive.
    assert _describe(_parse(2009, "REF: SEE PARAS 3 AND 4 OF THE DEMARCHE")) == ["-:other"]
    assert _describe(_parse(2009, "REF: EMBASSY LONDON, 2 MAY TELCON")) == ["-:meeting"]


# Cables of the shared corpus whose REF blocks wrap citations onto the next line, run long,
# repeat "REF B", misspell a post, stand on the subject line or cite a consulate: what
# ``parse_cable`` puts in ``Cable.references``, read off the pages by hand.
CORPUS_REFERENCES: dict[str, list[str]] = {
    "07STATE152317": ["07STATE71143", "07STATE73601", "07STATE72896", "07BEIJING5361", "07STATE148514"],
    "09BAKU175": ["09BAKU139", "09BAKU132", "09BAKU80", "08BAKU917"],
    "09ISTANBUL440": [
        "09ANKARA1516",
        "09ISTANBUL421",
        "09ISTANBUL290",
        "08ISTANBUL85",
        "08ISTANBUL146",
        "09ISTANBUL425",
        "09ANKARA1704",
    ],
    "08TUNIS679": [
        "08TUNIS615",
        "08TUNIS568",
        "08TUNIS365",
        "08TUNIS169",
        "08TUNIS113",
        "07TUNIS1489",
        "07TUNIS1443",
        "07TUNIS1433",
        "06TUNIS2848",
        "06TUNIS1673",
        "06TUNIS1672",
        "06TUNIS1630",
        "06TUNIS1622",
        "01TUNIS2971",
    ],
    "08STATE15220": [
        "05STATE201650",
        "05BERLIN3726",
        "05STATE211408",
        "05BERLIN3954",
        "06STATE36325",
        "06BERLIN674",
        "06STATE62278",
        "06BERLIN1123",
        "06STATE70328",
        "06BERLIN1229",
        "06BERLIN1550",
        "07STATE75839",
        "07BERLIN1137",
        "07STATE108420",
        "07BERLIN2163",
        "07STATE166482",
        "07BERLIN2216",
    ],
    "09ABUDHABI754": ["09STATE76108"],
    "09USNATO464": ["09VILNIUS533", "09VILNIUS527", "09TALLINN309", "09RIGA514"],
    "10BRASILIA49": ["10RIODEJANEIRO32"],
    "10MADRID174": ["10BARCELONA15", "09MADRID1161"],
}


def test_parse_cable_references_on_corpus_pages(shared_corpus):
    from cablescope.api import read_path

    got = {}
    for reference_id in CORPUS_REFERENCES:
        (path,) = shared_corpus.glob(f"*/*/{reference_id}.html")
        got[reference_id] = next(read_path(path)).references
    assert got == CORPUS_REFERENCES


def test_parse_cable_subject_stops_before_a_ref_block_on_its_line(shared_corpus):
    from cablescope.api import read_path

    (path,) = shared_corpus.glob("*/*/10BRASILIA49.html")
    cable = next(read_path(path))
    assert cable.subject == (
        "BRAZIL'S PRESIDENTIAL ELECTIONS: DILMA ROUSSEFF COMES UP FAST BEHIND JOSE SERRA"
    )


def test_parse_cable_references_and_items_agree():
    text = (
        "R 050900Z NOV 09\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC 0001\n\n"
        "C O N F I D E N T I A L BEIJING 002990\n\nSUBJECT: IRAN: MFA ON NEXT STEPS\n\n"
        "REF: A. BEIJING 2932\n     B. 08 STATE 1234 (NOTAL)\n     C. PARKER/NI E-MAIL 10/30/09\n"
        "     D. (D)BEIJING\n2950\n\nClassified By: Political Counselor. Reasons 1.4 (b/d).\n\n"
        "1. (C) As reported in REF A, the MFA urged talks.\n"
    )
    cable = parse_cable(text)
    assert cable.references == ["09BEIJING2932", "08STATE1234", "09BEIJING2950"]
    assert [r.model_dump() for r in parse_references(text[: text.index("1. (C)")], 2009)] == [
        {"label": "A", "raw": "BEIJING 2932", "reference_id": "09BEIJING2932", "kind": "cable"},
        {"label": "B", "raw": "08 STATE 1234 (NOTAL)", "reference_id": "08STATE1234", "kind": "cable"},
        {"label": "C", "raw": "PARKER/NI E-MAIL 10/30/09", "reference_id": None, "kind": "email"},
        {"label": "D", "raw": "BEIJING 2950", "reference_id": "09BEIJING2950", "kind": "cable"},
    ]
    assert cable.paragraphs[0].number == 1
