"""The grammar's pieces, each on synthetic text written in the telegram's real format."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cablescope.markings import Marking, level_of_classification, parse_marking
from cablescope.parse import parse_cable
from cablescope.parse.dtg import parse_dtg
from cablescope.parse.header import parse_reasons, split_name_title
from cablescope.parse.refids import canonical_reference_id

TELEGRAM = """VZCZCXRO1234
OO RUEHDE RUEHIHL
DE RUEHGH #0417/01 1520933
ZNY SSSSS ZZH
O 010933Z JUN 09
FM AMCONSUL SHANGHAI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 8123
INFO RUEHBJ/AMEMBASSY BEIJING PRIORITY 4455
RUEHGZ/AMCONSUL GUANGZHOU PRIORITY 0101

S E C R E T SECTION 01 OF 02 SHANGHAI 000417

NOFORN
SIPDIS

STATE FOR EAP/CM

E.O. 12958: DECL: 06/01/2034
TAGS: PREL PGOV ECON CH
SUBJECT: SHANGHAI PORT OFFICIALS DESCRIBE NEW CUSTOMS
PROCEDURES

REF: A. BEIJING 1234
     B. 08 STATE 56789
     C. 2008 SHANGHAI 55

Classified By: Consul General Jane Q. Sample for reasons 1.4 (b)
and (d).

1. (S/NF) SUMMARY: Port officials described new customs procedures
to ConGenOff on May 28. END SUMMARY.

Customs Reform
--------------

2. (C) The deputy director said the reform would begin in July.
XXXXXXXXXXXX added that inspections would double.

SHANGHAI 00000417 002 OF 002

3. (SBU) Inspections will focus on transshipment cargo.

SAMPLE
"""


@pytest.fixture
def telegram():
    return parse_cable(TELEGRAM)


def test_transmission_facts(telegram):
    assert telegram.created == datetime(2009, 6, 1, 9, 33, tzinfo=UTC)
    assert telegram.precedence == "IMMEDIATE"
    assert telegram.routing.station == "RUEHGH"
    assert telegram.routing.serial == 417
    assert telegram.routing.section == 1
    assert telegram.routing.julian_time == "1520933"
    assert telegram.recipients == ["SECSTATE WASHDC"]
    assert telegram.info_recipients == ["AMEMBASSY BEIJING", "AMCONSUL GUANGZHOU"]


def test_stated_identity(telegram):
    assert telegram.reference_id == "09SHANGHAI417"
    assert telegram.origin == "Consulate Shanghai"
    assert telegram.classification == "SECRET//NOFORN"
    assert telegram.derived == []


def test_header_fields(telegram):
    assert telegram.tags == ["PREL", "PGOV", "ECON", "CH"]
    assert telegram.subject == "SHANGHAI PORT OFFICIALS DESCRIBE NEW CUSTOMS PROCEDURES"
    assert telegram.references == ["09BEIJING1234", "08STATE56789", "08SHANGHAI55"]
    assert telegram.classified_by == "Jane Q. Sample"
    assert telegram.classified_by_title == "Consul General"
    assert telegram.reasons == ["1.4(b)", "1.4(d)"]
    assert telegram.declassify_on == date(2034, 6, 1)
    assert telegram.summary == "Port officials described new customs procedures to ConGenOff on May 28."
    assert telegram.signers == ["SAMPLE"]


def test_paragraphs_markings_headings(telegram):
    assert [(p.number, p.marking, p.marking_raw) for p in telegram.paragraphs] == [
        (1, "S//NF", "(S/NF)"),
        (2, "C", "(C)"),
        (3, "SBU", "(SBU)"),
    ]
    assert telegram.paragraph(2).heading == "Customs Reform"
    assert telegram.paragraph(3).heading is None
    # The page marker is gone from paragraph 2's text; the signature is in no paragraph.
    assert telegram.paragraph(2).text.endswith("inspections would double.")
    assert telegram.paragraph(3).text == "Inspections will focus on transshipment cargo."
    assert telegram.text[telegram.paragraph(3).start : telegram.paragraph(3).end] == (
        "3. (SBU) Inspections will focus on transshipment cargo."
    )


def test_redactions(telegram):
    assert len(telegram.redactions) == 1
    redaction = telegram.redactions[0]
    assert redaction.paragraph == 2
    assert telegram.text[redaction.start : redaction.end] == "XXXXXXXXXXXX"


def test_without_banner_the_level_comes_from_paragraph_markings():
    cable = parse_cable(
        "Cablegate: Port Officials\n\nDE RUEHGH #0417/01 1520933\nO 010933Z JUN 09\n\n"
        "E.O. 12958: DECL: 06/01/2034\n\n1. (C) One.\n\n2. (S/NF) Two.\n\n"
        "SHANGHAI 00000417 002 OF 002\n\n3. (U) Three.\n"
    )
    assert cable.classification == "SECRET//NOFORN"
    assert cable.reference_id == "09SHANGHAI417"
    assert cable.origin == "Consulate Shanghai"
    assert {"classification", "reference_id", "origin", "subject"} <= set(cable.derived)


def test_state_de_serial_alone_gives_no_reference_id():
    # DE keeps four digits; State's serials run to six, so 3511 may be 103511.
    cable = parse_cable("DE RUEHC #3511 2951203\nR 221203Z OCT 09\n\n1. (U) Text.\n")
    assert cable.reference_id is None
    assert cable.origin == "Secretary of State"


def test_header_and_body_of_different_cables_follow_the_header():
    cable = parse_cable(
        "DE RUEHCH #0694/01 2511527\nR 081527Z SEP 09\nFM AMEMBASSY CHISINAU\n"
        "TO RUEHC/SECSTATE WASHDC 8349\n\n"
        "S E C R E T ULAANBAATAR 000234\n\n1. (S) Text.\n"
    )
    assert cable.reference_id == "09CHISINAU694"
    assert cable.origin == "Embassy Chisinau"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("TAGS: PREL, PGOV, CH", "tags", ["PREL", "PGOV", "CH"]),
        ("SUBJECT: (C) A SHORT SUBJECT", "subject", "(C) A SHORT SUBJECT"),
        ("E.O. 12958: N/A", "declassify_raw", "N/A"),
        ("E.O.12356: DECL:OADR", "declassify_raw", "OADR"),
        ("EO 12958 DECL: 06/03/08", "declassify_on", date(2008, 6, 3)),
        ("E.O. 12958: DECL: 2020/02/02", "declassify_on", date(2020, 2, 2)),
        ("E.O. 12958: DECL: 1/29/2019", "declassify_on", date(2019, 1, 29)),
        ("Classified By: Ambassador Lee Smith, reasons 1.4 (b,d)", "classified_by", "Lee Smith"),
        ("This record is a partial extract of the original cable.", "partial", True),
        ("Friday, 23 February 2001, 15:53", "created", datetime(2001, 2, 23, 15, 53, tzinfo=UTC)),
        ("", "reference_id", None),
    ],
)
def test_fragments(text, field, value):
    assert getattr(parse_cable(text), field) == value


def test_fragment_with_nothing_known_is_all_nulls():
    cable = parse_cable("Just some words, no cable here.")
    assert cable.reference_id is None and cable.created is None and cable.classification is None
    assert cable.origin is None and cable.derived == []


def test_lowercased_cable():
    cable = parse_cable(
        "P 141433Z FEB 08\nFM SECSTATE WASHDC\n\nS e c r e t state 015220\n\nSipdis\n\n"
        "E.o. 12958: decl: 02/14/2033\nTags: parm, prel\n\n1. (S) Text.\n"
    )
    assert cable.reference_id == "08STATE15220"
    assert cable.classification == "SECRET"
    assert cable.tags == ["PARM", "PREL"]
    assert cable.declassify_on == date(2033, 2, 14)


def test_unclassified_sensitive_banner():
    cable = parse_cable("R 010101Z JAN 09\nFM AMEMBASSY PARIS\n\nUNCLAS PARIS 000001\n\nSENSITIVE\nSIPDIS\n")
    assert cable.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert cable.level == "SBU"


@pytest.mark.parametrize(
    ("raw", "reasons"),
    [
        ("Reasons 1.4 (b/d).", ["1.4(b)", "1.4(d)"]),
        ("1.4 (B), (D)", ["1.4(b)", "1.4(d)"]),
        ("REASONS 1.5 (B) AND (D)", ["1.5(b)", "1.5(d)"]),
        ("1.5 (c)", ["1.5(c)"]),
        ("reasons 1.4 b and d", ["1.4(b)", "1.4(d)"]),
        ("Reasons 1. 4 (b/d).", ["1.4(b)", "1.4(d)"]),
        ("1.4(b), (c), and (d)", ["1.4(b)", "1.4(c)", "1.4(d)"]),
        ("Reason: 1.4(C).", ["1.4(c)"]),
    ],
)
def test_reasons(raw, reasons):
    assert parse_reasons(raw) == reasons


@pytest.mark.parametrize(
    ("who", "name", "title"),
    [
        ("Political Minister Counselor Aubrey Carlson.", "Aubrey Carlson", "Political Minister Counselor"),
        ("Ronald P. Spogli, Ambassador", "Ronald P. Spogli", "Ambassador"),
        ("DCM Luis G. Moreno", "Luis G. Moreno", "DCM"),
        ("Deputy Chief of Mission Mark A. Tokola", "Mark A. Tokola", "Deputy Chief of Mission"),
        ("POL/MC Josiah Rosenblatt", "Josiah Rosenblatt", "POL/MC"),
    ],
)
def test_name_and_title(who, name, title):
    assert split_name_title(who) == (name, title)


@pytest.mark.parametrize(
    ("raw", "short", "level", "caveats"),
    [
        ("(C)", "C", "C", []),
        ("(S/NF)", "S//NF", "S", ["NOFORN"]),
        ("(S//NF)", "S//NF", "S", ["NOFORN"]),
        ("(SBU)", "SBU", "SBU", []),
        ("(U//FOUO)", "U//FOUO", "U", ["FOUO"]),
        ("(C/REL TO USA, GBR)", "C//REL TO USA, GBR", "C", ["REL TO USA, GBR"]),
        ("(S/Rel UK)", "S//REL TO UK", "S", ["REL TO UK"]),
        ("(TS)", "TS", "TS", []),
        ("(SBU/NF)", "SBU//NF", "SBU", ["NOFORN"]),
    ],
)
def test_markings(raw, short, level, caveats):
    marking = parse_marking(raw)
    assert isinstance(marking, Marking)
    assert (marking.short, marking.level, marking.caveats, marking.raw) == (short, level, caveats, raw)


@pytest.mark.parametrize("raw", ["(see below)", "(A)", "", "(XYZ/NF)"])
def test_not_markings(raw):
    assert parse_marking(raw) is None


@pytest.mark.parametrize(
    ("classification", "level"),
    [
        ("SECRET//NOFORN", "S"),
        ("CONFIDENTIAL", "C"),
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "SBU"),
        ("UNCLASSIFIED", "U"),
        ("TOP SECRET", "TS"),
        ("S//NF", "S"),
        (None, None),
        ("nonsense", None),
    ],
)
def test_level_of_classification(classification, level):
    assert level_of_classification(classification) == level


@pytest.mark.parametrize(
    ("raw", "refid"),
    [
        ("05RIODEJAN123", "05RIODEJANEIRO123"),
        ("09BEIJING2932", "09BEIJING2932"),
        ("09 Beijing 002932", "09BEIJING2932"),
        ("2008 BOGOTA 4165", "08BOGOTA4165"),
        ("09SECSTATE12", "09STATE12"),
        ("07 BUENOS AIRES 1888", "07BUENOSAIRES1888"),
        ("09VLADIVOSTO5", "09VLADIVOSTOK5"),
        ("hello", None),
        ("BEIJING 2932", None),
        ("", None),
        ("09BEIJING0", None),
    ],
)
def test_canonical_reference_id(raw, refid):
    assert canonical_reference_id(raw) == refid


def test_citations_take_the_citing_year():
    cable = parse_cable(
        "R 011200Z MAR 09\n\nSUBJECT: TEST\n\n"
        "REF: A. STATE 1234 B. 08 PARIS 77 C. 10SHENYANG 003 D. PARIS POINTS\n"
    )
    assert cable.references == ["09STATE1234", "08PARIS77", "10SHENYANG3"]
    assert parse_cable("REF: B. STATE 1234\n").references == []


def test_dtg():
    assert parse_dtg("221203Z OCT 09") == datetime(2009, 10, 22, 12, 3, tzinfo=UTC)
    assert parse_dtg("281848Z DEC 66") == datetime(1966, 12, 28, 18, 48, tzinfo=UTC)
    assert parse_dtg("321203Z OCT 09") is None
    assert parse_dtg("nothing") is None


def test_department_distribution_block_is_not_addressees():
    cable = parse_cable(
        "INFO  LOG-00   MFA-00   EEB-00\n      AOP-00   AEX-00    /007R\n\n\n"
        "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z\n"
        "ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITY\n\n"
        "S E C R E T STATE 015113\n\n1. (S) Text.\n"
    )
    assert cable.recipients == ["ALL DIPLOMATIC POSTS COLLECTIVE", "AMEMBASSY TRIPOLI"]
    assert cable.info_recipients == []
    assert cable.precedence == "PRIORITY"
    assert cable.reference_id == "09STATE15113"


@pytest.mark.parametrize(
    ("ending", "signers", "last_text_end"),
    [
        ("1. (C) The talks went well.\n\nHUNTSMAN\n", ["HUNTSMAN"], "went well."),
        ("1. (C) The talks went well. END COMMENT. FOLEY", ["FOLEY"], "END COMMENT."),
        (
            "1. (C) The talks went well.\nVisit our website: http://www.example.gov/post\nSusman\n",
            ["Susman"],
            "/post",
        ),
        ("1. (C) The talks went well.\n\nMINIMIZE CONSIDERED\n\nMURRAY\n.\n", ["MURRAY"], "CONSIDERED"),
        ("1. (C) The talks went well.\nCLINTON\nNNNN\n", ["CLINTON"], "went well."),
        ("1. (C) The talks went well and\nthe delegation left", [], "delegation left"),
    ],
)
def test_signers(ending, signers, last_text_end):
    cable = parse_cable("C O N F I D E N T I A L PARIS 000001\n\n" + ending)
    assert cable.signers == signers
    assert cable.paragraphs[-1].text.endswith(last_text_end)


def test_for_official_use_only_paragraphs_make_an_sbu_cable():
    cable = parse_cable("DE RUEHFR #0001 0011200\nR 011200Z JAN 09\n\n1. (U) One.\n\n2. (U//FOUO) Two.\n")
    assert cable.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert cable.level == "SBU"


@pytest.mark.parametrize(
    ("raw", "short"),
    [
        ("(S-NF)", "S//NF"),
        ("(SNF)", "S//NF"),
        ("(S//FGI//NF)", "S//FGI//NF"),
        ("(S//REL TO USA, FVEY)", "S//REL TO USA, FVEY"),
    ],
)
def test_marking_variants(raw, short):
    assert parse_marking(raw).short == short


def test_words_are_not_controls():
    assert parse_marking("(C/AND)") is None


def test_marking_missing_its_opening_parenthesis():
    cable = parse_cable("S E C R E T ROME 000001\n\n1. C) Summary: text.\n\n2. (S/NF) More.\n")
    assert [(p.marking, p.marking_raw) for p in cable.paragraphs] == [("C", "C)"), ("S//NF", "(S/NF)")]


def test_paragraph_one_on_the_classified_by_line():
    cable = parse_cable(
        "C O N F I D E N T I A L TRIPOLI 000686\n\nSUBJECT: WEEKLY SUMMARY: VISITS\n\n"
        "CLASSIFIED BY: Joan Sample, DCM. REASON: 1.4 (b), (d) 1. (C) Summary: The visit went well. "
        "End summary.\n\n2. (C) Details followed.\n"
    )
    assert cable.classified_by == "Joan Sample"
    assert cable.reasons == ["1.4(b)", "1.4(d)"]
    assert [(p.number, p.marking) for p in cable.paragraphs] == [(1, "C"), (2, "C")]
    assert cable.paragraph(1).text == "Summary: The visit went well. End summary."
    # A subject that mentions a summary is not the summary.
    assert cable.summary == "The visit went well."


def test_a_dotted_capital_i_before_the_summary_leaves_it_whole():
    # "İ" lower-cases to two characters: the summary is found at the text's own positions.
    cable = parse_cable(
        "C O N F I D E N T I A L ANKARA 000101\n\nSUBJECT: İZMİR AND İSTANBUL PORTS\n\n"
        "1. (C) Ports of İzmir, İskenderun and İstanbul.\n\n"
        "2. (C) Summary: Port traffic rose in İzmir and İstanbul. End summary.\n\n3. (C) Details.\n"
    )
    assert cable.summary == "Port traffic rose in İzmir and İstanbul."


def test_end_summary_is_found_beside_characters_beyond_ascii():
    # The words are looked for in an ASCII copy of the text: what is not ASCII must not hide them
    # nor move them ("—" and "é" before, on the same line).
    cable = parse_cable(
        "C O N F I D E N T I A L PARIS 000101\n\nSUBJECT: RÉSUMÉ OF TALKS\n\n"
        "1. (C) Summary: The talks stalled — the délégués left.  End  of\nSummary.\n\n"
        "2. (C) Details: no end summary here.\n"
    )
    assert cable.summary == "The talks stalled — the délégués left."


def test_a_long_s_in_end_summary_closes_the_summary_as_a_plain_s_does():
    # A case-blind match takes "ſ" for an s: "End ſummary" closes the summary.
    cable = parse_cable(
        "C O N F I D E N T I A L PARIS 000102\n\nSUBJECT: TALKS\n\n"
        "1. (C) Summary: The talks stalled. End ſummary. Then more was said.\n\n2. (C) Details.\n"
    )
    assert cable.summary == "The talks stalled."


def test_a_summary_word_inside_a_word_beyond_ascii_opens_nothing():
    # "éSUMMARY:" is not the word (a letter stands before it), "İ" or not.
    cable = parse_cable(
        "C O N F I D E N T I A L PARIS 000103\n\nSUBJECT: TALKS\n\n"
        "1. (C) The İéSUMMARY: was not a summary.\n\n2. (C) Summary: The real one. End summary.\n"
    )
    assert cable.summary == "The real one."


def test_page_markers_are_whole_lines_whatever_else_says_of_and_a_number():
    # Markers are looked for only where " OF " and a digit stand: prose with them ("OF 2", a
    # marker quoted inside a line) is not one; a tab between the parts and a printout's page
    # header with its date-time group are.
    text = (
        "C O N F I D E N T I A L PARIS 000104\n\nSUBJECT: TALKS\n\n1. (C) The head OF 2 offices spoke.\n"
        "PARIS 00000104\t002 OF 003\n\n2. (C) Then PARIS 00000104 003 OF 003 stood inside a line.\n"
        "PAGE 03 PARIS 00000104 003 OF 003 091200Z\n\n3. (C) Last.\n"
    )
    cable = parse_cable(text)
    assert [(p.number, p.text) for p in cable.paragraphs] == [
        (1, "The head OF 2 offices spoke."),
        (2, "Then PARIS 00000104 003 OF 003 stood inside a line."),
        (3, "Last."),
    ]
    assert [text[start:end] for kind, start, end in cable.layout if kind == "marker"] == [
        "PARIS 00000104\t002 OF 003",
        "PAGE 03 PARIS 00000104 003 OF 003 091200Z",
    ]
